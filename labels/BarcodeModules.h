// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <vector>

namespace station::labels {

// How a barcode sits on the label: whole printer dots per module, quiet zones included.
struct BarcodeFit {
    int moduleDots = 0; // width of one module in printer dots; 0 when it does not fit
    int quietDots = 0;  // quiet zone on each side
    int symbolDots = 0; // the bars (or the QR matrix) without quiet zones
    int totalDots = 0;  // quiet + symbol + quiet
    QString error;      // translated; why it does not fit
    bool ok() const { return moduleDots > 0; }
};

// One row of Code 128 modules (true = bar), without quiet zones.
struct LinearModules {
    std::vector<bool> modules;
    QString error; // translated; why the text cannot be encoded
    bool ok() const { return error.isEmpty() && !modules.empty(); }
    int size() const { return static_cast<int>(modules.size()); }
};

// A square QR matrix (true = dark), without quiet zone.
struct MatrixModules {
    int size = 0;
    std::vector<bool> modules; // row-major, size * size
    QString error;
    bool ok() const { return error.isEmpty() && size > 0; }
    bool at(int x, int y) const { return modules[static_cast<size_t>(y * size + x)]; }
};

} // namespace station::labels
