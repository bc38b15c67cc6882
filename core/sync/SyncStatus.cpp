// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncStatus.h"

namespace station {

qint64 SyncStatus::oldestPendingAgeSecs(const QDateTime &now) const {
    if (pending == 0 || !oldestPending.isValid())
        return 0;
    return qMax<qint64>(0, oldestPending.secsTo(now));
}

SyncStatus::Age SyncStatus::ageLevel(const QDateTime &now) const {
    const qint64 age = oldestPendingAgeSecs(now);
    if (age > kAlarmAfterSecs)
        return Age::Alarm;
    if (age > kWarnAfterSecs)
        return Age::Warn;
    return Age::Fresh;
}

} // namespace station
