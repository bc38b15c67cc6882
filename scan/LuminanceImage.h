// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/PixelView.h"

#include <QImage>
#include <QRect>

namespace station::scan {

// Luminance of `roi` (clipped to the view) as a Grayscale8 image, enlarged `scale` times with
// bilinear interpolation (smooth edges decode better than blocky ones) and optionally inverted.
// This is the one copy the recovery strategies make; the plain pass reads the frame in place.
QImage luminanceImage(const PixelView &view, const QRect &roi, int scale, bool invert);

// Luminance of one pixel in any layout (ZXing's integer weights, so results match its own).
uchar luminanceAt(const PixelView &view, int x, int y);

} // namespace station::scan
