// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncStatus.h"

#include <QObject>
#include <QThread>

namespace station {

class OutboxRelay;
class PersonalDataCodec;
class SiteStaffSync;

// Runs an OutboxRelay and a SiteStaffSync on a thread of their own and relays its status to the
// thread that owns the controller (the GUI thread) through queued signals. It also listens to the
// operating system's network reachability, where Qt has a backend for it, so that sync
// resumes as soon as the network is back.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(const QString &databasePath, const SyncSettings &settings,
                   const QString &deviceToken, Clock clock = systemClock(),
                   QObject *parent = nullptr);
    ~SyncController() override;

    // Opens payloads stored encrypted; call before start().
    void setPayloadCodec(std::shared_ptr<const PersonalDataCodec> codec);
    void start();
    // Ends the relay and its thread; the destructor calls it too.
    void shutdown();
    SyncStatus status() const { return m_status; }
    bool hasReachabilityBackend() const { return m_reachability; }

public Q_SLOTS:
    void syncNow();
    void setDeviceToken(const QString &token);
    // The token of the fallback (the province, for a station joined to a hub); see
    // OutboxRelay. Empty: no fallback.
    void setFallbackToken(const QString &token);

Q_SIGNALS:
    void statusChanged(const station::SyncStatus &status);
    void passFinished(bool everythingAnswered);
    // Relayed from OutboxRelay::residentCodeKeyAnnounced.
    void residentCodeKeyAnnounced(const QByteArray &key);
    // Relayed from SiteStaffSync::staffListChanged: other tables' staff changes were applied.
    void staffListChanged();
    // Relayed from SiteStaffSync::syncProblemsNoted (a staff id two people hold).
    void syncProblemsNoted();

private:
    QThread m_thread;
    OutboxRelay *m_relay = nullptr;
    // The site's staff list, on the relay's thread: a pass after each upload pass and on its
    // own timer.
    SiteStaffSync *m_staff = nullptr;
    SyncStatus m_status;
    bool m_reachability = false;
    bool m_started = false;
};

} // namespace station
