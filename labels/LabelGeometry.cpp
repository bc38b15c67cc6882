// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelGeometry.h"

#include <algorithm>

namespace station::labels {

LabelGeometry LabelGeometry::forLabel(const LabelSize &size, int dpi) {
    LabelGeometry g;
    g.widthDots = size.widthDots(dpi);
    g.heightDots = size.heightDots(dpi);
    const int H = g.heightDots;

    // Printers register labels to about +-1 mm; keep ink 1.5 mm from the edges, but let
    // the barcode's quiet zones (which are blank) run to 1 mm.
    const int sideMargin = mmToDots(2.0, dpi);
    const int edge = mmToDots(1.5, dpi);
    g.barcodeAreaLeft = mmToDots(1.0, dpi);
    g.barcodeAreaWidth = g.widthDots - 2 * g.barcodeAreaLeft;

    g.codeFontDots = std::min(static_cast<int>(H * 0.12), mmToDots(4.5, dpi));
    g.rowFontDots = std::min(static_cast<int>(H * 0.085), mmToDots(3.2, dpi));
    const int codeRow = g.codeFontDots * 5 / 4;
    const int infoRow = g.rowFontDots * 5 / 4;
    const int gapAfterBars = mmToDots(0.6, dpi);
    const int gapAfterCode = mmToDots(0.4, dpi);

    const int textBlock = gapAfterBars + codeRow + gapAfterCode + 2 * infoRow;
    const int maxBars = mmToDots(15.0, dpi); // taller does not scan better
    g.barcodeHeight = std::min(maxBars, H - 2 * edge - textBlock);
    // Centre the whole block vertically when the label is taller than needed.
    const int used = g.barcodeHeight + textBlock;
    g.barcodeTop = edge + std::max(0, (H - 2 * edge - used) / 2);

    int y = g.barcodeTop + g.barcodeHeight + gapAfterBars;
    g.codeText = QRect(sideMargin, y, g.widthDots - 2 * sideMargin, codeRow);
    y += codeRow + gapAfterCode;
    g.firstRow = QRect(sideMargin, y, g.widthDots - 2 * sideMargin, infoRow);
    y += infoRow;
    g.secondRow = QRect(sideMargin, y, g.widthDots - 2 * sideMargin, infoRow);

    const int side = std::min(H - 2 * edge, g.widthDots * 2 / 5);
    g.qrArea = QRect(g.barcodeAreaLeft, (H - side) / 2, side, side);
    const int textLeft = g.qrArea.right() + 1 + mmToDots(1.0, dpi);
    const int textWidth = g.widthDots - sideMargin - textLeft;
    const int block = codeRow + gapAfterCode + 2 * infoRow;
    int ty = (H - block) / 2;
    g.qrCodeText = QRect(textLeft, ty, textWidth, codeRow);
    ty += codeRow + gapAfterCode;
    g.qrFirstRow = QRect(textLeft, ty, textWidth, infoRow);
    g.qrSecondRow = QRect(textLeft, ty + infoRow, textWidth, infoRow);
    return g;
}

} // namespace station::labels
