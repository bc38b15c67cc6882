// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/UpstreamQueue.h"

#include "server/Database.h"
#include "server/ServerTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace station::server {

UpstreamQueue::UpstreamQueue(Database &database)
    : m_database(database) {}

std::optional<HubUpstreamRow> UpstreamQueue::hubRow(QString *error) {
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT hub_id, site, token, resident_code_key FROM hub_upstream"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    error->clear();
    if (!query.next())
        return std::nullopt;
    return HubUpstreamRow{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(),
                          QByteArray::fromHex(query.value(3).toString().toLatin1())};
}

bool UpstreamQueue::claimForHub(const QString &hubId, const QString &site, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO hub_upstream (hub_id, site, token, enrolled_at) "
                                 "VALUES (?, ?, '', ?) ON CONFLICT (hub_id) DO NOTHING"));
    query.addBindValue(hubId);
    query.addBindValue(site);
    query.addBindValue(nowUtc());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool UpstreamQueue::saveToken(const QString &token, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE hub_upstream SET token = ?, enrolled_at = ?"));
    query.addBindValue(token);
    query.addBindValue(nowUtc());
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : tr("the hub's row is missing from its database");
        return false;
    }
    return true;
}

bool UpstreamQueue::saveResidentCodeKey(const QByteArray &key, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE hub_upstream SET resident_code_key = ?"));
    query.addBindValue(key.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(QString::fromLatin1(key.toHex())));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QStringList> UpstreamQueue::otherSites(const QString &site, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT DISTINCT site FROM devices WHERE site <> ? ORDER BY site"));
    query.addBindValue(site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QStringList sites;
    while (query.next())
        sites << query.value(0).toString();
    return sites;
}

std::optional<QList<QueuedRecord>> UpstreamQueue::pendingBatch(int maxRecords,
                                                               qint64 maxContentBytes,
                                                               QString *error, qint64 afterId) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT q.id, r.uuid, r.kind, r.station_seq, r.created_at, r.content, r.content_hash "
        "FROM upstream_queue q JOIN records r ON r.uuid = q.uuid "
        "WHERE q.state = 'pending' AND q.id > ? ORDER BY q.id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(maxRecords);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<QueuedRecord> batch;
    qint64 bytes = 0;
    while (query.next()) {
        QueuedRecord queued;
        queued.id = query.value(0).toLongLong();
        queued.record.uuid = query.value(1).toString();
        queued.record.kind = query.value(2).toString();
        queued.record.seq = query.value(3).toLongLong();
        queued.record.createdAt = query.value(4).toString();
        // The content goes up byte for byte as the station sent it: its hash still holds.
        queued.record.payload = query.value(5).toString().toUtf8();
        queued.record.contentHash = query.value(6).toString();
        bytes += queued.record.payload.size();
        if (!batch.isEmpty() && bytes > maxContentBytes)
            break;
        batch.append(queued);
    }
    return batch;
}

bool UpstreamQueue::applyOutcomes(const QList<QueuedRecord> &sent,
                                  const QList<protocol::RecordOutcome> &outcomes, QString *error,
                                  int *refused) {
    if (refused)
        *refused = 0;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const QString answeredAt = nowUtc();
    // Most answers take every record: those rows are marked by one statement.
    QStringList takenIds;
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE upstream_queue SET state = ?, reason = ?, code = ?, "
                                "answered_at = ? WHERE id = ? AND state = 'pending'"));
    // A record the province did not take was accepted here: its station believes it is
    // stored. It learns otherwise from the site's facts, as it learns what other tables did
    // (SiteFactsFeed); only a row marked now is told, so each refusal is told once.
    QSqlQuery tell(db);
    bool tellReady = false;
    for (int i = 0; i < sent.size() && i < outcomes.size(); ++i) {
        const std::optional<protocol::RecordStatus> status =
            protocol::recordStatusFromName(outcomes.at(i).status);
        if (!status)
            continue; // a status this hub does not know: the record stays pending
        if (*status == protocol::RecordStatus::Accepted ||
            *status == protocol::RecordStatus::Duplicate) {
            takenIds << QString::number(sent.at(i).id);
            continue;
        }
        const protocol::RecordOutcome &outcome = outcomes.at(i);
        mark.addBindValue(protocol::recordStatusName(*status));
        mark.addBindValue(outcome.reason);
        mark.addBindValue(outcome.code.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(outcome.code));
        mark.addBindValue(answeredAt);
        mark.addBindValue(sent.at(i).id);
        if (!mark.exec()) {
            *error = mark.lastError().text();
            db.rollback();
            return false;
        }
        if (mark.numRowsAffected() != 1)
            continue; // answered before (an answer marked twice): told then
        if (!tellReady) {
            if (db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
                // As SiteFacts::project: a site's facts are numbered in the order they commit.
                QSqlQuery lock(db);
                lock.prepare(QStringLiteral("SELECT k.site FROM site_keys k JOIN records r ON "
                                            "r.site = k.site WHERE r.uuid = ? FOR UPDATE OF k"));
                lock.addBindValue(sent.at(i).record.uuid);
                if (!lock.exec()) {
                    *error = lock.lastError().text();
                    db.rollback();
                    return false;
                }
            }
            if (!tell.prepare(QStringLiteral(
                    "INSERT INTO site_facts (site, kind, station, table_label, tube, state, at, "
                    "record_uuid, detail) SELECT r.site, 'relay_refused', r.station, "
                    "COALESCE(d.table_label, ''), ?, ?, ?, r.uuid, ? FROM records r "
                    "LEFT JOIN devices d ON d.device_id = r.station WHERE r.uuid = ?"))) {
                *error = tell.lastError().text();
                db.rollback();
                return false;
            }
            tellReady = true;
        }
        // No content, so no personal data: the record's kind, its tube code, the reason.
        const QString tube = QJsonDocument::fromJson(sent.at(i).record.payload)
                                 .object()
                                 .value(QLatin1String("tube"))
                                 .toString();
        tell.addBindValue(tube.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(tube));
        tell.addBindValue(protocol::recordStatusName(*status));
        tell.addBindValue(answeredAt);
        tell.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("record_uuid"), sent.at(i).record.uuid},
                                      {QStringLiteral("record_kind"), sent.at(i).record.kind},
                                      {QStringLiteral("code"), outcome.code},
                                      {QStringLiteral("reason"), outcome.reason}})
                .toJson(QJsonDocument::Compact)));
        tell.addBindValue(sent.at(i).record.uuid);
        if (!tell.exec()) {
            *error = tell.lastError().text();
            db.rollback();
            return false;
        }
        if (refused)
            *refused += tell.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!takenIds.isEmpty()) {
        // The ids are numbers read from this table, never text from outside.
        QSqlQuery acked(db);
        acked.prepare(QStringLiteral("UPDATE upstream_queue SET state = 'acked', answered_at = ? "
                                     "WHERE state = 'pending' AND id IN (%1)")
                          .arg(takenIds.join(QLatin1Char(','))));
        acked.addBindValue(answeredAt);
        if (!acked.exec()) {
            *error = acked.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

std::optional<UpstreamCounts> UpstreamQueue::counts(QString *error) {
    QSqlQuery query(m_database.connection());
    UpstreamCounts counts;
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM upstream_queue "
                                   "WHERE state = 'pending'"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.next())
        counts.pending = query.value(0).toLongLong();
    // Queued in id order: the first pending row is the oldest (and the index finds it).
    if (!query.exec(QStringLiteral("SELECT queued_at FROM upstream_queue "
                                   "WHERE state = 'pending' ORDER BY id LIMIT 1"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.next())
        counts.oldestPendingAt = query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*) FROM upstream_queue "
                                   "WHERE state <> 'pending' GROUP BY state"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        if (state == QLatin1String("acked"))
            counts.acked = n;
        else if (state == QLatin1String("conflict"))
            counts.conflicts = n;
        else
            counts.rejected += n;
    }
    return counts;
}

std::optional<QHash<QString, qint64>> UpstreamQueue::pendingByStation(const QString &site,
                                                                      QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT r.station, COUNT(*) FROM upstream_queue q JOIN records r "
                                 "ON r.uuid = q.uuid WHERE q.state = 'pending' AND r.site = ? "
                                 "GROUP BY r.station"));
    query.addBindValue(site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, qint64> pending;
    while (query.next())
        pending.insert(query.value(0).toString(), query.value(1).toLongLong());
    return pending;
}

std::optional<QList<UpstreamIssue>> UpstreamQueue::issues(int limit, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT q.uuid, r.station, r.kind, q.state, q.reason, q.answered_at, "
                       "q.code FROM upstream_queue q LEFT JOIN records r ON r.uuid = q.uuid "
                       "WHERE q.state IN ('conflict', 'rejected') ORDER BY q.id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<UpstreamIssue> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString()});
    return list;
}

} // namespace station::server
