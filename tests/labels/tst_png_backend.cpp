// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PngFileBackend.h"
#include "tests/labels/LabelTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace station::labels;

class TestPngBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesOneImagePerCopyAtTheDpi_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("copies");
        QTest::newRow("203 x1") << 203 << 1;
        QTest::newRow("300 x3") << 300 << 3;
    }
    void writesOneImagePerCopyAtTheDpi() {
        QFETCH(int, dpi);
        QFETCH(int, copies);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tube.png"));
        TubeLabelData data;
        data.tubeCode = QStringLiteral("GZ1234567890");
        PngFileBackend backend(path);
        const PrintResult result =
            backend.print(PrintJob::tube(data, LabelSize::defaultSize(), dpi, copies));
        QVERIFY2(result.ok, qPrintable(result.userMessage));
        const QStringList paths = backend.outputPaths(copies);
        QCOMPARE(paths.size(), copies);
        if (copies > 1)
            QCOMPARE(QFileInfo(paths[1]).fileName(), QStringLiteral("tube-2.png"));
        for (const QString &p : paths) {
            const QImage image(p);
            QVERIFY2(!image.isNull(), qPrintable(p));
            QCOMPARE(image.width(), LabelSize::defaultSize().widthDots(dpi));
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
            QCOMPARE(station::test::decodeBarcode(image, ZXing::BarcodeFormat::Code128),
                     data.tubeCode);
        }
        QVERIFY(!QFileInfo::exists(backend.outputPaths(copies + 1).last()));
    }
};

QTEST_MAIN(TestPngBackend)
#include "tst_png_backend.moc"
