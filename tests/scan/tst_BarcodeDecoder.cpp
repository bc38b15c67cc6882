// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoldenImages.h"

#include "scan/BarcodeDecoder.h"
#include "scan/CodeRenderer.h"
#include "scan/DecodeSchedule.h"
#include "scan/LuminanceImage.h"

#include <QPainter>
#include <QTest>

using namespace station::scan;
using station::test::GoldenEffect;
using station::test::makeGolden;

Q_DECLARE_METATYPE(station::test::GoldenEffect)

class tst_BarcodeDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void strategyFindsItsCase_data();
    void strategyFindsItsCase();
    void cameraFrameReadsEachCaseInOneFrame_data();
    void cameraFrameReadsEachCaseInOneFrame();
    void stillImageTriesEveryStrategy_data();
    void stillImageTriesEveryStrategy();
    void cornersMapBackFromTheEnlargedRegion();
    void reportsTwoCodesInOneImage();
    void ignoresOtherSymbologies();
    void scheduleRotatesOneStrategyPerFrame_data();
    void scheduleRotatesOneStrategyPerFrame();
    void luminanceOfEveryLayoutMatches_data();
    void luminanceOfEveryLayoutMatches();
    void upscaleKeepsFlatAreasFlat();
};

void tst_BarcodeDecoder::strategyFindsItsCase_data() {
    QTest::addColumn<CodeFormat>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<GoldenEffect>("effect");
    QTest::addColumn<DecodeStrategy>("strategy");
    QTest::addColumn<bool>("plainMisses");

    const QString resident =
        QStringLiteral("{\"v\":1,\"n\":\"resident\",\"id\":\"440106199001011234\"}");
    QTest::newRow("qr-plain") << CodeFormat::QRCode << resident << GoldenEffect::None
                              << DecodeStrategy::Plain << false;
    QTest::newRow("code128-plain") << CodeFormat::Code128 << QStringLiteral("GZ2021052100017")
                                   << GoldenEffect::None << DecodeStrategy::Plain << false;
    QTest::newRow("qr-dark-mode") << CodeFormat::QRCode << resident << GoldenEffect::Inverted
                                  << DecodeStrategy::Inverted << true;
    QTest::newRow("qr-small") << CodeFormat::QRCode << QStringLiteral("TUBE12345678")
                              << GoldenEffect::Small << DecodeStrategy::UpscaledCentre << true;
    QTest::newRow("code128-rotated") << CodeFormat::Code128 << QStringLiteral("GZ2021052100018")
                                     << GoldenEffect::Rotated << DecodeStrategy::TryHarder << true;
    QTest::newRow("code128-at-30-degrees")
        << CodeFormat::Code128 << QStringLiteral("GZ2021052100019") << GoldenEffect::Skewed
        << DecodeStrategy::Deskewed << true;
    QTest::newRow("code128-upside-down-at-200-degrees")
        << CodeFormat::Code128 << QStringLiteral("GZ2021052100020")
        << GoldenEffect::SkewedUpsideDown << DecodeStrategy::Deskewed << true;
    QTest::newRow("qr-blurred") << CodeFormat::QRCode << resident << GoldenEffect::Blurred
                                << DecodeStrategy::Plain << false;
}

void tst_BarcodeDecoder::strategyFindsItsCase() {
    QFETCH(CodeFormat, format);
    QFETCH(QString, text);
    QFETCH(GoldenEffect, effect);
    QFETCH(DecodeStrategy, strategy);
    QFETCH(bool, plainMisses);

    const auto golden = makeGolden(format, text, effect);
    QVERIFY(!golden.image.isNull());
    const BarcodeDecoder decoder;
    QImage holder;
    const PixelView view = BarcodeDecoder::viewOf(golden.image, holder);

    const QList<DecodedCode> found = decoder.decodeWith(view, strategy);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().text, text);
    QCOMPARE(found.first().format, format);
    QCOMPARE(found.first().strategy, strategy);
    QCOMPARE(found.first().corners.size(), 4);

    if (plainMisses)
        QVERIFY2(decoder.decodeWith(view, DecodeStrategy::Plain).isEmpty(),
                 "the plain pass reads this image, so the strategy adds nothing here");
}

void tst_BarcodeDecoder::cameraFrameReadsEachCaseInOneFrame_data() {
    QTest::addColumn<CodeFormat>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<GoldenEffect>("effect");
    QTest::addColumn<DecodeStrategy>("expected");
    const QString resident =
        QStringLiteral("{\"v\":1,\"n\":\"resident\",\"id\":\"440106199001011234\"}");
    QTest::newRow("light code") << CodeFormat::QRCode << resident << GoldenEffect::None
                                << DecodeStrategy::Plain;
    QTest::newRow("dark-mode screen") << CodeFormat::QRCode << resident << GoldenEffect::Inverted
                                      << DecodeStrategy::InvertedRegion;
    QTest::newRow("dark-mode phone") << CodeFormat::QRCode << resident << GoldenEffect::DarkPhone
                                     << DecodeStrategy::InvertedRegion;
    QTest::newRow("dark-mode phone far away")
        << CodeFormat::QRCode << QStringLiteral("TUBE12345678") << GoldenEffect::DarkPhoneFar
        << DecodeStrategy::InvertedRegion;
    QTest::newRow("small light code") << CodeFormat::QRCode << QStringLiteral("TUBE12345678")
                                      << GoldenEffect::Small << DecodeStrategy::UpscaledRegion;
    QTest::newRow("label at 30 degrees") << CodeFormat::Code128 << QStringLiteral("GZ2021052100019")
                                         << GoldenEffect::Skewed << DecodeStrategy::Deskewed;
}

void tst_BarcodeDecoder::cameraFrameReadsEachCaseInOneFrame() {
    QFETCH(CodeFormat, format);
    QFETCH(QString, text);
    QFETCH(GoldenEffect, effect);
    QFETCH(DecodeStrategy, expected);
    const auto golden = makeGolden(format, text, effect);
    QImage holder;
    const PixelView view = BarcodeDecoder::viewOf(golden.image, holder);
    const BarcodeDecoder decoder;
    const DecodeSchedule schedule;
    // Whatever the frame's turn in the rotation: the survey picks the strategy, so the first
    // frame that shows the code reads it.
    for (quint64 frame = 0; frame < quint64(schedule.rotation().size()); ++frame) {
        const QList<DecodedCode> found = decoder.decodeFrame(view, schedule, frame);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, text);
        QCOMPARE(found.first().strategy, expected);
        QCOMPARE(found.first().corners.size(), 4);
        QVERIFY(found.first().corners.boundingRect().intersects(QRectF(0, 0, 1280, 720)));
    }
}

void tst_BarcodeDecoder::stillImageTriesEveryStrategy_data() {
    QTest::addColumn<GoldenEffect>("effect");
    QTest::addColumn<DecodeStrategy>("expected");
    QTest::newRow("inverted") << GoldenEffect::Inverted << DecodeStrategy::Inverted;
    QTest::newRow("small") << GoldenEffect::Small << DecodeStrategy::UpscaledCentre;
    QTest::newRow("plain") << GoldenEffect::None << DecodeStrategy::Plain;
}

void tst_BarcodeDecoder::stillImageTriesEveryStrategy() {
    QFETCH(GoldenEffect, effect);
    QFETCH(DecodeStrategy, expected);
    const auto golden = makeGolden(CodeFormat::QRCode, QStringLiteral("TUBE12345678"), effect);
    const QList<DecodedCode> found = BarcodeDecoder().decode(golden.image, DecodeSchedule::all());
    // Same text and size as the strategy case above. Every strategy after the first finder sees the
    // same code; it is reported once.
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().text, QStringLiteral("TUBE12345678"));
    QCOMPARE(found.first().strategy, expected);
}

void tst_BarcodeDecoder::cornersMapBackFromTheEnlargedRegion() {
    const auto golden =
        makeGolden(CodeFormat::QRCode, QStringLiteral("TUBE12345678"), GoldenEffect::Small);
    QImage holder;
    const auto found = BarcodeDecoder().decodeWith(BarcodeDecoder::viewOf(golden.image, holder),
                                                   DecodeStrategy::UpscaledCentre);
    QCOMPARE(found.size(), 1);
    // The small code is drawn centred on the 1280x720 canvas.
    const QRectF box = found.first().corners.boundingRect();
    QVERIFY2(box.contains(QPointF(640, 360)), qPrintable(QStringLiteral("box %1,%2 %3x%4")
                                                             .arg(box.x())
                                                             .arg(box.y())
                                                             .arg(box.width())
                                                             .arg(box.height())));
    QVERIFY(box.width() < 80 && box.height() < 80);
}

void tst_BarcodeDecoder::reportsTwoCodesInOneImage() {
    QImage canvas(1280, 720, QImage::Format_Grayscale8);
    canvas.fill(255);
    QPainter p(&canvas);
    p.drawImage(QPoint(100, 100), renderCode(CodeFormat::QRCode, QStringLiteral("FIRST-CODE"), 6));
    p.drawImage(QPoint(800, 300), renderCode(CodeFormat::QRCode, QStringLiteral("SECOND-CODE"), 6));
    p.end();
    const auto found = BarcodeDecoder().decode(canvas, {DecodeStrategy::Plain});
    QCOMPARE(found.size(), 2);
    QStringList texts{found.at(0).text, found.at(1).text};
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("FIRST-CODE"), QStringLiteral("SECOND-CODE")}));
}

void tst_BarcodeDecoder::ignoresOtherSymbologies() {
    // A plain white image and a noise image read nothing (no false positives from noise).
    QImage blank(640, 480, QImage::Format_Grayscale8);
    blank.fill(255);
    QVERIFY(BarcodeDecoder().decode(blank, DecodeSchedule::all()).isEmpty());
    const QImage noise = station::test::addNoise(blank, 120, 3);
    QVERIFY(BarcodeDecoder().decode(noise, DecodeSchedule::all()).isEmpty());
}

void tst_BarcodeDecoder::scheduleRotatesOneStrategyPerFrame_data() {
    QTest::addColumn<quint64>("frame");
    QTest::addColumn<DecodeStrategy>("second");
    QTest::newRow("0") << quint64(0) << DecodeStrategy::Inverted;
    QTest::newRow("1") << quint64(1) << DecodeStrategy::Deskewed;
    QTest::newRow("2") << quint64(2) << DecodeStrategy::UpscaledCentre;
    QTest::newRow("3") << quint64(3) << DecodeStrategy::Inverted;
    QTest::newRow("1000") << quint64(1000) << DecodeStrategy::Deskewed;
}

void tst_BarcodeDecoder::scheduleRotatesOneStrategyPerFrame() {
    QFETCH(quint64, frame);
    QFETCH(DecodeStrategy, second);
    const QList<DecodeStrategy> list = DecodeSchedule().forFrame(frame);
    QCOMPARE(list, (QList<DecodeStrategy>{DecodeStrategy::Plain, second}));
    QCOMPARE(DecodeSchedule(QList<DecodeStrategy>{}).forFrame(frame),
             QList<DecodeStrategy>{DecodeStrategy::Plain});
}

void tst_BarcodeDecoder::luminanceOfEveryLayoutMatches_data() {
    QTest::addColumn<int>("qimageFormat");
    QTest::newRow("RGB32") << int(QImage::Format_RGB32);
    QTest::newRow("ARGB32") << int(QImage::Format_ARGB32);
    QTest::newRow("RGBA8888") << int(QImage::Format_RGBA8888);
    QTest::newRow("RGB888") << int(QImage::Format_RGB888);
    QTest::newRow("BGR888") << int(QImage::Format_BGR888);
}

void tst_BarcodeDecoder::luminanceOfEveryLayoutMatches() {
    QFETCH(int, qimageFormat);
    QImage colours(4, 1, QImage::Format_RGB32);
    colours.setPixel(0, 0, qRgb(255, 0, 0));
    colours.setPixel(1, 0, qRgb(0, 255, 0));
    colours.setPixel(2, 0, qRgb(0, 0, 255));
    colours.setPixel(3, 0, qRgb(128, 128, 128));
    const QImage img = colours.convertToFormat(QImage::Format(qimageFormat));
    QImage holder;
    const PixelView v = BarcodeDecoder::viewOf(img, holder);
    // ZXing's weights: 306/601/117 of 1024.
    const int expected[] = {76, 150, 29, 128};
    for (int x = 0; x < 4; ++x) {
        const int got = luminanceAt(v, x, 0);
        QVERIFY2(qAbs(got - expected[x]) <= 4,
                 qPrintable(QStringLiteral("pixel %1: %2 vs %3").arg(x).arg(got).arg(expected[x])));
    }
}

void tst_BarcodeDecoder::upscaleKeepsFlatAreasFlat() {
    QImage grey(10, 6, QImage::Format_Grayscale8);
    grey.fill(77);
    QImage holder;
    const QImage up = luminanceImage(BarcodeDecoder::viewOf(grey, holder), QRect(2, 1, 6, 4), 2,
                                     /*invert=*/true);
    QCOMPARE(up.size(), QSize(12, 8));
    for (int y = 0; y < up.height(); ++y)
        for (int x = 0; x < up.width(); ++x)
            QCOMPARE(int(up.constScanLine(y)[x]), 255 - 77);
}

QTEST_GUILESS_MAIN(tst_BarcodeDecoder)
#include "tst_BarcodeDecoder.moc"
