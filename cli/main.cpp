// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/PrivateFiles.h"
#include "translations/StationTranslation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>

using namespace station::cli;

namespace {

// The one list of subcommands. Add a line here and a Command*.cpp file.
const CliCommand kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("cli", "Provision a station non-interactively"), runInit},
    {"check", QT_TRANSLATE_NOOP("cli", "Check the database and print counts"), runCheck},
    {"resident-code", QT_TRANSLATE_NOOP("cli", "Write a resident code (text and PNG)"),
     runResidentCode},
    {"signed-codes",
     QT_TRANSLATE_NOOP("cli",
                       "Show the province's resident-code key; accept unsigned codes or not"),
     runSignedCodes},
    {"export", QT_TRANSLATE_NOOP("cli", "Export samples and tubes as JSON or CSV"), runExport},
    {"simulate", QT_TRANSLATE_NOOP("cli", "Generate realistic scan sessions for demos and tests"),
     runSimulate},
    // Labels for new tubes are laid out as the window lays them out: QGuiApplication.
    {"scan",
     QT_TRANSLATE_NOOP("cli", "Take scans from standard input at a table, as the window does"),
     runScan, true},
    {"decode", QT_TRANSLATE_NOOP("cli", "Decode codes from images and video files"), runDecode},
    {"label", QT_TRANSLATE_NOOP("cli", "Write a tube or box label (PDF, PNG or ZPL)"), runLabel,
     true},
    {"print", QT_TRANSLATE_NOOP("cli", "Print a tube or box label on a Zebra or CUPS printer"),
     runPrint, true},
    {"report", QT_TRANSLATE_NOOP("cli", "Write the shift report of a day (PDF or CSV)"), runReport,
     true},
    {"sync", QT_TRANSLATE_NOOP("cli", "Upload pending records to the server once (headless)"),
     runSync},
    {"sync-problems",
     QT_TRANSLATE_NOOP("cli",
                       "List the sync problems (records not taken, site notes) and what to do"),
     runSyncProblems},
    {"join",
     QT_TRANSLATE_NOOP("cli", "Join a site hub with the join code it shows (scanned or typed)"),
     runJoin},
    {"site-check",
     QT_TRANSLATE_NOOP("cli", "Ask the server whether a person or tube code was seen at the site"),
     runSiteCheck},
    {"site-facts",
     QT_TRANSLATE_NOOP("cli", "Fetch the other tables' facts for the site-wide rules of scan"),
     runSiteFacts},
    {"recalls",
     QT_TRANSLATE_NOOP("cli", "List the site's recalls (待复核): people to sample again alone"),
     runRecalls},
    {"tube-code",
     QT_TRANSLATE_NOOP("cli", "Check a tube code, or reserve station-generated codes for labels"),
     runTubeCode},
    {"tube", QT_TRANSLATE_NOOP("cli", "Seal or void the tube left open (after a crash)"), runTube},
    {"box",
     QT_TRANSLATE_NOOP("cli",
                       "List the site's boxes waiting for the courier, show one, hand one over"),
     runBox},
    {"purge",
     QT_TRANSLATE_NOOP("cli", "Destroy acknowledged personal data older than the retention period"),
     runPurge},
    {"backup",
     QT_TRANSLATE_NOOP("cli", "Write a backup of the station (without what the province has)"),
     runBackup},
    {"operator",
     QT_TRANSLATE_NOOP("cli", "Manage the staff: add, list, disable, reset PINs, roles, import"),
     runOperator},
    {"id-reveals",
     QT_TRANSLATE_NOOP("cli", "List who saw which full ID numbers, when and why (site lead)"),
     runIdReveals},
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

// Label commands lay out text, which needs QGuiApplication; the others stay Core-only.
bool commandNeedsGui(int argc, char **argv) {
    if (argc < 2)
        return false;
    for (const CliCommand &c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0)
            return c.needsGui;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv) {
    if (!commandNeedsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A command-line tool never opens a window: render off screen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv) {
    // Before anything is written: the station's files are its user's only.
    station::restrictNewFilesToOwner();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sampling-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("SamplingStation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
    // The window's translations, in the language of the system locale (as the window's default).
    // Qt's own too (QCommandLineParser's "Usage:", "Options:" and its refusals), from
    // qt6-translations-l10n. The default locale stays the system's: command output that
    // scripts read (numbers, times, JSON) must not change with the interface language.
    const QString language = station::chooseLanguage();
    QTranslator translator;
    if (station::loadStationTranslation(translator, language))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (station::loadQtTranslation(qtTranslator, language))
        QCoreApplication::installTranslator(&qtTranslator);

    // Progress notes stay out of command output; QT_LOGGING_RULES still overrides.
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
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
        if (args.first() == QLatin1String(c.name)) {
            const int code = c.run(args);
            // A command has committed and closed everything it wrote by the time it returns.
            // What is left is the process's teardown, where one `sync` in several hundred
            // aborted on a loaded machine ("double free or corruption") after its last line
            // was out (not reproduced since; we suspect a Qt network worker thread outliving its
            // join and racing the exit-time cleanup of OpenSSL and Qt). The outcome the caller
            // reads is the exit code, so end here, output flushed, without that teardown.
            ::station::cli::out().flush();
            ::station::cli::err().flush();
            out.flush();
            err.flush();
            std::fflush(nullptr);
            std::_Exit(code);
        }
    }
    err << (args.first().startsWith(QLatin1Char('-'))
                ? QCoreApplication::translate("cli", "Unknown option: %1")
                : QCoreApplication::translate("cli", "Unknown command: %1"))
               .arg(args.first())
        << '\n';
    usage(err);
    return 2;
}
