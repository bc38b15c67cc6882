// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/BoxAge.h"

namespace station {

BoxAgeState boxAgeState(const QDateTime &earliest, const QDateTime &now) {
    if (!earliest.isValid())
        return BoxAgeState::Normal;
    const qint64 age = earliest.secsTo(now);
    if (age >= kBoxLimitSecs)
        return BoxAgeState::Overdue;
    if (age >= kBoxTemperatureAfterSecs)
        return BoxAgeState::RecordTemperature;
    return BoxAgeState::Normal;
}

qint64 boxSecondsLeft(const QDateTime &earliest, const QDateTime &now) {
    if (!earliest.isValid())
        return kBoxLimitSecs;
    return kBoxLimitSecs - earliest.secsTo(now);
}

} // namespace station
