// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelSize.h"

#include <QRect>

namespace station::labels {

// Where each element of a small label goes, in printer dots. Both the painter layout and
// the ZPL encoder place their elements from this, so a Zebra label and a PDF/PNG label of
// the same job look the same.
struct LabelGeometry {
    int widthDots = 0;
    int heightDots = 0;
    int barcodeAreaLeft = 0;  // the barcode (quiet zones included) is centred in
    int barcodeAreaWidth = 0; // [barcodeAreaLeft, barcodeAreaLeft + barcodeAreaWidth)
    int barcodeTop = 0;
    int barcodeHeight = 0;
    QRect codeText;  // the human-readable code, centred
    QRect firstRow;  // site (left) and table (right)
    QRect secondRow; // date and time (left) and pool (right)
    int codeFontDots = 0;
    int rowFontDots = 0;

    // A box label with a QR code: the square (quiet zone included) on the left, three
    // lines of text (code, site, "Transfer box") to its right.
    QRect qrArea;
    QRect qrCodeText;
    QRect qrFirstRow;
    QRect qrSecondRow;

    // The layout of a tube or box label of this size at dpi.
    static LabelGeometry forLabel(const LabelSize &size, int dpi);
};

} // namespace station::labels
