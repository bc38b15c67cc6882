// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/EnrollmentRoutes.h"

#include "protocol/BatchAnswer.h"
#include "protocol/ResidentCodeKey.h"
#include "protocol/TableNumber.h"
#include "server/DeviceRegistry.h"
#include "server/HttpAnswers.h"
#include "server/RecordStore.h"
#include "server/RequestChecks.h"

#include <QJsonArray>
#include <QJsonObject>

namespace station::server {

using http::errorResponse;
using http::Status;

EnrollmentRoutes::EnrollmentRoutes(RequestChecks &checks, DeviceRegistry &devices,
                                   RecordStore &records)
    : m_checks(checks)
    , m_devices(devices)
    , m_records(records) {}

QHttpServerResponse EnrollmentRoutes::enroll(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal = m_checks.connectionRefusal();
    if (refusal)
        return std::move(*refusal);
    const auto body = m_checks.jsonBody(request, &refusal);
    if (!body)
        return std::move(*refusal);
    const QString site = body->value(QLatin1String("site")).toString();
    const QString code = body->value(QLatin1String("enrollment_code")).toString();
    const QString deviceId = body->value(QLatin1String("device_id")).toString();
    // The number when the station sends it; an older station's label otherwise, in
    // whichever language it was set up in (DeviceRegistry::enroll reads both).
    const int tableNumber = body->value(QLatin1String("table_number")).toInt();
    const QString table = tableNumber > 0 ? protocol::tableWireLabel(tableNumber)
                                          : body->value(QLatin1String("table")).toString().left(64);
    if (site.isEmpty() || code.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("site and enrollment_code are required"));
    if (!DeviceRegistry::isValidDeviceId(deviceId))
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("device_id must be 1 to 64 letters, digits, '.', '_' or '-'"));
    if (!m_hubSite.isEmpty() && site != m_hubSite)
        return errorResponse(Status::Forbidden, QStringLiteral("enrollment_refused"),
                             tr("this is the site hub of site %1; it enrolls only that site's "
                                "stations")
                                 .arg(m_hubSite));
    QString token;
    QString error;
    std::optional<DeviceRole> role;
    QList<int> tablesInUse;
    switch (m_devices.enroll(site, code, deviceId, table, &token, &error, &role, &tablesInUse)) {
    case DeviceRegistry::EnrollResult::Enrolled: {
        QJsonObject answer{{QStringLiteral("device_token"), token},
                           {QStringLiteral("site"), site},
                           {QStringLiteral("device_id"), deviceId}};
        protocol::announceResidentCodeKey(&answer, m_residentCodeKey);
        // The site key names the site's people (site person keys): only the stations and
        // the hub of the site, which check people across its tables, get it. A lab or the
        // health-code system reads no site facts and may not hold it.
        if (role != DeviceRole::Station && role != DeviceRole::Hub)
            return QHttpServerResponse(answer);
        // The site's key, made at its first enrollment (site-wide checks). Asking again
        // with the same code gives the same token, so a failure here loses nothing.
        const std::optional<QByteArray> siteKey = m_records.siteFacts().siteKey(site, &error);
        if (!siteKey)
            break;
        answer.insert(QStringLiteral("site_key"), QString::fromLatin1(siteKey->toHex()));
        return QHttpServerResponse(answer);
    }
    case DeviceRegistry::EnrollResult::Refused:
        return errorResponse(Status::Forbidden, QStringLiteral("enrollment_refused"), error);
    case DeviceRegistry::EnrollResult::EnrolledElsewhere:
        return errorResponse(Status::Conflict, QStringLiteral("enrolled_elsewhere"), error);
    case DeviceRegistry::EnrollResult::TableTaken: {
        // The numbers, so that the station says in its own language which are free.
        QJsonObject answer = protocol::errorBody(QStringLiteral("table_taken"), error);
        QJsonArray inUse;
        for (const int n : std::as_const(tablesInUse))
            inUse.append(n);
        answer.insert(QStringLiteral("table_number"), protocol::tableNumberOfLabel(table));
        answer.insert(QStringLiteral("tables_in_use"), inUse);
        return QHttpServerResponse(answer, Status::Conflict);
    }
    case DeviceRegistry::EnrollResult::StorageFailed:
        break;
    }
    return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                         tr("the server could not store the enrollment: %1").arg(error));
}

QHttpServerResponse EnrollmentRoutes::rotateToken(const QHttpServerRequest &request) {
    if (auto refusal = m_checks.connectionRefusal())
        return std::move(*refusal);
    const QString token = RequestChecks::bearerToken(request);
    QString fresh;
    QString error;
    switch (m_devices.rotate(token, &fresh, &error)) {
    case DeviceRegistry::AuthResult::Authenticated:
        return QHttpServerResponse(QJsonObject{{QStringLiteral("device_token"), fresh}});
    case DeviceRegistry::AuthResult::Unknown:
        return errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                             tr("the device token is missing, unknown or revoked"));
    case DeviceRegistry::AuthResult::Revoked:
        return RequestChecks::revokedResponse();
    case DeviceRegistry::AuthResult::StorageFailed:
        break;
    }
    return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                         tr("the server could not store the new token: %1").arg(error));
}

} // namespace station::server
