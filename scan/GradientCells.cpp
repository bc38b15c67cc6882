// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/GradientCells.h"

#include "scan/LuminanceImage.h"

#include <QImage>

#include <cmath>

namespace station::scan {

namespace {
constexpr int kStep = 2; // gradient sampled every 2nd pixel of every 2nd row
} // namespace

double GradientCell::coherence() const {
    const double energy = jxx + jyy;
    if (energy <= 0)
        return 0;
    return std::sqrt((jxx - jyy) * (jxx - jyy) + 4 * jxy * jxy) / energy;
}

double GradientCell::angle() const {
    return 0.5 * std::atan2(2 * jxy, jxx - jyy);
}

GradientCells gradientCells(const PixelView &view, int cellSize) {
    GradientCells grid;
    if (!view.isValid() || cellSize < 4 || view.width < 3 * cellSize || view.height < 3 * cellSize)
        return grid;
    // A Y plane is read in place (a read-only QImage over it); other layouts are converted
    // once, which keeps the gradient code simple and layout-independent.
    const bool inPlace = view.layout == PixelLayout::Luminance && view.pixelStride <= 1;
    const QImage lum =
        inPlace
            ? QImage(view.data, view.width, view.height,
                     view.rowStride > 0 ? view.rowStride : view.width, QImage::Format_Grayscale8)
            : luminanceImage(view, QRect(0, 0, view.width, view.height), 1, false);
    grid.cellSize = cellSize;
    grid.cols = view.width / cellSize;
    grid.rows = view.height / cellSize;
    grid.cells.resize(size_t(grid.cols) * size_t(grid.rows));
    const int xEnd = qMin(grid.cols * cellSize - 1, view.width - 1);
    const int yEnd = qMin(grid.rows * cellSize - 1, view.height - 1);
    for (int y = 1; y < yEnd; y += kStep) {
        const uchar *up = lum.constScanLine(y - 1);
        const uchar *mid = lum.constScanLine(y);
        const uchar *down = lum.constScanLine(y + 1);
        GradientCell *rowCells = &grid.cells[size_t(y / cellSize) * size_t(grid.cols)];
        for (int x = 1; x < xEnd; x += kStep) {
            // Sobel: more isotropic than a plain difference on 2-px bars.
            const int gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) -
                           (up[x - 1] + 2 * mid[x - 1] + down[x - 1]);
            const int gy =
                (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1]);
            GradientCell &c = rowCells[x / cellSize];
            c.jxx += gx * gx;
            c.jyy += gy * gy;
            c.jxy += gx * gy;
            c.lumSum += mid[x];
            ++c.samples;
        }
    }
    return grid;
}

} // namespace station::scan
