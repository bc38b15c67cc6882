// SPDX-License-Identifier: GPL-3.0-or-later
// What one painted frame of the camera picture costs the GUI thread: CameraPreview converting
// a new 1280x720 frame (NV12, YUYV, XRGB) to an image at the size shown, drawing it and one
// outline. The preview paints at most 15 times a second, so the GUI-thread share is
// 15 x median. Run on the offscreen platform: bench_camera_preview [ITERATIONS]
#include "scan/CodeRenderer.h"
#include "scan/PreviewImage.h"
#include "widgets/CameraPreview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScreen>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace station;

namespace {

// A camera-like scene: a gradient, some texture and a QR code, as luminance.
QImage scene(int shift) {
    QImage image(1280, 720, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 1280, 720);
    g.setColorAt(0, QColor(90, 96, 110));
    g.setColorAt(1, QColor(200, 190, 170));
    p.fillRect(image.rect(), g);
    const QImage code =
        scan::renderCode(scan::CodeFormat::QRCode, QStringLiteral("TUBE00000001"), 8);
    p.drawImage(QPoint(420 + shift % 40, 160), code);
    p.end();
    return image;
}

QVideoFrame makeFrame(const QImage &rgb, QVideoFrameFormat::PixelFormat format) {
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), format));
    frame.map(QVideoFrame::WriteOnly);
    const int w = rgb.width();
    const int h = rgb.height();
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        switch (format) {
        case QVideoFrameFormat::Format_NV12: {
            uchar *yRow = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x)
                yRow[x] = uchar(qGray(line[x]));
            if (y % 2 == 0) {
                uchar *uv = frame.bits(1) + (y / 2) * frame.bytesPerLine(1);
                std::fill_n(uv, w, uchar(128));
            }
            break;
        }
        case QVideoFrameFormat::Format_YUYV: {
            uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                row[2 * x] = uchar(qGray(line[x]));
                row[2 * x + 1] = 128;
            }
            break;
        }
        default:
            std::copy_n(rgb.constScanLine(y), w * 4, frame.bits(0) + y * frame.bytesPerLine(0));
            break;
        }
    }
    frame.unmap();
    return frame;
}

// A new frame with the same pixels: QVideoFrame keeps the image it converted to, and a live
// camera never shows the same frame twice.
QVideoFrame freshCopy(const QVideoFrame &source) {
    QVideoFrame in = source;
    QVideoFrame out(in.surfaceFormat());
    in.map(QVideoFrame::ReadOnly);
    out.map(QVideoFrame::WriteOnly);
    for (int plane = 0; plane < in.planeCount(); ++plane)
        std::copy_n(in.bits(plane), in.mappedBytes(plane), out.bits(plane));
    out.unmap();
    in.unmap();
    return out;
}

// CPU time of this thread in milliseconds: the work done, however busy the machine is (wall
// time on a loaded machine measures the other processes too).
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Figures {
    double median;
    double p90;
};

Figures measure(QVideoFrameFormat::PixelFormat format, QSize widgetSize, int iterations) {
    CameraPreview preview;
    preview.resize(widgetSize);
    const qreal dpr = preview.devicePixelRatioF();
    QImage target(widgetSize * dpr, QImage::Format_ARGB32_Premultiplied);
    target.setDevicePixelRatio(dpr);
    // Distinct frames, so every paint converts a new one as it would with a live camera.
    std::vector<QVideoFrame> frames;
    for (int i = 0; i < 8; ++i)
        frames.push_back(makeFrame(scene(i * 5), format));
    scan::DecodedCode code;
    code.format = scan::CodeFormat::QRCode;
    code.corners =
        QPolygonF({QPointF(430, 170), QPointF(700, 170), QPointF(700, 440), QPointF(430, 440)});
    std::vector<double> ms;
    for (int i = 0; i < iterations; ++i) {
        preview.presentFrame(freshCopy(frames[size_t(i) % frames.size()]));
        preview.showCodes({code}, QSize(1280, 720));
        const double start = threadCpuMs();
        preview.render(&target);
        ms.push_back(threadCpuMs() - start);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10]};
}

// The conversion alone: ours at the panel's size, or the alternative, Qt's
// QVideoFrame::toImage at full size then a smooth scale to the panel.
Figures measureConversion(QVideoFrameFormat::PixelFormat format, QSize panel, bool qtFullSize,
                          int iterations) {
    std::vector<QVideoFrame> frames;
    for (int i = 0; i < 8; ++i)
        frames.push_back(makeFrame(scene(i * 5), format));
    std::vector<double> ms;
    for (int i = 0; i < iterations; ++i) {
        const QVideoFrame copy = freshCopy(frames[size_t(i) % frames.size()]);
        const double start = threadCpuMs();
        const QImage image = qtFullSize ? copy.toImage().scaled(panel, Qt::IgnoreAspectRatio,
                                                                Qt::SmoothTransformation)
                                        : scan::previewImage(copy, panel);
        ms.push_back(threadCpuMs() - start);
        if (image.isNull())
            std::fprintf(stderr, "conversion failed\n");
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10]};
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(10, atoi(argv[1])) : 200;
    const struct {
        const char *name;
        QVideoFrameFormat::PixelFormat format;
    } formats[] = {{"NV12", QVideoFrameFormat::Format_NV12},
                   {"YUYV", QVideoFrameFormat::Format_YUYV},
                   {"XRGB", QVideoFrameFormat::Format_BGRX8888}};
    // The picture on the table screen (the 360 px column less its margins); run with
    // QT_SCALE_FACTOR=2 for a high-DPI screen.
    const QSize panel(348, 196);
    const qreal dpr = QApplication::primaryScreen()->devicePixelRatio();
    std::printf("CPU ms per painted frame (median / p90), this thread only\n");
    std::printf("format  widget   dpr  paint   p90     gui_share_at_15fps  previewImage  "
                "qt_toImage+scale\n");
    for (const auto &f : formats) {
        const Figures r = measure(f.format, panel, iterations);
        const Figures ours = measureConversion(f.format, panel * dpr, false, iterations);
        const Figures qt = measureConversion(f.format, panel * dpr, true, iterations);
        std::printf("%-6s  %dx%d  %.0fx  %5.2f  %6.2f  %17.1f%%  %12.2f  %15.2f\n", f.name,
                    panel.width(), panel.height(), dpr, r.median, r.p90, r.median * 15 / 10.0,
                    ours.median, qt.median);
    }
    return 0;
}
