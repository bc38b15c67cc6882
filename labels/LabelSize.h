// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSizeF>
#include <QString>
#include <QVector>

#include <optional>

namespace station::labels {

// The physical size of a label on the roll, in millimetres (width across the print head).
struct LabelSize {
    double widthMm = 50.0;
    double heightMm = 25.0;

    static LabelSize defaultSize() { return {50.0, 25.0}; }
    // The sizes offered in the settings: 50x25 (default), 40x30, 60x40.
    static QVector<LabelSize> offered();
    // Parses "50x25" (also "50X25", "50×25", "50.5x25"); nullopt when not a size or out of
    // the range a label printer handles (10..210 mm).
    static std::optional<LabelSize> parse(const QString &text);

    QString toString() const; // "50x25"
    QSizeF sizeMm() const { return {widthMm, heightMm}; }
    int widthDots(int dpi) const;
    int heightDots(int dpi) const;

    bool operator==(const LabelSize &o) const {
        return widthMm == o.widthMm && heightMm == o.heightMm;
    }
    bool operator!=(const LabelSize &o) const { return !(*this == o); }
};

// Millimetres to printer dots at dpi, rounded to the nearest dot.
int mmToDots(double mm, int dpi);
double dotsToMm(int dots, int dpi);

} // namespace station::labels
