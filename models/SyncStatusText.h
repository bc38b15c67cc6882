// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sync/SyncStatus.h"

#include <QString>

namespace station {

// How the status bar shows the sync state: one short line and a tone. Kept apart from
// the widget so that the wording and thresholds are tested without widgets.
enum class SyncTone {
    Ok,    // online, or nothing waiting long
    Warn,  // offline or a problem, or the oldest record waits more than 2 hours
    Alarm, // the oldest record waits more than 24 hours, or the server refuses the station
};

// "Online · 0 pending · last sync 10:42" / "Offline · 312 pending · oldest 2 h 15 min".
// `brief`: for a narrow status bar, "Offline · 2 pending" without why, the oldest record's
// wait or the last sync's time (the tooltip has them).
QString syncStatusLine(const SyncStatus &status, const QDateTime &now, bool brief = false);
SyncTone syncStatusTone(const SyncStatus &status, const QDateTime &now);
// "2 h 15 min", "5 min", "3 d 4 h".
QString waitedText(qint64 seconds);

} // namespace station
