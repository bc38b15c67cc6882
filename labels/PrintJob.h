// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelData.h"
#include "labels/LabelSize.h"

#include <QMetaType>
#include <QString>

#include <variant>

namespace station::labels {

// One thing to print, as a value: it is copied to a worker thread and printed there.
struct PrintJob {
    std::variant<TubeLabelData, BoxLabelData, BoxManifestData> content;
    LabelSize size = LabelSize::defaultSize(); // ignored by the manifest (A4)
    int dpi = 203;                             // the printer's resolution in dots per inch
    int copies = 1;

    static PrintJob tube(const TubeLabelData &data, const LabelSize &size = {}, int dpi = 203,
                         int copies = 1) {
        return {data, size, dpi, copies};
    }
    static PrintJob box(const BoxLabelData &data, const LabelSize &size = {}, int dpi = 203,
                        int copies = 1) {
        return {data, size, dpi, copies};
    }
    static PrintJob manifest(const BoxManifestData &data, int dpi = 300, int copies = 1) {
        return {data, LabelSize::defaultSize(), dpi, copies};
    }

    bool isTube() const { return std::holds_alternative<TubeLabelData>(content); }
    bool isBox() const { return std::holds_alternative<BoxLabelData>(content); }
    bool isManifest() const { return std::holds_alternative<BoxManifestData>(content); }
};

// What a backend reports; userMessage is translated and says what happened or what is wrong.
struct PrintResult {
    bool ok = false;
    QString userMessage;

    static PrintResult success(const QString &message = {}) { return {true, message}; }
    static PrintResult failure(const QString &message) { return {false, message}; }
};

} // namespace station::labels

Q_DECLARE_METATYPE(station::labels::PrintResult)
