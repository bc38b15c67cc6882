// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoldenImages.h"

#include "scan/BarcodeDecoder.h"
#include "scan/FrameLuminance.h"
#include "scan/LuminanceImage.h"

#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace station::scan;
using station::test::GoldenEffect;
using station::test::makeGolden;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

// A frame of `format` whose luminance is `grey` (chroma neutral, alpha opaque), written the way
// a camera driver lays it out, with the frame's own (possibly padded) strides.
QVideoFrame frameFrom(const QImage &grey, QVideoFrameFormat::PixelFormat format) {
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = grey.width(), h = grey.height();
    for (int y = 0; y < h; ++y) {
        const uchar *g = grey.constScanLine(y);
        uchar *line = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
        for (int x = 0; x < w; ++x) {
            switch (format) {
            case QVideoFrameFormat::Format_Y8:
            case QVideoFrameFormat::Format_NV12:
            case QVideoFrameFormat::Format_NV21:
            case QVideoFrameFormat::Format_YUV420P:
                line[x] = g[x];
                break;
            case QVideoFrameFormat::Format_Y16:
            case QVideoFrameFormat::Format_P010: {
                const quint16 v = quint16(g[x] << 8 | g[x]) &
                                  (format == QVideoFrameFormat::Format_P010 ? 0xFFC0 : 0xFFFF);
                std::memcpy(line + 2 * x, &v, 2); // native (little-endian) order
                break;
            }
            case QVideoFrameFormat::Format_YUYV:
                line[2 * x] = g[x];
                line[2 * x + 1] = 128;
                break;
            case QVideoFrameFormat::Format_UYVY:
                line[2 * x] = 128;
                line[2 * x + 1] = g[x];
                break;
            case QVideoFrameFormat::Format_AYUV:
                line[4 * x] = 255;
                line[4 * x + 1] = g[x];
                line[4 * x + 2] = 128;
                line[4 * x + 3] = 128;
                break;
            default: // the 32-bit RGB formats: grey in every colour byte, 255 in alpha
                std::memset(line + 4 * x, g[x], 4);
                break;
            }
        }
    }
    // Neutral chroma in the other planes.
    for (int plane = 1; plane < frame.planeCount(); ++plane) {
        const int rows = format == QVideoFrameFormat::Format_P010 ? h / 2 : h / 2;
        std::memset(frame.bits(plane), 128, size_t(frame.bytesPerLine(plane)) * size_t(rows));
    }
    frame.unmap();
    return frame;
}

} // namespace

class tst_FrameLuminance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesLikeTheImage_data();
    void decodesLikeTheImage();
    void invalidFrameGivesNoView();
    void rgbChannelsInByteOrder_data();
    void rgbChannelsInByteOrder();
};

void tst_FrameLuminance::decodesLikeTheImage_data() {
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::addColumn<bool>("readInPlace");
    QTest::newRow("Y8") << QVideoFrameFormat::Format_Y8 << true;
    QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12 << true;
    QTest::newRow("NV21") << QVideoFrameFormat::Format_NV21 << true;
    QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P << true;
    QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV << true;
    QTest::newRow("UYVY") << QVideoFrameFormat::Format_UYVY << true;
    QTest::newRow("Y16") << QVideoFrameFormat::Format_Y16 << true;
    QTest::newRow("P010") << QVideoFrameFormat::Format_P010 << true;
    QTest::newRow("XRGB8888") << QVideoFrameFormat::Format_XRGB8888 << true;
    QTest::newRow("ARGB8888") << QVideoFrameFormat::Format_ARGB8888 << true;
    QTest::newRow("BGRX8888 (RGB32)") << QVideoFrameFormat::Format_BGRX8888 << true;
    QTest::newRow("BGRA8888 (ARGB32)") << QVideoFrameFormat::Format_BGRA8888 << true;
    QTest::newRow("RGBX8888") << QVideoFrameFormat::Format_RGBX8888 << true;
    QTest::newRow("AYUV (converted)") << QVideoFrameFormat::Format_AYUV << false;
}

void tst_FrameLuminance::decodesLikeTheImage() {
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    QFETCH(bool, readInPlace);

    const QString text = QStringLiteral("{\"v\":1,\"id\":\"440106199001011234\"}");
    const QImage grey = makeGolden(CodeFormat::QRCode, text, GoldenEffect::Blurred)
                            .image.convertToFormat(QImage::Format_Grayscale8);
    const QVideoFrame frame = frameFrom(grey, format);
    QVERIFY(frame.isValid());

    const BarcodeDecoder decoder;
    const QList<DecodedCode> fromImage = decoder.decode(grey, {DecodeStrategy::Plain});
    QCOMPARE(fromImage.size(), 1);

    const FrameLuminance luminance(frame);
    QVERIFY(luminance.isValid());
    QCOMPARE(luminance.converted(), !readInPlace);
    QCOMPARE(luminance.view().width, grey.width());
    QCOMPARE(luminance.view().height, grey.height());
    const QList<DecodedCode> fromFrame = decoder.decode(luminance.view(), {DecodeStrategy::Plain});
    QCOMPARE(fromFrame.size(), 1);
    QCOMPARE(fromFrame.first().text, text);
    if (readInPlace) // the same pixels: the same corners
        QCOMPARE(fromFrame.first().corners, fromImage.first().corners);
}

void tst_FrameLuminance::invalidFrameGivesNoView() {
    const FrameLuminance luminance{QVideoFrame()};
    QVERIFY(!luminance.isValid());
}

void tst_FrameLuminance::rgbChannelsInByteOrder_data() {
    // Qt 6 names 32-bit formats by byte order in memory. Pure red has ZXing luminance 76.
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::addColumn<QByteArray>("redPixel");
    QTest::newRow("ARGB8888") << QVideoFrameFormat::Format_ARGB8888
                              << QByteArray("\xff\xff\0\0", 4);
    QTest::newRow("XRGB8888") << QVideoFrameFormat::Format_XRGB8888
                              << QByteArray("\xff\xff\0\0", 4);
    QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888
                              << QByteArray("\0\0\xff\xff", 4);
    QTest::newRow("BGRX8888") << QVideoFrameFormat::Format_BGRX8888
                              << QByteArray("\0\0\xff\xff", 4);
    QTest::newRow("ABGR8888") << QVideoFrameFormat::Format_ABGR8888
                              << QByteArray("\xff\0\0\xff", 4);
    QTest::newRow("RGBA8888") << QVideoFrameFormat::Format_RGBA8888
                              << QByteArray("\xff\0\0\xff", 4);
}

void tst_FrameLuminance::rgbChannelsInByteOrder() {
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    QFETCH(QByteArray, redPixel);
    QVideoFrame frame(QVideoFrameFormat(QSize(2, 2), format));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 2; ++x)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0) + 4 * x, redPixel.constData(), 4);
    frame.unmap();
    const FrameLuminance luminance(frame);
    QVERIFY(luminance.isValid());
    QVERIFY(!luminance.converted());
    QCOMPARE(int(luminanceAt(luminance.view(), 1, 1)), 76);
}

QTEST_MAIN(tst_FrameLuminance)
#include "tst_FrameLuminance.moc"
