// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncRoute.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace station {

bool isUnreachable(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    // A transfer timeout (QNetworkRequest::setTransferTimeout) ends the reply this way.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    // "No route to host" and "network unreachable" have no code of their own in Qt.
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool fallbackDue(const std::optional<QDateTime> &since, const QDateTime &now, qint64 afterSecs) {
    return since && since->isValid() && since->secsTo(now) >= afterSecs;
}

std::optional<QDateTime> PrimaryOutage::since(QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT unreachable_since FROM sync_primary_outage WHERE id = 1"))) {
        *error = q.lastError();
        return std::nullopt;
    }
    *error = QSqlError();
    if (!q.next())
        return std::nullopt;
    const QDateTime at = fromIsoUtc(q.value(0).toString());
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

QSqlError PrimaryOutage::noteUnreachable(const QDateTime &at) {
    QSqlQuery q(m_db.connection());
    // The first failure of the outage stays: later ones do not move it.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_primary_outage (id, unreachable_since) "
                             "VALUES (1, ?)"));
    q.addBindValue(isoUtc(at));
    if (!q.exec())
        return q.lastError();
    return {};
}

QSqlError PrimaryOutage::noteAnswered() {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM sync_primary_outage")))
        return q.lastError();
    return {};
}

} // namespace station
