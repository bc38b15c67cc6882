// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/GradientCells.h"
#include "scan/PixelView.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QTransform>

namespace station::scan {

// A group of grid cells whose edges are parallel and strong compared with the frame: where a
// 1D code (a tube label) may lie, as an oriented box. Unlike findBarcodeRegion, the threshold
// follows the frame's own edge strength, so a faded label under dim light is still found, and
// several candidates are kept (a desk edge can outweigh a blurred label).
struct BarCandidate {
    double angle = 0;      // radians, direction across the bars (along the code), (-pi/2, pi/2]
    QPointF centre;        // frame coordinates
    double halfLength = 0; // along the code, cells covered (no quiet zone)
    double halfHeight = 0; // along the bars
    double weight = 0;     // summed edge energy of the group
    int cells = 0;
};

// At most `maxCandidates`, strongest first, from a grid made by gradientCells.
QList<BarCandidate> findBarCandidates(const GradientCells &grid, int maxCandidates = 3);

// The candidate turned level as a short, wide Grayscale8 image for ZXing's 1D readers: each
// row runs across the bars at half-pixel steps (quiet zones included), averaged over a few
// pixels along the bars (noise and JPEG blocks cancel, the bars do not), and levelled against
// the local white and black so that uneven light and faded print reach full contrast.
// `sharpen` also steepens the edges (focus and motion blur). `toFrame` maps strip coordinates
// to the frame's. Null when the candidate lies outside the frame.
QImage barStrip(const PixelView &view, const BarCandidate &candidate, bool sharpen,
                QTransform &toFrame);

} // namespace station::scan
