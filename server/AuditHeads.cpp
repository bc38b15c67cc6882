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
    AuditHeadUpdate update;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq, mac FROM station_audit_heads WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec()) {
        update.error = q.lastError().text();
        return update;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (q.next()) {
        update.previous = protocol::AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
        if (head.seq < update.previous->seq ||
            (head.seq == update.previous->seq && head.mac != update.previous->mac)) {
            qCWarning(lcServer).nospace()
                << "audit head of " << deviceId << " went from row " << update.previous->seq
                << " to row " << head.seq << (head.seq == update.previous->seq ? " (changed)" : "")
                << ": the station's log was cut or rewritten; the head is kept";
            update.refused = true;
            update.stored = true;
            return update;
        }
        if (head == *update.previous) {
            update.stored = true;
            return update;
        }
        q.prepare(QStringLiteral(
            "UPDATE station_audit_heads SET seq = ?, mac = ?, updated_at = ? WHERE device_id = ?"));
        q.addBindValue(head.seq);
        q.addBindValue(head.mac);
        q.addBindValue(now);
        q.addBindValue(deviceId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO station_audit_heads (device_id, seq, mac, "
                                 "updated_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(deviceId);
        q.addBindValue(head.seq);
        q.addBindValue(head.mac);
        q.addBindValue(now);
    }
    if (!q.exec()) {
        update.error = q.lastError().text();
        return update;
    }
    update.stored = true;
    return update;
}

} // namespace station::server
