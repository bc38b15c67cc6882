// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace station::labels {

// One printer language or output, chosen by how its address begins.
struct PrinterKind {
    QString prefix;      // "zpl://", "cups:"...; empty: any address no other prefix claims
    QString syntax;      // "zpl://HOST[:PORT]", translated: for help texts and messages
    QString description; // translated: what it prints to, and how
    // The printer for `target`, the address without its prefix (never empty); nullptr with
    // *error set (translated) when the target is not usable.
    std::function<std::unique_ptr<LabelPrinter>(const QString &target, QString *error)> create;
};

// Printer addresses as typed in settings and on the command line, mapped by prefix to their
// backends. A new printer language is one PrinterKind: labelBackends() for those of this
// layer, add() for those of a layer above (widgets/ adds the system printers).
class PrinterRegistry {
    Q_DECLARE_TR_FUNCTIONS(station::labels::PrinterRegistry)
public:
    // This layer's backends:
    //   zpl://HOST[:PORT]   Zebra ZPL over TCP (port 9100 by default)
    //   zpl-file:PATH       ZPL written to a file or device
    //   cups:QUEUE          PDF through CUPS (lp)
    //   cups-raw:QUEUE      ZPL through a raw CUPS queue (lp -o raw)
    //   pdf:PATH, png:PATH  files
    static PrinterRegistry labelBackends();

    void add(PrinterKind kind);
    const QList<PrinterKind> &kinds() const { return m_kinds; }

    // The kind with the longest prefix that starts `address`, else the catch-all kind (empty
    // prefix) if there is one; nullptr otherwise.
    const PrinterKind *kindOf(const QString &address) const;
    // nullptr with *error set (translated) when the address is not understood.
    std::unique_ptr<LabelPrinter> create(const QString &address, QString *error) const;
    // "zpl://HOST[:PORT], zpl-file:PATH, ... or png:PATH", translated.
    QString syntaxHelp() const;
    // One line a kind, "syntax: description" (tooltips and help).
    QString kindsHelp() const;

private:
    QList<PrinterKind> m_kinds;
};

} // namespace station::labels
