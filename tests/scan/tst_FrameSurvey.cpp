// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoldenImages.h"

#include "scan/BarcodeDecoder.h"
#include "scan/FrameSurvey.h"
#include "scan/GradientCells.h"

#include <QPainter>
#include <QTest>

#include <cmath>

using namespace station::scan;
using station::test::GoldenEffect;
using station::test::makeGolden;

Q_DECLARE_METATYPE(station::test::GoldenEffect)

namespace {

const QString kResident =
    QStringLiteral("{\"v\":1,\"n\":\"resident\",\"id\":\"440106199001011234\"}");

FrameSurvey surveyOf(const QImage &image) {
    QImage holder;
    return surveyFrame(BarcodeDecoder::viewOf(image, holder));
}

} // namespace

class tst_FrameSurvey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cellsTellBarsFromChecks_data();
    void cellsTellBarsFromChecks();
    void findsTheCodeAndItsPolarity_data();
    void findsTheCodeAndItsPolarity();
    void findsTiltedBars_data();
    void findsTiltedBars();
    void seesNothingInAFlatFrame();
};

void tst_FrameSurvey::cellsTellBarsFromChecks_data() {
    QTest::addColumn<bool>("checks");
    QTest::addColumn<double>("minCoherence");
    QTest::addColumn<double>("maxCoherence");
    // Vertical bars: every edge runs the same way. A checkerboard: edges both ways alike.
    QTest::newRow("bars") << false << 0.9 << 1.0;
    QTest::newRow("checks") << true << 0.0 << 0.3;
}

void tst_FrameSurvey::cellsTellBarsFromChecks() {
    QFETCH(bool, checks);
    QFETCH(double, minCoherence);
    QFETCH(double, maxCoherence);
    QImage img(256, 128, QImage::Format_Grayscale8);
    for (int y = 0; y < img.height(); ++y) {
        uchar *line = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            const bool dark = checks ? ((x / 4) + (y / 4)) % 2 == 0 : (x / 3) % 2 == 0;
            line[x] = dark ? 20 : 230;
        }
    }
    QImage holder;
    const GradientCells grid = gradientCells(BarcodeDecoder::viewOf(img, holder), 32);
    QCOMPARE(grid.cols, 8);
    QCOMPARE(grid.rows, 4);
    const GradientCell &cell = grid.at(3, 1);
    QVERIFY(cell.samples > 0);
    QVERIFY2(cell.coherence() >= minCoherence && cell.coherence() <= maxCoherence,
             qPrintable(QString::number(cell.coherence())));
    QVERIFY(cell.meanEnergy() > 80.0 * 80.0);
    QVERIFY(qAbs(cell.meanLuminance() - 125) < 30);
    if (!checks)
        QVERIFY(std::abs(cell.angle()) < 0.05); // across vertical bars: horizontal
}

void tst_FrameSurvey::findsTheCodeAndItsPolarity_data() {
    QTest::addColumn<GoldenEffect>("effect");
    QTest::addColumn<bool>("lightOnDark");
    QTest::addColumn<bool>("small");
    QTest::newRow("light code") << GoldenEffect::None << false << false;
    QTest::newRow("dark-mode screen filling the view") << GoldenEffect::Inverted << true << false;
    QTest::newRow("dark-mode phone") << GoldenEffect::DarkPhone << true << false;
    QTest::newRow("small light code") << GoldenEffect::Small << false << true;
    QTest::newRow("blurred light code") << GoldenEffect::Blurred << false << false;
    QTest::newRow("dark-mode phone far away") << GoldenEffect::DarkPhoneFar << true << true;
}

void tst_FrameSurvey::findsTheCodeAndItsPolarity() {
    QFETCH(GoldenEffect, effect);
    QFETCH(bool, lightOnDark);
    QFETCH(bool, small);
    // A far dark-mode code is read at 1.4 px per module only when it is a short one.
    const QString text =
        effect == GoldenEffect::DarkPhoneFar ? QStringLiteral("TUBE12345678") : kResident;
    const auto golden = makeGolden(CodeFormat::QRCode, text, effect);
    const FrameSurvey survey = surveyOf(golden.image);
    QVERIFY(survey.code.found);
    // Around a small code the neighbouring cells are partly desk, so its polarity is not
    // asserted: the schedule tries both on a small region (tst_DecodeSchedule).
    if (!small)
        QCOMPARE(survey.code.lightOnDark, lightOnDark);
    QVERIFY(survey.code.box.contains(survey.code.patch));
    // Where the code really is: its corners as the strategy for its case reads them.
    const DecodeStrategy reader = lightOnDark && small ? DecodeStrategy::InvertedRegion
                                  : lightOnDark        ? DecodeStrategy::Inverted
                                  : small              ? DecodeStrategy::UpscaledCentre
                                                       : DecodeStrategy::Plain;
    const BarcodeDecoder decoder;
    QImage holder;
    const QList<DecodedCode> where =
        decoder.decodeWith(BarcodeDecoder::viewOf(golden.image, holder), reader, &survey);
    QCOMPARE(where.size(), 1);
    const QRectF code = where.first().corners.boundingRect();
    QVERIFY2(QRectF(survey.code.box).contains(code),
             qPrintable(QStringLiteral("code %1,%2 %3x%4 outside the region")
                            .arg(code.x())
                            .arg(code.y())
                            .arg(code.width())
                            .arg(code.height())));
    // The patch is not much larger than the code (the region strategies stay cheap), and a far
    // code's patch is small enough to be enlarged.
    QVERIFY2(survey.code.patch.width() <= code.width() + 128 &&
                 survey.code.patch.height() <= code.height() + 128,
             qPrintable(QStringLiteral("patch %1x%2 for a code of %3x%4")
                            .arg(survey.code.patch.width())
                            .arg(survey.code.patch.height())
                            .arg(code.width())
                            .arg(code.height())));
    if (small)
        QVERIFY(survey.code.patch.width() < 192 && survey.code.patch.height() < 192);
}

void tst_FrameSurvey::findsTiltedBars_data() {
    QTest::addColumn<GoldenEffect>("effect");
    QTest::newRow("30 degrees") << GoldenEffect::Skewed;
    QTest::newRow("200 degrees") << GoldenEffect::SkewedUpsideDown;
}

void tst_FrameSurvey::findsTiltedBars() {
    QFETCH(GoldenEffect, effect);
    const auto golden = makeGolden(CodeFormat::Code128, QStringLiteral("GZ2021052100019"), effect);
    const FrameSurvey survey = surveyOf(golden.image);
    QVERIFY(survey.bars.found);
    QVERIFY(survey.bars.box.contains(QPointF(640, 360))); // the label is drawn centred
}

void tst_FrameSurvey::seesNothingInAFlatFrame() {
    QImage flat(1280, 720, QImage::Format_Grayscale8);
    flat.fill(180);
    const FrameSurvey survey = surveyOf(flat);
    QVERIFY(!survey.code.found);
    QVERIFY(!survey.bars.found);
    // Too small to survey at all.
    QVERIFY(!surveyOf(QImage(40, 40, QImage::Format_Grayscale8)).code.found);
}

QTEST_GUILESS_MAIN(tst_FrameSurvey)
#include "tst_FrameSurvey.moc"
