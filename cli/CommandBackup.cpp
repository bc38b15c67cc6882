// SPDX-License-Identifier: GPL-3.0-or-later
// `backup`: the station as one file, without the days the province already has
// (core/security/StationBackup.h). Restoring is putting the file in place of the database.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/security/PersonalDataAccess.h"
#include "core/security/StationBackup.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>

namespace station::cli {

namespace {
struct BackupCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};
} // namespace

int runBackup(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("to"),
                 BackupCommand::tr("The backup file to write (it must not exist)."),
                 QStringLiteral("FILE")});
    addOperatorOptions(p, BackupCommand::tr("Staff id of the operator who makes the backup."));
    addPassphraseOptions(p);
    if (!parseCommand(p, args,
                      BackupCommand::tr("Write a backup of the station to one file. It holds "
                                        "personal data only of days the province has not "
                                        "acknowledged yet, and of today.")))
        return ExitUsage;
    const QString target = p.value(QStringLiteral("to")).trimmed();
    if (target.isEmpty()) {
        err() << BackupCommand::tr("Give the backup file with --to FILE.") << '\n';
        return ExitUsage;
    }
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    StationStore store(db);
    if (!store.isProvisioned()) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        return ExitFailure;
    }
    // Asked for once: it unlocks the station here and the copy in the backup.
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
    const Result<OperatorRef> op =
        signInOperator(store, p.value(QStringLiteral("operator")).trimmed(), p);
    if (!op)
        return op.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
    const Result<BackupSummary> written =
        StationBackup::write(db, target, passphrase, systemClock(), op->id);
    if (!written) {
        err() << written.message() << '\n';
        return ExitFailure;
    }
    out() << BackupCommand::tr("Backup written to %1. It opens with the site passphrase and "
                               "holds the personal data of %2 and later days.")
                 .arg(written->path, written->firstKeptDay.toString(Qt::ISODate))
          << '\n';
    return ExitOk;
}

} // namespace station::cli
