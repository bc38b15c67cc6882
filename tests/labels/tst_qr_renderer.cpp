// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/QrRenderer.h"
#include "tests/labels/LabelTestSupport.h"

#include <QPainter>
#include <QtTest>

using namespace station::labels;

class TestQrRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersWholeDotModulesThatDecode_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dpi");
        QTest::newRow("box code 203") << QStringLiteral("BX20261125A01") << 203;
        QTest::newRow("box code 300") << QStringLiteral("BX20261125A01") << 300;
        QTest::newRow("utf-8 300") << QStringLiteral("\u5929\u6CB3 BX01") << 300;
    }
    void rendersWholeDotModulesThatDecode() {
        QFETCH(QString, text);
        QFETCH(int, dpi);
        const QrRenderer renderer(dpi);
        const MatrixModules matrix = renderer.encode(text);
        QVERIFY2(matrix.ok(), qPrintable(matrix.error));
        QCOMPARE(matrix.size % 4, 1); // QR versions are 17 + 4v modules
        const int available = 160;
        const BarcodeFit fit = renderer.fit(matrix, available);
        QVERIFY(fit.ok());
        QCOMPARE(fit.totalDots, (matrix.size + 2 * QrRenderer::kQuietZoneModules) * fit.moduleDots);
        QVERIFY(fit.totalDots <= available);

        QImage image(available, available, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QrRenderer::paint(painter, matrix, fit, QPoint(0, 0));
        }
        // The top-left finder pattern's first row: 7 dark modules = 7 * moduleDots dots.
        const QVector<int> runs = station::test::darkLightRuns(image, fit.quietDots, 0, available);
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first(), 7 * fit.moduleDots);
        QCOMPARE(station::test::decodeBarcode(image, ZXing::BarcodeFormat::QRCode), text);
        // Level M, the same level the ZPL ^BQ field asks for ("MA,").
        const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                    ZXing::ImageFormat::Lum,
                                    static_cast<int>(image.bytesPerLine()));
        QCOMPARE(QString::fromStdString(ZXing::ReadBarcode(view).ecLevel()), QStringLiteral("M"));
    }

    void tooSmallAreaIsReported() {
        const QrRenderer renderer(203);
        const MatrixModules matrix = renderer.encode(QStringLiteral("BX20261125A01"));
        const BarcodeFit fit = renderer.fit(matrix, 10);
        QVERIFY(!fit.ok());
        QVERIFY(fit.error.contains(QStringLiteral("203 dpi")));
    }
};

QTEST_MAIN(TestQrRenderer)
#include "tst_qr_renderer.moc"
