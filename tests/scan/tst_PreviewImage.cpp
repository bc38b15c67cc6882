// SPDX-License-Identifier: GPL-3.0-or-later
// The preview picture read straight from a frame's planes: the same colours as Qt's own
// conversion for every camera format, at a whole-factor smaller size.
#include "scan/PreviewImage.h"

#include <QPainter>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

using namespace station::scan;

namespace {

// Four colour quadrants and a grey band: enough to catch swapped U/V, wrong offsets or range.
QImage testCard(QSize size) {
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    const int w = size.width() / 2;
    const int h = size.height() / 2;
    p.fillRect(0, 0, w, h, QColor(200, 40, 40));
    p.fillRect(w, 0, w, h, QColor(40, 180, 60));
    p.fillRect(0, h, w, h, QColor(40, 60, 200));
    p.fillRect(w, h, w, h, QColor(230, 200, 40));
    p.fillRect(0, h - 8, size.width(), 16, QColor(128, 128, 128));
    return image;
}

// BT.601 video range, what Qt assumes for a frame that says nothing else.
void toYuv(QRgb c, int *y, int *u, int *v) {
    const double r = qRed(c), g = qGreen(c), b = qBlue(c);
    *y = qRound(16 + 0.257 * r + 0.504 * g + 0.098 * b);
    *u = qRound(128 - 0.148 * r - 0.291 * g + 0.439 * b);
    *v = qRound(128 + 0.439 * r - 0.368 * g - 0.071 * b);
}

QVideoFrame frameOf(const QImage &image, QVideoFrameFormat::PixelFormat format) {
    QVideoFrame frame(QVideoFrameFormat(image.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = image.width();
    for (int row = 0; row < image.height(); ++row) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(row));
        for (int x = 0; x < w; ++x) {
            int y, u, v;
            toYuv(line[x], &y, &u, &v);
            switch (format) {
            case QVideoFrameFormat::Format_Y8:
                frame.bits(0)[row * frame.bytesPerLine(0) + x] = uchar(y);
                break;
            case QVideoFrameFormat::Format_NV12:
            case QVideoFrameFormat::Format_NV21:
                frame.bits(0)[row * frame.bytesPerLine(0) + x] = uchar(y);
                if (row % 2 == 0 && x % 2 == 0) {
                    uchar *uv = frame.bits(1) + (row / 2) * frame.bytesPerLine(1) + x;
                    const bool nv12 = format == QVideoFrameFormat::Format_NV12;
                    uv[0] = uchar(nv12 ? u : v);
                    uv[1] = uchar(nv12 ? v : u);
                }
                break;
            case QVideoFrameFormat::Format_YUV420P:
            case QVideoFrameFormat::Format_YV12:
                frame.bits(0)[row * frame.bytesPerLine(0) + x] = uchar(y);
                if (row % 2 == 0 && x % 2 == 0) {
                    const bool i420 = format == QVideoFrameFormat::Format_YUV420P;
                    frame.bits(1)[(row / 2) * frame.bytesPerLine(1) + x / 2] = uchar(i420 ? u : v);
                    frame.bits(2)[(row / 2) * frame.bytesPerLine(2) + x / 2] = uchar(i420 ? v : u);
                }
                break;
            case QVideoFrameFormat::Format_YUYV:
            case QVideoFrameFormat::Format_UYVY: {
                uchar *pair = frame.bits(0) + row * frame.bytesPerLine(0) + (x & ~1) * 2;
                const bool yuyv = format == QVideoFrameFormat::Format_YUYV;
                pair[(x & 1) * 2 + (yuyv ? 0 : 1)] = uchar(y);
                if (x % 2 == 0) {
                    pair[yuyv ? 1 : 0] = uchar(u);
                    pair[yuyv ? 3 : 2] = uchar(v);
                }
                break;
            }
            default: // 32-bit RGB in memory order of QImage::Format_RGB32
                reinterpret_cast<QRgb *>(frame.bits(0) + row * frame.bytesPerLine(0))[x] = line[x];
                break;
            }
        }
    }
    frame.unmap();
    return frame;
}

bool close(QRgb a, QRgb b, int tolerance) {
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance &&
           qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

QString rgb(QRgb c) {
    return QStringLiteral("(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

} // namespace

class tst_PreviewImage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesQtConversion_data();
    void matchesQtConversion();
    void shrinksByAWholeFactor_data();
    void shrinksByAWholeFactor();
    void invalidFrameGivesNothing();
};

void tst_PreviewImage::matchesQtConversion_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("colour");
    QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12) << true;
    QTest::newRow("NV21") << int(QVideoFrameFormat::Format_NV21) << true;
    QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P) << true;
    QTest::newRow("YV12") << int(QVideoFrameFormat::Format_YV12) << true;
    QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV) << true;
    QTest::newRow("UYVY") << int(QVideoFrameFormat::Format_UYVY) << true;
    QTest::newRow("Y8") << int(QVideoFrameFormat::Format_Y8) << false;
    QTest::newRow("BGRX (fallback)")
        << int(QVideoFrameFormat::pixelFormatFromImageFormat(QImage::Format_RGB32)) << true;
}

void tst_PreviewImage::matchesQtConversion() {
    QFETCH(int, format);
    QFETCH(bool, colour);
    const QImage card = testCard(QSize(1280, 720));
    const QVideoFrame frame = frameOf(card, QVideoFrameFormat::PixelFormat(format));
    QVERIFY(frame.isValid());
    const QImage preview = previewImage(frame, QSize(320, 180));
    QVERIFY(!preview.isNull());
    const QImage reference = frame.toImage();
    QVERIFY(!reference.isNull());
    // The middle of each quadrant and of the grey band, away from the edges.
    const QList<QPointF> at = {{0.25, 0.2}, {0.75, 0.2}, {0.25, 0.8}, {0.75, 0.8}, {0.1, 0.5}};
    for (const QPointF &f : at) {
        const QRgb mine =
            preview.pixel(int(f.x() * preview.width()), int(f.y() * preview.height()));
        const QRgb qt =
            reference.pixel(int(f.x() * reference.width()), int(f.y() * reference.height()));
        QVERIFY2(close(mine, qt, 6), qPrintable(rgb(mine) + QStringLiteral(" vs Qt ") + rgb(qt)));
        if (colour) {
            const QRgb original = card.pixel(int(f.x() * card.width()), int(f.y() * card.height()));
            QVERIFY2(close(mine, original, 8),
                     qPrintable(rgb(mine) + QStringLiteral(" vs ") + rgb(original)));
        }
    }
}

void tst_PreviewImage::shrinksByAWholeFactor_data() {
    QTest::addColumn<QSize>("frame");
    QTest::addColumn<QSize>("atLeast");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("panel") << QSize(1280, 720) << QSize(348, 196) << QSize(426, 240);
    QTest::newRow("2x panel: half, not every pixel")
        << QSize(1280, 720) << QSize(696, 392) << QSize(640, 360);
    QTest::newRow("just smaller than the frame")
        << QSize(1280, 720) << QSize(1000, 600) << QSize(1280, 720);
    QTest::newRow("quarter") << QSize(1280, 720) << QSize(320, 180) << QSize(320, 180);
    QTest::newRow("larger than the frame") << QSize(640, 480) << QSize(800, 600) << QSize(640, 480);
}

void tst_PreviewImage::shrinksByAWholeFactor() {
    QFETCH(QSize, frame);
    QFETCH(QSize, atLeast);
    QFETCH(QSize, expected);
    const QImage preview =
        previewImage(frameOf(testCard(frame), QVideoFrameFormat::Format_NV12), atLeast);
    QCOMPARE(preview.size(), expected);
}

void tst_PreviewImage::invalidFrameGivesNothing() {
    QVERIFY(previewImage(QVideoFrame(), QSize(320, 180)).isNull());
}

QTEST_MAIN(tst_PreviewImage)
#include "tst_PreviewImage.moc"
