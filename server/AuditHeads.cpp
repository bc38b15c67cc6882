// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AuditHeads.h"

#include "server/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace station::server {

AuditHeads::AuditHeads(Database &database)
    : m_database(database) {}

AuditHeadUpdate AuditHeads::keep(const QString &deviceId, const protocol::AuditHead &head) {
    return keepIn(QStringLiteral("station_audit_heads"), {QStringLiteral("device_id")}, {deviceId},
                  head, deviceId, QString());
}

AuditHeadUpdate AuditHeads::keepRelayed(const DeviceIdentity &hub,
                                        const protocol::RelayedAuditHead &relayed) {
    // A hub speaks for the stations of its own site only: a device the province enrolled
    // for another site is not one of them, whatever the hub says.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT site FROM devices WHERE device_id = ?"));
    q.addBindValue(relayed.station);
    if (!q.exec()) {
        AuditHeadUpdate update;
        update.error = q.lastError().text();
        return update;
    }
    if (q.next() && q.value(0).toString() != hub.site) {
        qCWarning(lcServer).nospace()
            << "the hub " << hub.deviceId << " relayed an audit head of " << relayed.station
            << ", a device of another site; it is not kept";
        AuditHeadUpdate update;
        update.stored = true;
        update.otherSite = true;
        return update;
    }
    return keepIn(QStringLiteral("relayed_audit_heads"),
                  {QStringLiteral("site"), QStringLiteral("device_id")},
                  {hub.site, relayed.station}, relayed.head, relayed.station, hub.deviceId);
}

AuditHeadUpdate AuditHeads::keepIn(const QString &table, const QStringList &keyColumns,
                                   const QVariantList &keyValues, const protocol::AuditHead &head,
                                   const QString &deviceId, const QString &relayedBy) {
    AuditHeadUpdate update;
    const QString where = keyColumns.join(QStringLiteral(" = ? AND ")) + QStringLiteral(" = ?");
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq, mac FROM %1 WHERE %2").arg(table, where));
    for (const QVariant &value : keyValues)
        q.addBindValue(value);
    if (!q.exec()) {
        update.error = q.lastError().text();
        return update;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (q.next()) {
        update.previous = protocol::AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
        if (head.seq < update.previous->seq ||
            (head.seq == update.previous->seq && head.mac != update.previous->mac)) {
            const char *change = head.seq == update.previous->seq ? " (changed)" : "";
            if (relayedBy.isEmpty())
                qCWarning(lcServer).nospace()
                    << "audit head of " << deviceId << " went from row " << update.previous->seq
                    << " to row " << head.seq << change
                    << ": the station's log was cut or rewritten; the head is kept";
            else
                qCWarning(lcServer).nospace()
                    << "audit head of " << deviceId << " relayed by " << relayedBy
                    << " went from row " << update.previous->seq << " to row " << head.seq << change
                    << ": the station's log was cut or rewritten; the head is kept";
            update.refused = true;
            update.stored = true;
            return update;
        }
        if (head == *update.previous) {
            update.stored = true;
            return update;
        }
        q.prepare(QStringLiteral("UPDATE %1 SET seq = ?, mac = ?, updated_at = ? WHERE %2")
                      .arg(table, where));
        q.addBindValue(head.seq);
        q.addBindValue(head.mac);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral("INSERT INTO %1 (seq, mac, updated_at, %2) VALUES (?, ?, ?%3)")
                      .arg(table, keyColumns.join(QStringLiteral(", ")),
                           QStringLiteral(", ?").repeated(keyColumns.size())));
        q.addBindValue(head.seq);
        q.addBindValue(head.mac);
        q.addBindValue(now);
    }
    for (const QVariant &value : keyValues)
        q.addBindValue(value);
    if (!q.exec()) {
        update.error = q.lastError().text();
        return update;
    }
    update.stored = true;
    return update;
}

std::optional<QList<protocol::RelayedAuditHead>> AuditHeads::unrelayed(int limit, QString *error) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT h.device_id, h.seq, h.mac FROM station_audit_heads h "
                             "LEFT JOIN hub_relayed_audit_heads r ON r.device_id = h.device_id "
                             "WHERE r.device_id IS NULL OR r.seq <> h.seq OR r.mac <> h.mac "
                             "ORDER BY h.device_id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<protocol::RelayedAuditHead> heads;
    while (q.next())
        heads.append({q.value(0).toString(),
                      protocol::AuditHead{q.value(1).toLongLong(), q.value(2).toString()}});
    return heads;
}

bool AuditHeads::markRelayed(const QList<protocol::RelayedAuditHead> &heads, QString *error) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO hub_relayed_audit_heads (device_id, seq, mac, relayed_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, "
        "mac = excluded.mac, relayed_at = excluded.relayed_at"));
    for (const protocol::RelayedAuditHead &relayed : heads) {
        q.addBindValue(relayed.station);
        q.addBindValue(relayed.head.seq);
        q.addBindValue(relayed.head.mac);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = q.lastError().text();
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

} // namespace station::server
