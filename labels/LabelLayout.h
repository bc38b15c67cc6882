// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelData.h"
#include "labels/LabelGeometry.h"
#include "labels/LabelSize.h"
#include "labels/PrintJob.h"

#include <QCoreApplication>

class QPainter;

namespace station::labels {

// Draws tube and box labels as vectors onto any QPainter whose coordinates are printer
// dots at dpi (a QImage of widthDots x heightDots, a QPdfWriter or QPrinter set to dpi).
// The label occupies (0, 0)..(widthDots, heightDots).
class LabelLayout {
    Q_DECLARE_TR_FUNCTIONS(station::labels::LabelLayout)
public:
    LabelLayout(const LabelSize &size, int dpi);

    const LabelGeometry &geometry() const { return m_geometry; }

    // Whether the label can be printed (barcode encodable and fits); nothing is drawn.
    PrintResult checkTube(const TubeLabelData &data) const;
    PrintResult checkBox(const BoxLabelData &data) const;

    PrintResult paintTube(QPainter &painter, const TubeLabelData &data) const;
    PrintResult paintBox(QPainter &painter, const BoxLabelData &data) const;

    // The texts of the two info rows, shared with the ZPL encoder.
    static QString siteText(const QString &siteName, const QString &siteCode);
    static QString tableText(int tableNumber);
    static QString timeText(const QDateTime &time);
    static QString poolText(int poolSize);

private:
    PrintResult paintQrBoxLabel(QPainter &painter, const BoxLabelData &data) const;
    PrintResult paintCodeLabel(QPainter &painter, const QString &code, const QString &row1Left,
                               const QString &row1Right, const QString &row2Left,
                               const QString &row2Right) const;

    LabelSize m_size;
    int m_dpi;
    LabelGeometry m_geometry;
};

} // namespace station::labels
