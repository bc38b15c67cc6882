// SPDX-License-Identifier: GPL-3.0-or-later
// The window's path to the fallback: SyncController (OutboxRelay on its own thread) with a
// primary (the hub) and a fallback (the province, a real province-server over TLS on
// loopback), on a clock the test moves. Records go to the province only once the primary has
// been out of reach for fallbackAfterSecs, counted from the first failure kept in the
// database; a primary that answers, even with a refusal, is never left for the fallback.
// Once an outage is recorded, each pass first tries a TCP connection to the hub: a hub that
// takes none is left for the province at once, without waiting a request timeout; a hub that
// takes it is asked as usual. A hub that goes silent (its process stopped, its port taking no
// connection) is out of reach within the connect deadline, not a request timeout; a hub that
// is heard but slow to answer a batch is waited for.
#include "core/storage/Database.h"
#include "core/sync/SyncController.h"
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SteppedClock.h"
#include "tests/support/TempStation.h"
#include "tests/support/TestCertificates.h"
#include "tests/sync/SyncControllerWatch.h"
#include "tests/sync/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = 120000; // a guard against hanging, not a speed assertion
constexpr int kRecords = 50;
// Shorter than the system's own connect timeout (Linux's SYN retries: about a minute): what
// only the probe's path can finish within, with a wide margin over the second it takes.
constexpr int kBeforeTheSystemGivesUpMs = 30000;

SyncSettings fastSettings(const QUrl &primary, const ServerProcess &province) {
    SyncSettings s;
    s.serverUrl = primary;
    s.pinnedCaPath = province.certificatePath();
    s.fallbackUrl = province.baseUrl();
    s.fallbackCaPath = province.certificatePath();
    s.requestTimeoutMs = 2000;
    s.minBackoffMs = 20;
    s.maxBackoffMs = 400;
    s.probeIntervalMs = 200;
    return s;
}

// A loopback address where nothing listens: the connection is refused, as when the hub's
// process is gone.
QUrl refusedAddress() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

// An outage of the primary recorded since 09:00 on the test's day, as a pass that found the hub
// out of reach leaves it.
bool recordOutage(Database &db) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO sync_primary_outage (id, unreachable_since) VALUES "
                                 "(1, '2026-12-04T09:00:00.000Z')"));
}

int outageRows(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_primary_outage")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class tst_SyncFallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    }

    void fallsBackOnlyAfterTheHubWasOutOfReachLongEnough() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, kRecords));
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const QString provinceToken = enrollStation(province, identity, &error);
        QVERIFY2(!provinceToken.isEmpty(), qPrintable(error));

        SyncSettings settings = fastSettings(refusedAddress(), province);
        settings.fallbackAfterSecs = 600;
        SteppedClock clock;
        const QDateTime firstFailure = clock.now();
        SyncController controller(station.db().path(), settings, QStringLiteral("hub-token"),
                                  clock.clock());
        controller.setFallbackToken(provinceToken);
        SyncControllerWatch watch(controller);
        controller.start();
        // Retries for a while at 10:42: the hub is out of reach, the province not yet due.
        QVERIFY(QTest::qWaitFor([&] { return watch.passesFailed >= 3; }, kWaitMs));
        QCOMPARE(watch.last.problem, SyncStatus::Problem::Network);
        QCOMPARE(watch.last.route, SyncRoute::Primary);
        QCOMPARE(watch.last.primaryUnreachableSince, firstFailure);
        QCOMPARE(watch.last.fallbackFrom, firstFailure.addSecs(600));
        QCOMPARE(watch.last.pending, kRecords);
        QCOMPARE(outboxCount(station.db(), QStringLiteral("fallback_acked_at IS NOT NULL")), 0);
        QVERIFY2(watch.last.lastError.contains(QLatin1String("province")),
                 qPrintable(watch.last.lastError));

        // Nine minutes later, still nothing goes elsewhere; the outage's start does not move.
        clock.advanceSecs(540);
        const int failedBefore = watch.passesFailed;
        QVERIFY(QTest::qWaitFor([&] { return watch.passesFailed >= failedBefore + 2; }, kWaitMs));
        QCOMPARE(watch.last.route, SyncRoute::Primary);
        QCOMPARE(watch.last.primaryUnreachableSince, firstFailure);
        QCOMPARE(outboxCount(station.db(), QStringLiteral("fallback_acked_at IS NOT NULL")), 0);

        // Ten minutes after the first failure: the records go straight to the province.
        clock.advanceSecs(61);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return watch.last.route == SyncRoute::Fallback &&
                                watch.last.pending == 0 && watch.passesOk > 0;
                     },
                     kWaitMs),
                 qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.awaitingPrimary, kRecords);
        QCOMPARE(watch.last.primaryUnreachableSince, firstFailure);
        QCOMPARE(watch.last.problem, SyncStatus::Problem::None);
        // Still owed to the hub: pending, marked as taken by the province.
        QCOMPARE(outboxCount(station.db(),
                             QStringLiteral("state = 'pending' AND fallback_acked_at IS NOT NULL")),
                 kRecords);
        controller.shutdown();
        province.kill();
        const ServerRecords stored =
            compareServerRecords(province.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(stored.stored, kRecords);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.wrongHash, 0);
        QCOMPARE(stored.duplicatesSeen, 0);
    }

    // An outage is recorded and the hub's laptop is gone: no connection is refused, none is
    // made. The pass's TCP probe gives up after its own short timeout and the records go to the
    // province at once. A request to the hub would end only when the system stops trying to
    // connect (about a minute here, measured with the probe taken out) or at the request
    // timeout (20 minutes here), both beyond this test's guard: the records can reach the
    // province within it only by the probe's path.
    void aSilentHubIsLeftForTheProvinceAtOnce() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, kRecords));
        QVERIFY(recordOutage(station.db()));
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const QString provinceToken = enrollStation(province, identity, &error);
        QVERIFY2(!provinceToken.isEmpty(), qPrintable(error));
        UnansweredPort silentHub;
        QVERIFY(silentHub.ok());

        SyncSettings settings = fastSettings(silentHub.url(), province);
        settings.requestTimeoutMs = 10 * kWaitMs;
        settings.primaryProbeTimeoutMs = 300;
        settings.fallbackAfterSecs = 0;
        SteppedClock clock;
        SyncController controller(station.db().path(), settings, QStringLiteral("hub-token"),
                                  clock.clock());
        controller.setFallbackToken(provinceToken);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return watch.last.route == SyncRoute::Fallback &&
                                watch.last.pending == 0 && watch.passesOk > 0;
                     },
                     kBeforeTheSystemGivesUpMs),
                 qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.awaitingPrimary, kRecords);
        QCOMPARE(watch.last.primaryUnreachableSince,
                 QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)); // the outage's start stays
        controller.shutdown();
        province.kill();
        const ServerRecords stored =
            compareServerRecords(province.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(stored.stored, kRecords);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.duplicatesSeen, 0);
    }

    // An outage is recorded, and the hub is back: the probe connects, the records go to the
    // hub, the outage ends, and the province gets nothing.
    void aHubBackAfterAnOutageIsUsed() {
        TempStation station;
        ServerProcess province;
        ServerProcess hub;
        SiteTokens tokens;
        QString error;
        QVERIFY2(startSite(station, province, hub, kRecords, &tokens, &error), qPrintable(error));
        QVERIFY(recordOutage(station.db()));

        SyncSettings settings = fastSettings(hub.baseUrl(), province);
        settings.pinnedCaPath = hub.certificatePath();
        settings.fallbackAfterSecs = 0; // due, were the hub out of reach
        SteppedClock clock;
        SyncController controller(station.db().path(), settings, tokens.hub, clock.clock());
        controller.setFallbackToken(tokens.province);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; }, kWaitMs),
            qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.route, SyncRoute::Primary);
        QCOMPARE(watch.last.awaitingPrimary, 0);
        QVERIFY(!watch.last.primaryUnreachableSince.isValid());
        controller.shutdown();
        QCOMPARE(outageRows(station.db()), 0);
        QCOMPARE(outboxCount(station.db(), QStringLiteral("fallback_acked_at IS NOT NULL")), 0);
        province.kill();
        hub.kill();
        QCOMPARE(compareServerRecords(province.sqlitePath(), stationHashes(station.db())).stored,
                 0);
        const ServerRecords atHub =
            compareServerRecords(hub.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(atHub.stored, kRecords);
        QCOMPARE(atHub.missing, 0);
    }

    // The hub answers, refusing the token (401): that is no outage, even one stored as due.
    // The probe before the pass connects, and the hub's refusal is heard: never bypassed.
    void aRefusingHubIsNeverLeftForTheProvince() {
        TempStation station;
        ServerProcess province;
        ServerProcess hub;
        SiteTokens tokens;
        QString error;
        QVERIFY2(startSite(station, province, hub, kRecords, &tokens, &error, false),
                 qPrintable(error));
        SteppedClock clock;
        QVERIFY(recordOutage(station.db()));
        SyncSettings settings = fastSettings(hub.baseUrl(), province);
        settings.pinnedCaPath = hub.certificatePath();
        settings.fallbackAfterSecs = 0;
        SyncController controller(station.db().path(), settings, QStringLiteral("revoked-token"),
                                  clock.clock());
        controller.setFallbackToken(tokens.province);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return watch.passesFailed >= 1; }, kWaitMs));
        QCOMPARE(watch.last.problem, SyncStatus::Problem::Unauthorized);
        QCOMPARE(watch.last.route, SyncRoute::Primary);
        QVERIFY(!watch.last.primaryUnreachableSince.isValid()); // the hub answered
        QCOMPARE(watch.last.pending, kRecords);
        controller.shutdown();
        QCOMPARE(outboxCount(station.db(), QStringLiteral("fallback_acked_at IS NOT NULL")), 0);
        QCOMPARE(outageRows(station.db()), 0);
        province.kill();
        hub.kill();
        const ServerRecords stored =
            compareServerRecords(province.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(stored.stored, 0);
    }
    // The hub took the station's records, then its process stopped (SIGSTOP): its kernel still
    // takes connections, nobody answers the TLS handshake. The first pass after it (no outage
    // recorded yet, and a request timeout of 20 minutes) says within seconds that the hub is
    // out of reach and why, without "syncing" until a request timeout; once the fallback is
    // due the records go to the province; once the hub goes on it gets them too, each once.
    void aHubThatGoesSilentIsOutOfReachWithinSeconds() {
        TempStation station;
        ServerProcess province;
        ServerProcess hub;
        SiteTokens tokens;
        QString error;
        QVERIFY2(startSite(station, province, hub, kRecords, &tokens, &error), qPrintable(error));

        SyncSettings settings = fastSettings(hub.baseUrl(), province);
        settings.pinnedCaPath = hub.certificatePath();
        settings.requestTimeoutMs = 10 * kWaitMs;
        settings.connectTimeoutMs = 1000;
        // Idle checks as the window's (every 5 s): a connection idle that long is not kept.
        settings.probeIntervalMs = 5000;
        settings.fallbackAfterSecs = 600;
        SteppedClock clock;
        SyncController controller(station.db().path(), settings, tokens.hub, clock.clock());
        controller.setFallbackToken(tokens.province);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; }, kWaitMs),
            qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.route, SyncRoute::Primary);

        hub.pause();
        QElapsedTimer silent;
        silent.start();
        QVERIFY(appendSampleRecords(station.db(), *station.store().identity(), kRecords, kRecords));
        QVERIFY2(QTest::qWaitFor([&] { return watch.last.primaryUnreachableSince.isValid(); },
                                 kBeforeTheSystemGivesUpMs),
                 qPrintable(watch.last.lastError));
        const qint64 noticedMs = silent.elapsed();
        qInfo("the silent hub was out of reach after %lld ms", noticedMs);
        // The next idle check (5 s at most) and the connect deadline (1 s), with a margin for a
        // loaded machine; a request timeout here is 20 minutes.
        QVERIFY2(noticedMs < 15000, qPrintable(QString::number(noticedMs)));
        QCOMPARE(watch.last.problem, SyncStatus::Problem::Network);
        QVERIFY(!watch.last.syncing);
        QVERIFY2(watch.last.lastError.contains(QLatin1String("no answer within 1 s")),
                 qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.pending, kRecords);
        QCOMPARE(outboxCount(station.db(), QStringLiteral("fallback_acked_at IS NOT NULL")), 0);

        // Ten minutes on: the fallback is due, and the records go to the province.
        clock.advanceSecs(601);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return watch.last.route == SyncRoute::Fallback &&
                                watch.last.pending == 0 && watch.last.awaitingPrimary == kRecords;
                     },
                     kWaitMs),
                 qPrintable(watch.last.lastError));

        // The hub goes on: it is owed what the province took.
        hub.resume();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return watch.last.route == SyncRoute::Primary && watch.last.pending == 0 &&
                                watch.last.awaitingPrimary == 0;
                     },
                     kWaitMs),
                 qPrintable(watch.last.lastError));
        controller.shutdown();
        province.kill();
        hub.kill();
        const ServerRecords atHub =
            compareServerRecords(hub.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(atHub.stored, 2 * kRecords);
        QCOMPARE(atHub.missing, 0);
        QCOMPARE(atHub.wrongHash, 0);
        QCOMPARE(atHub.duplicatesSeen, 0);
        // The province took the second lot only: the records it acknowledged.
        const QHash<QString, QString> secondLot =
            stationHashes(station.db(), QStringLiteral("fallback_acked_at IS NOT NULL"));
        QCOMPARE(secondLot.size(), kRecords);
        const ServerRecords atProvince = compareServerRecords(province.sqlitePath(), secondLot);
        QCOMPARE(atProvince.stored, kRecords);
        QCOMPARE(atProvince.missing, 0);
        QCOMPARE(atProvince.unexpected, 0);
        QCOMPARE(atProvince.wrongHash, 0);
        QCOMPARE(atProvince.duplicatesSeen, 0);
    }

    // No outage recorded, and the hub's address takes no connection at all (its laptop gone):
    // the first pass says within seconds that the hub is out of reach, not after the request
    // timeout (20 minutes here) or the system's own connect timeout (about a minute).
    void aHubThatTakesNoConnectionIsOutOfReachWithinSeconds() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, kRecords));
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const QString provinceToken = enrollStation(province, identity, &error);
        QVERIFY2(!provinceToken.isEmpty(), qPrintable(error));
        UnansweredPort silentHub;
        QVERIFY(silentHub.ok());

        SyncSettings settings = fastSettings(silentHub.url(), province);
        settings.requestTimeoutMs = 10 * kWaitMs;
        settings.connectTimeoutMs = 1000;
        settings.fallbackAfterSecs = 600;
        SteppedClock clock;
        SyncController controller(station.db().path(), settings, QStringLiteral("hub-token"),
                                  clock.clock());
        controller.setFallbackToken(provinceToken);
        SyncControllerWatch watch(controller);
        QElapsedTimer elapsed;
        elapsed.start();
        controller.start();
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesFailed >= 1; }, kBeforeTheSystemGivesUpMs),
            qPrintable(watch.last.lastError));
        const qint64 noticedMs = elapsed.elapsed();
        qInfo("the unanswered hub was out of reach after %lld ms", noticedMs);
        QVERIFY2(noticedMs < 10000, qPrintable(QString::number(noticedMs)));
        QCOMPARE(watch.last.problem, SyncStatus::Problem::Network);
        QCOMPARE(watch.last.primaryUnreachableSince, clock.now());
        QVERIFY2(watch.last.lastError.contains(QLatin1String("no answer within 1 s")),
                 qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.pending, kRecords);
        controller.shutdown();
    }

    // A hub that is there but slow to answer (each request held 3 s on its way to the hub, as
    // on a loaded LAN or a busy hub) is waited for: the connect deadline (1 s) ends with the
    // handshake, and the batches are answered without a failure, an outage or the fallback.
    void aSlowHubIsWaitedFor() {
        TempStation station;
        ServerProcess province;
        ServerProcess hub;
        SiteTokens tokens;
        QString error;
        QVERIFY2(startSite(station, province, hub, kRecords, &tokens, &error), qPrintable(error));
        FaultInjectingProxy slowLan(hub.port());
        QVERIFY(slowLan.listen());
        FaultInjectingProxy::Faults faults;
        faults.stall = 1.0;
        faults.stallMs = 3000;
        slowLan.setFaults(faults);

        SyncSettings settings = fastSettings(
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(slowLan.port())), province);
        settings.pinnedCaPath = hub.certificatePath();
        settings.batchSize = kRecords / 2; // two batches, each held 3 s
        settings.requestTimeoutMs = 30000;
        settings.connectTimeoutMs = 1000;
        settings.fallbackAfterSecs = 0; // due at once, were the hub taken for out of reach
        SteppedClock clock;
        SyncController controller(station.db().path(), settings, tokens.hub, clock.clock());
        controller.setFallbackToken(tokens.province);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; }, kWaitMs),
            qPrintable(watch.last.lastError));
        QCOMPARE(watch.passesFailed, 0);
        QVERIFY(slowLan.counters().stalls >= 2);
        QCOMPARE(watch.last.route, SyncRoute::Primary);
        QCOMPARE(watch.last.awaitingPrimary, 0);
        QVERIFY(!watch.last.primaryUnreachableSince.isValid());
        controller.shutdown();
        QCOMPARE(outageRows(station.db()), 0);
        province.kill();
        hub.kill();
        QCOMPARE(compareServerRecords(province.sqlitePath(), stationHashes(station.db())).stored,
                 0);
        const ServerRecords atHub =
            compareServerRecords(hub.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(atHub.stored, kRecords);
        QCOMPARE(atHub.missing, 0);
        QCOMPARE(atHub.duplicatesSeen, 0);
    }

    // The hub's certificate was issued by a CA and the station pinned that certificate: the
    // handshake's errors about its issuer are ignored (net/PinnedCertificate.h). The hub then
    // takes the batch and its answer is lost on the way (the connection closed): a network
    // problem, as with any other hub, not the certificate problem the ignored errors once
    // made of it ("not signed by a trusted authority", and never the fallback).
    void aCaIssuedHubsLostAnswerIsNoCertificateProblem() {
        TempStation station;
        ServerProcess province;
        ServerProcess hub;
        SiteTokens tokens; // the hub's enrollment pins its CA-issued certificate itself
        QString error;
        QVERIFY2(startSite(station, province, hub, kRecords, &tokens, &error, true,
                           [](ServerProcess &server, QString *why) {
                               return useCaIssuedCertificate(server, QStringLiteral("hub"), false,
                                                             why);
                           }),
                 qPrintable(error));
        FaultInjectingProxy lossyLan(hub.port());
        QVERIFY(lossyLan.listen());
        FaultInjectingProxy::Faults faults;
        faults.dropResponse = 1.0;
        lossyLan.setFaults(faults);

        SyncSettings settings = fastSettings(
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(lossyLan.port())), province);
        settings.pinnedCaPath = caIssuedCertificatePath(hub, QStringLiteral("hub"));
        settings.fallbackAfterSecs = 600;
        SteppedClock clock;
        SyncController controller(station.db().path(), settings, tokens.hub, clock.clock());
        controller.setFallbackToken(tokens.province);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return watch.passesFailed >= 1; }, kWaitMs));
        QVERIFY(lossyLan.counters().droppedResponses >= 1);
        QCOMPARE(watch.last.problem, SyncStatus::Problem::Network);
        QVERIFY2(!watch.last.lastError.contains(QLatin1String("certificate")),
                 qPrintable(watch.last.lastError));
        QCOMPARE(watch.last.pending, kRecords);
        controller.shutdown();
    }
};

QTEST_GUILESS_MAIN(tst_SyncFallback)
#include "tst_sync_fallback.moc"
