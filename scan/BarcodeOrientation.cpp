// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/BarcodeOrientation.h"

#include "scan/LuminanceImage.h"

#include <QtMath>

#include <cmath>
#include <vector>

namespace station::scan {

namespace {

constexpr int kCell = 32; // cells of 32x32 frame pixels
constexpr double kMinCoherence = 0.72;
constexpr double kMinMeanEnergy = 80.0 * 80.0; // strong edges only (Sobel, 4x a difference)
constexpr int kBins = 60;                      // 3 degrees each over 180

struct Cell {
    bool candidate = false;
    double angle = 0; // radians, (-pi/2, pi/2]
    double weight = 0;
    int bin = 0;
};

} // namespace

BarcodeRegion findBarcodeRegion(const PixelView &view) {
    return findBarcodeRegion(gradientCells(view, kCell), QSize(view.width, view.height));
}

BarcodeRegion findBarcodeRegion(const GradientCells &grid, const QSize &frameSize) {
    BarcodeRegion region;
    if (grid.isEmpty())
        return region;
    const int cols = grid.cols, rows = grid.rows, cell = grid.cellSize;
    std::vector<Cell> cells(grid.cells.size());
    std::vector<double> histogram(kBins, 0.0);
    for (size_t i = 0; i < cells.size(); ++i) {
        const GradientCell &g = grid.cells[i];
        if (g.samples == 0 || g.meanEnergy() < kMinMeanEnergy)
            continue;
        const double coherence = g.coherence();
        if (coherence < kMinCoherence)
            continue;
        Cell &c = cells[i];
        c.candidate = true;
        c.angle = g.angle();
        c.weight = (g.jxx + g.jyy) * coherence;
        c.bin = qBound(0, int((c.angle + M_PI_2) / M_PI * kBins), kBins - 1);
        histogram[size_t(c.bin)] += c.weight;
    }
    // The strongest direction (bins wrap around: -90 and +90 degrees are the same).
    int peak = -1;
    double best = 0;
    for (int b = 0; b < kBins; ++b) {
        const double sum = histogram[size_t((b + kBins - 1) % kBins)] + histogram[size_t(b)] +
                           histogram[size_t((b + 1) % kBins)];
        if (sum > best) {
            best = sum;
            peak = b;
        }
    }
    if (peak < 0)
        return region;
    auto near = [peak](int bin) {
        const int d = std::abs(bin - peak);
        return std::min(d, kBins - d) <= 2;
    };
    // The largest 8-connected group of cells with that direction is the barcode.
    std::vector<int> label(cells.size(), -1);
    double bestWeight = 0;
    QRect bestBox;
    double bestSin = 0, bestCos = 0;
    for (int start = 0; start < int(cells.size()); ++start) {
        if (!cells[size_t(start)].candidate || !near(cells[size_t(start)].bin) ||
            label[size_t(start)] >= 0)
            continue;
        std::vector<int> stack{start};
        label[size_t(start)] = start;
        double weight = 0, sin2 = 0, cos2 = 0;
        QRect box;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            const Cell &c = cells[size_t(i)];
            weight += c.weight;
            sin2 += c.weight * std::sin(2 * c.angle); // average angles on the doubled circle
            cos2 += c.weight * std::cos(2 * c.angle);
            const int cx = i % cols, cy = i / cols;
            box |= QRect(cx * cell, cy * cell, cell, cell);
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx, ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= cols || ny >= rows)
                        continue;
                    const int n = ny * cols + nx;
                    if (label[size_t(n)] < 0 && cells[size_t(n)].candidate &&
                        near(cells[size_t(n)].bin)) {
                        label[size_t(n)] = start;
                        stack.push_back(n);
                    }
                }
            }
        }
        if (weight > bestWeight) {
            bestWeight = weight;
            bestBox = box;
            bestSin = sin2;
            bestCos = cos2;
        }
    }
    if (bestWeight <= 0)
        return region;
    region.found = true;
    region.gradientAngleDeg = qRadiansToDegrees(0.5 * std::atan2(bestSin, bestCos));
    const double pad = cell * 1.5; // quiet zones and the cells only partly covered
    region.box = QRectF(bestBox)
                     .adjusted(-pad, -pad, pad, pad)
                     .intersected(QRectF(QPointF(0, 0), QSizeF(frameSize)));
    return region;
}

QImage levelledRegion(const PixelView &view, const BarcodeRegion &region, QTransform &toFrame) {
    if (!region.found || region.box.isEmpty())
        return {};
    const QRect src = region.box.toAlignedRect();
    const QImage lum = luminanceImage(view, src, 1, false);
    // Turn by -angle: the gradient (across the bars) becomes horizontal.
    const double a = qDegreesToRadians(region.gradientAngleDeg);
    const double c = std::cos(a), s = std::sin(a);
    const double w = src.width(), h = src.height();
    const int outW = int(std::ceil(std::abs(w * c) + std::abs(h * s)));
    const int outH = int(std::ceil(std::abs(w * s) + std::abs(h * c)));
    QImage out(outW, outH, QImage::Format_Grayscale8);
    out.fill(255);
    const double cxIn = w / 2, cyIn = h / 2, cxOut = outW / 2.0, cyOut = outH / 2.0;
    for (int v = 0; v < outH; ++v) {
        uchar *dst = out.scanLine(v);
        for (int u = 0; u < outW; ++u) {
            // Output (u, v) rotated back by +angle into the source region.
            const double du = u - cxOut, dv = v - cyOut;
            const double x = cxIn + du * c - dv * s;
            const double y = cyIn + du * s + dv * c;
            if (x < 0 || y < 0 || x > w - 1 || y > h - 1)
                continue;
            const int x0 = int(x), y0 = int(y);
            const int x1 = qMin(x0 + 1, int(w) - 1), y1 = qMin(y0 + 1, int(h) - 1);
            const double fx = x - x0, fy = y - y0;
            const uchar *r0 = lum.constScanLine(y0);
            const uchar *r1 = lum.constScanLine(y1);
            const double top = r0[x0] * (1 - fx) + r0[x1] * fx;
            const double bottom = r1[x0] * (1 - fx) + r1[x1] * fx;
            dst[u] = uchar(top * (1 - fy) + bottom * fy + 0.5);
        }
    }
    toFrame = QTransform()
                  .translate(src.x() + cxIn, src.y() + cyIn)
                  .rotateRadians(a)
                  .translate(-cxOut, -cyOut);
    return out;
}

} // namespace station::scan
