// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/LuminanceImage.h"

#include <vector>

namespace station::scan {

namespace {

struct Channels {
    int stride; // natural bytes per pixel
    int r, g, b;
};

Channels channelsOf(PixelLayout layout) {
    switch (layout) {
    case PixelLayout::Luminance:
        return {1, 0, 0, 0};
    case PixelLayout::RGB:
        return {3, 0, 1, 2};
    case PixelLayout::BGR:
        return {3, 2, 1, 0};
    case PixelLayout::RGBX:
        return {4, 0, 1, 2};
    case PixelLayout::XRGB:
        return {4, 1, 2, 3};
    case PixelLayout::BGRX:
        return {4, 2, 1, 0};
    case PixelLayout::XBGR:
        return {4, 3, 2, 1};
    }
    return {1, 0, 0, 0};
}

inline uchar rgbToLum(unsigned r, unsigned g, unsigned b) {
    return uchar((306 * r + 601 * g + 117 * b + 0x200) >> 10);
}

// Fills `row` (roi.width() bytes) with the luminance of one source row.
void readRow(const PixelView &v, const Channels &c, int pixStride, int rowStride, int y, int x0,
             int w, uchar *row) {
    const uchar *p = v.data + qsizetype(y) * rowStride + qsizetype(x0) * pixStride;
    if (v.layout == PixelLayout::Luminance) {
        if (pixStride == 1) {
            std::copy(p, p + w, row);
        } else {
            for (int x = 0; x < w; ++x, p += pixStride)
                row[x] = *p;
        }
        return;
    }
    for (int x = 0; x < w; ++x, p += pixStride)
        row[x] = rgbToLum(p[c.r], p[c.g], p[c.b]);
}

} // namespace

uchar luminanceAt(const PixelView &v, int x, int y) {
    const Channels c = channelsOf(v.layout);
    const int ps = v.pixelStride > 0 ? v.pixelStride : c.stride;
    const int rs = v.rowStride > 0 ? v.rowStride : v.width * ps;
    uchar lum = 0;
    readRow(v, c, ps, rs, y, x, 1, &lum);
    return lum;
}

QImage luminanceImage(const PixelView &v, const QRect &roiIn, int scale, bool invert) {
    const QRect roi = roiIn.intersected(QRect(0, 0, v.width, v.height));
    if (!v.isValid() || roi.isEmpty())
        return {};
    scale = qMax(1, scale);
    const Channels c = channelsOf(v.layout);
    const int ps = v.pixelStride > 0 ? v.pixelStride : c.stride;
    const int rs = v.rowStride > 0 ? v.rowStride : v.width * ps;
    const int w = roi.width();
    const int h = roi.height();

    QImage out(w * scale, h * scale, QImage::Format_Grayscale8);
    if (scale == 1) {
        for (int y = 0; y < h; ++y) {
            uchar *dst = out.scanLine(y);
            readRow(v, c, ps, rs, roi.y() + y, roi.x(), w, dst);
            if (invert) {
                for (int x = 0; x < w; ++x)
                    dst[x] = uchar(255 - dst[x]);
            }
        }
        return out;
    }

    // Bilinear: output pixel (X, Y) samples source position ((X + 0.5) / s - 0.5, ...), in
    // fixed point with 8 fractional bits.
    std::vector<uchar> rowA(static_cast<size_t>(w)), rowB(static_cast<size_t>(w));
    std::vector<int> x0(size_t(w) * scale), fx(size_t(w) * scale);
    for (int X = 0; X < w * scale; ++X) {
        const int pos = ((2 * X + 1) * 256) / (2 * scale) - 128;
        const int clamped = qBound(0, pos, (w - 1) * 256);
        x0[size_t(X)] = qMin(clamped >> 8, w - 1);
        fx[size_t(X)] = clamped & 0xFF;
    }
    int loadedA = -1, loadedB = -1;
    for (int Y = 0; Y < h * scale; ++Y) {
        const int pos = qBound(0, ((2 * Y + 1) * 256) / (2 * scale) - 128, (h - 1) * 256);
        const int y0 = qMin(pos >> 8, h - 1);
        const int y1 = qMin(y0 + 1, h - 1);
        const int fy = pos & 0xFF;
        if (loadedA != y0) {
            if (loadedB == y0) {
                std::swap(rowA, rowB);
                std::swap(loadedA, loadedB);
            } else {
                readRow(v, c, ps, rs, roi.y() + y0, roi.x(), w, rowA.data());
                loadedA = y0;
            }
        }
        if (loadedB != y1) {
            readRow(v, c, ps, rs, roi.y() + y1, roi.x(), w, rowB.data());
            loadedB = y1;
        }
        uchar *dst = out.scanLine(Y);
        for (int X = 0; X < w * scale; ++X) {
            const int xa = x0[size_t(X)];
            const int xb = qMin(xa + 1, w - 1);
            const int f = fx[size_t(X)];
            const int top = rowA[size_t(xa)] * (256 - f) + rowA[size_t(xb)] * f;
            const int bottom = rowB[size_t(xa)] * (256 - f) + rowB[size_t(xb)] * f;
            const int value = (top * (256 - fy) + bottom * fy + (1 << 15)) >> 16;
            dst[X] = uchar(invert ? 255 - value : value);
        }
    }
    return out;
}

} // namespace station::scan
