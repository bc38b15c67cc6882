// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace station::dashboard {

// A site's calendar day as a UTC range, cut into buckets of equal elapsed time counted
// from local midnight. Computing the boundaries here (in the site's time zone) and giving
// SQL only UTC instants keeps the queries index-friendly and correct across midnight,
// time-zone offsets that are not whole hours, and daylight-saving days (23 or 25 hours).
class DayWindow {
public:
    DayWindow(const QDate &day, const QTimeZone &zone, int bucketSeconds);

    QDate day() const { return m_day; }
    QTimeZone zone() const { return m_zone; }
    int bucketSeconds() const { return m_bucketSeconds; }

    QDateTime startUtc() const { return m_start; } // local midnight, in UTC
    QDateTime endUtc() const { return m_end; }     // next local midnight, in UTC (exclusive)
    qint64 startEpochSeconds() const { return m_start.toSecsSinceEpoch(); }
    int bucketCount() const;

    // Local start time of bucket i (for labels and chart x values).
    QDateTime bucketStartLocal(int index) const;
    // The bucket holding a moment, or -1 outside the day.
    int bucketOf(const QDateTime &moment) const;

private:
    QDate m_day;
    QTimeZone m_zone;
    int m_bucketSeconds;
    QDateTime m_start;
    QDateTime m_end;
};

} // namespace station::dashboard
