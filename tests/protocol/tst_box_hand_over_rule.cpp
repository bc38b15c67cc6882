// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-over rule the station and the site hub share (protocol/BoxHandOverRule.h): a box
// sealed at a table of the site reconciles while its list gives the seal's counts and no tube
// was voided or packed into another box since; the temperature is needed past 2 hours.
#include "protocol/BoxHandOverRule.h"

#include <QTest>

using namespace station::protocol;

class tst_BoxHandOverRule : public QObject {
    Q_OBJECT

    static QList<SealedBoxTube> twoTubes() {
        return {{QStringLiteral("GZ01"), 10, QStringLiteral("boxed"), QStringLiteral("box-1"),
                 QStringLiteral("BX1"), QStringLiteral("Table 1")},
                {QStringLiteral("GZ02"), 5, QString(), QString(), QString(), QString()}};
    }

private Q_SLOTS:
    void aBoxAsSealedReconciles() {
        const SealedBoxReconciliation r =
            reconcileSealedBox(QStringLiteral("box-1"), 2, 15, twoTubes());
        QVERIFY(r.reconciles);
        QCOMPARE(r.listedTubes, 2);
        QCOMPARE(r.listedPeople, 15);
        QVERIFY(r.moved.isEmpty());
    }

    void countsThatDisagreeDoNot() {
        SealedBoxReconciliation r = reconcileSealedBox(QStringLiteral("box-1"), 3, 15, twoTubes());
        QVERIFY(!r.reconciles);
        QCOMPARE(r.listedTubes, 2);
        r = reconcileSealedBox(QStringLiteral("box-1"), 2, 16, twoTubes());
        QVERIFY(!r.reconciles);
        QCOMPARE(r.listedPeople, 15);
        QVERIFY(r.moved.isEmpty());
    }

    void aTubeVoidedOrPackedElsewhereDoesNot() {
        QList<SealedBoxTube> tubes = twoTubes();
        tubes[1].stateNow = QStringLiteral("voided");
        tubes[1].tableNow = QStringLiteral("Table 2");
        SealedBoxReconciliation r = reconcileSealedBox(QStringLiteral("box-1"), 2, 15, tubes);
        QVERIFY(!r.reconciles);
        QCOMPARE(r.moved.size(), 1);
        QVERIFY(r.moved.first().voided);
        QCOMPARE(r.moved.first().tube, QStringLiteral("GZ02"));
        QCOMPARE(r.moved.first().table, QStringLiteral("Table 2"));

        tubes = twoTubes();
        tubes[0].boxUuidNow = QStringLiteral("box-2");
        tubes[0].boxNow = QStringLiteral("BX2");
        tubes[0].tableNow = QStringLiteral("Table 3");
        r = reconcileSealedBox(QStringLiteral("box-1"), 2, 15, tubes);
        QVERIFY(!r.reconciles);
        QCOMPARE(r.moved.size(), 1);
        QVERIFY(!r.moved.first().voided);
        QCOMPARE(r.moved.first().box, QStringLiteral("BX2"));
        QCOMPARE(r.moved.first().table, QStringLiteral("Table 3"));
    }

    void temperatureAfterTwoHours() {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-05T10:00:00Z"), Qt::ISODate);
        QVERIFY(!handOverNeedsTemperature(QDateTime(), now));
        QVERIFY(!handOverNeedsTemperature(now.addSecs(-station::kBoxTemperatureAfterSecs), now));
        QVERIFY(handOverNeedsTemperature(now.addSecs(-station::kBoxTemperatureAfterSecs - 1), now));
    }

    // A tester's typos went on the manifest as the cold chain's record: 99 and -300 °C.
    void aTemperatureNoTransportBoxReadsIsRefused() {
        QVERIFY(plausibleTransitTemperature(4.5));
        QVERIFY(plausibleTransitTemperature(kTransitTemperatureMinC));
        QVERIFY(plausibleTransitTemperature(kTransitTemperatureMaxC));
        QVERIFY(!plausibleTransitTemperature(99.0));
        QVERIFY(!plausibleTransitTemperature(-300.0));
        QVERIFY(!plausibleTransitTemperature(qQNaN()));
        QVERIFY(!plausibleTransitTemperature(qInf()));
    }
};

QTEST_GUILESS_MAIN(tst_BoxHandOverRule)
#include "tst_box_hand_over_rule.moc"
