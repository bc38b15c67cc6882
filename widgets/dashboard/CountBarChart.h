// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QChartView>

class QBarSet;
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QValueAxis;

namespace station::dashboard {

// Counts per category as horizontal bars (per table, per operator, tubes by state).
// Values are replaced in place, without animation; the value axis moves in rounded steps
// and shows as many of them as its width holds. The title is shown by the panel around
// the chart (wrapped there, where a chart's own title would be cut to "…").
class CountBarChart : public QChartView {
    Q_OBJECT
public:
    explicit CountBarChart(const QString &title, const QColor &colour, QWidget *parent = nullptr);

    void setCounts(const QStringList &categories, const QList<int> &values);
    // Pins the value axis (e.g. 0-300 minutes for box ages against a 240-minute limit);
    // values beyond it stretch the axis.
    void setFixedMaximum(int maximum) { m_fixedMaximum = maximum; }
    int barCount() const;
    QString title() const { return m_title; }
    // Room for every category's label whole: a line of height each, and (QtCharts gives an
    // axis at most 40 % of the chart's width) two and a half times the longest label.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitValueTicks();

    QString m_title;
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    int m_fixedMaximum = 0;
};

} // namespace station::dashboard
