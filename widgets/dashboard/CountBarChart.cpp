// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/CountBarChart.h"

#include "widgets/dashboard/ThroughputChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace station::dashboard {

CountBarChart::CountBarChart(const QString &title, const QColor &colour, QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(title))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis) {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
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
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void CountBarChart::setCounts(const QStringList &categories, const QList<int> &values) {
    if (m_categories->categories() != categories)
        m_categories->setCategories(categories);
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
    if (top != static_cast<int>(m_values->max()))
        m_values->setRange(0, top);
}

int CountBarChart::barCount() const {
    return static_cast<int>(m_set->count());
}

} // namespace station::dashboard
