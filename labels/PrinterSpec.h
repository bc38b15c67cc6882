// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>

#include <memory>

namespace station::labels {

// Printer addresses as typed in settings and on the command line:
//   zpl://HOST[:PORT]   Zebra ZPL over TCP (port 9100 by default)
//   zpl-file:PATH       ZPL written to a file or device
//   cups:QUEUE          PDF through CUPS (lp)
//   cups-raw:QUEUE      ZPL through a raw CUPS queue (lp -o raw)
//   pdf:PATH, png:PATH  files
class PrinterSpec {
    Q_DECLARE_TR_FUNCTIONS(station::labels::PrinterSpec)
public:
    // nullptr with *error set (translated) when the address is not understood.
    static std::unique_ptr<LabelPrinter> create(const QString &spec, QString *error);
    static QString syntaxHelp();
};

} // namespace station::labels
