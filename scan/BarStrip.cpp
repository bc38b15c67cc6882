// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/BarStrip.h"

#include "scan/LuminanceImage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace station::scan {

namespace {

// A cell counts when its edges are this strong (Sobel, mean over the cell's samples) and this
// parallel. Far below findBarcodeRegion's 80^2: a faded label in dim light gives bars of 30
// grey levels; sensor noise and JPEG blocks are strong too but point every way, which the
// coherence rejects.
constexpr double kMinMeanEnergy = 25.0 * 25.0;
constexpr double kMinCoherence = 0.5;
// Neighbouring cells belong to the same code when their directions differ by less than this.
constexpr double kMaxAngleStepRad = 12.0 * M_PI / 180.0;
constexpr int kMinCells = 2;

constexpr double kStep = 0.5;           // strip samples per frame pixel along the code: 2
constexpr double kQuietPad = 40;        // frame px past the cells at each end (quiet zones)
constexpr int kRows = 12;               // strip rows
constexpr int kAlongBars = 5;           // samples averaged along the bars per strip pixel
constexpr double kAlongBarsStep = 1.5;  // frame px between them
constexpr int kBlock = 16;              // strip samples per block of the light envelope
constexpr int kEnvelopeBlocks = 3;      // blocks each side that the envelope looks at
constexpr double kMinRangeShare = 0.35; // local contrast is never stretched beyond this share

double angleDistance(double a, double b) { // directions, so modulo pi
    double d = std::fabs(a - b);
    d = std::fmod(d, M_PI);
    return std::min(d, M_PI - d);
}

struct Cell {
    bool candidate = false;
    double angle = 0;
    double weight = 0;
};

float bilinear(const QImage &lum, double x, double y) {
    const int w = lum.width(), h = lum.height();
    if (x < 0 || y < 0 || x > w - 1 || y > h - 1)
        return -1;
    const int x0 = int(x), y0 = int(y);
    const int x1 = std::min(x0 + 1, w - 1), y1 = std::min(y0 + 1, h - 1);
    const double fx = x - x0, fy = y - y0;
    const uchar *r0 = lum.constScanLine(y0);
    const uchar *r1 = lum.constScanLine(y1);
    const double top = r0[x0] * (1 - fx) + r0[x1] * fx;
    const double bottom = r1[x0] * (1 - fx) + r1[x1] * fx;
    return float(top * (1 - fy) + bottom * fy);
}

// 2v - mean of the 7 around v: edges steeper, flat runs unchanged.
void sharpenRow(std::vector<float> &row) {
    const int n = int(row.size());
    std::vector<float> out(row.size());
    for (int i = 0; i < n; ++i) {
        float sum = 0;
        for (int k = -3; k <= 3; ++k)
            sum += row[size_t(std::clamp(i + k, 0, n - 1))];
        out[size_t(i)] = 2 * row[size_t(i)] - sum / 7;
    }
    row.swap(out);
}

// Stretches each stretch of the row between its local black and white: block minima and
// maxima, widened over the neighbouring blocks and interpolated between block centres.
void levelRow(const std::vector<float> &row, uchar *out) {
    const int n = int(row.size());
    const int blocks = (n + kBlock - 1) / kBlock;
    const size_t nBlocks = size_t(blocks);
    std::vector<float> lo(nBlocks), hi(nBlocks);
    float rowLo = 255, rowHi = 0;
    for (int b = 0; b < blocks; ++b) {
        float l = 1e9f, h = -1e9f;
        for (int i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
            l = std::min(l, row[size_t(i)]);
            h = std::max(h, row[size_t(i)]);
        }
        lo[size_t(b)] = l;
        hi[size_t(b)] = h;
        rowLo = std::min(rowLo, l);
        rowHi = std::max(rowHi, h);
    }
    if (rowHi - rowLo < 8) { // nothing but noise
        std::fill(out, out + n, uchar(255));
        return;
    }
    std::vector<float> black(nBlocks), white(nBlocks);
    for (int b = 0; b < blocks; ++b) {
        float l = 1e9f, h = -1e9f;
        for (int k = std::max(0, b - kEnvelopeBlocks);
             k <= std::min(blocks - 1, b + kEnvelopeBlocks); ++k) {
            l = std::min(l, lo[size_t(k)]);
            h = std::max(h, hi[size_t(k)]);
        }
        black[size_t(b)] = l;
        white[size_t(b)] = h;
    }
    const float minRange = float(kMinRangeShare) * (rowHi - rowLo);
    for (int i = 0; i < n; ++i) {
        const double at = (i + 0.5) / kBlock - 0.5;
        const int b0 = std::clamp(int(std::floor(at)), 0, blocks - 1);
        const int b1 = std::min(b0 + 1, blocks - 1);
        const float f = float(std::clamp(at - b0, 0.0, 1.0));
        const float bl = black[size_t(b0)] * (1 - f) + black[size_t(b1)] * f;
        const float wh = white[size_t(b0)] * (1 - f) + white[size_t(b1)] * f;
        const float range = std::max(wh - bl, minRange);
        const float mid = (wh + bl) / 2;
        out[i] = uchar(std::clamp(int(128 + 255 * (row[size_t(i)] - mid) / range), 0, 255));
    }
}

} // namespace

QList<BarCandidate> findBarCandidates(const GradientCells &grid, int maxCandidates) {
    QList<BarCandidate> found;
    if (grid.isEmpty() || maxCandidates <= 0)
        return found;
    const int cols = grid.cols, rows = grid.rows, cellSize = grid.cellSize;
    std::vector<Cell> cells(grid.cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
        const GradientCell &g = grid.cells[i];
        if (g.samples == 0 || g.meanEnergy() < kMinMeanEnergy)
            continue;
        const double coherence = g.coherence();
        if (coherence < kMinCoherence)
            continue;
        cells[i] = {true, g.angle(), (g.jxx + g.jyy) * coherence};
    }
    std::vector<char> seen(cells.size(), 0);
    for (int start = 0; start < int(cells.size()); ++start) {
        if (!cells[size_t(start)].candidate || seen[size_t(start)])
            continue;
        std::vector<int> stack{start}, members;
        seen[size_t(start)] = 1;
        double weight = 0, sin2 = 0, cos2 = 0;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            members.push_back(i);
            const Cell &c = cells[size_t(i)];
            weight += c.weight;
            sin2 += c.weight * std::sin(2 * c.angle); // average directions on the doubled circle
            cos2 += c.weight * std::cos(2 * c.angle);
            const int cx = i % cols, cy = i / cols;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx, ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= cols || ny >= rows)
                        continue;
                    const int n = ny * cols + nx;
                    if (!seen[size_t(n)] && cells[size_t(n)].candidate &&
                        angleDistance(cells[size_t(n)].angle, c.angle) < kMaxAngleStepRad) {
                        seen[size_t(n)] = 1;
                        stack.push_back(n);
                    }
                }
            }
        }
        if (int(members.size()) < kMinCells)
            continue;
        BarCandidate cand;
        cand.angle = 0.5 * std::atan2(sin2, cos2);
        cand.weight = weight;
        cand.cells = int(members.size());
        const double ux = std::cos(cand.angle), uy = std::sin(cand.angle);
        double sx = 0, sy = 0;
        for (int i : members) {
            sx += (i % cols + 0.5) * cellSize;
            sy += (i / cols + 0.5) * cellSize;
        }
        const QPointF mean(sx / members.size(), sy / members.size());
        double uMin = 1e9, uMax = -1e9, vMin = 1e9, vMax = -1e9;
        for (int i : members) {
            const double px = (i % cols + 0.5) * cellSize - mean.x();
            const double py = (i / cols + 0.5) * cellSize - mean.y();
            const double u = px * ux + py * uy, v = -px * uy + py * ux;
            uMin = std::min(uMin, u);
            uMax = std::max(uMax, u);
            vMin = std::min(vMin, v);
            vMax = std::max(vMax, v);
        }
        const double uMid = (uMin + uMax) / 2, vMid = (vMin + vMax) / 2;
        cand.centre = mean + QPointF(uMid * ux - vMid * uy, uMid * uy + vMid * ux);
        cand.halfLength = (uMax - uMin) / 2 + cellSize / 2.0;
        cand.halfHeight = (vMax - vMin) / 2 + cellSize / 2.0;
        found.append(cand);
    }
    std::sort(found.begin(), found.end(),
              [](const BarCandidate &a, const BarCandidate &b) { return a.weight > b.weight; });
    if (found.size() > maxCandidates)
        found.resize(maxCandidates);
    return found;
}

QImage barStrip(const PixelView &view, const BarCandidate &candidate, bool sharpen,
                QTransform &toFrame) {
    const double ux = std::cos(candidate.angle), uy = std::sin(candidate.angle);
    const double halfU = candidate.halfLength + kQuietPad;
    // Rows across the middle of the bars only: the cells at the group's edge are partly
    // label text or tube.
    const double halfV = std::max(4.0, candidate.halfHeight * 0.6);
    const double reach = (kAlongBars - 1) / 2.0 * kAlongBarsStep;
    // The frame area the strip reads, copied once as luminance.
    const double ex = std::fabs(halfU * ux) + std::fabs((halfV + reach) * uy) + 2;
    const double ey = std::fabs(halfU * uy) + std::fabs((halfV + reach) * ux) + 2;
    const QRect area = QRectF(candidate.centre.x() - ex, candidate.centre.y() - ey, 2 * ex, 2 * ey)
                           .toAlignedRect()
                           .intersected(QRect(0, 0, view.width, view.height));
    if (area.width() < 8 || area.height() < 8)
        return {};
    const QImage lum = luminanceImage(view, area, 1, false);
    const int width = int(2 * halfU / kStep);
    QImage strip(width, kRows, QImage::Format_Grayscale8);
    std::vector<float> row(static_cast<size_t>(width));
    const double cx = candidate.centre.x() - area.x(), cy = candidate.centre.y() - area.y();
    const double rowStep = 2 * halfV / (kRows - 1);
    for (int r = 0; r < kRows; ++r) {
        const double v = -halfV + r * rowStep;
        for (int i = 0; i < width; ++i) {
            const double u = -halfU + i * kStep;
            float sum = 0;
            int n = 0;
            for (int k = 0; k < kAlongBars; ++k) {
                const double vv = v - reach + k * kAlongBarsStep;
                const float s = bilinear(lum, cx + u * ux - vv * uy, cy + u * uy + vv * ux);
                if (s >= 0) {
                    sum += s;
                    ++n;
                }
            }
            row[size_t(i)] = n ? sum / n : 255.f; // outside the frame: as blank paper
        }
        if (sharpen)
            sharpenRow(row);
        levelRow(row, strip.scanLine(r));
    }
    // strip (x, r) -> u = -halfU + x * kStep, v = -halfV + r * rowStep -> frame.
    toFrame = QTransform(kStep * ux, kStep * uy, -rowStep * uy, rowStep * ux,
                         candidate.centre.x() - halfU * ux + halfV * uy,
                         candidate.centre.y() - halfU * uy - halfV * ux);
    return strip;
}

} // namespace station::scan
