// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelLayout.h"
#include "labels/LabelRenderer.h"
#include "tests/labels/LabelTestSupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace station::labels;

namespace {

// Tube codes matching the default pattern ^[A-Z]{0,4}[0-9]{8,16}$, from a fixed seed.
QStringList randomTubeCodes(int count, quint32 seed) {
    QRandomGenerator rng(seed);
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        QString code;
        const int letters = rng.bounded(5);
        const int digits = 8 + rng.bounded(9);
        for (int k = 0; k < letters; ++k)
            code += QChar(u'A' + rng.bounded(26));
        for (int k = 0; k < digits; ++k)
            code += QChar(u'0' + rng.bounded(10));
        codes.append(code);
    }
    return codes;
}

} // namespace

class TestTubeLabelRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCodeDecodesBack_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("size");
        QTest::newRow("203 dpi 50x25") << 203 << QStringLiteral("50x25");
        QTest::newRow("300 dpi 50x25") << 300 << QStringLiteral("50x25");
        QTest::newRow("300 dpi 40x30") << 300 << QStringLiteral("40x30");
        QTest::newRow("203 dpi 40x30") << 203 << QStringLiteral("40x30");
        QTest::newRow("203 dpi 60x40") << 203 << QStringLiteral("60x40");
    }
    // 200 random codes rendered as whole tube labels and read back with ZXing-C++.
    void everyCodeDecodesBack() {
        QFETCH(int, dpi);
        QFETCH(QString, size);
        const QStringList codes = randomTubeCodes(200, 20261125u);
        static const QRegularExpression pattern(QStringLiteral("^[A-Z]{0,4}[0-9]{8,16}$"));
        int decoded = 0;
        for (const QString &code : codes) {
            QVERIFY(pattern.match(code).hasMatch());
            TubeLabelData data;
            data.tubeCode = code;
            data.siteName = QStringLiteral("\u5929\u6CB3\u4F53\u80B2\u4E2D\u5FC3 Tianhe Stadium");
            data.siteCode = QStringLiteral("TH01");
            data.tableNumber = 12;
            data.sealedOrOpened = QDateTime(QDate(2026, 11, 25), QTime(9, 41));
            data.poolSize = 10;
            const PrintJob job = PrintJob::tube(data, LabelSize::parse(size).value(), dpi);
            QString error;
            const QImage image = LabelRenderer::renderPage(job, 0, &error);
            QVERIFY2(!image.isNull(), qPrintable(error));
            QCOMPARE(image.width(), job.size.widthDots(dpi));
            QCOMPARE(image.height(), job.size.heightDots(dpi));
            const QString read = station::test::decodeBarcode(image, ZXing::BarcodeFormat::Code128);
            QCOMPARE(read, code);
            ++decoded;
        }
        QCOMPARE(decoded, 200);
    }

    void boxLabelDecodesBack_data() {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203") << 203;
        QTest::newRow("300") << 300;
    }
    void boxLabelDecodesBack() {
        QFETCH(int, dpi);
        BoxLabelData data{QStringLiteral("BX20261125A017"), QStringLiteral("Tianhe"),
                          QStringLiteral("TH01")};
        const QImage image = LabelRenderer::renderPage(PrintJob::box(data, {}, dpi), 0);
        QVERIFY(!image.isNull());
        QCOMPARE(station::test::decodeBarcode(image, ZXing::BarcodeFormat::Code128), data.boxCode);
    }

    void qrBoxLabelDecodesBack_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("size");
        QTest::newRow("203 50x25") << 203 << QStringLiteral("50x25");
        QTest::newRow("300 40x30") << 300 << QStringLiteral("40x30");
        QTest::newRow("203 60x40") << 203 << QStringLiteral("60x40");
    }
    void qrBoxLabelDecodesBack() {
        QFETCH(int, dpi);
        QFETCH(QString, size);
        BoxLabelData data{QStringLiteral("BX20261125A017"), QStringLiteral("Tianhe"),
                          QStringLiteral("TH01"), true};
        const QImage image =
            LabelRenderer::renderPage(PrintJob::box(data, LabelSize::parse(size).value(), dpi), 0);
        QVERIFY(!image.isNull());
        QCOMPARE(station::test::decodeBarcode(image, ZXing::BarcodeFormat::QRCode), data.boxCode);
    }

    void codeTooLongForTheLabelIsReportedNotClipped() {
        TubeLabelData data;
        data.tubeCode = QString(60, QLatin1Char('A'));
        const PrintJob job = PrintJob::tube(data, LabelSize{40, 30}, 203);
        const PrintResult checked = LabelRenderer::check(job);
        QVERIFY(!checked.ok);
        QVERIFY2(checked.userMessage.contains(QStringLiteral("wider label")),
                 qPrintable(checked.userMessage));
        QString error;
        QVERIFY(LabelRenderer::renderPage(job, 0, &error).isNull());
        QCOMPARE(error, checked.userMessage);
    }

    void infoTextsAreTranslatableAndOmittedWhenUnknown() {
        QCOMPARE(LabelLayout::tableText(3), QStringLiteral("Table 3"));
        QCOMPARE(LabelLayout::tableText(0), QString());
        QCOMPARE(LabelLayout::poolText(10), QStringLiteral("Pool 10"));
        QCOMPARE(LabelLayout::poolText(0), QString());
        QCOMPARE(LabelLayout::siteText(QStringLiteral("Tianhe"), QStringLiteral("TH01")),
                 QStringLiteral("Tianhe (TH01)"));
        QCOMPARE(LabelLayout::siteText(QString(), QStringLiteral("TH01")), QStringLiteral("TH01"));
        QCOMPARE(LabelLayout::timeText(QDateTime(QDate(2026, 1, 2), QTime(3, 4))),
                 QStringLiteral("2026-01-02 03:04"));
    }
};

QTEST_MAIN(TestTubeLabelRoundTrip)
#include "tst_tube_label_roundtrip.moc"
