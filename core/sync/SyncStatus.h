// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sync/SyncRoute.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace station {

// What the station tells the user about its upload, as a value sent from the relay's
// thread to the GUI thread by queued signals.
struct SyncStatus {
    enum class Connection { Unknown, Online, Offline };
    // Why the last attempt failed; lets the UI pick an icon without parsing text.
    enum class Problem {
        None,
        NotConfigured,
        NotEnrolled,
        Network,       // unreachable, refused, reset, timed out
        Tls,           // certificate refused (expired, wrong host, unknown CA)
        Unauthorized,  // 401: token refused; re-enrollment needed
        Forbidden,     // 403
        BadRequest,    // 400
        ServerStorage, // 503: server could not store (disk full, database down)
        ServerError,   // other 5xx or an answer that is not the protocol's
        LocalStorage,  // the station's own database failed
        AuditMismatch, // the server holds an audit head this station's log no longer has
    };

    Connection connection = Connection::Unknown;
    Problem problem = Problem::None;
    // Where records go now: the primary, or straight to the province while the hub cannot be
    // reached (a station joined to a hub with a fallback).
    SyncRoute route = SyncRoute::Primary;
    // Since when the primary (the hub) cannot be reached; null while it answers.
    QDateTime primaryUnreachableSince;
    // When records start going to the fallback if the primary stays unreachable; null without
    // a fallback or while the primary answers.
    QDateTime fallbackFrom;
    qint64 pending = 0; // acknowledged by no server yet
    // Acknowledged by the province during a hub outage, still to be sent to the hub.
    qint64 awaitingPrimary = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    QDateTime lastSuccess;   // last 200 answer to a batch (UTC)
    QDateTime oldestPending; // created_at of the oldest pending record (UTC), null if none
    QString lastError;       // translated, user-facing; empty when the last attempt went well
    bool syncing = false;    // a request is on its way

    // How long the oldest record has waited, and what that means for the user.
    enum class Age { Fresh, Warn, Alarm };
    qint64 oldestPendingAgeSecs(const QDateTime &now) const;
    Age ageLevel(const QDateTime &now) const;
    static constexpr qint64 kWarnAfterSecs = 2 * 3600;
    static constexpr qint64 kAlarmAfterSecs = 24 * 3600;
};

} // namespace station

Q_DECLARE_METATYPE(station::SyncStatus)
