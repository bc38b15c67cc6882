// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PreviewImage.h"

#include <QGuiApplication>
#include <QVideoFrameFormat>

#include <algorithm>

namespace station::scan {

namespace {

// Where the samples of one pixel are: plane, byte offset of pixel x in row y.
enum class Layout { Grey, SemiPlanarUV, SemiPlanarVU, Planar420UV, Planar420VU, Yuyv, Uyvy };

bool layoutFor(QVideoFrameFormat::PixelFormat format, Layout *layout) {
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
        *layout = Layout::Grey;
        return true;
    case QVideoFrameFormat::Format_NV12:
        *layout = Layout::SemiPlanarUV;
        return true;
    case QVideoFrameFormat::Format_NV21:
        *layout = Layout::SemiPlanarVU;
        return true;
    case QVideoFrameFormat::Format_YUV420P:
        *layout = Layout::Planar420UV;
        return true;
    case QVideoFrameFormat::Format_YV12:
        *layout = Layout::Planar420VU;
        return true;
    case QVideoFrameFormat::Format_YUYV:
        *layout = Layout::Yuyv;
        return true;
    case QVideoFrameFormat::Format_UYVY:
        *layout = Layout::Uyvy;
        return true;
    default:
        return false;
    }
}

// Fixed-point (x256) YUV -> RGB for one colour space and range.
struct Coefficients {
    int yScale;  // 298 for video range (255/219), 256 for full range
    int yOffset; // 16 for video range, 0 for full
    int rv, gu, gv, bu;
};

Coefficients coefficientsFor(const QVideoFrameFormat &format) {
    const bool full = format.colorRange() == QVideoFrameFormat::ColorRange_Full;
    const bool bt709 = format.colorSpace() == QVideoFrameFormat::ColorSpace_BT709;
    if (bt709)
        return full ? Coefficients{256, 0, 403, 48, 120, 475}
                    : Coefficients{298, 16, 459, 55, 136, 541};
    return full ? Coefficients{256, 0, 359, 88, 183, 454}
                : Coefficients{298, 16, 409, 100, 208, 516};
}

inline uchar clampByte(int v) {
    return uchar(std::clamp(v, 0, 255));
}

QImage fromPlanes(const QVideoFrame &frame, Layout layout, int k, const Coefficients &c) {
    const int outW = frame.width() / k;
    const int outH = frame.height() / k;
    QImage out(outW, outH, QImage::Format_RGB32);
    const uchar *p0 = frame.bits(0);
    const int s0 = frame.bytesPerLine(0);
    const uchar *p1 = frame.planeCount() > 1 ? frame.bits(1) : nullptr;
    const int s1 = frame.planeCount() > 1 ? frame.bytesPerLine(1) : 0;
    const uchar *p2 = frame.planeCount() > 2 ? frame.bits(2) : nullptr;
    const int s2 = frame.planeCount() > 2 ? frame.bytesPerLine(2) : 0;
    const bool packed = layout == Layout::Yuyv || layout == Layout::Uyvy;
    const int yStride = packed ? 2 : 1;
    const int yFirst = layout == Layout::Uyvy ? 1 : 0;
    const int area = k * k;
    for (int oy = 0; oy < outH; ++oy) {
        QRgb *line = reinterpret_cast<QRgb *>(out.scanLine(oy));
        const int y0 = oy * k;
        const int cy = y0 + k / 2; // the block's centre row, for its colour
        for (int ox = 0; ox < outW; ++ox) {
            const int x0 = ox * k;
            int sum = 0;
            for (int dy = 0; dy < k; ++dy) {
                const uchar *row = p0 + (y0 + dy) * s0 + x0 * yStride + yFirst;
                for (int dx = 0; dx < k; ++dx)
                    sum += row[dx * yStride];
            }
            const int luma = sum / area;
            if (layout == Layout::Grey) {
                line[ox] = qRgb(luma, luma, luma);
                continue;
            }
            const int cx = x0 + k / 2;
            int u = 128;
            int v = 128;
            switch (layout) {
            case Layout::SemiPlanarUV:
            case Layout::SemiPlanarVU: {
                const uchar *uv = p1 + (cy / 2) * s1 + (cx / 2) * 2;
                u = layout == Layout::SemiPlanarUV ? uv[0] : uv[1];
                v = layout == Layout::SemiPlanarUV ? uv[1] : uv[0];
                break;
            }
            case Layout::Planar420UV:
            case Layout::Planar420VU: {
                const int a = p1[(cy / 2) * s1 + cx / 2];
                const int b = p2[(cy / 2) * s2 + cx / 2];
                u = layout == Layout::Planar420UV ? a : b;
                v = layout == Layout::Planar420UV ? b : a;
                break;
            }
            case Layout::Yuyv: {
                const uchar *pair = p0 + cy * s0 + (cx & ~1) * 2;
                u = pair[1];
                v = pair[3];
                break;
            }
            case Layout::Uyvy: {
                const uchar *pair = p0 + cy * s0 + (cx & ~1) * 2;
                u = pair[0];
                v = pair[2];
                break;
            }
            case Layout::Grey:
                break;
            }
            const int yy = c.yScale * (luma - c.yOffset) + 128;
            const int d = u - 128;
            const int e = v - 128;
            line[ox] =
                qRgb(clampByte((yy + c.rv * e) >> 8), clampByte((yy - c.gu * d - c.gv * e) >> 8),
                     clampByte((yy + c.bu * d) >> 8));
        }
    }
    return out;
}

} // namespace

QImage previewImage(const QVideoFrame &source, QSize atLeast) {
    if (!source.isValid())
        return {};
    QVideoFrame frame = source; // shares the buffer; mapping is per handle
    const double ratio = atLeast.isEmpty()
                             ? 1.0
                             : std::min(double(frame.width()) / std::max(1, atLeast.width()),
                                        double(frame.height()) / std::max(1, atLeast.height()));
    int k = std::max(1, int(ratio));
    // Only a little smaller than the frame (a high-DPI panel): half size, drawn slightly
    // enlarged, costs a quarter of converting every pixel and looks the same on a live picture.
    if (k == 1 && ratio >= 1.5)
        k = 2;
    Layout layout;
    if (layoutFor(frame.pixelFormat(), &layout) && frame.map(QVideoFrame::ReadOnly)) {
        const bool planesPresent =
            frame.bits(0) &&
            (layout == Layout::Grey || layout == Layout::Yuyv || layout == Layout::Uyvy ||
             ((layout == Layout::SemiPlanarUV || layout == Layout::SemiPlanarVU)
                  ? frame.planeCount() >= 2 && frame.bits(1)
                  : frame.planeCount() >= 3 && frame.bits(1) && frame.bits(2)));
        QImage image;
        if (planesPresent)
            image = fromPlanes(frame, layout, k, coefficientsFor(frame.surfaceFormat()));
        frame.unmap();
        if (!image.isNull())
            return image;
    }
    // Anything else (RGB, Jpeg, GPU textures): Qt converts it, once per painted frame.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return frame.toImage();
}

} // namespace station::scan
