// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QImage>
#include <QString>

namespace station::test {

// Golden images for the scan tests, generated (never hand-picked): a rendered code placed on a
// 1280x720 camera-sized canvas, then one effect applied.
enum class GoldenEffect {
    None,             // black on white, mid-sized: the plain pass reads it
    Inverted,         // light modules on a dark screen (dark-mode phone)
    Small,            // a small QR far from the camera (about 1.2 px per module)
    Rotated,          // a Code 128 label turned 90 degrees
    Blurred,          // slightly out of focus with sensor noise
    Skewed,           // a Code 128 label held at 30 degrees
    SkewedUpsideDown, // the same at 200 degrees
    DarkPhone,        // light modules on a dark screen held up in front of a light desk
    DarkPhoneFar,     // the same far away (about 1.4 px per module)
};

struct GoldenImage {
    QImage image; // Format_RGB32, 1280x720
    scan::CodeFormat format;
    QString text;
};

GoldenImage makeGolden(scan::CodeFormat format, const QString &text, GoldenEffect effect);

// Deterministic noise and box blur (shared with the frame tests).
QImage addNoise(const QImage &image, int amplitude, quint32 seed);
QImage boxBlur(const QImage &image, int radius);

} // namespace station::test
