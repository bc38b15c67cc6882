// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/RetentionPurge.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

Result<PurgeSummary> purgeAcknowledgedPersonalData(Database &db, int days, const Clock &clock,
                                                   qint64 operatorId) {
    const QString what = QCoreApplication::translate("RetentionPurge", "erasing old personal data");
    if (days < 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("RetentionPurge",
                                                     "The retention period cannot be negative."));
    const QDateTime now = clock();
    const QString cutoff = isoUtc(now.addDays(-days));
    QSqlDatabase conn = db.connection();
    PurgeSummary sum;
    {
        Transaction tx(conn);
        if (!tx.begun())
            return Database::storageError(tx.beginError(), what);
        QSqlQuery q(conn);
        q.prepare(QStringLiteral(
            "UPDATE samples SET name = X'', id_number = X'', phone = NULL, address = NULL, "
            "purged_at = ? WHERE purged_at IS NULL AND uuid IN (SELECT uuid FROM outbox WHERE "
            "kind = 'sample.taken' AND state = 'acked' AND acked_at < ?)"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(cutoff);
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        sum.samples = q.numRowsAffected();
        q.prepare(QStringLiteral("UPDATE outbox SET payload = X'', purged_at = ? WHERE state = "
                                 "'acked' AND acked_at < ? AND length(payload) > 0"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(cutoff);
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        sum.outboxRecords = q.numRowsAffected();
        if (sum.samples > 0 || sum.outboxRecords > 0) {
            if (QSqlError e = appendAudit(conn, operatorId, QStringLiteral("retention.purged"),
                                          QStringLiteral("personal-data"),
                                          {{QStringLiteral("days"), days},
                                           {QStringLiteral("samples"), sum.samples},
                                           {QStringLiteral("outbox"), sum.outboxRecords}},
                                          now);
                e.isValid())
                return Database::storageError(e, what);
        }
        if (QSqlError e = tx.commit(); e.isValid())
            return Database::storageError(e, what);
    }
    // The old page images live on in the WAL until it is checkpointed and truncated.
    QSqlQuery c(conn);
    c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcStorage) << "retention purge:" << sum.samples << "samples," << sum.outboxRecords
                      << "outbox records";
    return sum;
}

} // namespace station
