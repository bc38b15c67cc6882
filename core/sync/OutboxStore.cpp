// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxStore.h"

#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/PersonalDataCodec.h"
#include "protocol/RecordKinds.h"
#include "protocol/RecordValidation.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

OutboxStore::OutboxStore(Database &db, Clock clock, std::shared_ptr<const PersonalDataCodec> codec)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_codec(std::move(codec)) {}

QList<OutboxRow> OutboxStore::pendingBatch(int limit, QSqlError *error, SyncRoute route) const {
    QList<OutboxRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(route == SyncRoute::Primary
                  ? QStringLiteral("SELECT seq, uuid, kind, payload, content_hash, created_at "
                                   "FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?")
                  : QStringLiteral("SELECT seq, uuid, kind, payload, content_hash, created_at "
                                   "FROM outbox WHERE state = 'pending' AND fallback_acked_at IS "
                                   "NULL ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError();
        return rows;
    }
    while (q.next()) {
        OutboxRow r;
        r.seq = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.payload = q.value(3).toByteArray();
        if (m_codec) {
            // The exact JSON bytes that were hashed at creation, opened from the
            // encrypted column; a payload that does not open is never sent.
            const auto json = outboxPayloadBytes(*m_codec, r.payload, r.uuid);
            if (!json) {
                *error = QSqlError(QString(),
                                   QStringLiteral("outbox record %1 cannot be opened with this "
                                                  "station's data key")
                                       .arg(r.uuid),
                                   QSqlError::UnknownError);
                return {};
            }
            r.payload = *json;
        }
        r.contentHash = q.value(4).toString();
        r.createdAt = q.value(5).toString();
        rows.append(r);
    }
    *error = QSqlError();
    return rows;
}

QSqlError OutboxStore::markAttempt(const QList<OutboxRow> &rows) {
    if (rows.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ? "
                             "WHERE state = 'pending' AND seq BETWEEN ? AND ?"));
    q.addBindValue(isoUtc(m_clock()));
    q.addBindValue(rows.first().seq);
    q.addBindValue(rows.last().seq);
    if (!q.exec())
        return q.lastError();
    return {};
}

QSqlError OutboxStore::applyOutcomes(const QList<OutboxRow> &rows,
                                     const QList<protocol::RecordOutcome> &outcomes,
                                     SyncRoute route) {
    using protocol::RecordStatus;
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return tx.beginError();
    const QString now = isoUtc(m_clock());
    QSqlQuery acked(m_db.connection());
    acked.prepare(route == SyncRoute::Primary
                      ? QStringLiteral("UPDATE outbox SET state = 'acked', acked_at = ?, "
                                       "server_reason = NULL WHERE seq = ? AND state = 'pending'")
                      : QStringLiteral("UPDATE outbox SET fallback_acked_at = ? WHERE seq = ? "
                                       "AND state = 'pending' AND fallback_acked_at IS NULL"));
    QSqlQuery problem(m_db.connection());
    problem.prepare(QStringLiteral("UPDATE outbox SET state = ?, server_reason = ? "
                                   "WHERE seq = ? AND state = 'pending'"));
    for (int i = 0; i < rows.size() && i < outcomes.size(); ++i) {
        const protocol::RecordOutcome &o = outcomes.at(i);
        const std::optional<RecordStatus> status = protocol::recordStatusFromName(o.status);
        QSqlQuery *q = nullptr;
        if (status == RecordStatus::Accepted || status == RecordStatus::Duplicate) {
            acked.bindValue(0, now);
            acked.bindValue(1, rows.at(i).seq);
            q = &acked;
        } else if (status == RecordStatus::Conflict || status == RecordStatus::Rejected) {
            problem.bindValue(0, o.status);
            problem.bindValue(1, o.reason);
            problem.bindValue(2, rows.at(i).seq);
            q = &problem;
        } else {
            continue; // an unknown status leaves the record pending
        }
        if (!q->exec())
            return q->lastError(); // the transaction rolls back: all or nothing
    }
    return tx.commit();
}

int OutboxStore::resendRecordsOfKnownKinds(QSqlError *error) {
    *error = QSqlError();
    Transaction tx(m_db.connection());
    if (!tx.begun()) {
        *error = tx.beginError();
        return 0;
    }
    QSqlQuery rejected(m_db.connection());
    rejected.setForwardOnly(true);
    if (!rejected.exec(QStringLiteral(
            "SELECT seq, kind, server_reason FROM outbox WHERE state = 'rejected'"))) {
        *error = rejected.lastError();
        return 0;
    }
    QList<qint64> resend;
    while (rejected.next()) {
        if (protocol::isUnknownKindReason(rejected.value(2).toString()) &&
            protocol::recordKindFromName(rejected.value(1).toString()))
            resend.append(rejected.value(0).toLongLong());
    }
    QSqlQuery pending(m_db.connection());
    pending.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', server_reason = NULL "
                                   "WHERE seq = ? AND state = 'rejected'"));
    for (qint64 seq : resend) {
        pending.addBindValue(seq);
        if (!pending.exec()) {
            *error = pending.lastError();
            return 0; // the transaction rolls back: all or nothing
        }
    }
    if (QSqlError e = tx.commit(); e.isValid()) {
        *error = e;
        return 0;
    }
    return int(resend.size());
}

int OutboxStore::resendAcknowledged(const QDateTime &since, qint64 operatorId, QSqlError *error) {
    *error = QSqlError();
    Transaction tx(m_db.connection());
    if (!tx.begun()) {
        *error = tx.beginError();
        return 0;
    }
    // created_at is stored by isoUtc(): text order is time order.
    const QString from = isoUtc(since);
    QSqlQuery q(m_db.connection());
    // A purged payload (retention) cannot be sent again; the province had it by then.
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', server_reason = NULL "
                             "WHERE state = 'acked' AND purged_at IS NULL AND created_at >= ?"));
    q.addBindValue(from);
    if (!q.exec()) {
        *error = q.lastError();
        return 0;
    }
    const int count = q.numRowsAffected();
    const QJsonObject detail{{QStringLiteral("records"), count},
                             {QStringLiteral("created_since"), from}};
    if (QSqlError e = appendAudit(m_db.connection(), operatorId, QStringLiteral("outbox.resend"),
                                  QStringLiteral("outbox"), detail, m_clock());
        e.isValid()) {
        *error = e;
        return 0;
    }
    if (QSqlError e = tx.commit(); e.isValid()) {
        *error = e;
        return 0;
    }
    return count;
}

OutboxCounts OutboxStore::counts(QSqlError *error, qint64 afterSeq) const {
    OutboxCounts c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM outbox WHERE state = 'pending' AND fallback_acked_at "
        "IS NULL AND seq > :a1), "
        "(SELECT count(*) FROM outbox WHERE state = 'conflict'), "
        "(SELECT count(*) FROM outbox WHERE state = 'rejected'), "
        "(SELECT created_at FROM outbox WHERE state = 'pending' AND fallback_acked_at IS "
        "NULL AND seq > :a2 ORDER BY seq LIMIT 1), "
        "(SELECT count(*) FROM outbox WHERE state = 'pending' AND fallback_acked_at IS NOT "
        "NULL AND seq > :a3)"));
    q.bindValue(QStringLiteral(":a1"), afterSeq);
    q.bindValue(QStringLiteral(":a2"), afterSeq);
    q.bindValue(QStringLiteral(":a3"), afterSeq);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return c;
    }
    c.pending = q.value(0).toLongLong();
    c.conflicts = q.value(1).toLongLong();
    c.rejected = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        c.oldestPending = fromIsoUtc(q.value(3).toString());
    c.awaitingPrimary = q.value(4).toLongLong();
    *error = QSqlError();
    return c;
}

QList<OutboxProblem> OutboxStore::problems(QSqlError *error) const {
    QList<OutboxProblem> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, uuid, kind, state, server_reason, created_at, "
                               "last_attempt_at FROM outbox WHERE state IN ('conflict', "
                               "'rejected') ORDER BY seq"))) {
        *error = q.lastError();
        return list;
    }
    while (q.next()) {
        OutboxProblem p;
        p.seq = q.value(0).toLongLong();
        p.uuid = q.value(1).toString();
        p.kind = q.value(2).toString();
        p.state = q.value(3).toString();
        p.reason = q.value(4).toString();
        p.createdAt = q.value(5).toString();
        p.lastAttemptAt = q.value(6).toString();
        list.append(p);
    }
    *error = QSqlError();
    return list;
}

} // namespace station
