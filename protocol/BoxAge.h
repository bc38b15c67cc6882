// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>

namespace station {

// How far a box is along the 4-hour limit from its earliest swab to the lab. From 2 hours
// the courier must record the temperature at hand-over; from 4 hours the limit is reached.
// In protocol/ so that the station and the hub's `admin site-tables` judge a box alike.
enum class BoxAgeState {
    Normal,            // under 2 hours
    RecordTemperature, // 2 hours or more: amber, temperature required at hand-over
    Overdue,           // 4 hours or more: red
};

// From 2 hours after a box's earliest swab its hand-over records the temperature
// (protocol/BoxHandOverRule.h: the station and the site hub apply it alike).
inline constexpr qint64 kBoxTemperatureAfterSecs = 2 * 3600;
inline constexpr qint64 kBoxLimitSecs = 4 * 3600;

// A box with no swab yet (invalid `earliest`) is Normal.
BoxAgeState boxAgeState(const QDateTime &earliest, const QDateTime &now);

// Seconds left until the 4-hour limit; negative once past it. 4 hours for an empty box.
qint64 boxSecondsLeft(const QDateTime &earliest, const QDateTime &now);

} // namespace station
