// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/ThroughputChart.h"

#include <QTest>

using namespace station;
using namespace station::dashboard;

// A tester saw the dashboard's chart end at 10:30 with 2 swabs while 6 had been taken since
// 10:40: the interval still filling was not drawn at all.
class TestThroughputChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theIntervalStillFillingIsDrawnApart() {
        const QDate day(2026, 12, 5);
        QVector<TimeBucket> buckets;
        for (int i = 0; i < 6 * 24; ++i) {
            TimeBucket b;
            b.startLocal = QDateTime(day, QTime(0, 0)).addSecs(600 * i);
            buckets.append(b);
        }
        const int at1030 = 10 * 6 + 3;
        buckets[at1030].samples = 2;
        buckets[at1030 + 1].samples = 6; // 10:40, still filling at 10:44
        ThroughputChart chart;
        chart.setBuckets(buckets, day, QDateTime(day, QTime(10, 44)));
        QCOMPARE(chart.pointCount(), at1030 + 1); // complete intervals: the solid line
        QCOMPARE(chart.fillingCount(), 6);        // so far: the dashed step
        QVERIFY(chart.yMaximum() >= 6);
        // At 10:50 the 10:40 interval is complete: on the solid line, and 10:50's so far.
        chart.setBuckets(buckets, day, QDateTime(day, QTime(10, 50)));
        QCOMPARE(chart.pointCount(), at1030 + 2);
        QCOMPARE(chart.fillingCount(), 0);
        // A day already over (no "now" in it): every interval complete, none filling.
        chart.setBuckets(buckets, day, QDateTime());
        QCOMPARE(chart.pointCount(), int(buckets.size()));
        QCOMPARE(chart.fillingCount(), -1);
    }
};

QTEST_MAIN(TestThroughputChart)
#include "tst_throughputchart.moc"
