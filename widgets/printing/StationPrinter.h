// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"
#include "labels/PrinterRegistry.h"

#include <QCoreApplication>

#include <memory>

namespace station::widgets {

// The printer named in the station's settings: a printer address (zpl://HOST, zpl-file:,
// cups:, cups-raw:, pdf:, png:) goes to its labels backend; any other name is a system
// printer, printed through QPrinter (registered here: PrintSupport is a widgets module).
class StationPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::widgets::StationPrinter)
public:
    // nullptr when `name` is empty (no printer set up) or not a valid address (`*error`
    // then says why, translated).
    static std::shared_ptr<labels::LabelPrinter> create(const QString &name, QString *error);
    // The station's printer: labels to `labelPrinter`, manifests to `manifestPrinter` when
    // one is named. nullptr when neither is set up or one of them is not a valid address.
    static std::shared_ptr<labels::LabelPrinter>
    create(const QString &labelPrinter, const QString &manifestPrinter, QString *error);
    // The labels' backends plus the system printers, for any name no prefix claims.
    static labels::PrinterRegistry registry();
};

} // namespace station::widgets
