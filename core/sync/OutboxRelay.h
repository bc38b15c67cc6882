// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/sync/Backoff.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/ReachProbe.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncStatus.h"
#include "protocol/BatchRequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace station {

class Database;

// Uploads the outbox to the server (docs/sync-protocol.md). It lives on a thread of its
// own (see SyncController) with its own database connection and network access manager,
// both made in start(), i.e. in that thread.
//
// Pending rows go out in seq order, in batches; only a 200 answer changes a row's state,
// in one transaction per answer. Transport errors and 5xx leave every row as it was and
// are retried after the station's Backoff (exponential, with jitter); health probes and
// network-reachability news end a long wait early. A lost answer makes the next send come back
// `duplicate`, which counts as success.
//
// With a fallback (SyncSettings::fallbackUrl and a fallback token: a station joined to a hub
// that is also enrolled at the province), each pass still tries the primary first. When the
// primary cannot be reached (SyncRoute.h: refused, unreachable, no answer) and has not been
// for fallbackAfterSecs (PrimaryOutage, kept in the database), the pass goes on to the
// province with what no server has acknowledged. Those records go to the hub as well once it
// answers again. Any other failure of the primary (its certificate, a refusal, a revoked token)
// is said as it is and never leads to the fallback.
//
// Every request must hear its server within SyncSettings::connectTimeoutMs (TLS handshake
// answered, request bytes taken: net/ConnectDeadline.h), else it counts as unreachable: a hub
// gone silent is an outage within seconds. A hub that stops answering after the batch went out
// (nothing moves for connectTimeoutMs, and a fresh handshake is not answered within it either)
// counts as unreachable too; a hub that is only slow answers the handshake and is waited for up
// to the request timeout. Idle connections are kept 2 s only, so each pass connects afresh.
//
// Once an outage of the primary is recorded and the fallback is ready, a pass first tries a
// plain TCP connection to the primary (ReachProbe, SyncSettings::primaryProbeTimeoutMs) before
// any request: nobody there, and the pass goes on as if the request had found the primary
// unreachable, without waiting a whole request timeout for it. A primary that takes the
// connection is asked as usual, so that its answer (a 401 too) is heard: probe first, never
// instead.
class OutboxRelay : public QObject {
    Q_OBJECT
public:
    OutboxRelay(QString databasePath, SyncSettings settings, QString deviceToken,
                Clock clock = systemClock(), QObject *parent = nullptr);
    ~OutboxRelay() override;

    // Opens payloads stored encrypted; set before start(). Without it the stored bytes
    // are sent as they are.
    void setPayloadCodec(std::shared_ptr<const PersonalDataCodec> codec) {
        m_codec = std::move(codec);
    }
    SyncStatus status() const { return m_status; }
    // After an error: whether the relay will try again by itself.
    bool retryScheduled() const { return m_backoff && m_backoff->isWaiting(); }

public Q_SLOTS:
    // Opens the database and the network access manager, then starts a pass.
    void start();
    // Starts a pass now, whatever the backoff said.
    void syncNow();
    void setDeviceToken(const QString &token);
    // The fallback's own token (readFallbackToken); empty: no fallback.
    void setFallbackToken(const QString &token);
    // The operating system says the network is back (or gone).
    void setNetworkReachable(bool reachable);
    // Aborts any request and closes the database; call before the thread ends.
    void stop();

Q_SIGNALS:
    void statusChanged(const station::SyncStatus &status);
    // A pass ended: everything pending was answered (true), or an error stopped it.
    void passFinished(bool everythingAnswered);
    // A batch answer carried the province's resident-code public key (32 bytes); the owner
    // stores it when it differs from the one it has (StationSettings).
    void residentCodeKeyAnnounced(const QByteArray &key);
    // A batch answer carried site notes (kept in the database, see SiteNotes.h).
    void siteNotesReceived(int count);

private:
    void sendNextBatch();
    void onBatchReply(QNetworkReply *reply);
    void probe();
    void onProbeReply(QNetworkReply *reply);
    void onTick();
    // Whether this pass tries a TCP connection to the primary before its first request.
    bool probePrimaryFirst() const;
    void onPrimaryProbe(ReachProbe::Outcome outcome, const QString &reason);
    // The primary cannot be reached (`reason`: why, in the network's words): on to the fallback
    // when it is due, else the failure said with when it will be.
    void onPrimaryUnreachable(const QString &reason);
    void fail(SyncStatus::Problem problem, const QString &message, SyncStatus::Connection c,
              int retryAfterMs = -1);
    void refreshCounts();
    void publish();
    QNetworkRequest request(const QString &path, SyncRoute route = SyncRoute::Primary) const;
    bool fallbackReady() const;
    // The primary could not be reached: kept (PrimaryOutage) and told in the status; true when
    // the pass goes on to the fallback now.
    bool primaryUnreachable();
    void primaryAnswered();
    void showOutage(const std::optional<QDateTime> &since);
    QByteArray batchBody(const QList<OutboxRow> &rows) const;

    QString m_databasePath;
    SyncSettings m_settings;
    QString m_token;
    QString m_fallbackToken;
    Clock m_clock;
    std::shared_ptr<const PersonalDataCodec> m_codec;
    QString m_stationId;
    QString m_tableLabel; // sent in each batch's station_status
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxStore> m_store;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_tls;
    QString m_tlsSetupError;
    QSslConfiguration m_fallbackTls;
    QString m_fallbackTlsError;
    // The route of this pass: the primary first, the fallback once it is due.
    SyncRoute m_route = SyncRoute::Primary;
    QPointer<QNetworkReply> m_batchReply;
    QPointer<QNetworkReply> m_probeReply;
    QList<OutboxRow> m_inFlight;
    std::optional<protocol::AuditHead> m_sentHead; // the audit head sent with m_inFlight
    QList<QSslError> m_sslErrors;
    Backoff *m_backoff = nullptr;         // made in start(), on the relay's thread
    ReachProbe *m_primaryProbe = nullptr; // likewise
    QTimer *m_tickTimer = nullptr;
    QElapsedTimer m_sinceProbe;
    int m_batchSize = 500;
    SyncStatus m_status;
};

} // namespace station
