// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RequestChecks.h"

#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/HttpAnswers.h"
#include "server/Logging.h"
#include "server/SiteTables.h"

#include <QDateTime>
#include <QJsonDocument>

namespace station::server {

using http::errorResponse;
using http::Status;

RequestChecks::RequestChecks(Database &database, DeviceRegistry &devices, ServerLimits limits)
    : m_database(database)
    , m_devices(devices)
    , m_limits(limits) {}

QString RequestChecks::bearerToken(const QHttpServerRequest &request) {
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    return header.startsWith(prefix) ? QString::fromLatin1(header.mid(prefix.size()).trimmed())
                                     : QString();
}

QString RequestChecks::revokedReason() {
    return tr("this device was revoked by the server's administrator; "
              "enroll the station again with a new enrollment code");
}

QHttpServerResponse RequestChecks::revokedResponse() {
    return errorResponse(Status::Unauthorized, QStringLiteral("device_revoked"), revokedReason());
}

std::optional<QHttpServerResponse> RequestChecks::connectionRefusal() {
    QString error;
    if (m_database.ensureConnected(&error))
        return std::nullopt;
    return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                         tr("the server cannot reach its database: %1").arg(error));
}

std::optional<DeviceIdentity>
RequestChecks::authenticate(const QHttpServerRequest &request,
                            std::optional<QHttpServerResponse> *refusal, Caller caller) {
    *refusal = connectionRefusal();
    if (*refusal)
        return std::nullopt;
    DeviceIdentity device;
    QString error;
    switch (m_devices.authenticate(bearerToken(request), &device, &error)) {
    case DeviceRegistry::AuthResult::Authenticated:
        if (auto wrongRole = wrongCallerRefusal(device.role, caller)) {
            refusal->emplace(std::move(*wrongRole));
            return std::nullopt;
        }
        noteSeen(device.deviceId);
        return device;
    case DeviceRegistry::AuthResult::Unknown:
        refusal->emplace(errorResponse(
            Status::Unauthorized, QStringLiteral("unauthorized"),
            caller == Caller::Device
                ? tr("the device token is missing, unknown or revoked; enroll the station again")
                : tr("the device token is missing, unknown or revoked")));
        return std::nullopt;
    case DeviceRegistry::AuthResult::Revoked:
        refusal->emplace(revokedResponse());
        return std::nullopt;
    case DeviceRegistry::AuthResult::StorageFailed:
        break;
    }
    refusal->emplace(errorResponse(Status::ServiceUnavailable,
                                   QStringLiteral("storage_unavailable"),
                                   tr("the server cannot read its device list: %1").arg(error)));
    return std::nullopt;
}

std::optional<QHttpServerResponse> RequestChecks::wrongCallerRefusal(DeviceRole role,
                                                                     Caller caller) {
    switch (caller) {
    case Caller::Device: // a station or hub: records, facts, staff, audit heads
        if (role == DeviceRole::HealthCode)
            return errorResponse(Status::Forbidden, QStringLiteral("health_code_token"),
                                 tr("a health-code system's token may look up people's "
                                    "status only"));
        if (role != DeviceRole::Lab)
            return std::nullopt;
        return errorResponse(Status::Forbidden, QStringLiteral("lab_token"),
                             tr("a lab's token may post results only"));
    case Caller::Lab: // results: a lab posts results, nothing else
        if (role == DeviceRole::Lab)
            return std::nullopt;
        return errorResponse(Status::Forbidden, QStringLiteral("not_a_lab"),
                             tr("only a lab's token may post results; enroll the "
                                "lab system with a code made with --role lab"));
    case Caller::HealthCode: // person status: the health-code system, nothing else
        if (role == DeviceRole::HealthCode)
            return std::nullopt;
        return errorResponse(Status::Forbidden, QStringLiteral("not_health_code"),
                             tr("only the health-code system's token may look up people's "
                                "status; enroll it with a code made with --role health-code"));
    }
    return std::nullopt;
}

std::optional<RequestChecks::AuthenticatedJson>
RequestChecks::authenticatedJson(const QHttpServerRequest &request,
                                 std::optional<QHttpServerResponse> *refusal, Caller caller) {
    std::optional<DeviceIdentity> device = authenticate(request, refusal, caller);
    if (!device)
        return std::nullopt;
    std::optional<QJsonObject> body = jsonBody(request, refusal);
    if (!body)
        return std::nullopt;
    return AuthenticatedJson{std::move(*device), std::move(*body)};
}

std::optional<QJsonObject> RequestChecks::jsonBody(const QHttpServerRequest &request,
                                                   std::optional<QHttpServerResponse> *refusal) {
    const QByteArray body = request.body();
    if (body.size() > m_limits.maxBodyBytes) {
        refusal->emplace(
            errorResponse(Status::PayloadTooLarge, QStringLiteral("body_too_large"),
                          tr("the request body has %1 bytes; the limit is %2; send smaller batches")
                              .arg(body.size())
                              .arg(m_limits.maxBodyBytes)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        refusal->emplace(errorResponse(Status::BadRequest, QStringLiteral("malformed_json"),
                                       tr("the body is not valid JSON: %1 at offset %2")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)));
        return std::nullopt;
    }
    if (!document.isObject()) {
        refusal->emplace(errorResponse(Status::BadRequest, QStringLiteral("malformed_json"),
                                       tr("the body must be a JSON object")));
        return std::nullopt;
    }
    return document.object();
}

void RequestChecks::noteSeen(const QString &deviceId) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto written = m_lastSeenWritten.constFind(deviceId);
    if (written != m_lastSeenWritten.cend() && now - *written < kLastSeenGranularityMs)
        return;
    QString error;
    if (SiteTables(m_database).markSeen(deviceId, &error))
        m_lastSeenWritten.insert(deviceId, now);
    else
        qCWarning(lcServer) << "last seen time not kept:" << error;
}

} // namespace station::server
