// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>

#include <functional>

namespace station {

// Where "now" comes from; tests pass a fixed or stepping clock.
using Clock = std::function<QDateTime()>;

inline Clock systemClock() {
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// Stored timestamps: ISO-8601 UTC with milliseconds, sortable as text.
inline QString isoUtc(const QDateTime &t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline QDateTime fromIsoUtc(const QString &s) {
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// The site's calendar day of a moment (local time of the station).
inline QDate siteDate(const QDateTime &t) {
    return t.toLocalTime().date();
}
inline QString siteDay(const QDateTime &t) {
    return siteDate(t).toString(Qt::ISODate);
}

} // namespace station
