// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/JoinCode.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>

class QSslSocket;
class QTemporaryFile;
class QTimer;

namespace station {

class Enrollment;

// Who is joining: the station's site (empty while the first-run wizard has not provisioned
// one: any site is then taken), its device id and the table label the server lists.
struct HubJoinStation {
    QString site;
    QString deviceId;
    QString tableLabel;
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

    explicit HubJoin(QString dataDir, QObject *parent = nullptr);
    ~HubJoin() override;

    // One join at a time: a start() while one runs is ignored.
    void start(const QString &joinCodeText, const HubJoinStation &station);
    bool isRunning() const { return m_running; }
    // How long the certificate's handshake may take (the enrollment has the sync settings'
    // request timeout).
    void setHandshakeTimeoutMs(int ms) { m_handshakeTimeoutMs = ms; }

Q_SIGNALS:
    // What is being done now, translated ("Checking the hub's certificate…").
    void progress(const QString &message);
    // The station is enrolled at `serverUrl` and its settings are saved.
    void succeeded(const QUrl &serverUrl, const QString &site);
    // Translated, says what to do; nothing was changed.
    void failed(station::HubJoin::Step step, const QString &message);

private:
    void fetchCertificate();
    void onCertificate(const QSslCertificate &certificate);
    void enroll();
    void onEnrolled(const QString &token, const QByteArray &residentCodeKey);
    void finishWithFailure(Step step, const QString &message);
    void cleanUp();

    const QString m_dataDir;
    int m_handshakeTimeoutMs = 15000;
    bool m_running = false;
    protocol::JoinCode m_code;
    HubJoinStation m_station;
    QPointer<QSslSocket> m_socket;
    QTimer *m_handshakeTimer;
    std::unique_ptr<QTemporaryFile> m_candidateCa;
    QPointer<Enrollment> m_enrollment;
};

// The SHA-256 of a certificate's DER bytes: what a join code's fingerprint names.
QByteArray certificateSha256(const QSslCertificate &certificate);

} // namespace station
