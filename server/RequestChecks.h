// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/RecordValidation.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

namespace station::server {

class Database;
class DeviceRegistry;

// What every handler of the /v1 endpoints checks before its own work: that the database
// answers, who calls (token and kind of device) and that the body is a JSON object within
// the limit. One per HttpApi, shared by its *Routes.
class RequestChecks {
    Q_DECLARE_TR_FUNCTIONS(RequestChecks)
public:
    // Who may call an endpoint: a station or hub (records, facts, staff, audit heads), a
    // lab (results) or the health-code system (person status). A token of the wrong kind
    // gets 403, whoever it belongs to.
    enum class Caller { Device, Lab, HealthCode };

    RequestChecks(Database &database, DeviceRegistry &devices, ServerLimits limits);

    // The 503 answer while the database cannot be reached; nothing when it works.
    std::optional<QHttpServerResponse> connectionRefusal();
    // The authenticated device if it may call, or the 401/403/503 answer in *refusal.
    std::optional<DeviceIdentity> authenticate(const QHttpServerRequest &request,
                                               std::optional<QHttpServerResponse> *refusal,
                                               Caller caller = Caller::Device);
    // The body as a JSON object, or the 413/400 answer in *refusal.
    std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request,
                                        std::optional<QHttpServerResponse> *refusal);
    // Both, in that order: what most endpoints check first.
    struct AuthenticatedJson {
        DeviceIdentity device;
        QJsonObject body;
    };
    std::optional<AuthenticatedJson> authenticatedJson(const QHttpServerRequest &request,
                                                       std::optional<QHttpServerResponse> *refusal,
                                                       Caller caller = Caller::Device);

    // The token of the Authorization header ("Bearer …"); empty without one.
    static QString bearerToken(const QHttpServerRequest &request);
    // 401: the token is dead for good; the station says "enroll again", which is the way back.
    static QString revokedReason();
    static QHttpServerResponse revokedResponse();

private:
    // The 403 answer when a token of `role` may not call where `caller` may; nothing if it may.
    static std::optional<QHttpServerResponse> wrongCallerRefusal(DeviceRole role, Caller caller);
    // Keeps when the device was last seen, at most every kLastSeenGranularityMs per device.
    void noteSeen(const QString &deviceId);

    static constexpr qint64 kLastSeenGranularityMs = 5000;

    Database &m_database;
    DeviceRegistry &m_devices;
    ServerLimits m_limits;
    QHash<QString, qint64> m_lastSeenWritten; // device -> ms since the epoch
};

} // namespace station::server
