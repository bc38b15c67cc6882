// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelSize.h"

#include <QtTest>

using namespace station::labels;

class TestLabelSize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::newRow("default") << QStringLiteral("50x25") << true << 50.0 << 25.0;
        QTest::newRow("upper X") << QStringLiteral("40X30") << true << 40.0 << 30.0;
        QTest::newRow("times sign") << QStringLiteral("60\u00D740") << true << 60.0 << 40.0;
        QTest::newRow("mm suffix, spaces")
            << QStringLiteral(" 60 x 40 mm ") << true << 60.0 << 40.0;
        QTest::newRow("decimal") << QStringLiteral("50.8x25.4") << true << 50.8 << 25.4;
        QTest::newRow("one number") << QStringLiteral("50") << false << 0.0 << 0.0;
        QTest::newRow("too small") << QStringLiteral("5x25") << false << 0.0 << 0.0;
        QTest::newRow("too large") << QStringLiteral("500x25") << false << 0.0 << 0.0;
        QTest::newRow("garbage") << QStringLiteral("fifty by 25") << false << 0.0 << 0.0;
        QTest::newRow("negative") << QStringLiteral("-50x25") << false << 0.0 << 0.0;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<LabelSize> size = LabelSize::parse(text);
        QCOMPARE(size.has_value(), valid);
        if (valid) {
            QFETCH(double, width);
            QFETCH(double, height);
            QCOMPARE(size->widthMm, width);
            QCOMPARE(size->heightMm, height);
        }
    }

    void offeredSizesRoundTripThroughText() {
        const QVector<LabelSize> sizes = LabelSize::offered();
        QCOMPARE(sizes.size(), 3);
        QCOMPARE(sizes.first(), LabelSize::defaultSize());
        QCOMPARE(LabelSize::defaultSize().toString(), QStringLiteral("50x25"));
        for (const LabelSize &s : sizes)
            QCOMPARE(LabelSize::parse(s.toString()).value(), s);
    }

    void dots_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("203") << 203 << 400 << 200;
        QTest::newRow("300") << 300 << 591 << 295;
        QTest::newRow("600") << 600 << 1181 << 591;
    }
    void dots() {
        QFETCH(int, dpi);
        QFETCH(int, width);
        QFETCH(int, height);
        QCOMPARE(LabelSize::defaultSize().widthDots(dpi), width);
        QCOMPARE(LabelSize::defaultSize().heightDots(dpi), height);
    }
};

QTEST_GUILESS_MAIN(TestLabelSize)
#include "tst_label_size.moc"
