// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <iterator>

using namespace station::cli;

namespace {

// The one list of subcommands. Add a line here and a Command*.cpp file.
const CliCommand kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("cli", "Provision a station non-interactively"), runInit},
    {"check", QT_TRANSLATE_NOOP("cli", "Check the database and print counts"), runCheck},
    {"resident-code", QT_TRANSLATE_NOOP("cli", "Write a resident code (text and PNG)"),
     runResidentCode},
    {"report", QT_TRANSLATE_NOOP("cli", "Write the shift report of a day (PDF or CSV)"), runReport},
};

int usage(QTextStream &out) {
    out << QCoreApplication::translate("cli", "Usage: sampling-station-cli COMMAND [options]")
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const CliCommand &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(16) << ' '
            << QCoreApplication::translate("cli", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("cli", "Every command takes --data-dir DIR and --help.")
        << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    // Drawing reports and labels needs fonts, and fonts need a QGuiApplication; the CLI
    // never shows a window, so it runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sampling-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("SamplingStation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help"))
        return usage(out);
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "sampling-station-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const CliCommand &c : kCommands) {
        if (args.first() == QLatin1String(c.name))
            return c.run(args);
    }
    err << QCoreApplication::translate("cli", "Unknown command: %1").arg(args.first()) << '\n';
    usage(err);
    return 2;
}
