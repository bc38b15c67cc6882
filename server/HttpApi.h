// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/RecordValidation.h"
#include "server/RequestGate.h"
#include "server/ServerConfig.h"

#include <QHttpServer>
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

    // The site hub's link to the province (UpstreamRelay::statusJson), answered in
    // /v1/health; not set on the province.
    void setUpstreamStatus(std::function<QJsonObject()> status) {
        m_upstreamStatus = std::move(status);
    }
    // A site hub enrolls the stations of its own site only; empty = any site (province).
    void setHubSite(const QString &site) { m_hubSite = site; }

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

    // The 503 answer while the database cannot be reached; nothing when it works.
    std::optional<QHttpServerResponse> connectionRefusal();
    // The authenticated device, or the 401/503 answer in *refusal.
    std::optional<DeviceIdentity> authenticate(const QHttpServerRequest &request,
                                               std::optional<QHttpServerResponse> *refusal);
    // The body as a JSON object, or the 413/400 answer in *refusal.
    std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request,
                                        std::optional<QHttpServerResponse> *refusal);

    Database &m_database;
    DeviceRegistry &m_devices;
    RecordStore &m_records;
    ServerLimits m_limits;
    QByteArray m_residentCodeKey;
    std::function<QJsonObject()> m_upstreamStatus;
    QString m_hubSite;
    QHttpServer m_server;
};

} // namespace station::server
