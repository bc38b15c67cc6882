// SPDX-License-Identifier: GPL-3.0-or-later
// `purge`: retention by hand (the window runs it at start-up and daily with the station's
// setting). Every day older than --older-than days whose records the province has all
// acknowledged loses its key and its personal fields (core/security/RetentionPurge.h).
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/security/DayKeyChain.h"
#include "core/security/RetentionPurge.h"
#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>

namespace station::cli {

namespace {
struct PurgeCommand {
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
};
} // namespace

int runPurge(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("older-than"),
                 PurgeCommand::tr("Destroy acknowledged personal data of days more than DAYS "
                                  "days old (0 = every day before today). Default: the "
                                  "station's retention setting."),
                 QStringLiteral("DAYS")});
    addOperatorOptions(p, PurgeCommand::tr("Staff id of the operator who runs the purge."));
    addPassphraseOptions(p);
    if (!parseCommand(p, args,
                      PurgeCommand::tr("Destroy personal data the province has acknowledged, "
                                       "day by day, once it is older than the retention "
                                       "period.")))
        return ExitUsage;
    const QString dir = dataDir(p);
    int days = StationSettings(settingsPath(dir)).retentionDays();
    if (p.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        days = p.value(QStringLiteral("older-than")).toInt(&ok);
        if (!ok || days < 0 || days > 3650) {
            err() << PurgeCommand::tr("--older-than must be a whole number of days from 0 to "
                                      "3650.")
                  << '\n';
            return ExitUsage;
        }
    } else if (days == 0) {
        err() << PurgeCommand::tr("The station's retention setting is off. Give --older-than "
                                  "DAYS.")
              << '\n';
        return ExitUsage;
    }
    Database db;
    if (!openStation(dir, db, true))
        return ExitFailure;
    StationStore store(db);
    const OperatorSession session = actAsOperator(db, store, p);
    if (!session.ok())
        return session.exitCode;
    PersonalDataCodec &codec = *session.codec;
    const OperatorRef &op = session.op;
    const Result<PurgeSummary> purged =
        purgeAcknowledgedPersonalData(db, codec, days, systemClock(), op.id);
    if (!purged) {
        err() << purged.message() << '\n';
        return ExitFailure;
    }
    out() << PurgeCommand::tr("Erased the personal data of %n sample(s) and of %1 sent "
                              "record(s).",
                              "", purged->samples)
                 .arg(purged->outboxRecords)
          << '\n';
    if (purged->firstKeptDay.isValid() && purged->firstKeptDay > DayKeyChain::epoch())
        out() << PurgeCommand::tr("The keys of every day before %1 are destroyed: nothing of "
                                  "those days opens any more, with or without the passphrase.")
                     .arg(purged->firstKeptDay.toString(Qt::ISODate))
              << '\n';
    if (purged->heldBackFrom.isValid())
        out() << PurgeCommand::tr("Kept from %1 on: the province has not acknowledged every "
                                  "record of that day yet. Sync, then purge again.")
                     .arg(purged->heldBackFrom.toString(Qt::ISODate))
              << '\n';
    if (!purged->wipedOnDisk) {
        err() << PurgeCommand::tr("Another program (the station window?) is reading the "
                                  "database: the old pages stay in its write-ahead log until it "
                                  "closes or the next purge. Run purge again later.")
              << '\n';
        return ExitProblem;
    }
    return ExitOk;
}

} // namespace station::cli
