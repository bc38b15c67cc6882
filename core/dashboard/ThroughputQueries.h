// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/dashboard/DayWindow.h"
#include "core/domain/DomainError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

namespace station {
class Database;
}

namespace station::dashboard {

// The dashboard's aggregate queries. Each is one SQL statement over an index added in
// schema version 2; the caller passes "now" so tests and the report are reproducible.
// Runs on whichever thread owns the Database (the dashboard uses a worker thread with a
// connection of its own).
class ThroughputQueries {
    Q_DECLARE_TR_FUNCTIONS(station::dashboard::ThroughputQueries)

public:
    explicit ThroughputQueries(Database &db, QTimeZone zone = QTimeZone::systemTimeZone(),
                               AlertLimits limits = {});

    const AlertLimits &limits() const { return m_limits; }
    QTimeZone zone() const { return m_zone; }

    // Swabs per bucket of the site's day (10 minutes for the dashboard, 60 for the report).
    Result<QVector<TimeBucket>> samplesPerBucket(const QDate &day, int bucketSeconds) const;
    // Swabs per table in the day, with the average seconds per sample over the hour
    // before `now` and the last sample time.
    Result<QList<TableThroughput>> perTable(const QDate &day, const QDateTime &now) const;
    Result<QList<OperatorThroughput>> perOperator(const QDate &day) const;
    Result<TubeStateCounts> tubesByState(const QDate &day) const;
    // Boxes not handed over, oldest first, aged at `now`.
    Result<QList<BoxAge>> boxesByAge(const QDateTime &now) const;
    Result<SyncBacklog> syncBacklog(const QDateTime &now) const;
    // This station's sync problems by kind (site notes and records the server did not take),
    // kinds with none left out: those of the sync problems list first in its order, then any
    // other kind by name.
    Result<QList<SyncProblemCount>> syncProblemCounts() const;
    // Swabs in [from, to).
    Result<int> samplesBetween(const QDateTime &from, const QDateTime &to) const;

    // Where the tube `alias` of this station is now, as an SQL expression over `tubes
    // alias` (its state's values): what the site's facts say of boxes wins over the table's
    // own state, which cannot know what happened elsewhere. A sealed tube another table packed
    // (its latest tube fact is "boxed") is boxed; a tube whose box another table or the site
    // hub handed over (a box fact) is handed over. Without facts, the table's own state.
    static QString tubeStateNowSql(const QString &alias = QStringLiteral("t"));

    // All of the above for the dashboard at `now` (the site's day of `now`), with alerts.
    DashboardSnapshot snapshot(const QDateTime &now, const ShiftWindow &shift = {}) const;

    // Alerts from computed figures: pure, so it is tested without a database.
    static QList<Alert> alertsFor(const DashboardSnapshot &s, const QDateTime &now,
                                  const QTimeZone &zone, const ShiftWindow &shift,
                                  const AlertLimits &limits);
    // The alert for one kind of sync problem: how many, what to do, "see Sync problems (F7)".
    static Alert syncProblemAlert(const SyncProblemCount &problems);

private:
    QSqlDatabase connection() const;
    DayWindow window(const QDate &day, int bucketSeconds = 600) const;
    std::optional<int> stationTableNumber() const;

    Database &m_db;
    QTimeZone m_zone;
    AlertLimits m_limits;
};

} // namespace station::dashboard
