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

QString syncStatusLine(const SyncStatus &status, const QDateTime &now) {
    QStringList parts;
    switch (status.connection) {
    case SyncStatus::Connection::Online:
        parts << SyncStatusText::tr("Online");
        break;
    case SyncStatus::Connection::Offline:
        parts << SyncStatusText::tr("Offline");
        break;
    case SyncStatus::Connection::Unknown:
        parts << SyncStatusText::tr("Not connected");
        break;
    }
    parts << SyncStatusText::tr("%1 pending").arg(status.pending);
    if (status.pending > 0 && status.oldestPending.isValid() &&
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
    if (status.ageLevel(now) == SyncStatus::Age::Warn ||
        status.connection != SyncStatus::Connection::Online ||
        status.problem != SyncStatus::Problem::None || status.conflicts + status.rejected > 0)
        return SyncTone::Warn;
    return SyncTone::Ok;
}

} // namespace station
