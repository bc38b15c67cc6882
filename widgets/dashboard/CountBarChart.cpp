// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/CountBarChart.h"

#include "widgets/Theme.h"
#include "widgets/dashboard/ThroughputChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace station::dashboard {

CountBarChart::CountBarChart(const QString &title, const QColor &colour, QWidget *parent)
    : QChartView(parent)
    , m_title(title)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(title))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis) {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_set->setColor(colour);
    m_set->setBorderColor(colour);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setBarWidth(0.6);
    m_set->setLabelColor(Qt::white);
    chart->addSeries(m_series);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setRange(0, 10);
    m_values->setTickCount(6);
    const QFont labels = chartLabelFont(font());
    m_categories->setLabelsFont(labels);
    m_values->setLabelsFont(labels);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(title);
}

QSize CountBarChart::minimumSizeHint() const {
    const QFontMetrics metrics(m_categories->labelsFont());
    int longest = metrics.horizontalAdvance(QStringLiteral("0000"));
    for (const QString &category : m_categories->categories())
        longest = std::max(longest, metrics.horizontalAdvance(category));
    // QtCharts pads a label by 5 pixels on each side and inside its text item.
    constexpr int kLabelPadding = 20;
    constexpr qreal kMaxAxisPortion = 0.4;
    const int width = static_cast<int>((longest + kLabelPadding) / kMaxAxisPortion) + 16;
    const int rows = std::max(1, static_cast<int>(m_categories->count()));
    const int height = rows * (metrics.lineSpacing() + kLabelPadding) +
                       (metrics.lineSpacing() + kLabelPadding) + 16;
    return QSize(width, std::max(height, minimumHeight()));
}

void CountBarChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    fitValueTicks();
}

// 6, 3 or 2 labels on the value axis: each divides the rounded maxima (10, 20, 50, ...,
// 300) into whole numbers, and the fewest still tell the scale.
void CountBarChart::fitValueTicks() {
    const QFontMetrics metrics(m_values->labelsFont());
    const int label =
        metrics.horizontalAdvance(QString::number(static_cast<int>(m_values->max()))) +
        metrics.horizontalAdvance(QStringLiteral("00"));
    const qreal room =
        chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.6;
    int ticks = 6;
    for (int candidate : {6, 3, 2}) {
        ticks = candidate;
        if (candidate * label <= room)
            break;
    }
    if (ticks != m_values->tickCount())
        m_values->setTickCount(ticks);
}

void CountBarChart::setCounts(const QStringList &categories, const QList<int> &values) {
    if (m_categories->categories() != categories) {
        m_categories->setCategories(categories);
        updateGeometry(); // the room the labels need has changed
    }
    if (m_set->count() > 0)
        m_set->remove(0, m_set->count());
    int peak = 0;
    QList<qreal> list;
    for (int v : values) {
        list << v;
        peak = std::max(peak, v);
    }
    m_set->append(list);
    const int top =
        m_fixedMaximum > 0 && peak <= m_fixedMaximum ? m_fixedMaximum : niceAxisMaximum(peak);
    if (top != static_cast<int>(m_values->max())) {
        m_values->setRange(0, top);
        fitValueTicks();
    }
}

int CountBarChart::barCount() const {
    return static_cast<int>(m_set->count());
}

} // namespace station::dashboard
