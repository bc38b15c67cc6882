// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "table/TableWorkflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace station::cli {

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &summary,
                  int positionalAllowed) {
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("cli", "Station directory (default: %1).")
                          .arg(QDir::toNativeSeparators(defaultDataDir())),
                      QStringLiteral("DIR")});
    const QString command = args.value(0);
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n' << seeCommandHelp(command) << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << commandHelpText(parser, command);
        out().flush();
        ::exit(ExitOk);
    }
    if (parser.positionalArguments().size() > positionalAllowed) {
        err() << QCoreApplication::translate("cli", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().at(positionalAllowed))
              << '\n'
              << seeCommandHelp(command) << '\n';
        return false;
    }
    return true;
}

QString commandHelpText(const QCommandLineParser &parser, const QString &command) {
    return QCoreApplication::translate("cli", "Usage: sampling-station-cli %1 [options]")
               .arg(command) +
           QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 1);
}

QString seeCommandHelp(const QString &command) {
    return QCoreApplication::translate("cli", "Run sampling-station-cli %1 --help for its options.")
        .arg(command);
}

QString numberedReasons(const QStringList &reasons) {
    QString lines;
    for (int i = 0; i < reasons.size(); ++i)
        lines += QStringLiteral("  %1  %2\n").arg(i + 1).arg(reasons.at(i));
    return lines;
}

std::optional<QString> reasonFromAnswer(const QStringList &reasons, const QString &answer) {
    const QString text = answer.trimmed();
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (!isNumber)
        return text;
    if (number < 1 || number > reasons.size())
        return std::nullopt;
    return reasons.at(number - 1);
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

namespace {

// One line of `in` without its line end, read a character at a time: from standard input
// it takes no more than the line (the scans that follow stay for the command).
QString lineFrom(FILE *in) {
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(char(c));
    return QString::fromUtf8(line).trimmed();
}

} // namespace

QString secretFromFile(const QString &path) {
    if (path == QLatin1String("-"))
        return lineFrom(stdin);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("cli", "Cannot read %1: %2")
                     .arg(f.fileName(), f.errorString())
              << '\n';
        return {};
    }
    return QString::fromUtf8(f.readLine()).trimmed();
}

QString promptOnTerminal(const QString &prompt) {
#ifdef Q_OS_UNIX
    // Only when someone watches: a command run by a script or a test (its error output not a
    // terminal) fails at once instead of waiting for an answer.
    if (!isatty(STDERR_FILENO))
        return {};
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool canHide = tcgetattr(fileno(tty), &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &hidden);
    }
    const QString answer = lineFrom(tty);
    if (canHide)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fputc('\n', tty);
    std::fclose(tty);
    return answer;
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

void addPassphraseOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("site-passphrase-file"),
                      QCoreApplication::translate(
                          "cli", "File whose first line is the site passphrase that unlocks "
                                 "personal data (- for standard input; or set "
                                 "STATION_SITE_PASSPHRASE; otherwise it is asked on the "
                                 "terminal)."),
                      QStringLiteral("FILE")});
}

QString sitePassphrase(const QCommandLineParser &parser) {
    if (parser.isSet(QStringLiteral("site-passphrase-file")))
        return secretFromFile(parser.value(QStringLiteral("site-passphrase-file")));
    if (qEnvironmentVariableIsSet("STATION_SITE_PASSPHRASE"))
        return qEnvironmentVariable("STATION_SITE_PASSPHRASE").trimmed();
    return promptOnTerminal(QCoreApplication::translate("cli", "Site passphrase: "));
}

QString requireSitePassphrase(const QCommandLineParser &parser) {
    const QString passphrase = sitePassphrase(parser);
    if (!passphrase.isEmpty())
        return passphrase;
    const QString file = parser.value(QStringLiteral("site-passphrase-file"));
    if (!parser.isSet(QStringLiteral("site-passphrase-file")))
        err() << CliText::tr("No site passphrase was given. Give it with --site-passphrase-file "
                             "FILE, the environment variable STATION_SITE_PASSPHRASE, or at the "
                             "prompt on a terminal.")
              << '\n';
    else if (file == QLatin1String("-") || QFileInfo(file).isReadable())
        // (A file that cannot be read was already named by secretFromFile().)
        err() << CliText::tr("No site passphrase was given: the first line of %1 is empty.")
                     .arg(file == QLatin1String("-") ? CliText::tr("standard input")
                                                     : QDir::toNativeSeparators(file))
              << '\n';
    return {};
}

void addOperatorOptions(QCommandLineParser &parser, const QString &operatorHelp) {
    parser.addOption({QStringLiteral("operator"), operatorHelp, QStringLiteral("ID")});
    parser.addOption({QStringLiteral("pin-file"),
                      QCoreApplication::translate(
                          "cli", "File whose first line is the operator's PIN (- for standard "
                                 "input; or set STATION_OPERATOR_PIN; otherwise the PIN is asked "
                                 "on the terminal)."),
                      QStringLiteral("FILE")});
}

QString operatorPin(const QCommandLineParser &parser) {
    if (parser.isSet(QStringLiteral("pin-file")))
        return secretFromFile(parser.value(QStringLiteral("pin-file")));
    if (qEnvironmentVariableIsSet("STATION_OPERATOR_PIN"))
        return qEnvironmentVariable("STATION_OPERATOR_PIN").trimmed();
    return promptOnTerminal(QCoreApplication::translate("cli", "PIN: "));
}

Result<OperatorRef> signInOperator(StationStore &store, const QString &staffId,
                                   const QCommandLineParser &parser) {
    if (staffId.isEmpty()) {
        const DomainError e = makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("cli", "Name the operator with --operator STAFF_ID: "
                                               "every record says who made it."));
        err() << e.message << '\n';
        return e;
    }
    const QString pin = operatorPin(parser);
    if (pin.isEmpty()) {
        const DomainError e = makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("cli", "No PIN was given for %1. Give it with --pin-file, "
                                               "STATION_OPERATOR_PIN or at the prompt on a "
                                               "terminal.")
                .arg(staffId));
        err() << e.message << '\n';
        return e;
    }
    const Result<OperatorRef> op = checkOperatorPin(store, staffId, pin);
    if (!op) {
        err() << op.message() << '\n';
        return op;
    }
    // A one-time PIN opens nothing but the choice of one's own PIN.
    if (op->mustSetOwnPin) {
        const DomainError e = makeError(
            ErrorCode::PinChangeRequired,
            QCoreApplication::translate("cli", "%1 signed in with a one-time PIN: choose your own "
                                               "first with sampling-station-cli operator set-pin "
                                               "--operator %1")
                .arg(staffId));
        err() << e.message << '\n';
        return e;
    }
    return op;
}

OperatorSession actAsOperator(Database &db, StationStore &store, const QCommandLineParser &parser) {
    OperatorSession session;
    const std::optional<StationIdentity> identity = store.identity();
    if (!identity) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        session.exitCode = ExitFailure;
        return session;
    }
    session.identity = *identity;
    session.codec = unlockStation(db, parser);
    if (!session.codec) {
        session.exitCode = ExitFailure;
        return session;
    }
    const Result<OperatorRef> op =
        signInOperator(store, parser.value(QStringLiteral("operator")).trimmed(), parser);
    if (!op) {
        session.exitCode = op.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
        return session;
    }
    session.op = op.value();
    return session;
}

std::shared_ptr<PersonalDataCodec> unlockStation(Database &db, const QCommandLineParser &parser,
                                                 UnlockMode mode) {
    // A station without a data key is refused before a passphrase is asked for.
    if (!StationKeyring(db).exists()) {
        err() << StationKeyring::missingKey().message << '\n';
        return {};
    }
    const QString passphrase = requireSitePassphrase(parser);
    if (passphrase.isEmpty())
        return {};
    auto codec = unlockPersonalData(db, passphrase, mode);
    if (!codec.ok()) {
        err() << codec.message() << '\n';
        return {};
    }
    // Every audit row this command writes is signed with the unlocked key.
    db.setAuditSigner(codec.value());
    return codec.value();
}

} // namespace station::cli
