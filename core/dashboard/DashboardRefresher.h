// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/domain/Clock.h"

#include <QObject>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace station {
class Database;
}

namespace station::dashboard {

// Runs the dashboard queries on a thread of its own with its own connection to the
// station database (a connection never crosses threads), so the GUI never waits on SQL.
class DashboardQueryWorker : public QObject {
    Q_OBJECT
public:
    DashboardQueryWorker(QString databasePath, QTimeZone zone, AlertLimits limits,
                         ShiftWindow shift);
    ~DashboardQueryWorker() override;

public Q_SLOTS:
    void refresh(const QDateTime &now);
    void setShift(const station::dashboard::ShiftWindow &shift) { m_shift = shift; }
    // Closes the connection; called in the worker thread before it stops.
    void close();

Q_SIGNALS:
    void refreshed(const station::dashboard::DashboardSnapshot &snapshot, qint64 elapsedMs);

private:
    QString m_path;
    QTimeZone m_zone;
    AlertLimits m_limits;
    ShiftWindow m_shift;
    std::unique_ptr<Database> m_db; // opened lazily, in the worker thread
};

// Owned by the GUI: asks for refreshes and hands back snapshots. Requests arriving while
// one runs are coalesced into one more run, so a burst of changes never queues up work.
class DashboardRefresher : public QObject {
    Q_OBJECT
public:
    DashboardRefresher(const QString &databasePath, Clock clock = systemClock(),
                       QTimeZone zone = QTimeZone::systemTimeZone(), AlertLimits limits = {},
                       QObject *parent = nullptr);
    ~DashboardRefresher() override;

    void requestRefresh();
    void setShift(const ShiftWindow &shift);
    bool busy() const { return m_inFlight; }

Q_SIGNALS:
    void snapshotReady(const station::dashboard::DashboardSnapshot &snapshot);

private:
    void onRefreshed(const DashboardSnapshot &snapshot, qint64 elapsedMs);

    Clock m_clock;
    QThread m_thread;
    DashboardQueryWorker *m_worker = nullptr; // lives in m_thread
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace station::dashboard
