// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QImage>
#include <QString>

namespace station::scan {

// Draws a QR code or Code 128 symbol as a black-on-white Grayscale8 image with whole-pixel
// modules (ZXing's writer, kept behind our interface like the reader). For test images,
// benchmark corpora and labels. Returns a null image when the text cannot be encoded.
QImage renderCode(CodeFormat format, const QString &text, int moduleSize, int quietZoneModules = 4,
                  int barHeight = 0 /* Code128; 0 = 30 modules */);

} // namespace station::scan
