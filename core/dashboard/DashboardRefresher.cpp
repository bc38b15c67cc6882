// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/DashboardRefresher.h"

#include "core/dashboard/DashboardLogging.h"
#include "core/dashboard/RecallList.h"
#include "core/dashboard/ThroughputQueries.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace station::dashboard {

DashboardQueryWorker::DashboardQueryWorker(QString databasePath, QTimeZone zone, AlertLimits limits,
                                           ShiftWindow shift)
    : m_path(std::move(databasePath))
    , m_zone(std::move(zone))
    , m_limits(limits)
    , m_shift(shift) {}

DashboardQueryWorker::~DashboardQueryWorker() = default;

void DashboardQueryWorker::refresh(const QDateTime &now) {
    QElapsedTimer timer;
    timer.start();
    if (!m_db) {
        auto db = std::make_unique<Database>();
        const Status opened = db->open(m_path);
        if (!opened.ok()) {
            DashboardSnapshot failed;
            failed.asOf = now.toUTC();
            failed.error = opened.message();
            Q_EMIT refreshed(failed, timer.elapsed());
            return;
        }
        m_db = std::move(db);
    }
    DashboardSnapshot s = ThroughputQueries(*m_db, m_zone, m_limits).snapshot(now, m_shift);
    if (s.valid) {
        QSqlError recallError;
        s.recalls = recallList(*m_db, &recallError);
        if (recallError.isValid()) // the rest of the figures still stand
            qCWarning(lcDashboard) << "cannot read the recalls:" << recallError.text();
    }
    const qint64 ms = timer.elapsed();
    qCDebug(lcDashboard) << "dashboard refresh took" << ms << "ms";
    Q_EMIT refreshed(s, ms);
}

void DashboardQueryWorker::close() {
    m_db.reset();
}

DashboardRefresher::DashboardRefresher(const QString &databasePath, Clock clock, QTimeZone zone,
                                       AlertLimits limits, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock)) {
    qRegisterMetaType<DashboardSnapshot>();
    qRegisterMetaType<ShiftWindow>();
    m_thread.setObjectName(QStringLiteral("dashboard-queries"));
    m_worker = new DashboardQueryWorker(databasePath, std::move(zone), limits, ShiftWindow{});
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &DashboardQueryWorker::refreshed, this, &DashboardRefresher::onRefreshed);
    m_thread.start();
}

DashboardRefresher::~DashboardRefresher() {
    // Close the connection in the thread that opened it, then stop the thread.
    QMetaObject::invokeMethod(m_worker, &DashboardQueryWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void DashboardRefresher::requestRefresh() {
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    const QDateTime now = m_clock();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, now] { w->refresh(now); }, Qt::QueuedConnection);
}

void DashboardRefresher::setShift(const ShiftWindow &shift) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, shift] { w->setShift(shift); }, Qt::QueuedConnection);
}

void DashboardRefresher::onRefreshed(const DashboardSnapshot &snapshot, qint64 elapsedMs) {
    Q_UNUSED(elapsedMs);
    m_inFlight = false;
    Q_EMIT snapshotReady(snapshot);
    if (m_again) {
        m_again = false;
        requestRefresh();
    }
}

} // namespace station::dashboard
