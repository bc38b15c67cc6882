// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/RateLimiter.h"
#include "server/RecordValidation.h"
#include "server/RequestGate.h"
#include "server/ServerConfig.h"
#include "server/SiteFactsLongPoll.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

namespace station::server {

class Database;
class DeviceRegistry;
class RecordStore;

// The /v1 HTTPS endpoints of docs/sync-protocol.md on QHttpServer. Handlers run on the
// server's thread, one request at a time, each against the one database connection.
class HttpApi : public QObject {
    Q_OBJECT
public:
    HttpApi(Database &database, DeviceRegistry &devices, RecordStore &records, ServerLimits limits,
            QObject *parent = nullptr);

    // The province's resident-code public key, announced at enrollment and with every batch
    // answer; empty = none.
    void setResidentCodePublicKey(const QByteArray &key) { m_residentCodeKey = key; }

    // The site hub's link to the province (UpstreamRelay::statusJson): the `upstream`
    // object of GET /v1/site/tables and of /v1/health; set in hub mode only. Without it the
    // server answers as the province ("role": "province", "upstream": null).
    void setUpstreamStatus(std::function<QJsonObject()> status) {
        m_upstreamStatus = std::move(status);
    }
    // A site hub enrolls the stations of its own site only; empty = any site (province).
    void setHubSite(const QString &site) { m_hubSite = site; }
    // Whether /v1/site/staff is served (ServerConfig::siteStaff); off, it is a 404, which a
    // station takes as "no site staff list here".
    void setSiteStaffServed(bool served) { m_siteStaffServed = served; }

    // Facts of `site` were written outside a batch of this server (a recall raised, the
    // hub's copy of the province's recalls): the stations waiting for them hear now.
    void notifyFactsAdded(const QString &site) { m_factsLongPoll.notifyFactsAdded(site); }

    // Starts listening with TLS; returns the bound port, or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                   QString *error);

private:
    // Judges a request on its head, before its body is read: declared size over the
    // limit, no Content-Length, or an upload whose token is unknown or revoked.
    std::optional<EarlyRefusal> screen(const RequestHead &head);

    QHttpServerResponse health();
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse rotateToken(const QHttpServerRequest &request);
    QHttpServerResponse uploadRecords(const QHttpServerRequest &request);
    QHttpServerResponse aggregates(const QString &site, const QHttpServerRequest &request);
    // sitestaff: the site's staff list (server/SiteStaff.h).
    QHttpServerResponse postSiteStaff(const QHttpServerRequest &request);
    QHttpServerResponse siteStaffNotServed();
    QHttpServerResponse getSiteStaff(const QHttpServerRequest &request);
    QHttpServerResponse siteTables(const QHttpServerRequest &request);
    // results: POST /v1/results, a lab's batch of results (lab tokens only).
    QHttpServerResponse postResults(const QHttpServerRequest &request);
    // GET /v1/people/{blind_key}/status: a person's latest state (health-code tokens only,
    // rate limited per token; server/PersonStatus).
    QHttpServerResponse personStatus(const QString &blindKey, const QHttpServerRequest &request);
    // Keeps when the device was last seen, at most every kLastSeenGranularityMs per device.
    void noteSeen(const QString &deviceId);
    // --- site-wide checks (server/SiteFacts) ---
    // GET /v1/site/facts: answered at once when there are facts after the cursor (or no
    // wait is asked for); otherwise the responder is kept until a batch of the site adds
    // facts or the wait ends (a long poll, so that a station hears of a fact at once:
    // server/SiteFactsLongPoll).
    void siteFacts(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse siteCheck(const QHttpServerRequest &request);
    // The facts page of `site` after the cursor; *empty when it holds no facts.
    QHttpServerResponse siteFactsAnswer(const QString &site, qint64 after, bool *empty);

    // The 503 answer while the database cannot be reached; nothing when it works.
    std::optional<QHttpServerResponse> connectionRefusal();
    // Who may call an endpoint: a station or hub (records, facts, staff, audit heads), a
    // lab (results) or the health-code system (person status). A token of the wrong kind
    // gets 403, whoever it belongs to.
    enum class Caller { Device, Lab, HealthCode };
    // The authenticated device if it may call, or the 401/403/503 answer in *refusal.
    std::optional<DeviceIdentity> authenticate(const QHttpServerRequest &request,
                                               std::optional<QHttpServerResponse> *refusal,
                                               Caller caller = Caller::Device);
    // The 403 answer when a token of `role` may not call where `caller` may; nothing if it may.
    static std::optional<QHttpServerResponse> wrongCallerRefusal(DeviceRole role, Caller caller);
    // The body as a JSON object, or the 413/400 answer in *refusal.
    std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request,
                                        std::optional<QHttpServerResponse> *refusal);

    static constexpr qint64 kLastSeenGranularityMs = 5000;
    // results: at most this many results in one POST /v1/results.
    static constexpr int kMaxResultsPerBatch = 5000;
    // results: from this many results a batch takes the bulk path on PostgreSQL.
    static constexpr int kBulkResultsFrom = 20;

    Database &m_database;
    DeviceRegistry &m_devices;
    RecordStore &m_records;
    ServerLimits m_limits;
    QByteArray m_residentCodeKey;
    std::function<QJsonObject()> m_upstreamStatus;
    QHash<QString, qint64> m_lastSeenWritten; // device -> ms since the epoch
    SiteFactsLongPoll m_factsLongPoll;
    QString m_hubSite;
    bool m_siteStaffServed = false;
    RateLimiter m_lookupRate; // person status lookups, by device
    QHttpServer m_server;
};

} // namespace station::server
