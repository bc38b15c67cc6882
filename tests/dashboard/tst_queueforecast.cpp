// SPDX-License-Identifier: GPL-3.0-or-later
// Queue forecast arithmetic, hand-computed.
#include "core/dashboard/QueueForecast.h"

#include <QTest>

using namespace station::dashboard;

class TestQueueForecast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compute_data() {
        QTest::addColumn<int>("remaining");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("targetMinutes"); // from now; 0: no target
        QTest::addColumn<int>("finishMinutes"); // -1: no projection
        QTest::addColumn<int>("tablesNeeded");  // -1: none
        QTest::addColumn<int>("additional");    // -1: none
        QTest::addColumn<bool>("onTrack");
        QTest::addColumn<int>("guideMin");
        QTest::addColumn<int>("guideMax");

        // 1200 people at 600/h: 2 h. Two tables at 300/h each do 900 in 3 h -> 2 tables.
        QTest::newRow("on-track") << 1200 << 600.0 << 2 << 180 << 120 << 2 << -1 << true << 2 << 2;
        // 5000 at 400/h: 12.5 h. 200/h per table x 4 h = 800 -> ceil(6.25) = 7, 5 more.
        QTest::newRow("behind") << 5000 << 400.0 << 2 << 240 << 750 << 7 << 5 << false << 7 << 9;
        // Exact fit: 1800 at 600/h in 3 h with 2 tables: no extra table.
        QTest::newRow("exact-fit") << 1800 << 600.0 << 2 << 180 << 180 << 2 << -1 << true << 3 << 3;
        // No rate yet: no projection and no table count, only the guideline.
        QTest::newRow("no-rate") << 3000 << 0.0 << 3 << 240 << -1 << -1 << -1 << false << 4 << 5;
        // Nobody left: finished now.
        QTest::newRow("done") << 0 << 500.0 << 4 << 60 << 0 << 0 << -1 << true << 0 << 0;
        // The target has passed: the finish is projected, no table count is possible.
        QTest::newRow("target-passed")
            << 600 << 300.0 << 1 << -30 << 120 << -1 << -1 << false << 1 << 1;
        // No target: projection only. 700 at 280/h = 2.5 h.
        QTest::newRow("no-target") << 700 << 280.0 << 1 << 0 << 150 << -1 << -1 << false << 1 << 2;
        // Fractional minutes round up to the next second: 100 at 7/h = 14.2857 h.
        QTest::newRow("round-up") << 100 << 7.0 << 1 << 0 << 857 << -1 << -1 << false << 1 << 1;
    }
    void compute() {
        QFETCH(int, remaining);
        QFETCH(double, rate);
        QFETCH(int, tables);
        QFETCH(int, targetMinutes);
        QFETCH(int, finishMinutes);
        QFETCH(int, tablesNeeded);
        QFETCH(int, additional);
        QFETCH(bool, onTrack);
        QFETCH(int, guideMin);
        QFETCH(int, guideMax);

        const QDateTime now(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC);
        ForecastInput in;
        in.peopleRemaining = remaining;
        in.ratePerHour = rate;
        in.tablesActive = tables;
        in.now = now;
        if (targetMinutes != 0)
            in.targetFinish = now.addSecs(targetMinutes * 60);
        const Forecast f = QueueForecast::compute(in);

        QCOMPARE(f.projectedFinish.has_value(), finishMinutes >= 0);
        if (finishMinutes >= 0) {
            // Whole minutes expected; the projection is exact to the second (rounded up).
            QCOMPARE(now.secsTo(*f.projectedFinish) / 60, qint64(finishMinutes));
            QVERIFY(now.secsTo(*f.projectedFinish) * rate >= remaining * 3600.0 - 1e-6);
        }
        QCOMPARE(f.tablesNeeded.has_value(), tablesNeeded >= 0);
        if (tablesNeeded >= 0)
            QCOMPARE(*f.tablesNeeded, tablesNeeded);
        QCOMPARE(f.additionalTables.has_value(), additional >= 0);
        if (additional >= 0)
            QCOMPARE(*f.additionalTables, additional);
        QCOMPARE(f.onTrack, onTrack);
        QCOMPARE(f.guidelineTablesMin, guideMin);
        QCOMPARE(f.guidelineTablesMax, guideMax);
    }

    void negativeRemainingIsZero() {
        ForecastInput in;
        in.peopleRemaining = -5;
        in.ratePerHour = 100;
        in.tablesActive = 1;
        in.now = QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC);
        const Forecast f = QueueForecast::compute(in);
        QCOMPARE(f.projectedFinish.value(), in.now);
        QCOMPARE(f.guidelineTablesMax, 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueForecast)
#include "tst_queueforecast.moc"
