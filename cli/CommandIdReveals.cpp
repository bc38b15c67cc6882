// SPDX-License-Identifier: GPL-3.0-or-later
// `id-reveals`: who saw which full ID numbers (the audit log's id.revealed rows, never a
// number), for a site lead or administrator with their PIN, as the window's list does.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/security/IdReveal.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>

namespace station::cli {

namespace {
struct IdRevealsCommand {
    Q_DECLARE_TR_FUNCTIONS(IdRevealsCommand)
};
} // namespace

int runIdReveals(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("days"),
                 IdRevealsCommand::tr("List the reveals of the last DAYS days (default 7)."),
                 QStringLiteral("DAYS"), QStringLiteral("7")});
    addOperatorOptions(p, IdRevealsCommand::tr("Staff id of the site lead who reads the list."));
    addPassphraseOptions(p);
    if (!parseCommand(p, args,
                      IdRevealsCommand::tr("List who saw which full ID numbers at this station, "
                                           "when and why (never the numbers).")))
        return ExitUsage;
    bool ok = false;
    const int days = p.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1 || days > 3650) {
        err() << IdRevealsCommand::tr("--days must be a whole number from 1 to 3650.") << '\n';
        return ExitUsage;
    }
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    StationStore store(db);
    const OperatorSession session = actAsOperator(db, store, p);
    if (!session.ok())
        return session.exitCode;
    IdReveal reveal(db, store, *session.codec);
    const Result<QList<RevealLogEntry>> entries =
        reveal.log(session.op, QDateTime::currentDateTimeUtc().addDays(-days));
    if (!entries) {
        err() << entries.message() << '\n';
        return ExitFailure;
    }
    for (const RevealLogEntry &e : entries.value())
        out() << e.at.toLocalTime().toString(Qt::ISODate) << '\t' << e.staffId << '\t'
              << e.operatorName << '\t' << e.tubeCode << '\t' << e.position << '\t'
              << revealPurposeKey(e.purpose) << '\t' << e.note << '\n';
    // Recalled people's contact details (purpose contact_recalled) are listed too.
    out() << IdRevealsCommand::tr("%n reveal(s) in the last %1 days: full ID numbers, and "
                                  "recalled people's contact details (contact_recalled).",
                                  "", int(entries->size()))
                 .arg(days)
          << '\n';
    return ExitOk;
}

} // namespace station::cli
