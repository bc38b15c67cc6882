// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sync/Enrollment.h"
#include "protocol/JoinCode.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>

class QSslSocket;
class QTemporaryFile;
class QTimer;

namespace station {

// Who is joining: the station's site (empty while the first-run wizard has not provisioned
// one: any site is then taken), its device id and its table number (one another station of
// the site has already is refused, server/DeviceRegistry::enroll).
struct HubJoinStation {
    QString site;
    QString deviceId;
    int tableNumber = 0;
};

// Joins a site hub (or any province-server) from a scanned join code, without typing:
//  1. reads the code (protocol/JoinCode);
//  2. fetches the server's certificate in one TLS handshake that verifies nothing, and
//     compares its SHA-256 with the code's fingerprint: a mismatch is refused;
//  3. enrolls with the code's enrollment code, over TLS that now verifies normally (host name
//     included) against that certificate alone, pinned as the server's CA;
//  4. only then saves, in this order: the pinned certificate (server-ca.pem), the sync
//     settings (address, pinned CA), the device token, and the resident-code key the answer
//     carried (the same rule as `sync --enroll-code`: a key replaces the one kept, none
//     removes it).
// All or nothing: a failure at any step leaves the station's sync settings, pinned CA, token
// and key as they were (a failed save undoes the saves before it). Asynchronous: the answer
// comes as a signal, never before start() returns.
//
// With setTarget(Target::Fallback) the same scan enrolls the station at the province as its
// fallback (SyncSettings::fallbackUrl), for a station that syncs with a hub already: the code
// must not name that hub (checkFallbackAddress), and step 4 saves the province's certificate
// (fallback-ca.pem), its address and its own token through saveFallback
// (core/sync/FallbackEnrollment.h). The hub's settings, token, site key and resident-code key
// are left alone; a failure leaves the former fallback in force.
class HubJoin : public QObject {
    Q_OBJECT
public:
    enum class Step {
        ReadCode,
        FetchCertificate,
        CompareFingerprint,
        Enroll,
        PinCertificate,
        SaveSettings,
        SaveToken,
        SaveCodeKey,
    };
    Q_ENUM(Step)
    // What the scanned code sets up: the server the station syncs with, or its fallback.
    enum class Target { Primary, Fallback };
    Q_ENUM(Target)

    explicit HubJoin(QString dataDir, QObject *parent = nullptr);
    ~HubJoin() override;

    // Primary unless set; not while a join runs.
    void setTarget(Target target);
    Target target() const { return m_target; }

    // One join at a time: a start() while one runs is ignored.
    void start(const QString &joinCodeText, const HubJoinStation &station);
    bool isRunning() const { return m_running; }
    // The last join refused because another station of the site has this table number (409
    // table_taken): which number, and free ones; nullopt after any other ending.
    std::optional<TableTaken> tableTaken() const { return m_tableTaken; }
    // How long the certificate's handshake may take; unset (0), the sync settings' connect
    // deadline, which the enrollment after it has as well (net/ConnectDeadline.h).
    void setHandshakeTimeoutMs(int ms) { m_handshakeTimeoutMs = ms; }

Q_SIGNALS:
    // What is being done now, translated ("Checking the hub's certificate…").
    void progress(const QString &message);
    // The station is enrolled at `serverUrl` and its settings are saved (as the server it syncs
    // with, or as its fallback: target()).
    void succeeded(const QUrl &serverUrl, const QString &site);
    // Translated, says what to do; nothing was changed.
    void failed(station::HubJoin::Step step, const QString &message);

private:
    void fetchCertificate();
    void onCertificate(const QSslCertificate &certificate);
    void enroll();
    void onEnrolled(const QString &token, const QByteArray &residentCodeKey);
    void saveAsFallback(const QString &token);
    // Why the server cannot be reached, said of the hub or of the province (the target).
    QString unreachableMessage(const QString &reason) const;
    void finishWithFailure(Step step, const QString &message);
    void cleanUp();

    const QString m_dataDir;
    Target m_target = Target::Primary;
    int m_handshakeTimeoutMs = 0;
    int m_handshakeUsedMs = 0;
    bool m_running = false;
    protocol::JoinCode m_code;
    HubJoinStation m_station;
    QPointer<QSslSocket> m_socket;
    QTimer *m_handshakeTimer;
    std::unique_ptr<QTemporaryFile> m_candidateCa;
    QPointer<Enrollment> m_enrollment;
    std::optional<TableTaken> m_tableTaken;
};

// The SHA-256 of a certificate's DER bytes: what a join code's fingerprint names.
QByteArray certificateSha256(const QSslCertificate &certificate);

} // namespace station
