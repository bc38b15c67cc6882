// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QSize>
#include <QVideoFrameFormat>

namespace station::scan {

// One format a camera offers, reduced to what the choice looks at.
struct CameraFormatInfo {
    QSize resolution;
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    float maxFrameRate = 0;
};

// Picks the format to scan with: 1280x720 if offered (else the closest size of at least
// 640x480), at 15 fps or more, MJPEG (full frame rate over USB 2) or a YUV format whose Y plane
// is read in place; RGB and others last. Returns -1 for an empty list.
int preferredCameraFormat(const QList<CameraFormatInfo> &formats);

} // namespace station::scan
