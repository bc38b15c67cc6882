// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/ThroughputChart.h"

#include "widgets/Theme.h"

#include <QChart>
#include <QFontMetrics>
#include <QLineSeries>
#include <QValueAxis>

namespace station::dashboard {

QFont chartLabelFont(const QFont &widgetFont) {
    return theme::scaledFont(widgetFont, 0.8);
}

int niceAxisMaximum(int peak) {
    // 10, 20, 50, 100, 200, 500, ...
    for (int base = 10;; base *= 10) {
        for (int m : {1, 2, 5}) {
            if (base * m >= peak)
                return base * m;
        }
    }
}

ThroughputChart::ThroughputChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_filling(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis) {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QPen pen(QColor(0x2f, 0x5d, 0x8a));
    pen.setWidthF(2.5);
    m_series->setPen(pen);
    m_series->setPointsVisible(false);
    chart->addSeries(m_series);
    QPen dashed = pen;
    dashed.setStyle(Qt::DashLine);
    m_filling->setPen(dashed);
    m_filling->setPointsVisible(true); // its end: shape, not only colour, says "so far"
    chart->addSeries(m_filling);
    m_x->setLabelFormat(QStringLiteral("%02d:00"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(1);
    m_y->setLabelFormat(QStringLiteral("%d"));
    const QFont labels = chartLabelFont(font());
    m_x->setLabelsFont(labels);
    m_y->setLabelsFont(labels);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_filling->attachAxis(m_x);
    m_filling->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(title());
    setShiftHours(7, 21);
    m_y->setRange(0, 10);
    m_y->setTickCount(6);
}

void ThroughputChart::setShiftHours(int firstHour, int lastHour) {
    firstHour = std::clamp(firstHour, 0, 23);
    lastHour = std::clamp(lastHour, firstHour + 1, 24);
    m_x->setRange(firstHour, lastHour);
    fitTimeTicks();
}

QString ThroughputChart::title() {
    return tr("Swabs per 10 minutes today");
}

void ThroughputChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    fitTimeTicks();
}

int ThroughputChart::hoursPerTick() const {
    return static_cast<int>(m_x->tickInterval());
}

void ThroughputChart::fitTimeTicks() {
    const QFontMetrics metrics(m_x->labelsFont());
    // A label and a gap of two digits' width, so neighbours never touch nor elide.
    const int label = metrics.horizontalAdvance(QStringLiteral("00:00")) +
                      metrics.horizontalAdvance(QStringLiteral("00"));
    const qreal plot = chart()->plotArea().width();
    const qreal room = plot > 0 ? plot : width() * 0.85;
    const int span = static_cast<int>(m_x->max() - m_x->min());
    int hours = 6;
    for (int candidate : {1, 2, 3, 4, 6}) {
        if ((span / candidate + 1) * label <= room) {
            hours = candidate;
            break;
        }
    }
    if (hours != static_cast<int>(m_x->tickInterval()))
        m_x->setTickInterval(hours);
}

void ThroughputChart::setBuckets(const QVector<TimeBucket> &buckets, const QDate &day,
                                 const QDateTime &asOf) {
    QList<QPointF> points;
    points.reserve(buckets.size());
    QList<QPointF> filling;
    int peak = 0;
    for (const TimeBucket &b : buckets) {
        // x in hours since local midnight (so the axis reads as clock time); on a 25-hour
        // day the repeated hour continues past the previous one rather than overlapping.
        const QDateTime local = b.startLocal;
        const double hours = local.date() == day
                                 ? local.time().msecsSinceStartOfDay() / 3600000.0
                                 : 24.0 + local.time().msecsSinceStartOfDay() / 3600000.0;
        // Plot at the middle of the interval.
        const QPointF point(hours + 1.0 / 12.0, b.samples);
        peak = std::max(peak, b.samples);
        if (asOf.isValid() && b.startLocal.addSecs(600) > asOf) { // still filling
            if (b.startLocal <= asOf) {
                if (!points.isEmpty())
                    filling.append(points.last());
                filling.append(point);
            }
            break;
        }
        points.append(point);
    }
    m_series->replace(points);
    m_filling->replace(filling);
    const int top = niceAxisMaximum(peak);
    if (top != static_cast<int>(m_y->max()))
        m_y->setRange(0, top);
}

int ThroughputChart::pointCount() const {
    return static_cast<int>(m_series->count());
}

int ThroughputChart::fillingCount() const {
    return m_filling->count() > 0 ? int(m_filling->at(m_filling->count() - 1).y()) : -1;
}

double ThroughputChart::yMaximum() const {
    return m_y->max();
}

} // namespace station::dashboard
