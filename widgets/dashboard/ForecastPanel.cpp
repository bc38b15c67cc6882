// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/ForecastPanel.h"

#include "widgets/Theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace station::dashboard {

namespace {

QLabel *bigLabel(QWidget *parent) {
    auto *l = new QLabel(QStringLiteral("—"), parent);
    QFont f = theme::scaledFont(l->font(), 1.4);
    f.setBold(true);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

} // namespace

ForecastPanel::ForecastPanel(QTimeZone zone, QWidget *parent)
    : QGroupBox(tr("Queue forecast"), parent)
    , m_zone(std::move(zone))
    , m_remaining(new QSpinBox(this))
    , m_tables(new QSpinBox(this))
    , m_hasTarget(new QCheckBox(tr("Finish by"), this))
    , m_target(new QTimeEdit(QTime(18, 0), this))
    , m_rate(new QLabel(this))
    , m_finish(bigLabel(this))
    , m_needed(bigLabel(this))
    , m_guideline(new QLabel(this)) {
    m_remaining->setRange(0, 10'000'000);
    m_remaining->setSingleStep(100);
    m_remaining->setGroupSeparatorShown(true);
    m_remaining->setSuffix(tr(" people"));
    m_tables->setRange(1, 10'000);
    m_hasTarget->setChecked(true);
    m_target->setDisplayFormat(QStringLiteral("HH:mm"));
    m_guideline->setWordWrap(true);
    m_rate->setWordWrap(true);

    auto *form = new QFormLayout;
    // In a narrow column each label goes above its field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Still to sample"), m_remaining);
    form->addRow(tr("Tables working"), m_tables);
    form->addRow(m_hasTarget, m_target);
    form->addRow(tr("Current rate"), m_rate);
    form->addRow(tr("Projected finish"), m_finish);
    form->addRow(tr("Tables needed"), m_needed);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_guideline);
    auto *assumptions = new QLabel(
        tr("Assumes the current rate continues and every table, including added ones, works at "
           "today's average rate per table. Include people who must be sampled again."),
        this);
    assumptions->setWordWrap(true);
    assumptions->setStyleSheet(QStringLiteral("color: #4a5561;"));
    layout->addWidget(assumptions);
    layout->addStretch();

    connect(m_remaining, &QSpinBox::valueChanged, this, &ForecastPanel::recompute);
    connect(m_tables, &QSpinBox::valueChanged, this, &ForecastPanel::recompute);
    connect(m_hasTarget, &QCheckBox::toggled, this, &ForecastPanel::recompute);
    connect(m_target, &QTimeEdit::timeChanged, this, &ForecastPanel::recompute);
    recompute();
}

void ForecastPanel::setMeasured(double ratePerHour, int windowMinutes, int tablesWorking,
                                const QDateTime &asOf) {
    m_ratePerHour = ratePerHour;
    m_windowMinutes = windowMinutes;
    m_asOf = asOf;
    m_rate->setText(tr("%1 people/hour (last %2 min)")
                        .arg(locale().toString(ratePerHour, 'f', 0))
                        .arg(windowMinutes));
    if (tablesWorking > 0 && m_tables->value() < tablesWorking)
        m_tables->setValue(tablesWorking);
    recompute();
}

void ForecastPanel::setPeopleRemaining(int people) {
    m_remaining->setValue(people);
}

void ForecastPanel::setTarget(const QTime &localTime) {
    m_hasTarget->setChecked(true);
    m_target->setTime(localTime);
}

int ForecastPanel::tablesWorking() const {
    return m_tables->value();
}

QString ForecastPanel::projectedFinishText() const {
    return m_finish->text();
}

QString ForecastPanel::tablesNeededText() const {
    return m_needed->text();
}

void ForecastPanel::recompute() {
    m_target->setEnabled(m_hasTarget->isChecked());
    const QDateTime now = m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc();
    ForecastInput in;
    in.peopleRemaining = m_remaining->value();
    in.ratePerHour = m_ratePerHour;
    in.tablesActive = m_tables->value();
    in.now = now;
    if (m_hasTarget->isChecked()) {
        QDateTime target(now.toTimeZone(m_zone).date(), m_target->time(), m_zone);
        if (target < now)
            target = target.addDays(1); // a time earlier than now means tomorrow
        in.targetFinish = target.toUTC();
    }
    m_forecast = QueueForecast::compute(in);
    const QDateTime localNow = now.toTimeZone(m_zone);
    if (m_forecast.projectedFinish) {
        const QDateTime f = m_forecast.projectedFinish->toTimeZone(m_zone);
        // Another day: its name in the interface's language, and its date when not this week.
        const QString dayName = f.date() < localNow.date().addDays(7)
                                    ? locale().dayName(f.date().dayOfWeek(), QLocale::ShortFormat)
                                    : locale().toString(f.date(), QLocale::ShortFormat);
        const QString day = f.date() == localNow.date() ? QString() : tr(" (%1)").arg(dayName);
        m_finish->setText(f.toString(QStringLiteral("HH:mm")) + day);
        m_finish->setStyleSheet(in.targetFinish.isValid() && !m_forecast.onTrack
                                    ? QStringLiteral("color: #b01e1e;")
                                    : QString());
    } else {
        m_finish->setText(tr("no swabs in the last %1 min").arg(m_windowMinutes));
        m_finish->setStyleSheet(QString());
    }
    if (m_forecast.tablesNeeded) {
        m_needed->setText(
            m_forecast.additionalTables
                ? tr("%1 (%2 more)").arg(*m_forecast.tablesNeeded).arg(*m_forecast.additionalTables)
                : tr("%1 (enough)").arg(*m_forecast.tablesNeeded));
    } else {
        m_needed->setText(tr("—"));
    }
    m_guideline->setText(tr("Planning guideline: %1–%2 tables for %3 people (one table per "
                            "600–800 people).")
                             .arg(m_forecast.guidelineTablesMin)
                             .arg(m_forecast.guidelineTablesMax)
                             .arg(locale().toString(in.peopleRemaining)));
}

} // namespace station::dashboard
