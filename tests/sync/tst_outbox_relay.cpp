// SPDX-License-Identifier: GPL-3.0-or-later
// The station's OutboxRelay, on its own thread through SyncController, against a real
// province-server over TLS on loopback: exactly once through dropped answers and a server
// crash, and the conflict, rejected, wrong-token and disk-full paths.
#include "core/sync/Enrollment.h"
#include "core/sync/SyncController.h"
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/sync/SyncControllerWatch.h"
#include "tests/sync/SyncTestSupport.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = 180000; // a guard against hanging, not a speed assertion

SyncSettings fastSettings(const QUrl &url, const QString &caPath) {
    SyncSettings s;
    s.serverUrl = url;
    s.pinnedCaPath = caPath;
    s.batchSize = 500;
    s.requestTimeoutMs = 2000; // a dropped answer is given up quickly
    s.minBackoffMs = 20;
    s.maxBackoffMs = 400;
    s.probeIntervalMs = 200;
    return s;
}

} // namespace

class tst_OutboxRelay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // One line per batch would drown the summary.
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    }

    void exactlyOnceThroughFaults_data() {
        QTest::addColumn<int>("records");
        QTest::addColumn<double>("drop");
        QTest::addColumn<double>("reset");
        QTest::addColumn<double>("stall");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("10,000 records, 30% answers dropped, server killed")
            << 10000 << 0.3 << 0.0 << 0.0 << 500;
        QTest::newRow("1,500 records, drops, resets and stalls, server killed")
            << 1500 << 0.3 << 0.1 << 0.05 << 50;
    }

    void exactlyOnceThroughFaults() {
        QFETCH(int, records);
        QFETCH(double, drop);
        QFETCH(double, reset);
        QFETCH(double, stall);
        QFETCH(int, batchSize);
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, records));

        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString token = enrollStation(server, identity, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));

        FaultInjectingProxy proxy(server.port(), 611);
        QVERIFY(proxy.listen());
        proxy.setFaults({drop, reset, stall, 300});
        // The certificate names 127.0.0.1, which the proxy also is: TLS stays end to end.
        SyncSettings settings =
            fastSettings(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                         server.certificatePath());
        settings.batchSize = batchSize;
        SyncController controller(station.db().path(), settings, token);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return watch.last.pending <= records / 2; }, kWaitMs));
        QVERIFY2(server.restart(&error), qPrintable(error)); // a crash mid-run
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; }, kWaitMs),
            qPrintable(watch.last.lastError));
        controller.shutdown();
        server.kill();

        QCOMPARE(outboxCount(station.db(), QStringLiteral("state = 'acked'")), records);
        QCOMPARE(watch.last.conflicts + watch.last.rejected, 0);
        const auto proxyCounters = proxy.counters();
        QVERIFY(proxyCounters.droppedResponses > 0);
        const ServerRecords stored =
            compareServerRecords(server.sqlitePath(), stationHashes(station.db()));
        qInfo("%d records; proxy: %d requests, %d answers dropped, %d resets, %d stalls; "
              "server saw %lld duplicates",
              records, proxyCounters.requests, proxyCounters.droppedResponses, proxyCounters.resets,
              proxyCounters.stalls, stored.duplicatesSeen);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.unexpected, 0);
        QCOMPARE(stored.wrongHash, 0);
        QCOMPARE(stored.stored, records); // the uuid is the server's key: none twice
        // A dropped answer after a commit came back as duplicates: counted as success.
        QVERIFY(stored.duplicatesSeen > 0);
    }

    void exactlyOnceOnPostgres() {
        PostgresCluster postgres;
        QString error;
        if (!postgres.start(&error))
            QSKIP(qPrintable(QStringLiteral("PostgreSQL variant skipped: %1").arg(error)));
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        constexpr int records = 3000;
        QVERIFY(appendSampleRecords(station.db(), identity, records));
        ServerProcess server;
        server.setDatabaseUrl(postgres.databaseUrl());
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString token = enrollStation(server, identity, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        FaultInjectingProxy proxy(server.port(), 1125);
        QVERIFY(proxy.listen());
        proxy.setFaults({0.3, 0.0, 0.0, 0});
        SyncSettings settings =
            fastSettings(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                         server.certificatePath());
        settings.batchSize = 200;
        SyncController controller(station.db().path(), settings, token);
        SyncControllerWatch watch(controller);
        controller.start();
        // Restarted once half is in and an answer of the running server was dropped: that
        // batch, committed, comes again (a duplicate). An answer dropped while the server
        // restarts was an error answer and makes none.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return watch.last.pending <= records / 2 && proxy.counters().droppedResponses > 0;
            },
            kWaitMs));
        QVERIFY2(server.restart(&error), qPrintable(error));
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; }, kWaitMs),
            qPrintable(watch.last.lastError));
        controller.shutdown();
        server.kill();
        QVERIFY(proxy.counters().droppedResponses > 0);
        ServerRecords stored;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-check"));
            postgres.configure(db);
            QVERIFY(db.open());
            stored = compareServerRecords(db, stationHashes(station.db()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-check"));
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.unexpected, 0);
        QCOMPARE(stored.wrongHash, 0);
        QCOMPARE(stored.stored, records);
        QVERIFY(stored.duplicatesSeen > 0);
    }

    void resumesWhenTheServerComesBack() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, 120));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString token = enrollStation(server, identity, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const quint16 port = server.port();
        server.kill(); // the cable is pulled

        SyncSettings settings = fastSettings(server.baseUrl(), server.certificatePath());
        settings.minBackoffMs = 200;
        settings.maxBackoffMs = 60000; // only the health probes can end the wait early
        SyncController controller(station.db().path(), settings, token);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return watch.last.connection == SyncStatus::Connection::Offline; }, kWaitMs));
        QCOMPARE(watch.last.problem, SyncStatus::Problem::Network);
        QCOMPARE(watch.last.pending, 120);
        QVERIFY(watch.last.oldestPending.isValid());
        QVERIFY(watch.last.lastError.contains(QStringLiteral("cannot be reached")));
        // Let the backoff grow, then plug back in: the relay finds out by itself.
        QTest::qWait(1500);
        QVERIFY2(server.start(&error, port), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return watch.last.pending == 0; }, kWaitMs));
        QCOMPARE(watch.last.connection, SyncStatus::Connection::Online);
        QVERIFY(watch.last.lastSuccess.isValid());
        QVERIFY(watch.last.lastError.isEmpty());
        controller.shutdown();
        server.kill();
        QCOMPARE(compareServerRecords(server.sqlitePath(), stationHashes(station.db())).stored,
                 120);
    }

    void refusedTokenKeepsRecordsUntilReEnrolled() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, 40));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        SyncController controller(station.db().path(),
                                  fastSettings(server.baseUrl(), server.certificatePath()),
                                  QStringLiteral("revoked-or-wrong-token"));
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return watch.last.problem == SyncStatus::Problem::Unauthorized; }, kWaitMs));
        QVERIFY(watch.last.lastError.contains(QStringLiteral("enroll")));
        QCOMPARE(watch.last.pending, 40);
        QCOMPARE(outboxCount(station.db(), QStringLiteral("state = 'pending' AND attempts >= 1")),
                 40);
        // The site lead enrolls again; the new token goes to the relay and the records go.
        const QString token = enrollStation(server, identity, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        controller.setDeviceToken(token);
        QVERIFY(QTest::qWaitFor([&] { return watch.last.pending == 0; }, kWaitMs));
        QCOMPARE(watch.last.problem, SyncStatus::Problem::None);
        controller.shutdown();
        QCOMPARE(outboxCount(station.db(), QStringLiteral("state = 'acked'")), 40);
    }

    void rotatedTokenReplacesTheOldOne() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, 10));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString oldToken = enrollStation(server, identity, &error);
        QVERIFY2(!oldToken.isEmpty(), qPrintable(error));
        const SyncSettings settings = fastSettings(server.baseUrl(), server.certificatePath());
        Enrollment rotation(settings);
        QSignalSpy rotated(&rotation, &Enrollment::succeeded);
        rotation.rotate(oldToken);
        QVERIFY(rotated.wait(kWaitMs));
        const QString newToken = rotated.first().first().toString();
        QVERIFY(!newToken.isEmpty() && newToken != oldToken);

        SyncController controller(station.db().path(), settings, newToken);
        SyncControllerWatch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; },
                                kWaitMs));
        QCOMPARE(outboxCount(station.db(), QStringLiteral("state = 'acked'")), 10);
        controller.shutdown();
        // Once the new token has been used, the old one is dead.
        QVERIFY(appendSampleRecords(station.db(), identity, 5, 10));
        SyncController stale(station.db().path(), settings, oldToken);
        SyncControllerWatch staleWatch(stale);
        stale.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return staleWatch.last.problem == SyncStatus::Problem::Unauthorized; }, kWaitMs));
        QCOMPARE(staleWatch.last.pending, 5);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxRelay)
#include "tst_outbox_relay.moc"
