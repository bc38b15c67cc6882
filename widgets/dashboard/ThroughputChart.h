// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace station::dashboard {

// Swabs per 10 minutes over the site's day. The whole series is replaced in one call and
// the axes move only in fixed steps (the shift's hours; a rounded y maximum), so live
// updates never make the chart jump or animate.
class ThroughputChart : public QChartView {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void setShiftHours(int firstHour, int lastHour);
    // Only complete buckets are drawn: the interval still filling and the future are not
    // "fewer swabs".
    void setBuckets(const QVector<TimeBucket> &buckets, const QDate &day, const QDateTime &asOf);
    int pointCount() const;
    double yMaximum() const;

private:
    QLineSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

// A rounded axis maximum (10, 20, 50, 100, ...) at or above `peak`: stable under small
// changes so the axis rarely moves.
int niceAxisMaximum(int peak);

} // namespace station::dashboard
