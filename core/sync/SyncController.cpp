// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncController.h"

#include "core/Logging.h"
#include "core/sync/OutboxRelay.h"
#include "core/sync/SiteStaffSync.h"

#include <QNetworkInformation>

namespace station {

SyncController::SyncController(const QString &databasePath, const SyncSettings &settings,
                               const QString &deviceToken, Clock clock, QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<station::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("outbox-relay"));
    m_relay = new OutboxRelay(databasePath, settings, deviceToken, clock);
    m_relay->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_relay, &QObject::deleteLater);
    connect(m_relay, &OutboxRelay::statusChanged, this, [this](const SyncStatus &s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    });
    connect(m_relay, &OutboxRelay::passFinished, this, &SyncController::passFinished);
    connect(m_relay, &OutboxRelay::residentCodeKeyAnnounced, this,
            &SyncController::residentCodeKeyAnnounced);
    m_staff = new SiteStaffSync(databasePath, settings, deviceToken, std::move(clock));
    m_staff->setIntervalMs(settings.probeIntervalMs);
    m_staff->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_staff, &QObject::deleteLater);
    // Both live on the relay's thread: a direct call, after each upload pass.
    connect(m_relay, &OutboxRelay::passFinished, m_staff, &SiteStaffSync::syncNow);
    connect(m_staff, &SiteStaffSync::staffListChanged, this, &SyncController::staffListChanged);
    connect(m_staff, &SiteStaffSync::syncProblemsNoted, this, &SyncController::syncProblemsNoted);
}

SyncController::~SyncController() {
    shutdown();
}

void SyncController::start() {
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_staff, &SiteStaffSync::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_relay, &OutboxRelay::start, Qt::QueuedConnection);
    m_reachability =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (m_reachability) {
        OutboxRelay *relay = m_relay;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [relay](QNetworkInformation::Reachability r) {
                    const bool reachable = r == QNetworkInformation::Reachability::Online ||
                                           r == QNetworkInformation::Reachability::Site ||
                                           r == QNetworkInformation::Reachability::Local;
                    QMetaObject::invokeMethod(
                        relay, [relay, reachable] { relay->setNetworkReachable(reachable); });
                });
    } else {
        qCInfo(lcSync) << "no network reachability backend; relying on health probes";
    }
}

void SyncController::shutdown() {
    if (!m_started) {
        delete m_relay; // never moved into a running thread
        m_relay = nullptr;
        delete m_staff;
        m_staff = nullptr;
        m_started = true;
        return;
    }
    if (!m_thread.isRunning())
        return;
    if (QNetworkInformation::instance())
        QNetworkInformation::instance()->disconnect(this);
    // The relay's socket and database belong to its thread: close them there.
    QMetaObject::invokeMethod(m_relay, &OutboxRelay::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_staff, &SiteStaffSync::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_relay = nullptr; // deleted with its thread
    m_staff = nullptr;
}

void SyncController::syncNow() {
    if (!m_relay)
        return;
    QMetaObject::invokeMethod(m_relay, &OutboxRelay::syncNow, Qt::QueuedConnection);
}

void SyncController::setDeviceToken(const QString &token) {
    if (!m_relay)
        return;
    OutboxRelay *relay = m_relay;
    SiteStaffSync *staff = m_staff;
    QMetaObject::invokeMethod(
        staff, [staff, token] { staff->setDeviceToken(token); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        relay, [relay, token] { relay->setDeviceToken(token); }, Qt::QueuedConnection);
}

void SyncController::setFallbackToken(const QString &token) {
    if (!m_relay)
        return;
    OutboxRelay *relay = m_relay;
    // Queued on the relay's thread: before start() it runs ahead of the relay's start.
    QMetaObject::invokeMethod(
        relay, [relay, token] { relay->setFallbackToken(token); }, Qt::QueuedConnection);
}

void SyncController::setPayloadCodec(std::shared_ptr<const PersonalDataCodec> codec) {
    m_staff->setAuditSigner(codec); // the audit rows of applied staff entries
    m_relay->setPayloadCodec(std::move(codec));
}

} // namespace station
