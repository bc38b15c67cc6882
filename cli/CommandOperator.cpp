// SPDX-License-Identifier: GPL-3.0-or-later
// `operator add|list|disable|enable|reset-pin|unlock|set-role|set-pin|import|export`: the
// station's staff, managed by a site lead or administrator who proves their PIN (as every
// command that changes records), through core's StaffService, so the same roles are
// enforced, and the same audit rows and operator.changed records written, as in the window.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/staff/StaffService.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationStore.h"
#include "table/TableWorkflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace station::cli {

namespace {

class OperatorCommand {
    Q_DECLARE_TR_FUNCTIONS(station::cli::OperatorCommand)
};

using Tr = OperatorCommand;

// The subcommands that name whom they act on (or the file) as their first argument.
const QStringList kWithSubject = {QStringLiteral("disable"),   QStringLiteral("enable"),
                                  QStringLiteral("reset-pin"), QStringLiteral("unlock"),
                                  QStringLiteral("set-role"),  QStringLiteral("import"),
                                  QStringLiteral("export")};
const QStringList kSubcommands =
    QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("set-pin")} +
    kWithSubject;

int refusal(const DomainError &e) {
    err() << e.message << '\n';
    return e.code == ErrorCode::InvalidInput ? ExitProblem : ExitFailure;
}

// The new PIN from --new-pin-file, STATION_NEW_OPERATOR_PIN, or asked twice on the terminal.
QString newPin(const QCommandLineParser &p) {
    if (p.isSet(QStringLiteral("new-pin-file")))
        return secretFromFile(p.value(QStringLiteral("new-pin-file")));
    if (qEnvironmentVariableIsSet("STATION_NEW_OPERATOR_PIN"))
        return qEnvironmentVariable("STATION_NEW_OPERATOR_PIN").trimmed();
    const QString first = promptOnTerminal(Tr::tr("Choose your new PIN (6-12 digits): "));
    if (first.isEmpty())
        return {};
    if (promptOnTerminal(Tr::tr("The new PIN again: ")) != first) {
        err() << Tr::tr("The two PINs differ.") << '\n';
        return {};
    }
    return first;
}

// Signs the acting operator in with their PIN. One who holds a one-time PIN chooses their
// own now (the core refuses them everything else until they do); `pinSet` says so, and
// `pinUsed` receives the PIN they signed in with.
Result<OperatorRef> signInActing(StationStore &store, StaffService &staff,
                                 const QCommandLineParser &p, QString *pinUsed, bool *pinSet) {
    const QString staffId = p.value(QStringLiteral("operator")).trimmed();
    if (staffId.isEmpty()) {
        const DomainError e =
            makeError(ErrorCode::InvalidInput,
                      Tr::tr("Name who does this with --operator STAFF_ID (a site lead or the "
                             "station administrator): every change says who made it."));
        err() << e.message << '\n';
        return e;
    }
    const QString pin = operatorPin(p);
    if (pin.isEmpty()) {
        const DomainError e =
            makeError(ErrorCode::InvalidInput,
                      CliText::tr("No PIN was given for %1. Give it with --pin-file, "
                                  "STATION_OPERATOR_PIN or at the prompt on a "
                                  "terminal.")
                          .arg(staffId));
        err() << e.message << '\n';
        return e;
    }
    *pinUsed = pin;
    const Result<OperatorRef> op = checkOperatorPin(store, staffId, pin);
    if (!op) {
        err() << op.message() << '\n';
        return op;
    }
    if (!op->mustSetOwnPin)
        return op;
    err() << Tr::tr("%1 signed in with a one-time PIN and must choose their own now.").arg(staffId)
          << '\n';
    const QString chosen = newPin(p);
    if (chosen.isEmpty()) {
        const DomainError e = makeError(
            ErrorCode::InvalidInput,
            Tr::tr("No new PIN was given. Give it with --new-pin-file, STATION_NEW_OPERATOR_PIN "
                   "or at the prompt on a terminal."));
        err() << e.message << '\n';
        return e;
    }
    const Result<OperatorRef> changed = staff.setOwnPin(staffId, pin, chosen);
    if (!changed) {
        err() << changed.message() << '\n';
        return changed;
    }
    *pinSet = true;
    err() << Tr::tr("Your new PIN is set.") << '\n';
    return changed;
}

QString stateText(const StaffMember &m, const QDateTime &now) {
    if (!m.active)
        return Tr::tr("disabled");
    if (m.isLockedAt(now))
        return Tr::tr("locked until %1").arg(m.lockedUntil.toLocalTime().toString(Qt::ISODate));
    if (m.mustSetOwnPin)
        return Tr::tr("one-time PIN");
    return Tr::tr("active");
}

void printIssuedPin(const IssuedPin &issued) {
    out() << Tr::tr("One-time PIN for %1: %2").arg(issued.member.staffId, issued.oneTimePin) << '\n'
          << Tr::tr("Hand it over in person; %1 chooses their own PIN at the first sign-in.")
                 .arg(issued.member.staffId)
          << '\n';
}

std::optional<StaffRole> roleOption(const QCommandLineParser &p) {
    const std::optional<StaffRole> role = StaffRoleText::fromName(p.value(QStringLiteral("role")));
    if (!role)
        err() << Tr::tr("--role must be sampler, lead or administrator (采样员, 采样点负责人 or "
                        "设备管理员).")
              << '\n';
    return role;
}

} // namespace

int runOperator(const QStringList &args) {
    const QString sub = args.value(1);
    QStringList rest = args;
    QString subject;
    if (kSubcommands.contains(sub)) {
        rest.removeAt(1);
        if (kWithSubject.contains(sub) && rest.size() > 1 &&
            (!rest.at(1).startsWith(QLatin1Char('-')) || rest.at(1) == QLatin1String("-"))) {
            subject = rest.takeAt(1);
        }
    }
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("staff-id"), Tr::tr("add: staff ID of the new operator."),
         QStringLiteral("ID")},
        {QStringLiteral("name"), Tr::tr("add: name of the new operator."), QStringLiteral("NAME")},
        {QStringLiteral("role"),
         Tr::tr("add, set-role: sampler, lead or administrator (default for add: sampler)."),
         QStringLiteral("ROLE")},
        {QStringLiteral("phone"), Tr::tr("add: phone number (optional; stored encrypted)."),
         QStringLiteral("PHONE")},
        {QStringLiteral("new-pin-file"),
         Tr::tr("File whose first line is the acting operator's new PIN, when they must choose "
                "one or with set-pin (or set STATION_NEW_OPERATOR_PIN; otherwise it is asked on "
                "the terminal)."),
         QStringLiteral("FILE")},
        {QStringLiteral("site-administrator"),
         Tr::tr("reset-pin: authorised by the site passphrase alone, with no lead or "
                "administrator PIN (a forgotten PIN at night).")},
    });
    addOperatorOptions(p, Tr::tr("Staff id of the site lead or administrator who acts (set-pin: "
                                 "whose PIN)."));
    addPassphraseOptions(p);
    if (!parseCommand(
            p, rest,
            Tr::tr("operator add|list|disable ID|enable ID|reset-pin ID|unlock ID|set-role ID|"
                   "set-pin|import FILE|export FILE: the station's staff and their roles.")))
        return ExitUsage;
    if (!kSubcommands.contains(sub)) {
        err() << Tr::tr("Say what to do: operator add, list, disable, enable, reset-pin, unlock, "
                        "set-role, set-pin, import or export.")
              << '\n';
        return ExitUsage;
    }
    if (kWithSubject.contains(sub) && subject.isEmpty()) {
        err() << (sub == QLatin1String("import") || sub == QLatin1String("export")
                      ? Tr::tr("Name the file: operator %1 FILE.").arg(sub)
                      : Tr::tr("Name the operator: operator %1 STAFF_ID.").arg(sub))
              << '\n';
        return ExitUsage;
    }
    const bool bySitePassphrase = p.isSet(QStringLiteral("site-administrator"));
    if (bySitePassphrase && sub != QLatin1String("reset-pin")) {
        err() << Tr::tr("--site-administrator is for reset-pin only.") << '\n';
        return ExitUsage;
    }
    std::optional<StaffRole> role;
    if (sub == QLatin1String("set-role") ||
        (sub == QLatin1String("add") && p.isSet(QStringLiteral("role")))) {
        role = roleOption(p);
        if (!role)
            return ExitUsage;
    }
    NewStaffMember newMember;
    if (sub == QLatin1String("add")) {
        newMember = {p.value(QStringLiteral("staff-id")).trimmed(), p.value(QStringLiteral("name")),
                     role.value_or(StaffRole::Sampler), p.value(QStringLiteral("phone")).trimmed()};
        if (Status v = StaffService::validateMember(newMember); !v.ok()) {
            err() << v.message() << '\n';
            return ExitUsage;
        }
    }

    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    StationStore store(db);
    const std::optional<StationIdentity> identity = store.identity();
    if (!identity) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        return ExitFailure;
    }
    // Every change writes a record for the province (sealed with the data key) and phones are
    // stored encrypted: the site passphrase unlocks them.
    if (!StationKeyring(db).exists()) {
        err() << StationKeyring::missingKey().message << '\n';
        return ExitFailure;
    }
    const QString passphrase = requireSitePassphrase(p);
    if (passphrase.isEmpty())
        return ExitFailure;
    const auto codec = unlockPersonalData(db, passphrase);
    if (!codec) {
        err() << codec.message() << '\n';
        return ExitFailure;
    }
    db.setAuditSigner(codec.value());
    StaffService staff(db, *codec.value(), *identity);

    if (sub == QLatin1String("list")) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const StaffMember &m : staff.list())
            out() << m.staffId.leftJustified(12) << ' ' << m.name.leftJustified(16) << ' '
                  << StaffRoleText::displayName(m.role).leftJustified(22) << ' '
                  << stateText(m, now) << '\n';
        return ExitOk;
    }
    if (bySitePassphrase) {
        const Result<IssuedPin> issued = staff.resetPinWithSitePassphrase(subject, passphrase);
        if (!issued)
            return refusal(issued.error());
        printIssuedPin(issued.value());
        return ExitOk;
    }
    QString pin;
    bool pinSet = false;
    const Result<OperatorRef> by = signInActing(store, staff, p, &pin, &pinSet);
    if (!by)
        return by.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;

    if (sub == QLatin1String("set-pin")) {
        if (pinSet) // signing in with a one-time PIN has just set the new one
            return ExitOk;
        const QString chosen = newPin(p);
        if (chosen.isEmpty()) {
            err() << Tr::tr("No new PIN was given. Give it with --new-pin-file, "
                            "STATION_NEW_OPERATOR_PIN or at the prompt on a terminal.")
                  << '\n';
            return ExitUsage;
        }
        const Result<OperatorRef> changed = staff.setOwnPin(by->staffId, pin, chosen);
        if (!changed)
            return refusal(changed.error());
        out() << Tr::tr("Your new PIN is set.") << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        const Result<IssuedPin> issued = staff.add(newMember, by.value());
        if (!issued)
            return refusal(issued.error());
        out() << Tr::tr("Added %1 (%2) as %3.")
                     .arg(newMember.staffId, issued->member.name,
                          StaffRoleText::displayName(newMember.role))
              << '\n';
        printIssuedPin(issued.value());
        return ExitOk;
    }
    if (sub == QLatin1String("reset-pin")) {
        const Result<IssuedPin> issued = staff.resetPin(subject, by.value());
        if (!issued)
            return refusal(issued.error());
        printIssuedPin(issued.value());
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        QFile f(subject);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << CliText::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()) << '\n';
            return ExitFailure;
        }
        const Result<StaffImport> imported = staff.importCsv(f.readAll(), by.value());
        if (!imported) {
            err() << Tr::tr("Nothing was imported from %1.").arg(subject) << '\n';
            return refusal(imported.error());
        }
        out() << Tr::tr("Imported %1: %2 added, %3 updated.")
                     .arg(subject)
                     .arg(imported->added.size())
                     .arg(imported->updated.size())
              << '\n';
        for (const IssuedPin &issued : imported->added)
            out() << "  " << issued.member.staffId.leftJustified(12) << ' '
                  << Tr::tr("one-time PIN %1").arg(issued.oneTimePin) << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("export")) {
        const Result<QByteArray> csv = staff.exportCsv(by.value());
        if (!csv)
            return refusal(csv.error());
        if (subject == QLatin1String("-")) {
            out().flush();
            std::fwrite(csv->constData(), 1, size_t(csv->size()), stdout);
            return ExitOk;
        }
        QSaveFile f(subject);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv.value()) != csv->size() || !f.commit()) {
            err() << Tr::tr("Cannot write %1: %2").arg(subject, f.errorString()) << '\n';
            return ExitFailure;
        }
        out() << Tr::tr("Wrote the staff list to %1.").arg(subject) << '\n';
        return ExitOk;
    }
    Status done = success();
    QString said;
    if (sub == QLatin1String("disable")) {
        done = staff.disable(subject, by.value());
        said = Tr::tr("%1 is disabled and can no longer sign in.").arg(subject);
    } else if (sub == QLatin1String("enable")) {
        done = staff.enable(subject, by.value());
        said = Tr::tr("%1 is enabled again.").arg(subject);
    } else if (sub == QLatin1String("unlock")) {
        done = staff.unlock(subject, by.value());
        said = Tr::tr("%1 is unlocked.").arg(subject);
    } else if (sub == QLatin1String("set-role")) {
        done = staff.setRole(subject, *role, by.value());
        said = Tr::tr("%1 is now a %2.").arg(subject, StaffRoleText::displayName(*role));
    }
    if (!done)
        return refusal(done.error());
    out() << said << '\n';
    return ExitOk;
}

} // namespace station::cli
