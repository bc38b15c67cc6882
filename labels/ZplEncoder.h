// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/PrintJob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace station::labels {

struct LabelGeometry;

// Tube and box labels as Zebra ZPL II, with the printer's own Code 128 (^BC) rather than
// a raster, placed from the same LabelGeometry as the painted labels. Copies become ^PQ.
class ZplEncoder {
    Q_DECLARE_TR_FUNCTIONS(station::labels::ZplEncoder)
public:
    // Empty with *error set when the job cannot be a ZPL label (a manifest, a code that
    // does not fit the label).
    static QByteArray encode(const PrintJob &job, QString *error = nullptr);

    // The ^FD data of a ^BC field in mode N with explicit subsets: `>;` starts subset C,
    // `>:` subset B, `>5`/`>6` switch to C/B. Runs of digits go into subset C (even
    // lengths; a lone digit stays in B), the same choice ZXing's writer makes.
    static QString code128FieldData(const QString &code);

    // Text for a ^FH_ field: `_`, `^` and `~` written as hex escapes.
    static QString escapeText(const QString &text);

private:
    static QByteArray encodeQrBox(const BoxLabelData &box, const LabelGeometry &g, int dpi,
                                  int copies, QString *error);
};

} // namespace station::labels
