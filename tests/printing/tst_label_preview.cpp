// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/labels/LabelTestSupport.h"
#include "widgets/printing/LabelPreview.h"

#include <QtTest>

using namespace station::labels;
using station::widgets::LabelPreview;

class TestLabelPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheLabelAsItPrints_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("50x25 203") << QStringLiteral("50x25") << 203;
        QTest::newRow("60x40 300") << QStringLiteral("60x40") << 300;
    }
    void showsTheLabelAsItPrints() {
        QFETCH(QString, size);
        QFETCH(int, dpi);
        TubeLabelData data;
        data.tubeCode = QStringLiteral("TH2026112500017");
        const LabelSize labelSize = LabelSize::parse(size).value();
        LabelPreview preview;
        preview.setJob(PrintJob::tube(data, labelSize, dpi));
        QVERIFY(preview.errorText().isEmpty());
        QCOMPARE(preview.image().size(),
                 QSize(labelSize.widthDots(dpi), labelSize.heightDots(dpi)));
        QCOMPARE(station::test::decodeBarcode(preview.image(), ZXing::BarcodeFormat::Code128),
                 data.tubeCode);
        preview.resize(preview.sizeHint());
        QVERIFY(!preview.grab().isNull());
    }

    void showsWhyALabelCannotPrint() {
        TubeLabelData data;
        data.tubeCode = QString(70, QLatin1Char('A'));
        LabelPreview preview;
        preview.setJob(PrintJob::tube(data, LabelSize{40, 30}, 203));
        QVERIFY(preview.image().isNull());
        QVERIFY2(preview.errorText().contains(QStringLiteral("wider label")),
                 qPrintable(preview.errorText()));
        QCOMPARE(preview.toolTip(), preview.errorText());
    }

    void manifestPreviewIsAnA4Page() {
        BoxManifestData m;
        m.boxCode = QStringLiteral("BX01");
        m.tubes.append({QStringLiteral("12345678"), 10, {}, {}, {}});
        LabelPreview preview;
        preview.setJob(PrintJob::manifest(m, 600));
        QCOMPARE(preview.image().size(), QSize(794, 1123)); // A4 at 96 dpi
    }
};

QTEST_MAIN(TestLabelPreview)
#include "tst_label_preview.moc"
