// SPDX-License-Identifier: GPL-3.0-or-later
// sampling-station-cli print: sends a tube or box label to a printer (Zebra over TCP,
// CUPS through lp, or a file), the same backends the station's UI uses.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "cli/LabelJobOptions.h"
#include "labels/PrinterRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

namespace station::cli {

int runPrint(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const labels::PrinterRegistry printers = labels::PrinterRegistry::labelBackends();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Print a tube or box label."));
    parser.addHelpOption();
    addLabelJobOptions(parser);
    parser.addOptions({
        {QStringLiteral("printer"),
         QCoreApplication::translate("cli", "Where to print: %1.").arg(printers.syntaxHelp()),
         QStringLiteral("PRINTER")},
        {QStringLiteral("data-dir"), QCoreApplication::translate("cli", "Unused by print."),
         QStringLiteral("DIR")},
    });
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << seeCommandHelp(args.value(0)) << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelpText(parser, args.value(0));
        return 0;
    }
    QString error;
    const std::optional<labels::PrintJob> job = labelJobFromOptions(parser, &error);
    if (!job) {
        err << error << '\n';
        return 2;
    }
    if (!parser.isSet(QStringLiteral("printer"))) {
        err << QCoreApplication::translate("cli", "Give the printer with --printer %1.")
                   .arg(printers.syntaxHelp())
            << '\n';
        return 2;
    }
    const auto printer = printers.create(parser.value(QStringLiteral("printer")), &error);
    if (!printer) {
        err << error << '\n';
        return 2;
    }
    const labels::PrintResult result = printer->print(*job);
    if (!result.ok) {
        err << result.userMessage << '\n';
        return 1;
    }
    out << result.userMessage << '\n';
    return 0;
}

} // namespace station::cli
