// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/PixelView.h"

#include <vector>

namespace station::scan {

// Cheap statistics of a frame on a grid of square cells, from one pass over every 2nd pixel
// of every 2nd row: the structure tensor of the Sobel gradient (how strong the edges are and
// whether they are parallel) and the mean luminance. Bars of a 1D code give strong parallel
// edges; a QR code gives strong edges in two directions. FrameSurvey and findBarcodeRegion
// read the same grid, so a frame is scanned once.
struct GradientCell {
    double jxx = 0, jyy = 0, jxy = 0;
    int samples = 0;
    double lumSum = 0;

    double meanEnergy() const { return samples ? (jxx + jyy) / samples : 0.0; }
    double meanLuminance() const { return samples ? lumSum / samples : 0.0; }
    // 1 for perfectly parallel edges, 0 for edges in every direction alike.
    double coherence() const;
    // Direction across the edges in radians, (-pi/2, pi/2].
    double angle() const;
};

struct GradientCells {
    int cellSize = 0;
    int cols = 0;
    int rows = 0;
    std::vector<GradientCell> cells; // row-major, cols x rows

    const GradientCell &at(int col, int row) const {
        return cells[size_t(row) * size_t(cols) + size_t(col)];
    }
    bool isEmpty() const { return cells.empty(); }
};

// Cells of `cellSize` frame pixels; only whole cells (the right and bottom rest is ignored).
// Empty when the frame is smaller than 3x3 cells.
GradientCells gradientCells(const PixelView &view, int cellSize = 32);

} // namespace station::scan
