// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchRequest.h"
#include "server/ServerConfig.h"
#include "server/UpstreamQueue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace station::server {

class Database;

// The site hub's link to the province: enrolls the hub there at its first start (the token
// is kept in the hub's database), then sends the upstream queue in order, in batches, with
// the hub's own token, as a station sends its outbox (core/sync/OutboxRelay): only a 200
// answer marks rows, one transaction per answer; transport errors and 5xx answers back off
// exponentially with jitter; health probes end a long wait as soon as the province answers;
// newly queued records start a pass soon.
class UpstreamRelay : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int minBackoffMs = 1000;
        int maxBackoffMs = 120000;
        int probeIntervalMs = 5000; // probes while waiting after an error; idle re-checks
        int requestTimeoutMs = 30000;
        // How long a request waits to hear the province at all (net/ConnectDeadline.h): a
        // province gone silent is noticed after this, not after requestTimeoutMs; one that
        // stops answering after a batch went out, after twice this (quiet, then a handshake
        // not answered). A WAN's handshake, not a LAN's, hence more than a station's.
        int connectTimeoutMs = 10000;
        int soonMs = 200;     // newly queued records wait this long for company
        int batchSize = 2000; // SiteHubConfig::upstreamBatch unless a Timing is given
        qint64 maxBatchContentBytes = 2 * 1024 * 1024; // below the province's body limit
    };

    UpstreamRelay(Database &database, SiteHubConfig config, Timing timing,
                  QObject *parent = nullptr);
    UpstreamRelay(Database &database, SiteHubConfig config, QObject *parent = nullptr);
    ~UpstreamRelay() override;

    // Checks the hub's database against the configuration and loads the token. False with
    // a reason when the hub must not start: the database is another hub's or a province's,
    // or the hub has no token and no enrollment code to get one.
    bool prepare(QString *error);
    void start();

    // Records were queued (RecordStore's hook): a pass starts soon unless one is on its way
    // or the relay is waiting after an error.
    void recordsQueued(int count);

    // The contract's `upstream` object: pending, oldest_pending_at, last_success_at,
    // last_error, connected.
    QJsonObject statusJson() const;

    // A GET of `path`?`query` at the province with the hub's token (RecallPuller); nullopt
    // while the hub is not enrolled there yet.
    std::optional<QNetworkRequest> provinceRequest(const QString &path, const QString &query,
                                                   int timeoutMs) const;

    // The province's resident-code key as last announced (empty = none).
    QByteArray residentCodeKey() const { return m_residentCodeKey; }

Q_SIGNALS:
    // The province announced another resident-code key (empty: none).
    void residentCodeKeyChanged(const QByteArray &key);
    // A pass ended with nothing pending.
    void drained();
    // The province did not take records of `site`: their stations are told through the
    // site's facts (`relay_refused`), which long polls may now be waiting for.
    void factsAdded(const QString &site);

private:
    QNetworkRequest request(const QString &path, int timeoutMs) const;
    // `reply` is the enrollment or batch on its way: its certificate errors kept, its
    // province given connectTimeoutMs to be heard and to go on answering (limitSilence).
    void watch(QNetworkReply *reply);
    void enroll();
    void onEnrollReply(QNetworkReply *reply);
    void sendNextBatch();
    // Reads the batch after the one on its way, so that it can go as soon as the answer is
    // in (the province works on one batch while the hub reads the next).
    void prepareNextBatch();
    void onBatchReply(QNetworkReply *reply);
    void probe();
    void onProbeReply(QNetworkReply *reply);
    void onTick();
    void syncNow();
    // Records the error and waits: `retryAfterMs` < 0 = the next backoff step.
    void fail(const QString &message, bool connected, int retryAfterMs = -1);
    int nextBackoffMs();
    void succeeded();
    void takeResidentCodeKey(const QByteArray &body);
    // "HTTP 503: reason" or the transport's error, for logs and last_error.
    QString describe(QNetworkReply *reply, int http, const QByteArray &body) const;

    Database &m_database;
    mutable UpstreamQueue m_queue; // statusJson() reads the counts
    // Counting a long queue takes milliseconds of the hub's only thread: a health answer
    // may be up to kCountsMaxAgeMs old, except right after records were queued or a pass
    // ended.
    static constexpr qint64 kCountsMaxAgeMs = 1000;
    mutable std::optional<UpstreamCounts> m_counts;
    mutable QElapsedTimer m_countsAge;
    SiteHubConfig m_config;
    Timing m_timing;
    QString m_token;
    QByteArray m_residentCodeKey;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_tls;
    QPointer<QNetworkReply> m_reply;      // enrollment or batch on its way
    QPointer<QNetworkReply> m_probeReply; // health probe on its way
    QList<QueuedRecord> m_inFlight;
    // The stations' audit heads sent with m_inFlight (marked relayed on the 200 answer).
    QList<protocol::RelayedAuditHead> m_inFlightHeads;
    // The next batch, read while m_inFlight is on its way; valid until an error or the end
    // of the pass. m_cursor: the last queue id sent in this pass.
    std::optional<QList<QueuedRecord>> m_prepared;
    qint64 m_cursor = 0;
    QList<QSslError> m_sslErrors;
    QTimer m_retryTimer;
    QTimer m_soonTimer;
    QTimer m_tickTimer;
    QRandomGenerator m_random;
    int m_backoffMs = 0;
    int m_batchSize = 0;
    bool m_connected = false;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace station::server
