// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QImage>
#include <QList>
#include <QString>

namespace station::test {

// Writes frames as a Motion-JPEG AVI (RIFF: hdrl, movi with one 00dc chunk per frame, idx1):
// a video every media backend here reads (GStreamer avidemux + jpegdec, FFmpeg), made without
// any encoder package. Returns false when the file cannot be written.
bool writeMjpegAvi(const QString &path, const QList<QImage> &frames, int framesPerSecond,
                   int jpegQuality = 85);

} // namespace station::test
