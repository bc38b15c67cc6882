// SPDX-License-Identifier: GPL-3.0-or-later
// SiteTablesSource against a real province-server over TLS on loopback: this station syncs
// its swabs through its own relay (which sends its station_status), another device of the
// site uploads directly, and the source brings both tables back, off the GUI thread; with
// the server gone it fails and says why.
#include "core/dashboard/SiteOverview.h"
#include "core/dashboard/SiteTablesSource.h"
#include "core/sync/SyncController.h"
#include "core/sync/SyncSettings.h"
#include "tests/dashboard/DashboardFixture.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"
#include "tests/sync/SyncTestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace station;
using namespace station::dashboard;
using namespace station::test;

namespace {

constexpr int kWaitMs = 60000; // a guard against hanging, not a speed assertion
const QString kOtherDevice = QStringLiteral("device-test-0009");

} // namespace

class TestSiteTablesSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bringsEveryTableOfTheSite() {
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        // This station: three swabs in the morning, enrolled, its settings in its folder.
        TempStation st;
        QVERIFY(st.ok());
        const StationIdentity identity = *st.store().identity();
        const QDateTime t0 = st.now();
        int tube = 1;
        for (int i = 0; i < 3; ++i)
            QVERIFY(swabAt(st, t0.addSecs(60 * i), i + 1, tube) > 0);
        const QString token = enrollStation(server, identity, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        SyncSettings settings;
        settings.serverUrl = server.baseUrl();
        QVERIFY(pinServerCa(st.dataDir(), server.certificatePath(), &settings).ok());
        settings.minBackoffMs = 20;
        settings.maxBackoffMs = 400;
        settings.probeIntervalMs = 200;
        QVERIFY(saveSyncSettings(st.dataDir(), settings).ok());
        QVERIFY(writeDeviceToken(st.dataDir(), token).ok());

        // Another table of the site uploads two swabs of its own.
        TestHttpsClient other(server.certificate());
        other.setBaseUrl(server.baseUrl());
        const HttpResult enrolled =
            other.post(QStringLiteral("/v1/enroll"),
                       QJsonObject{{QStringLiteral("site"), identity.siteCode},
                                   {QStringLiteral("enrollment_code"),
                                    server.enrollmentCode(identity.siteCode)},
                                   {QStringLiteral("device_id"), kOtherDevice},
                                   {QStringLiteral("table"), QStringLiteral("Table 9")}});
        QCOMPARE(enrolled.status, 200);
        other.setBearerToken(enrolled.json().value(QStringLiteral("device_token")).toString());
        QList<QJsonObject> records;
        for (int i = 0; i < 2; ++i) {
            SyncTestRecord r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.seq = i + 1;
            r.site = identity.siteCode;
            r.station = kOtherDevice;
            r.at = t0.addSecs(30 + 60 * i).toString(Qt::ISODateWithMs);
            r.extra.insert(QStringLiteral("tube"), QStringLiteral("GZ90000001"));
            records.append(r.toJson());
        }
        QCOMPARE(other.post(QStringLiteral("/v1/records"), syncBatch(kOtherDevice, records)).status,
                 200);

        // This station's relay sends its records, with its backlog in station_status.
        {
            SyncController controller(st.db().path(), loadSyncSettings(st.dataDir()), token);
            SyncStatus last;
            connect(&controller, &SyncController::statusChanged, this,
                    [&last](const SyncStatus &s) { last = s; });
            controller.start();
            QVERIFY(QTest::qWaitFor([&] { return last.lastSuccess.isValid() && last.pending == 0; },
                                    kWaitMs));
            controller.shutdown();
        }

        const QTimeZone zone("Asia/Shanghai");
        const QDateTime stamp = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
        SiteTablesSource source(st.dataDir(), identity.siteCode, identity.deviceId, zone,
                                [stamp] { return stamp; });
        QSignalSpy ready(&source, &SiteAggregatesSource::figuresReady);
        QSignalSpy failed(&source, &SiteAggregatesSource::failed);
        // The answer is made on the source's own thread, not this one.
        QThread *answeredOn = nullptr;
        connect(&source, &SiteAggregatesSource::figuresReady, this,
                [&answeredOn] { answeredOn = QThread::currentThread(); });
        source.request(t0.toTimeZone(zone).date());
        QVERIFY(source.busy());
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kWaitMs));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(answeredOn, QThread::currentThread()); // delivered to the GUI thread
        const auto figures = ready.first().first().value<SiteFigures>();
        QCOMPARE(figures.role, QStringLiteral("province"));
        QVERIFY(!figures.upstream);
        QCOMPARE(figures.ownStation, identity.deviceId);
        QCOMPARE(figures.receivedAt, stamp);
        QCOMPARE(figures.siteTables.size(), 2);
        QCOMPARE(figures.samplesToday, 5);
        const auto table = [&](const QString &station) {
            for (const SiteTable &t : figures.siteTables) {
                if (t.station == station)
                    return t;
            }
            return SiteTable{};
        };
        const SiteTable own = table(identity.deviceId);
        QCOMPARE(own.samples, 3);
        QCOMPARE(own.tableNumber, 7);
        QVERIFY(own.pending.has_value()); // the relay's station_status arrived
        QCOMPARE(*own.pending, 0);        // all sent: the backlog once its last batch was answered
        QVERIFY(own.statusAt.isValid());
        QVERIFY(own.lastSeenAt.isValid());
        QCOMPARE(own.openTubes.size(), 1); // the tube of the three swabs is still open
        QCOMPARE(own.openTubes.first().people, 3);
        const SiteTable nine = table(kOtherDevice);
        QCOMPARE(nine.label, QStringLiteral("Table 9"));
        QCOMPARE(nine.tableNumber, 9);
        QCOMPARE(nine.samples, 2);
        QVERIFY(!nine.pending); // it sent no status

        // The server goes away: the source says so, and the next answer is a failure.
        server.kill();
        source.request(t0.toTimeZone(zone).date());
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWaitMs));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(ready.size(), 1);
        QVERIFY(!source.busy());
    }

    void notEnrolledIsSaid() {
        TempStation st;
        QVERIFY(st.ok());
        SiteTablesSource source(st.dataDir(), QStringLiteral("GZ-TH-0001"),
                                QStringLiteral("device-test-0007"));
        QSignalSpy failed(&source, &SiteAggregatesSource::failed);
        source.request(QDate(2026, 11, 25));
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("not enrolled")));
    }
};

QTEST_GUILESS_MAIN(TestSiteTablesSource)
#include "tst_sitetablessource.moc"
