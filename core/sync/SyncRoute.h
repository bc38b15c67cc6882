// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QNetworkReply>
#include <QSqlError>

#include <optional>

namespace station {

class Database;

// Where the outbox goes: the primary server (a site hub, or the province for a station
// without one), or the fallback (the province, for a station joined to a hub) while the hub
// cannot be reached.
enum class SyncRoute { Primary, Fallback };

// Whether a failed request means the server cannot be reached: the connection refused, the
// host unreachable or unknown, no answer in time. Only such a failure of the primary may send
// records to the fallback: a TLS certificate that does not match, a refusal (4xx), a revoked
// token are the server answering, and never lead to another route.
bool isUnreachable(QNetworkReply::NetworkError error);

// Whether the fallback is due: the primary has been unreachable since `since` for at least
// `afterSecs` at `now`.
bool fallbackDue(const std::optional<QDateTime> &since, const QDateTime &now, qint64 afterSecs);

// The time since which the primary could not be reached, kept in the station's database
// (sync_primary_outage), so that the one-shot `sync` and the window's relay agree on when the
// fallback is due. Only the first failure of an outage is kept; any answer of the primary
// ends the outage.
class PrimaryOutage {
public:
    explicit PrimaryOutage(Database &db)
        : m_db(db) {}

    // Empty while the primary is reachable (or nothing is known).
    std::optional<QDateTime> since(QSqlError *error) const;
    // The primary could not be reached at `at`: kept unless an outage is already under way.
    QSqlError noteUnreachable(const QDateTime &at);
    // The primary answered: the outage is over.
    QSqlError noteAnswered();

private:
    Database &m_db;
};

} // namespace station
