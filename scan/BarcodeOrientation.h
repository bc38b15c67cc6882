// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/GradientCells.h"
#include "scan/PixelView.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace station::scan {

// Where a 1D barcode lies in a frame and at what angle: ZXing 1.4 reads Code 128 only along
// rows and columns, so a tube label held at 30 degrees is missed. The structure tensor of the
// image gradient finds regions of parallel edges (bars); the strongest region's angle and box
// are reported so the region can be turned level (BarcodeDecoder's Deskewed strategy).
struct BarcodeRegion {
    bool found = false;
    double gradientAngleDeg = 0; // direction across the bars, in (-90, 90]
    QRectF box;                  // in frame coordinates, padded for the quiet zones
};

BarcodeRegion findBarcodeRegion(const PixelView &view);
// The same from a grid already computed (gradientCells with 32-pixel cells) of a frame of
// `frameSize`.
BarcodeRegion findBarcodeRegion(const GradientCells &grid, const QSize &frameSize);

// The region turned so the bars are vertical, as a Grayscale8 image; `toFrame` maps its
// coordinates back to the frame's.
QImage levelledRegion(const PixelView &view, const BarcodeRegion &region, QTransform &toFrame);

} // namespace station::scan
