// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BoxHandOverRule.h"

#include <QDateTime>

namespace station {

// How far a box is along the 4-hour limit from its earliest swab to the lab. From 2 hours
// the courier must record the temperature at hand-over; from 4 hours the limit is reached.
enum class BoxAgeState {
    Normal,            // under 2 hours
    RecordTemperature, // 2 hours or more: amber, temperature required at hand-over
    Overdue,           // 4 hours or more: red
};

// The hand-over rule's (protocol/BoxHandOverRule.h): the site hub applies it too.
inline constexpr qint64 kBoxTemperatureAfterSecs = protocol::kBoxTemperatureAfterSecs;
inline constexpr qint64 kBoxLimitSecs = 4 * 3600;

// A box with no swab yet (invalid `earliest`) is Normal.
BoxAgeState boxAgeState(const QDateTime &earliest, const QDateTime &now);

// Seconds left until the 4-hour limit; negative once past it. 4 hours for an empty box.
qint64 boxSecondsLeft(const QDateTime &earliest, const QDateTime &now);

} // namespace station
