// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/FrameSurvey.h"

#include "scan/GradientCells.h"

#include <algorithm>
#include <vector>

namespace station::scan {

namespace {

constexpr int kCell = 32;                      // the same grid as findBarcodeRegion's
constexpr double kMinMeanEnergy = 80.0 * 80.0; // strong edges only
// A QR code's edges run both ways; bars, text lines and object outlines are far above this.
constexpr double kMaxCoherence = 0.5;
constexpr int kMinCells = 3;

bool isTexture(const GradientCell &c) {
    return c.samples > 0 && c.meanEnergy() >= kMinMeanEnergy && c.coherence() < kMaxCoherence;
}

CodeRegion findCodeRegion(const GradientCells &grid, const QSize &frameSize) {
    CodeRegion region;
    const int cols = grid.cols, rows = grid.rows, cell = grid.cellSize;
    std::vector<int> label(grid.cells.size(), -1);
    double bestWeight = 0;
    int bestCount = 0, bestLabel = -1;
    QRect bestBox;
    for (int start = 0; start < int(grid.cells.size()); ++start) {
        if (label[size_t(start)] >= 0 || !isTexture(grid.cells[size_t(start)]))
            continue;
        std::vector<int> stack{start};
        label[size_t(start)] = start;
        double weight = 0;
        int count = 0;
        QRect box;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            const GradientCell &c = grid.cells[size_t(i)];
            weight += c.jxx + c.jyy;
            ++count;
            const int cx = i % cols, cy = i / cols;
            box |= QRect(cx, cy, 1, 1);
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx, ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= cols || ny >= rows)
                        continue;
                    const int n = ny * cols + nx;
                    if (label[size_t(n)] < 0 && isTexture(grid.cells[size_t(n)])) {
                        label[size_t(n)] = start;
                        stack.push_back(n);
                    }
                }
            }
        }
        if (weight > bestWeight) {
            bestWeight = weight;
            bestCount = count;
            bestLabel = start;
            bestBox = box;
        }
    }
    if (bestLabel < 0 || bestCount < kMinCells)
        return region;

    // Polarity: the patch's own mean against the cells right around it (the quiet zone and the
    // screen around the code). A dark-mode screen is darker than its code; a light one brighter.
    double patchSum = 0;
    int patchSamples = 0;
    std::vector<double> around;
    const QRect ring = bestBox.adjusted(-1, -1, 1, 1).intersected(QRect(0, 0, cols, rows));
    for (int cy = ring.top(); cy <= ring.bottom(); ++cy) {
        for (int cx = ring.left(); cx <= ring.right(); ++cx) {
            const GradientCell &c = grid.at(cx, cy);
            if (label[size_t(cy * cols + cx)] == bestLabel) {
                patchSum += c.lumSum;
                patchSamples += c.samples;
            } else if (!bestBox.contains(cx, cy)) {
                around.push_back(c.meanLuminance());
            }
        }
    }
    region.found = true;
    region.cells = bestCount;
    region.patchLuminance = patchSamples ? patchSum / patchSamples : 0;
    if (!around.empty()) {
        auto mid = around.begin() + std::ptrdiff_t(around.size() / 2);
        std::nth_element(around.begin(), mid, around.end());
        region.surroundLuminance = *mid;
    }
    region.lightOnDark = region.surroundLuminance < region.patchLuminance;
    region.patch = QRect(bestBox.x() * cell, bestBox.y() * cell, bestBox.width() * cell,
                         bestBox.height() * cell);
    const int pad = cell; // quiet zone and the cells only partly covered by the code
    region.box =
        region.patch.adjusted(-pad, -pad, pad, pad).intersected(QRect(QPoint(0, 0), frameSize));
    return region;
}

} // namespace

FrameSurvey surveyFrame(const PixelView &view) {
    FrameSurvey survey;
    const GradientCells grid = gradientCells(view, kCell);
    if (grid.isEmpty())
        return survey;
    const QSize size(view.width, view.height);
    survey.bars = findBarcodeRegion(grid, size);
    survey.barCandidates = findBarCandidates(grid);
    survey.code = findCodeRegion(grid, size);
    return survey;
}

} // namespace station::scan
