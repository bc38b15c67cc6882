// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/BarcodeModules.h"

#include <QCoreApplication>
#include <QPoint>

class QPainter;

namespace station::labels {

// Code 128 through ZXing-C++'s writer, drawn with every module a whole number of printer
// dots so thermal printers do not smear or drop bars.
//
// ZXing-C++ 1.4's Code128Writer starts in subset C when the text begins with two digits
// and switches into C for any even run of four or more digits, so numeric tube codes are
// encoded in subset C (two digits per symbol); startsInSubsetC() lets tests check it.
class Code128Renderer {
    Q_DECLARE_TR_FUNCTIONS(station::labels::Code128Renderer)
public:
    static constexpr int kQuietZoneModules = 10; // ISO/IEC 15417 asks for at least 10
    static constexpr double kDefaultMaxModuleMm = 0.5;

    explicit Code128Renderer(int dpi, double maxModuleMm = kDefaultMaxModuleMm);

    // Printable ASCII (32..126), 1..80 characters; otherwise error says what is wrong.
    LinearModules encode(const QString &text) const;

    // The widest whole-dot module (at most maxModuleMm, at least one dot) for which the
    // symbol and both quiet zones fit availableDots; error when even one dot is too wide.
    BarcodeFit fit(const LinearModules &bars, int availableDots) const;

    // Paints the bars in black; topLeft is the left edge of the left quiet zone.
    static void paint(QPainter &painter, const LinearModules &bars, const BarcodeFit &fit,
                      QPoint topLeft, int heightDots);

    // True when the symbol's start character is Start C (bar/space widths 2 1 1 2 3 2).
    static bool startsInSubsetC(const LinearModules &bars);

    int dpi() const { return m_dpi; }

private:
    int m_dpi;
    double m_maxModuleMm;
};

} // namespace station::labels
