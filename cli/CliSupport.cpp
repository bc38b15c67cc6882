// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

void addPassphraseOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("site-passphrase"),
                      QCoreApplication::translate(
                          "cli", "Site passphrase that unlocks personal data (or set "
                                 "STATION_SITE_PASSPHRASE, or use --site-passphrase-file)."),
                      QStringLiteral("PASSPHRASE")});
    parser.addOption({QStringLiteral("site-passphrase-file"),
                      QCoreApplication::translate("cli", "File whose first line is the site "
                                                         "passphrase."),
                      QStringLiteral("FILE")});
}

QString sitePassphrase(const QCommandLineParser &parser) {
    QString pass = parser.value(QStringLiteral("site-passphrase"));
    if (pass.isEmpty() && parser.isSet(QStringLiteral("site-passphrase-file"))) {
        QFile f(parser.value(QStringLiteral("site-passphrase-file")));
        if (f.open(QIODevice::ReadOnly))
            pass = QString::fromUtf8(f.readLine()).trimmed();
        else
            err() << QCoreApplication::translate("cli", "Cannot read %1: %2")
                         .arg(f.fileName(), f.errorString())
                  << '\n';
    }
    if (pass.isEmpty())
        pass = qEnvironmentVariable("STATION_SITE_PASSPHRASE");
    return pass;
}

std::shared_ptr<PersonalDataCodec> unlockStation(Database &db, const QCommandLineParser &parser) {
    auto codec = unlockPersonalData(db, sitePassphrase(parser));
    if (!codec.ok()) {
        err() << codec.message() << '\n';
        return {};
    }
    // Every audit row this command writes is signed with the unlocked key.
    db.setAuditSigner(codec.value());
    return codec.value();
}

} // namespace station::cli
