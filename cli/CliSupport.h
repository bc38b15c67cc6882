// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"
#include "core/security/PersonalDataAccess.h"

namespace station {
class Database;
class PersonalDataCodec;
class StationStore;
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

// Adds --data-dir and --help; parses; on a usage error prints it (with where to find the
// command's options) and returns false. `args` starts with the command's name; at most
// `positionalAllowed` arguments that are no option are taken.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &summary,
                  int positionalAllowed = 0);
// The command's --help: "Usage: sampling-station-cli COMMAND [options]", then Qt's
// description and options (whose own first line would name the executable's path).
QString commandHelpText(const QCommandLineParser &parser, const QString &command);
// "Run sampling-station-cli COMMAND --help for its options." after a usage error.
QString seeCommandHelp(const QString &command);
QString dataDir(const QCommandLineParser &parser);

// The usual reasons the window offers (e.g. TableWorkflow::sealEarlyReasons()), numbered from
// 1 as the window numbers them, one an indented line.
QString numberedReasons(const QStringList &reasons);
// A reason answered as the window takes it: a number picks that usual reason (its text is
// what is recorded), any other text is the reason as typed (trimmed). std::nullopt: a number
// that is none of the reasons' numbers.
std::optional<QString> reasonFromAnswer(const QStringList &reasons, const QString &answer);

// Opens the station database in the data directory. With mustExist, a directory that
// holds no station is an error (nothing is created).
bool openStation(const QString &dataDir, Database &db, bool mustExist);

// Secrets never come as a command-line value (any local user reads /proc/PID/cmdline): they
// come from a file (its first line; "-" is standard input), from the environment, or from a
// prompt on the terminal (/dev/tty, not echoed).

// The first line of `path` ("-": standard input), trimmed; prints why not and returns an
// empty string when it cannot be read.
QString secretFromFile(const QString &path);
// Asks on the controlling terminal without echo; empty when there is no terminal or the
// error output is not one (run by a script).
QString promptOnTerminal(const QString &prompt);

// Adds --site-passphrase-file (STATION_SITE_PASSPHRASE also works; otherwise the passphrase is
// asked on the terminal).
void addPassphraseOptions(QCommandLineParser &parser);
// The passphrase from the file, the environment or the terminal; empty when none was given.
QString sitePassphrase(const QCommandLineParser &parser);
// The same, for a command that cannot go on without it: when none was given it says so (not
// "wrong passphrase") and how to give one, and returns an empty string.
QString requireSitePassphrase(const QCommandLineParser &parser);
// The station's personal-data codec, unlocked with the passphrase; prints why not.
std::shared_ptr<PersonalDataCodec> unlockStation(Database &db, const QCommandLineParser &parser,
                                                 UnlockMode mode = UnlockMode::Write);

// Adds --operator ID and --pin-file FILE: a command that records, reveals or reserves acts as
// an operator who proves their PIN, as at the window.
void addOperatorOptions(QCommandLineParser &parser, const QString &operatorHelp);
// The PIN from --pin-file, STATION_OPERATOR_PIN, or the terminal (not standard input, which
// may carry scans). Empty when there is none.
QString operatorPin(const QCommandLineParser &parser);
// Checks the PIN of `staffId` as the sign-in screen does (wrong PINs count towards the
// lock-out, a locked-out or disabled operator is refused, both in core; one who holds a
// one-time PIN is sent to `operator set-pin`); prints why not. A missing
// operator or PIN is InvalidInput (a usage error).
Result<OperatorRef> signInOperator(StationStore &store, const QString &staffId,
                                   const QCommandLineParser &parser);

// What a command that records acts through: a provisioned station, unlocked with the site
// passphrase, and the --operator who proved their PIN. Prints why not; `exitCode` is then
// how the command ends (a missing operator or PIN is a usage error).
struct OperatorSession {
    StationIdentity identity;
    std::shared_ptr<PersonalDataCodec> codec;
    OperatorRef op;
    int exitCode = 0;
    bool ok() const { return exitCode == 0; }
};
OperatorSession actAsOperator(Database &db, StationStore &store, const QCommandLineParser &parser);

} // namespace station::cli
