// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace station {

// A moment as the site's clock shows it: "14:05".
QString clockTime(const QDateTime &t, const QTimeZone &zone);
// A span in whole minutes, in the user's language: "2 h 05 min"; under an hour "39 min".
QString hoursAndMinutes(qint64 seconds);
// A span as a clock shows it, "2:05" (hours:minutes; a negative span as its size).
QString hoursColonMinutes(qint64 seconds);

} // namespace station
