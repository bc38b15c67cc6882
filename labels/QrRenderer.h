// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/BarcodeModules.h"

#include <QCoreApplication>
#include <QPoint>

class QPainter;

namespace station::labels {

// QR code through ZXing-C++'s writer (error correction level M), with whole-dot modules and a
// 4-module quiet zone.
class QrRenderer {
    Q_DECLARE_TR_FUNCTIONS(station::labels::QrRenderer)
public:
    static constexpr int kQuietZoneModules = 4;

    explicit QrRenderer(int dpi)
        : m_dpi(dpi) {}

    MatrixModules encode(const QString &text) const;
    // The largest whole-dot module for which the symbol and quiet zone fit a square of
    // availableDots; error when even one dot is too large.
    BarcodeFit fit(const MatrixModules &matrix, int availableDots) const;
    static void paint(QPainter &painter, const MatrixModules &matrix, const BarcodeFit &fit,
                      QPoint topLeft);

private:
    int m_dpi;
};

} // namespace station::labels
