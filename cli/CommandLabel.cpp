// SPDX-License-Identifier: GPL-3.0-or-later
// sampling-station-cli label: writes a tube or box label to a PDF, PNG or ZPL file.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "cli/LabelJobOptions.h"
#include "labels/PdfFileBackend.h"
#include "labels/PngFileBackend.h"
#include "labels/ZplFileBackend.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace station::cli {

int runLabel(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Write a tube or box label to a file."));
    parser.addHelpOption();
    addLabelJobOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QCoreApplication::translate("cli", "pdf, png or zpl."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"), QCoreApplication::translate("cli", "The file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("data-dir"), QCoreApplication::translate("cli", "Unused by label."),
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
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << QCoreApplication::translate("cli", "Give the file to write with --out FILE.")
            << '\n';
        return 2;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    std::unique_ptr<labels::LabelPrinter> backend;
    if (format == QLatin1String("pdf"))
        backend = std::make_unique<labels::PdfFileBackend>(path);
    else if (format == QLatin1String("png"))
        backend = std::make_unique<labels::PngFileBackend>(path);
    else if (format == QLatin1String("zpl"))
        backend = std::make_unique<labels::ZplFileBackend>(path);
    else {
        err << QCoreApplication::translate("cli", "--format must be pdf, png or zpl, not \"%1\".")
                   .arg(parser.value(QStringLiteral("format")))
            << '\n';
        return 2;
    }
    const labels::PrintResult result = backend->print(*job);
    if (!result.ok) {
        err << result.userMessage << '\n';
        return 1;
    }
    out << result.userMessage << '\n';
    return 0;
}

} // namespace station::cli
