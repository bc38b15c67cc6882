// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QImage>
#include <QSize>
#include <QVideoFrame>

namespace station::scan {

// A small RGB picture of a video frame for an on-screen preview, made without converting the
// whole frame: the frame shrinks by the largest whole factor k that keeps it at least `atLeast`
// in both directions (or by 2 when that leaves it over 1.5 times too large, as for a high-DPI
// panel: slightly enlarged then, at a quarter of the work), each k x k block of luminance averaged
// (no moiré on QR modules) and the colour read once per block. For the YUV formats cameras deliver
// (NV12, NV21, YUV420P, YV12, YUYV, UYVY) and Y8 this is read straight from the mapped planes, a
// small fraction of a full QVideoFrame::toImage(); other formats fall back to toImage(). Colour
// follows the frame's colour space (BT.709 or else BT.601) and range (full, or else video 16-235).
// Returns a null image for an invalid frame. Needs a QGuiApplication only for the fallback.
QImage previewImage(const QVideoFrame &frame, QSize atLeast);

} // namespace station::scan
