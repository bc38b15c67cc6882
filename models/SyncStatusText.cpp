// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SyncStatusText.h"

#include <QCoreApplication>
#include <QLocale>

namespace station {

namespace {
// The messages of this file, under one translation context.
struct SyncStatusText {
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)
};
const QString kSeparator = QStringLiteral(" \u00b7 ");

QString clockTime(const QDateTime &t) {
    return QLocale().toString(t.toLocalTime(), QStringLiteral("HH:mm"));
}
// "Offline" with why, in a few words (the whole message is the tool tip): a lead at a
// table whose status bar said only "Offline" could not tell a dead network from a server
// that refuses (review 36).
QString offlineText(SyncStatus::Problem problem) {
    switch (problem) {
    case SyncStatus::Problem::Network:
        return SyncStatusText::tr("Offline: the server does not answer");
    case SyncStatus::Problem::Tls:
        return SyncStatusText::tr("Offline: the server's certificate is refused");
    case SyncStatus::Problem::Unauthorized:
    case SyncStatus::Problem::Forbidden:
        return SyncStatusText::tr("Offline: this station is not accepted");
    case SyncStatus::Problem::ServerStorage:
    case SyncStatus::Problem::ServerError:
    case SyncStatus::Problem::BadRequest:
        return SyncStatusText::tr("Offline: the server cannot take records now");
    case SyncStatus::Problem::LocalStorage:
        return SyncStatusText::tr("Offline: this station's storage failed");
    case SyncStatus::Problem::None:
    case SyncStatus::Problem::NotConfigured:
    case SyncStatus::Problem::NotEnrolled:
    case SyncStatus::Problem::AuditMismatch:
        break;
    }
    return SyncStatusText::tr("Offline");
}

// The line's first part: where the records go says more than whether the hub answers.
QString connectionText(const SyncStatus &status, bool brief) {
    if (status.route == SyncRoute::Fallback)
        return SyncStatusText::tr("Hub unreachable since %1 — sending straight to the province")
            .arg(clockTime(status.primaryUnreachableSince));
    switch (status.connection) {
    case SyncStatus::Connection::Online:
        return SyncStatusText::tr("Online");
    case SyncStatus::Connection::Offline:
        return brief ? SyncStatusText::tr("Offline") : offlineText(status.problem);
    case SyncStatus::Connection::Unknown:
        break;
    }
    return SyncStatusText::tr("Not connected");
}
} // namespace

QString waitedText(qint64 seconds) {
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return SyncStatusText::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return SyncStatusText::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return SyncStatusText::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString syncStatusLine(const SyncStatus &status, const QDateTime &now, bool brief) {
    QStringList parts;
    parts << connectionText(status, brief);
    if (status.route == SyncRoute::Primary && status.primaryUnreachableSince.isValid() &&
        status.fallbackFrom.isValid())
        parts << SyncStatusText::tr("hub unreachable since %1, to the province from %2")
                     .arg(clockTime(status.primaryUnreachableSince),
                          clockTime(status.fallbackFrom));
    parts << SyncStatusText::tr("%1 pending").arg(status.pending);
    if (status.awaitingPrimary > 0)
        parts << SyncStatusText::tr("%1 at the province, not yet at the hub")
                     .arg(status.awaitingPrimary);
    if (brief) {
        // The oldest record's wait is in the whole line (the tooltip); the icon's shape says
        // whether it is long.
    } else if (status.pending > 0 && status.oldestPending.isValid() &&
               status.connection != SyncStatus::Connection::Online)
        parts << SyncStatusText::tr("oldest %1").arg(waitedText(status.oldestPendingAgeSecs(now)));
    else if (status.lastSuccess.isValid())
        parts << SyncStatusText::tr("last sync %1")
                     .arg(QLocale().toString(status.lastSuccess.toLocalTime(),
                                             QStringLiteral("HH:mm")));
    else if (status.pending > 0 && status.oldestPending.isValid())
        parts << SyncStatusText::tr("oldest %1").arg(waitedText(status.oldestPendingAgeSecs(now)));
    const qint64 problems = status.conflicts + status.rejected;
    if (problems > 0)
        parts << SyncStatusText::tr("%1 sync problems").arg(problems);
    return parts.join(kSeparator);
}

SyncTone syncStatusTone(const SyncStatus &status, const QDateTime &now) {
    if (status.ageLevel(now) == SyncStatus::Age::Alarm ||
        status.problem == SyncStatus::Problem::Unauthorized ||
        status.problem == SyncStatus::Problem::Tls)
        return SyncTone::Alarm;
    // Straight to the province: the records are safe, but the site's hub misses them for now.
    if (status.ageLevel(now) == SyncStatus::Age::Warn || status.route == SyncRoute::Fallback ||
        status.connection != SyncStatus::Connection::Online ||
        status.problem != SyncStatus::Problem::None || status.conflicts + status.rejected > 0)
        return SyncTone::Warn;
    return SyncTone::Ok;
}

} // namespace station
