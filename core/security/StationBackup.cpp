// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/StationBackup.h"

#include "core/Logging.h"
#include "core/security/PersonalDataAccess.h"
#include "core/security/RetentionPurge.h"
#include "core/security/StationKeyring.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace station {

Result<BackupSummary> StationBackup::write(Database &live, const QString &target,
                                           const QString &passphrase, const Clock &clock,
                                           qint64 operatorId) {
    const QString what = tr("writing the backup");
    if (target.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the backup file."));
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 exists already; a backup never overwrites a file.").arg(target));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlDatabase conn = live.connection();
    const QDateTime now = clock();
    {
        Transaction tx(conn);
        if (!tx.begun())
            return Database::storageError(tx.beginError(), what);
        if (Status s = Permissions::require(conn, operatorId, StaffAction::BackUp); !s.ok())
            return s.error();
        if (QSqlError e = appendAudit(
                conn, operatorId, QStringLiteral("station.backed_up"), QStringLiteral("station"),
                {{QStringLiteral("file"), QFileInfo(target).fileName()}}, now);
            e.isValid())
            return Database::storageError(e, what);
        if (QSqlError e = tx.commit(); e.isValid())
            return Database::storageError(e, what);
    }
    QSqlQuery q(conn);
    QString quoted = partial;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
        QFile::remove(partial);
        return Database::storageError(q.lastError(), what);
    }
    BackupSummary summary;
    {
        Database copy;
        if (const Status s = copy.open(partial); !s.ok()) {
            QFile::remove(partial);
            return s.error();
        }
        const Result<WrappedDataKey> key = StationKeyring(copy).wrappedKey();
        auto codec = key ? openPersonalData(key.value(), passphrase)
                         : Result<std::shared_ptr<PersonalDataCodec>>(key.error());
        if (!codec) {
            copy.close();
            QFile::remove(partial);
            return codec.error();
        }
        copy.setAuditSigner(codec.value());
        // Every day the province has in full goes, as the purge destroys it.
        const Result<PurgeSummary> purged =
            purgeAcknowledgedPersonalData(copy, *codec.value(), 0, clock, operatorId);
        if (!purged) {
            copy.close();
            QFile::remove(partial);
            return purged.error();
        }
        summary.firstKeptDay = purged->firstKeptDay;
        summary.samplesErased = purged->samples;
        // Rewrites the copy without the freed pages, and leaves it without a -wal.
        QSqlQuery v(copy.connection());
        if (!v.exec(QStringLiteral("VACUUM")) ||
            !v.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            const QSqlError e = v.lastError();
            copy.close();
            QFile::remove(partial);
            return Database::storageError(e, what);
        }
        v.finish();
        copy.close();
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::StorageFailure,
                         tr("The backup could not be moved to %1.").arg(target));
    }
    summary.path = target;
    qCInfo(lcStorage) << "backup written; keys kept from" << summary.firstKeptDay;
    return summary;
}

} // namespace station
