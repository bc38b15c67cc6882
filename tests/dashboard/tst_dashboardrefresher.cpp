// SPDX-License-Identifier: GPL-3.0-or-later
// The refresher runs the queries on its own thread and connection and coalesces requests.
#include "core/dashboard/DashboardRefresher.h"
#include "core/storage/StationPaths.h"
#include "tests/dashboard/DashboardFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace station;
using namespace station::dashboard;
using namespace station::test;

class TestDashboardRefresher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void snapshotFromWorkerThread() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 11, 25, 9, 0);
        int tube = 1;
        for (int i = 0; i < 12; ++i)
            QVERIFY(swabAt(st, t0.addSecs(40 * i), i + 1, tube) > 0);
        const QDateTime now = t0.addSecs(3600);
        DashboardRefresher refresher(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&refresher, &DashboardRefresher::snapshotReady);
        refresher.requestRefresh();
        QVERIFY(refresher.busy());
        refresher.requestRefresh(); // coalesced into one more run
        refresher.requestRefresh();
        QVERIFY(spy.wait(10000));
        if (spy.count() < 2)
            QVERIFY(spy.wait(10000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 2);
        const auto s = spy.last().at(0).value<DashboardSnapshot>();
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.samplesToday, 12);
        QCOMPARE(s.asOf, now);
        QCOMPARE(s.day, QDate(2026, 11, 25));
        QVERIFY(!refresher.busy());
    }

    void missingDatabaseIsReported() {
        QTemporaryDir dir;
        // A directory where the database file cannot be created.
        const QString path = dir.filePath(QStringLiteral("file-not-dir/station.db"));
        QFile blocker(dir.filePath(QStringLiteral("file-not-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DashboardRefresher refresher(path);
        QSignalSpy spy(&refresher, &DashboardRefresher::snapshotReady);
        refresher.requestRefresh();
        QVERIFY(spy.wait(10000));
        const auto s = spy.first().at(0).value<DashboardSnapshot>();
        QVERIFY(!s.valid);
        QVERIFY(!s.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardRefresher)
#include "tst_dashboardrefresher.moc"
