// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace station::cli {

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &summary) {
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("cli", "Station directory (default: %1).")
                          .arg(QDir::toNativeSeparators(defaultDataDir())),
                      QStringLiteral("DIR")});
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        ::exit(ExitOk);
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("cli", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().first())
              << '\n';
        return false;
    }
    return true;
}

QString dataDir(const QCommandLineParser &parser) {
    const QString d = parser.value(QStringLiteral("data-dir"));
    return d.isEmpty() ? defaultDataDir() : d;
}

bool openStation(const QString &dir, Database &db, bool mustExist) {
    const QString path = databasePath(dir);
    if (mustExist && !QFileInfo::exists(path)) {
        err() << QCoreApplication::translate(
                     "cli", "No station in %1. Provision one with: sampling-station-cli init")
                     .arg(QDir::toNativeSeparators(dir))
              << '\n';
        return false;
    }
    const Status s = db.open(path);
    if (!s.ok()) {
        err() << s.message() << '\n';
        return false;
    }
    return true;
}

} // namespace station::cli
