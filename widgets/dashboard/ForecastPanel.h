// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/QueueForecast.h"

#include <QGroupBox>
#include <QTimeZone>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace station::dashboard {

// The lead enters the population still to sample and a target time; the panel projects
// the finish at the measured rate and the tables needed (QueueForecast), with its
// assumptions stated under the figures.
class ForecastPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ForecastPanel(QTimeZone zone, QWidget *parent = nullptr);

    // The measured rate (people per hour over the last `windowMinutes`) and tables working.
    void setMeasured(double ratePerHour, int windowMinutes, int tablesWorking,
                     const QDateTime &asOf);
    void setPeopleRemaining(int people);
    void setTarget(const QTime &localTime);
    Forecast forecast() const { return m_forecast; }
    QString projectedFinishText() const;
    QString tablesNeededText() const;
    // "Tables working" as filled in (or as typed by the lead).
    int tablesWorking() const;

private:
    void recompute();

    QTimeZone m_zone;
    QSpinBox *m_remaining;
    QSpinBox *m_tables;
    QCheckBox *m_hasTarget;
    QTimeEdit *m_target;
    QLabel *m_rate;
    QLabel *m_finish;
    QLabel *m_needed;
    QLabel *m_guideline;
    double m_ratePerHour = 0;
    int m_windowMinutes = 30;
    QDateTime m_asOf;
    Forecast m_forecast;
};

} // namespace station::dashboard
