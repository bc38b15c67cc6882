// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace station::server {

class Database;

// At a site hub: the province raises recalls (server/Recalls) from the results it matches,
// and the hub's stations read their facts from the hub. This puller long-polls the
// province's GET /v1/site/facts for the hub's site with the hub's token and copies the
// `recall` facts into the hub's own site_facts, with the province's cursor kept in the same
// transaction (upstream_facts_cursor), so a restart neither loses nor repeats one. Each
// copied fact names the person by the HUB's person key of the same sample (the hub's own
// person_sampled fact of that sample_uuid): the hub's stations compute keys with the hub's
// site key. Errors back off exponentially with jitter; a success resets the backoff.
class RecallPuller : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int minBackoffMs = 1000;
        int maxBackoffMs = 60000;
        int waitMs = 25000; // the province's long poll
        // To hear the province at all (net/ConnectDeadline.h); the relay's
        // (UpstreamRelay::Timing). Not during the wait: the province holds the poll on purpose.
        int connectTimeoutMs = 10000;
    };
    // A request to the province for `path` and `query`, with the hub's token; nullopt while
    // the hub has none yet (not enrolled).
    using RequestMaker = std::function<std::optional<QNetworkRequest>(
        const QString &path, const QString &query, int timeoutMs)>;

    RecallPuller(Database &database, QString site, RequestMaker makeRequest, Timing timing,
                 QObject *parent = nullptr);
    ~RecallPuller() override;

    void start();

    // Keeps the recall facts of one answer of the province and its cursor, in one
    // transaction; the number of facts written, or nullopt with *error.
    std::optional<int> keep(const QJsonArray &facts, qint64 lastSeq, QString *error);
    // The province's cursor as last kept (0: none yet).
    qint64 cursor(QString *error) const;

    // The `recalls` object of the hub's `upstream` health: connected (the province took the
    // poll's handshake or answered it, and no poll failed since), last_success_at (its last
    // answer), last_error (why the last poll failed; empty once it is heard again).
    QJsonObject statusJson() const;

Q_SIGNALS:
    // Recall facts were written into the hub's facts: its waiting stations should hear.
    void factsAdded(const QString &site);

private:
    void poll();
    void onReply(QNetworkReply *reply);
    void retryLater(const QString &why);
    QString describe(const QNetworkReply *reply, int http) const;

    Database &m_database;
    QString m_site;
    RequestMaker m_makeRequest;
    Timing m_timing;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QRandomGenerator m_random;
    int m_backoffMs = 0;
    bool m_connected = false;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace station::server
