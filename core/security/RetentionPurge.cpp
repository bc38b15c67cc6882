// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/RetentionPurge.h"

#include "core/Logging.h"
#include "core/security/DayKeyChain.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/PersonalDataCodec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

// The first moment of a site day, as stored timestamps are written (UTC).
QString dayStartUtc(const QDate &day) {
    return isoUtc(QDateTime(day, QTime(0, 0), Qt::LocalTime));
}

} // namespace

Result<PurgeSummary> purgeAcknowledgedPersonalData(Database &db, PersonalDataCodec &codec, int days,
                                                   const Clock &clock, qint64 operatorId) {
    const QString what = QCoreApplication::translate("RetentionPurge", "erasing old personal data");
    if (days < 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("RetentionPurge",
                                                     "The retention period cannot be negative."));
    const QDateTime now = clock();
    const QDate today = siteDate(now);
    QSqlDatabase conn = db.connection();
    PurgeSummary sum;
    // Every day before this one is old enough.
    QDate firstKept = today.addDays(-days);
    {
        Transaction tx(conn);
        if (!tx.begun())
            return Database::storageError(tx.beginError(), what);
        // An operator's purge needs the right; the station's own daily run (operator 0) is
        // the administrator's setting.
        if (operatorId > 0) {
            if (Status s = Permissions::require(conn, operatorId, StaffAction::Purge); !s.ok())
                return s.error();
        }
        QSqlQuery q(conn);
        // The oldest record not yet acknowledged holds back its day and every later one.
        if (!q.exec(QStringLiteral("SELECT min(created_at) FROM outbox WHERE state <> 'acked'")))
            return Database::storageError(q.lastError(), what);
        if (q.next() && !q.value(0).isNull()) {
            const QDate oldestPending = siteDate(fromIsoUtc(q.value(0).toString()));
            if (oldestPending < firstKept) {
                firstKept = oldestPending;
                sum.heldBackFrom = oldestPending;
            }
        }
        const std::optional<QDate> keptNow = codec.firstKeptDay();
        std::optional<StoredDayKeyChain> chain;
        if (keptNow && firstKept > *keptNow) {
            chain = codec.storedDayKeyChain(firstKept);
            if (!chain)
                return makeError(ErrorCode::StorageFailure,
                                 QCoreApplication::translate("RetentionPurge",
                                                             "The day keys could not be "
                                                             "advanced; nothing was erased."));
        }
        const QString nowText = isoUtc(now);
        q.prepare(QStringLiteral(
            "UPDATE samples SET name = X'', id_number = X'', phone = NULL, address = NULL, "
            "purged_at = ? WHERE purged_at IS NULL AND taken_day < ?"));
        q.addBindValue(nowText);
        q.addBindValue(firstKept.toString(Qt::ISODate));
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        sum.samples = q.numRowsAffected();
        q.prepare(QStringLiteral("UPDATE outbox SET payload = X'', purged_at = ? WHERE state = "
                                 "'acked' AND created_at < ? AND length(payload) > 0"));
        q.addBindValue(nowText);
        q.addBindValue(dayStartUtc(firstKept));
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        sum.outboxRecords = q.numRowsAffected();
        if (chain) {
            if (QSqlError e = writeStoredDayKeyChain(conn, *chain, now); e.isValid())
                return Database::storageError(e, what);
        }
        if (sum.samples > 0 || sum.outboxRecords > 0 || chain) {
            QJsonObject detail{{QStringLiteral("days"), days},
                               {QStringLiteral("samples"), sum.samples},
                               {QStringLiteral("outbox"), sum.outboxRecords}};
            if (chain)
                detail.insert(QStringLiteral("keys_destroyed_before"),
                              firstKept.toString(Qt::ISODate));
            if (QSqlError e = appendAudit(conn, operatorId, QStringLiteral("retention.purged"),
                                          QStringLiteral("personal-data"), detail, now);
                e.isValid())
                return Database::storageError(e, what);
        }
        if (QSqlError e = tx.commit(); e.isValid())
            return Database::storageError(e, what);
        if (chain)
            codec.forgetDaysBefore(firstKept);
    }
    if (const std::optional<QDate> kept = codec.firstKeptDay())
        sum.firstKeptDay = *kept;
    // The old pages (the old key chain among them) live on in the -wal until it is
    // checkpointed and truncated; the checkpoint waits for readers up to the busy timeout.
    QSqlQuery c(conn);
    if (c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && c.next())
        sum.wipedOnDisk = c.value(0).toInt() == 0;
    else
        sum.wipedOnDisk = false;
    qCInfo(lcStorage) << "retention purge:" << sum.samples << "samples," << sum.outboxRecords
                      << "outbox records, keys kept from" << sum.firstKeptDay
                      << (sum.wipedOnDisk ? "" : "(a reader holds the old pages)");
    return sum;
}

} // namespace station
