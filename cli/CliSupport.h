// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

namespace station {
class Database;
class PersonalDataCodec;
} // namespace station

namespace station::cli {

// The CLI's messages share the translation context "cli".
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Exit codes shared by the subcommands.
enum ExitCode { ExitOk = 0, ExitProblem = 1, ExitUsage = 2, ExitFailure = 3 };

QTextStream &out();
QTextStream &err();

// Adds --data-dir and --help; parses; on a usage error prints it and returns false.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &summary);
QString dataDir(const QCommandLineParser &parser);

// Opens the station database in the data directory. With mustExist, a directory that
// holds no station is an error (nothing is created).
bool openStation(const QString &dataDir, Database &db, bool mustExist);

// Adds --site-passphrase and --site-passphrase-file (STATION_SITE_PASSPHRASE also works,
// keeping the passphrase out of the process list).
void addPassphraseOptions(QCommandLineParser &parser);
// The passphrase from the options or the environment; empty when none was given.
QString sitePassphrase(const QCommandLineParser &parser);
// The station's personal-data codec, unlocked with the passphrase; prints why not.
std::shared_ptr<PersonalDataCodec> unlockStation(Database &db, const QCommandLineParser &parser);

} // namespace station::cli
