// SPDX-License-Identifier: GPL-3.0-or-later
// A table is shown by its number in the viewer's language, whatever language the station that
// named it was set up in: the wire form and the localized labels older stations enrolled with
// ("1号台", "第 3 号采样台") read alike; the hub's own label and unknown text stay as they are.
#include "core/TableLabel.h"
#include "protocol/TableNumber.h"

#include <QTest>

using namespace station;

class tst_TableLabel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFormATableWasSentIn_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("number");
        QTest::newRow("wire") << QStringLiteral("Table 2") << 2;
        QTest::newRow("zh short") << QStringLiteral("1号台") << 1;
        QTest::newRow("zh long") << QStringLiteral("第 3 号采样台") << 3;
        QTest::newRow("site hub") << QStringLiteral("site hub") << 0;
        QTest::newRow("free text") << QStringLiteral("Front desk") << 0;
        QTest::newRow("empty") << QString() << 0;
    }
    void readsEveryFormATableWasSentIn() {
        QFETCH(QString, label);
        QFETCH(int, number);
        QCOMPARE(protocol::tableNumberOfLabel(label), number);
        // Shown (here without a translation: English) as its number says, one form for all.
        QCOMPARE(shownTableLabel(label), number > 0 ? QStringLiteral("Table %1").arg(number)
                                         : label == QLatin1String("site hub")
                                             ? QStringLiteral("the site hub")
                                             : label);
        QCOMPARE(protocol::canonicalTableLabel(label),
                 number > 0 ? QStringLiteral("Table %1").arg(number) : label);
    }

    void offersTheFreeNumbers() {
        QCOMPARE(protocol::freeTableNumbers({1, 2, 4}, 3), (QList<int>{3, 5, 6}));
        QCOMPARE(protocol::freeTableNumbers({}, 2), (QList<int>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(tst_TableLabel)
#include "tst_tablelabel.moc"
