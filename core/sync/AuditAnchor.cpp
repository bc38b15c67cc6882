// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AuditAnchor.h"

#include "core/domain/Clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace station {

std::optional<protocol::AuditHead> currentAuditHead(const QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT id, coalesce(mac, hash) FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return protocol::AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
}

bool auditLogHolds(const QSqlDatabase &db, const protocol::AuditHead &head, QSqlError *error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(mac, hash) FROM audit_log WHERE id = ?"));
    q.addBindValue(head.seq);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return q.next() && q.value(0).toString() == head.mac;
}

std::optional<protocol::AuditHead> savedAuditAnchor(const QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT seq, mac FROM audit_anchor WHERE id = 1"))) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return protocol::AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
}

QSqlError saveAuditAnchor(const QSqlDatabase &db, const protocol::AuditHead &head,
                          const QDateTime &at) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_anchor (id, seq, mac, confirmed_at) VALUES (1, ?, "
                             "?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, mac = "
                             "excluded.mac, confirmed_at = excluded.confirmed_at"));
    q.addBindValue(head.seq);
    q.addBindValue(head.mac);
    q.addBindValue(isoUtc(at));
    if (!q.exec())
        return q.lastError();
    return {};
}

} // namespace station
