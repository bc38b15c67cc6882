// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/Code128Renderer.h"
#include "labels/LabelSize.h"
#include "tests/labels/LabelTestSupport.h"

#include <QPainter>
#include <QtTest>

using namespace station::labels;

namespace {
// Run lengths (in modules) of a module row, first run dark.
QVector<int> moduleRuns(const LinearModules &bars) {
    QVector<int> runs;
    int i = 0;
    while (i < bars.size()) {
        int j = i;
        while (j < bars.size() && bars.modules[j] == bars.modules[i])
            ++j;
        runs.append(j - i);
        i = j;
    }
    return runs;
}
} // namespace

class TestCode128Renderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Code 128 is (symbols * 11 + 13) modules: start, data, check, 13-module stop.
    void moduleCountShowsSubsetChoice_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("symbols"); // start + data + switches + check
        QTest::addColumn<bool>("startC");
        QTest::newRow("8 digits: start C, 4 pairs") << QStringLiteral("12345678") << 6 << true;
        QTest::newRow("12 digits") << QStringLiteral("123456789012") << 8 << true;
        QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << 10 << true;
        QTest::newRow("9 digits: C then one in B")
            << QStringLiteral("123456789") << 8 << true; // start C, 4 pairs, code B, 9, check
        QTest::newRow("letters then 8 digits")
            << QStringLiteral("ABCD12345678") << 11 << false; // B, 4 letters, C, 4 pairs, chk
        QTest::newRow("letters then 9 digits")
            << QStringLiteral("ABC123456789") << 11 << false; // B, ABC1, C, 4 pairs, chk
        QTest::newRow("all letters") << QStringLiteral("BXABCDEF") << 10 << false;
    }
    void moduleCountShowsSubsetChoice() {
        QFETCH(QString, code);
        QFETCH(int, symbols);
        QFETCH(bool, startC);
        const LinearModules bars = Code128Renderer(203).encode(code);
        QVERIFY2(bars.ok(), qPrintable(bars.error));
        QCOMPARE(bars.size(), symbols * 11 + 13);
        QCOMPARE(Code128Renderer::startsInSubsetC(bars), startC);
        QVERIFY(bars.modules.front());
        QVERIFY(bars.modules.back());
    }

    void refusesWhatCode128CannotHold_data() {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("81 characters") << QString(81, QLatin1Char('1'));
        QTest::newRow("Chinese") << QStringLiteral("\u7BA11234");
        QTest::newRow("tab") << QStringLiteral("12\t34");
    }
    void refusesWhatCode128CannotHold() {
        QFETCH(QString, code);
        const Code128Renderer renderer(203);
        const LinearModules bars = renderer.encode(code);
        QVERIFY(!bars.ok());
        QVERIFY(!bars.error.isEmpty());
        const BarcodeFit fit = renderer.fit(bars, 1000);
        QVERIFY(!fit.ok());
    }

    void fitUsesWholeDotsAndQuietZones_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("expectedModuleDots");
        // "ABCD1234567890123456": 15 symbols -> 178 modules + 2 x 10 quiet = 198 modules.
        QTest::newRow("203 dpi, 48 mm") << 203 << 384 << 1;
        QTest::newRow("203 dpi, 50 mm") << 203 << 400 << 2;
        QTest::newRow("300 dpi, 48 mm") << 300 << 567 << 2;
        QTest::newRow("600 dpi, 48 mm") << 600 << 1134 << 5;
        QTest::newRow("600 dpi, 100 mm: capped at 0.5 mm") << 600 << 2362 << 11;
    }
    void fitUsesWholeDotsAndQuietZones() {
        QFETCH(int, dpi);
        QFETCH(int, available);
        QFETCH(int, expectedModuleDots);
        const Code128Renderer renderer(dpi);
        const LinearModules bars = renderer.encode(QStringLiteral("ABCD1234567890123456"));
        QCOMPARE(bars.size(), 178);
        const BarcodeFit fit = renderer.fit(bars, available);
        QVERIFY(fit.ok());
        QCOMPARE(fit.moduleDots, expectedModuleDots);
        QCOMPARE(fit.quietDots, Code128Renderer::kQuietZoneModules * fit.moduleDots);
        QCOMPARE(fit.symbolDots, bars.size() * fit.moduleDots);
        QCOMPARE(fit.totalDots, fit.symbolDots + 2 * fit.quietDots);
        QVERIFY(fit.totalDots <= available);
    }

    void reportsWhenTheLabelIsTooNarrow() {
        const Code128Renderer renderer(203);
        const LinearModules bars = renderer.encode(QStringLiteral("ABCD1234567890123456"));
        const BarcodeFit fit = renderer.fit(bars, 197); // 198 modules needed
        QVERIFY(!fit.ok());
        QVERIFY2(fit.error.contains(QStringLiteral("203 dpi")), qPrintable(fit.error));
        QVERIFY2(fit.error.contains(QStringLiteral("wider label")), qPrintable(fit.error));
    }

    // Every bar and space in the painted image is a whole multiple of the module width and
    // the sequence matches the encoded modules exactly.
    void paintedBarsAreWholeDots_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("code");
        QTest::newRow("203 numeric") << 203 << QStringLiteral("1234567890123456");
        QTest::newRow("300 numeric") << 300 << QStringLiteral("1234567890123456");
        QTest::newRow("300 mixed") << 300 << QStringLiteral("AB123456789");
        QTest::newRow("600 mixed") << 600 << QStringLiteral("WXYZ00000001");
    }
    void paintedBarsAreWholeDots() {
        QFETCH(int, dpi);
        QFETCH(QString, code);
        const Code128Renderer renderer(dpi);
        const LinearModules bars = renderer.encode(code);
        const int width = mmToDots(48.0, dpi);
        const BarcodeFit fit = renderer.fit(bars, width);
        QVERIFY(fit.ok());
        QImage image(width, 40, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            Code128Renderer::paint(painter, bars, fit, QPoint(0, 0), 40);
        }
        // Quiet zone is blank.
        for (int x = 0; x < fit.quietDots; ++x)
            QCOMPARE(qGray(image.pixel(x, 20)), 255);
        const QVector<int> runs = station::test::darkLightRuns(image, 20, 0, width);
        const QVector<int> expected = moduleRuns(bars);
        QCOMPARE(runs.size(), expected.size());
        for (int i = 0; i < runs.size(); ++i) {
            QCOMPARE(runs[i] % fit.moduleDots, 0);
            QCOMPARE(runs[i] / fit.moduleDots, expected[i]);
        }
        QCOMPARE(station::test::decodeBarcode(image, ZXing::BarcodeFormat::Code128), code);
    }
};

QTEST_MAIN(TestCode128Renderer)
#include "tst_code128_renderer.moc"
