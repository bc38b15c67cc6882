// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TimeText.h"

#include <QCoreApplication>

namespace station {

QString clockTime(const QDateTime &t, const QTimeZone &zone) {
    return t.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
}

QString hoursAndMinutes(qint64 seconds) {
    const qint64 minutes = seconds / 60;
    // "39 min", not "0 h 39 min".
    if (minutes < 60)
        return QCoreApplication::translate("station::TimeText", "%1 min").arg(minutes);
    return QCoreApplication::translate("station::TimeText", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString hoursColonMinutes(qint64 seconds) {
    const qint64 minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace station
