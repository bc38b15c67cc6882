// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace station::dashboard {

// Swabs per 10 minutes over the site's day. The whole series is replaced in one call and
// the axes move only in fixed steps (the shift's hours; a rounded y maximum), so live
// updates never make the chart jump or animate. The time axis labels every 1, 2, 3, 4 or 6
// hours, as often as its width holds whole labels.
class ThroughputChart : public QChartView {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);
    // Shown by the panel around the chart.
    static QString title();

    void setShiftHours(int firstHour, int lastHour);
    // Complete buckets are the solid line. The interval still filling is a dashed step from
    // the last of them to its count so far (a lead wants to see the last minutes; drawn
    // solid, a part-filled interval would read as "fewer swabs"); the future is not drawn.
    void setBuckets(const QVector<TimeBucket> &buckets, const QDate &day, const QDateTime &asOf);
    int pointCount() const;
    // The count so far of the interval still filling (-1: none shown).
    int fillingCount() const;
    double yMaximum() const;
    // Hours between two labels of the time axis.
    int hoursPerTick() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTimeTicks();

    QLineSeries *m_series;
    QLineSeries *m_filling; // dashed: the last complete point and the interval so far
    QValueAxis *m_x;
    QValueAxis *m_y;
};

// The charts' axis labels: a little smaller than the text around them, in the same family
// and so the same scaling (QtCharts' own default is a fixed 10-point Arial).
QFont chartLabelFont(const QFont &widgetFont);

// A rounded axis maximum (10, 20, 50, 100, ...) at or above `peak`: stable under small
// changes so the axis rarely moves.
int niceAxisMaximum(int peak);

} // namespace station::dashboard
