// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace station {
class Database;
}

namespace station::cli {

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

} // namespace station::cli
