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
        // One cell's stretch of the row at a time, summed in integers (exact, and no division
        // or floating point per sample). Samples sit at odd x.
        for (int col = 0; col < grid.cols; ++col) {
            const int xFrom = qMax(1, col * cellSize + ((col * cellSize) % kStep == 0 ? 1 : 0));
            const int xTo = qMin(xEnd, (col + 1) * cellSize);
            qint64 jxx = 0, jyy = 0, jxy = 0;
            int lumSum = 0, samples = 0;
            for (int x = xFrom; x < xTo; x += kStep) {
                // Sobel: more isotropic than a plain difference on 2-px bars.
                const int gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) -
                               (up[x - 1] + 2 * mid[x - 1] + down[x - 1]);
                const int gy =
                    (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1]);
                jxx += gx * gx;
                jyy += gy * gy;
                jxy += gx * gy;
                lumSum += mid[x];
                ++samples;
            }
            GradientCell &c = rowCells[col];
            c.jxx += double(jxx);
            c.jyy += double(jyy);
            c.jxy += double(jxy);
            c.lumSum += lumSum;
            c.samples += samples;
        }
    }
    return grid;
}

} // namespace station::scan
