// SPDX-License-Identifier: GPL-3.0-or-later
// A station joined to a site hub falls back to the province while the hub cannot be reached,
// with real processes on loopback: a province server, a site hub (province-server --site-hub)
// and a station (sampling-station-cli) enrolled at the hub and, as its fallback, at the
// province. The hub is stopped: the station's new records go straight to the province, once.
// Another server answering on the hub's address with another certificate is not "the hub out
// of reach": nothing falls back. The hub comes back: it receives the records the province
// took, relays them, and the province still holds each record exactly once.
#include "tests/models/StationFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/CliSite.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttpsClient.h"

#include "core/storage/StationPaths.h"
#include "core/sync/SyncSettings.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = CliSite::siteCode();
constexpr int kWaitMs = 60000; // a bound on waiting, never a measure

// One row of a station's outbox: its content hash, state, and whether the province took it
// straight during a hub outage.
struct OutboxRow {
    QString hash;
    QString state;
    bool provinceTook = false;
};

// Rows of `sql` (first column the key) from a SQLite file opened read-only.
QHash<QString, QStringList> readRows(const QString &path, const QString &sql) {
    QHash<QString, QStringList> rows;
    const QString name = QStringLiteral("read-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(sql);
            while (query.next()) {
                QStringList values;
                for (int i = 1; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                // A key seen twice is kept twice apart, so that counts stay honest.
                QString key = query.value(0).toString();
                while (rows.contains(key))
                    key += QLatin1Char('+');
                rows.insert(key, values);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QHash<QString, OutboxRow> outbox(const QString &dataDir) {
    QHash<QString, OutboxRow> rows;
    const auto read = readRows(databasePath(dataDir),
                               QStringLiteral("SELECT uuid, content_hash, state, "
                                              "fallback_acked_at IS NOT NULL FROM outbox"));
    for (auto it = read.cbegin(); it != read.cend(); ++it)
        rows.insert(it.key(), {it.value().value(0), it.value().value(1),
                               it.value().value(2) == QLatin1String("1")});
    return rows;
}

// uuid -> (content hash, the hub it came through or empty) of what a server holds; a uuid
// held twice shows as a second key with '+' appended.
QHash<QString, QStringList> serverRecords(const ServerProcess &server) {
    return readRows(server.sqlitePath(),
                    QStringLiteral("SELECT uuid, content_hash, COALESCE(via, '') FROM records"));
}

bool hubRelayedAll(const ServerProcess &hub) {
    return QTest::qWaitFor(
        [&hub] {
            const QJsonObject upstream = hub.hubUpstream();
            return upstream.value(QStringLiteral("connected")).toBool() &&
                   upstream.value(QStringLiteral("pending")).toInt(-1) == 0;
        },
        kWaitMs);
}

CliRun sync(const QString &station, const QStringList &args = {}) {
    return runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--data-dir"), station} +
                  args);
}

} // namespace

class tst_HubFallback : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordsGoToTheProvinceWhileTheHubIsOutOfReach() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerProcess province;
        ServerProcess hub;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const QStringList hubArguments = province.siteHubArguments(kSite, &error);
        QVERIFY2(!hubArguments.isEmpty(), qPrintable(error));
        QVERIFY2(hub.prepare(&error), qPrintable(error));
        hub.setExtraArguments(hubArguments);
        QVERIFY2(hub.start(&error), qPrintable(error));
        const quint16 hubPort = hub.port();

        // The station joins the hub, and is enrolled at the province as its fallback.
        const QString station = dir.filePath(QStringLiteral("station"));
        QVERIFY(provisionCliStation(station));
        const CliRun joined =
            sync(station, {QStringLiteral("--server"), hub.baseUrl().toString(),
                           QStringLiteral("--ca"), hub.certificatePath(),
                           QStringLiteral("--enroll-code"), hub.enrollmentCode(kSite)});
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.out + joined.err));
        // A typo in the duration is refused and saves nothing.
        const CliRun badAfter =
            sync(station, {QStringLiteral("--fallback-after"), QStringLiteral("ten minutes")});
        QCOMPARE(badAfter.exitCode, 2);
        QVERIFY(!loadSyncSettings(station).hasFallback());
        // A code the province does not know is refused and saves nothing either.
        const CliRun wrongCode =
            sync(station, {QStringLiteral("--fallback-server"), province.baseUrl().toString(),
                           QStringLiteral("--fallback-ca"), province.certificatePath(),
                           QStringLiteral("--fallback-enroll-code"), QStringLiteral("NOT-A-CODE")});
        QCOMPARE(wrongCode.exitCode, 3);
        QVERIFY(!loadSyncSettings(station).hasFallback());
        QVERIFY(readFallbackToken(station).isEmpty());
        QVERIFY(!QFile::exists(fallbackCaCopyPath(station)));
        const CliRun enrolled =
            sync(station, {QStringLiteral("--fallback-server"), province.baseUrl().toString(),
                           QStringLiteral("--fallback-ca"), province.certificatePath(),
                           QStringLiteral("--fallback-enroll-code"), province.enrollmentCode(kSite),
                           QStringLiteral("--fallback-after"), QStringLiteral("0")});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.out + enrolled.err));
        const SyncSettings settings = loadSyncSettings(station);
        QCOMPARE(settings.serverUrl, hub.baseUrl()); // the hub stays the primary
        QCOMPARE(settings.fallbackUrl, province.baseUrl());
        QCOMPARE(settings.fallbackAfterSecs, 0);
        // The fallback's token is kept as the hub's is: readable by this user only.
        QVERIFY(!readFallbackToken(station).isEmpty());
        QVERIFY(readFallbackToken(station) != readDeviceToken(station));
        QCOMPARE(QFile::permissions(fallbackTokenPath(station)),
                 QFile::permissions(deviceTokenPath(station)));
        QCOMPARE(QFile::permissions(fallbackTokenPath(station)),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QVERIFY(hubRelayedAll(hub));
        const auto beforeOutage = outbox(station);

        // The hub crashes; the table goes on.
        hub.kill();
        QVERIFY(!CliSite::scan(station,
                               {tubeCode(1), residentScan(1), residentScan(2), residentScan(3)})
                     .isEmpty());
        const auto made = outbox(station);
        QVERIFY(made.size() >= beforeOutage.size() + 4); // a tube opened, three people
        const CliRun fellBack = sync(station);
        QVERIFY2(fellBack.exitCode == 0, qPrintable(fellBack.out + fellBack.err));
        QVERIFY2(fellBack.out.contains(QLatin1String("straight to the province")),
                 qPrintable(fellBack.out));
        // Every record at the province, once, byte for byte; the new ones came straight.
        QHash<QString, QStringList> atProvince = serverRecords(province);
        QCOMPARE(atProvince.size(), made.size());
        const auto afterFallback = outbox(station);
        QCOMPARE(afterFallback.size(), made.size());
        for (auto it = afterFallback.cbegin(); it != afterFallback.cend(); ++it) {
            QVERIFY2(atProvince.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(atProvince.value(it.key()).value(0), it.value().hash);
            const bool cameStraight = !beforeOutage.contains(it.key());
            QCOMPARE(atProvince.value(it.key()).value(1).isEmpty(), cameStraight);
            // What the province took straight is still owed to the hub.
            QCOMPARE(it.value().state,
                     cameStraight ? QStringLiteral("pending") : QStringLiteral("acked"));
            QCOMPARE(it.value().provinceTook, cameStraight);
        }
        // A second pass while the hub is still away sends nothing twice.
        const CliRun again = sync(station);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(serverRecords(province).size(), made.size());

        // Someone else answers at the hub's address with another certificate: that is no
        // outage, whatever the stored outage says; nothing goes to the province.
        ServerProcess impostor;
        QVERIFY2(impostor.prepare(&error), qPrintable(error));
        QVERIFY2(impostor.start(&error, hubPort), qPrintable(error));
        QVERIFY(!CliSite::scan(station, {residentScan(4)}).isEmpty());
        const auto withFourth = outbox(station);
        QString fourth;
        for (auto it = withFourth.cbegin(); it != withFourth.cend(); ++it)
            if (!made.contains(it.key()))
                fourth = it.key();
        QVERIFY(!fourth.isEmpty());
        const CliRun refused = sync(station);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("certificate")), qPrintable(refused.err));
        QVERIFY2(!refused.out.contains(QLatin1String("straight to the province")),
                 qPrintable(refused.out));
        QVERIFY(!serverRecords(province).contains(fourth));
        QCOMPARE(outbox(station).value(fourth).state, QStringLiteral("pending"));
        QVERIFY(!outbox(station).value(fourth).provinceTook);
        impostor.kill();

        // The hub is back: it receives what the province took, and the new record; it relays
        // them, and the province answers `duplicate` for those it has.
        QVERIFY2(hub.start(&error, hubPort), qPrintable(error));
        const CliRun back = sync(station);
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
        QVERIFY2(back.out.contains(QLatin1String("The site hub is back")), qPrintable(back.out));
        const auto final = outbox(station);
        for (const OutboxRow &row : final)
            QCOMPARE(row.state, QStringLiteral("acked"));
        const QHash<QString, QStringList> atHub = serverRecords(hub);
        QCOMPARE(atHub.size(), final.size()); // the hub's view of the site is whole
        for (auto it = final.cbegin(); it != final.cend(); ++it)
            QCOMPARE(atHub.value(it.key()).value(0), it.value().hash);
        QVERIFY(hubRelayedAll(hub));
        // No relayed record was refused by the province (a duplicate counts as relayed).
        const auto refusedUpstream =
            readRows(hub.sqlitePath(), QStringLiteral("SELECT uuid FROM upstream_queue WHERE "
                                                      "state <> 'acked'"));
        QVERIFY2(refusedUpstream.isEmpty(), qPrintable(refusedUpstream.keys().join(u',')));
        // The hub relayed what the province took straight, and heard `duplicate` for each.
        qint64 duplicates = 0;
        for (const QStringList &row :
             readRows(province.sqlitePath(),
                      QStringLiteral("SELECT station, duplicates FROM station_counters")))
            duplicates += row.value(0).toLongLong();
        QCOMPARE(duplicates, qint64(made.size() - beforeOutage.size()));
        atProvince = serverRecords(province);
        QCOMPARE(atProvince.size(), final.size()); // 0 duplicated, 0 missing
        for (auto it = final.cbegin(); it != final.cend(); ++it)
            QCOMPARE(atProvince.value(it.key()).value(0), it.value().hash);
        QVERIFY(!atProvince.value(fourth).value(1).isEmpty()); // the fourth came through the hub

        const CliRun checked =
            runCli({QStringLiteral("check"), QStringLiteral("--data-dir"), station});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));

        // Without the fallback the station stays with its hub alone.
        const CliRun removed = sync(station, {QStringLiteral("--no-fallback")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
        QVERIFY(!loadSyncSettings(station).hasFallback());
        QVERIFY(!QFile::exists(fallbackTokenPath(station)));
        hub.kill();
        province.kill();
    }
};

QTEST_GUILESS_MAIN(tst_HubFallback)
#include "tst_hub_fallback.moc"
