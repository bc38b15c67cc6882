// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/DayWindow.h"

namespace station::dashboard {

namespace {

// Local midnight; on the rare day where midnight does not exist (a DST jump at 00:00) the
// first valid local time after it.
QDateTime localDayStart(const QDate &day, const QTimeZone &zone) {
    QDateTime t(day, QTime(0, 0), zone);
    if (!t.isValid())
        t = QDateTime(day, QTime(1, 0), zone);
    return t.toUTC();
}

} // namespace

DayWindow::DayWindow(const QDate &day, const QTimeZone &zone, int bucketSeconds)
    : m_day(day)
    , m_zone(zone)
    , m_bucketSeconds(bucketSeconds > 0 ? bucketSeconds : 600)
    , m_start(localDayStart(day, zone))
    , m_end(localDayStart(day.addDays(1), zone)) {}

int DayWindow::bucketCount() const {
    const qint64 span = m_start.secsTo(m_end);
    return static_cast<int>((span + m_bucketSeconds - 1) / m_bucketSeconds);
}

QDateTime DayWindow::bucketStartLocal(int index) const {
    return m_start.addSecs(qint64(index) * m_bucketSeconds).toTimeZone(m_zone);
}

int DayWindow::bucketOf(const QDateTime &moment) const {
    if (moment < m_start || moment >= m_end)
        return -1;
    return static_cast<int>(m_start.secsTo(moment) / m_bucketSeconds);
}

} // namespace station::dashboard
