// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpApi.h"

#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"
#include "protocol/ResidentCodeKey.h"
#include "server/AuditHeads.h"
#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/Logging.h"
#include "server/RecordStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QUrlQuery>

namespace station::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &reason) {
    return QHttpServerResponse(protocol::errorBody(code, reason), status);
}

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString bearerToken(const QHttpServerRequest &request) {
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    return header.startsWith(prefix) ? QString::fromLatin1(header.mid(prefix.size()).trimmed())
                                     : QString();
}

// 401: the token is dead for good; the station says "enroll again", which is the way back.
QString revokedReason() {
    return HttpApi::tr("this device was revoked by the server's administrator; "
                       "enroll the station again with a new enrollment code");
}

QHttpServerResponse revokedResponse() {
    return errorResponse(Status::Unauthorized, QStringLiteral("device_revoked"), revokedReason());
}

QString isoFromSeconds(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

HttpApi::HttpApi(Database &database, DeviceRegistry &devices, RecordStore &records,
                 ServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_devices(devices)
    , m_records(records)
    , m_limits(limits) {
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/v1/health"), Method::Get, [this] { return health(); });
    m_server.route(QStringLiteral("/v1/enroll"), Method::Post,
                   [this](const QHttpServerRequest &request) { return enroll(request); });
    m_server.route(QStringLiteral("/v1/token/rotate"), Method::Post,
                   [this](const QHttpServerRequest &request) { return rotateToken(request); });
    m_server.route(QStringLiteral("/v1/records"), Method::Post,
                   [this](const QHttpServerRequest &request) { return uploadRecords(request); });
    m_server.route(QStringLiteral("/v1/sites/<arg>/aggregates"), Method::Get,
                   [this](const QString &site, const QHttpServerRequest &request) {
                       return aggregates(site, request);
                   });
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                        QString *error) {
    auto *tcp = new GatedSslServer([this](const RequestHead &head) { return screen(head); });
    tcp->setSslConfiguration(tls);
    if (!tcp->listen(address, port)) {
        delete tcp;
        *error = tr("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    m_server.bind(tcp); // QHttpServer takes it over
    return tcp->serverPort();
}

std::optional<EarlyRefusal> HttpApi::screen(const RequestHead &head) {
    const auto refusal = [](int status, const char *phrase, const QString &code,
                            const QString &reason) {
        return EarlyRefusal{status, QByteArray(phrase),
                            QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                                      {QStringLiteral("reason"), reason}})
                                .toJson(QJsonDocument::Compact)};
    };
    if (head.chunked)
        return refusal(411, "Length Required", QStringLiteral("length_required"),
                       tr("send the request body with a Content-Length"));
    const auto tooLarge = [&] {
        return refusal(413, "Payload Too Large", QStringLiteral("body_too_large"),
                       tr("the request body has %1 bytes; the limit is %2; send smaller batches")
                           .arg(head.contentLength)
                           .arg(m_limits.maxBodyBytes));
    };
    if (head.method != "POST" || head.path != "/v1/records") {
        if (head.contentLength > m_limits.maxBodyBytes)
            return tooLarge();
        return std::nullopt;
    }
    // The token is checked before the batch is read (and before its size: a stranger
    // learns nothing but 401). A database that cannot answer is left to the handler,
    // which says 503.
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QString token = head.authorization.startsWith(prefix)
                              ? QString::fromLatin1(head.authorization.mid(prefix.size()).trimmed())
                              : QString();
    QString error;
    switch (m_devices.check(token, &error)) {
    case DeviceRegistry::AuthResult::Unknown:
        return refusal(
            401, "Unauthorized", QStringLiteral("unauthorized"),
            tr("the device token is missing, unknown or revoked; enroll the station again"));
    case DeviceRegistry::AuthResult::Revoked:
        return refusal(401, "Unauthorized", QStringLiteral("device_revoked"), revokedReason());
    case DeviceRegistry::AuthResult::Authenticated:
    case DeviceRegistry::AuthResult::StorageFailed:
        break;
    }
    if (head.contentLength > m_limits.maxBodyBytes)
        return tooLarge();
    return std::nullopt;
}

std::optional<QHttpServerResponse> HttpApi::connectionRefusal() {
    QString error;
    if (m_database.ensureConnected(&error))
        return std::nullopt;
    return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                         tr("the server cannot reach its database: %1").arg(error));
}

std::optional<DeviceIdentity> HttpApi::authenticate(const QHttpServerRequest &request,
                                                    std::optional<QHttpServerResponse> *refusal) {
    *refusal = connectionRefusal();
    if (*refusal)
        return std::nullopt;
    const QString token = bearerToken(request);
    DeviceIdentity device;
    QString error;
    switch (m_devices.authenticate(token, &device, &error)) {
    case DeviceRegistry::AuthResult::Authenticated:
        return device;
    case DeviceRegistry::AuthResult::Unknown:
        refusal->emplace(errorResponse(
            Status::Unauthorized, QStringLiteral("unauthorized"),
            tr("the device token is missing, unknown or revoked; enroll the station again")));
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

std::optional<QJsonObject> HttpApi::jsonBody(const QHttpServerRequest &request,
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

QHttpServerResponse HttpApi::health() {
    QString error;
    const bool healthy = m_database.ensureConnected(&error) && m_database.isHealthy();
    QJsonObject answer{
        {QStringLiteral("status"), healthy ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("database"),
         healthy ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("version"), QStringLiteral(STATION_VERSION)},
        {QStringLiteral("server_time"), nowUtc()}};
    // A hub whose province is out of reach is still healthy for its stations: they sync to
    // it all the same. The upstream object says how the relay stands.
    if (m_upstreamStatus && healthy)
        answer.insert(QStringLiteral("upstream"), m_upstreamStatus());
    return QHttpServerResponse(answer, healthy ? Status::Ok : Status::ServiceUnavailable);
}

QHttpServerResponse HttpApi::enroll(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal = connectionRefusal();
    if (refusal)
        return std::move(*refusal);
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return std::move(*refusal);
    const QString site = body->value(QLatin1String("site")).toString();
    const QString code = body->value(QLatin1String("enrollment_code")).toString();
    const QString deviceId = body->value(QLatin1String("device_id")).toString();
    const QString table = body->value(QLatin1String("table")).toString().left(64);
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
    switch (m_devices.enroll(site, code, deviceId, table, &token, &error)) {
    case DeviceRegistry::EnrollResult::Enrolled: {
        QJsonObject answer{{QStringLiteral("device_token"), token},
                           {QStringLiteral("site"), site},
                           {QStringLiteral("device_id"), deviceId}};
        protocol::announceResidentCodeKey(&answer, m_residentCodeKey);
        return QHttpServerResponse(answer);
    }
    case DeviceRegistry::EnrollResult::Refused:
        return errorResponse(Status::Forbidden, QStringLiteral("enrollment_refused"), error);
    case DeviceRegistry::EnrollResult::EnrolledElsewhere:
        return errorResponse(Status::Conflict, QStringLiteral("enrolled_elsewhere"), error);
    case DeviceRegistry::EnrollResult::StorageFailed:
        break;
    }
    return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                         tr("the server could not store the enrollment: %1").arg(error));
}

QHttpServerResponse HttpApi::rotateToken(const QHttpServerRequest &request) {
    if (auto refusal = connectionRefusal())
        return std::move(*refusal);
    const QString token = bearerToken(request);
    QString fresh;
    QString error;
    switch (m_devices.rotate(token, &fresh, &error)) {
    case DeviceRegistry::AuthResult::Authenticated:
        return QHttpServerResponse(QJsonObject{{QStringLiteral("device_token"), fresh}});
    case DeviceRegistry::AuthResult::Unknown:
        return errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                             tr("the device token is missing, unknown or revoked"));
    case DeviceRegistry::AuthResult::Revoked:
        return revokedResponse();
    case DeviceRegistry::AuthResult::StorageFailed:
        break;
    }
    return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                         tr("the server could not store the new token: %1").arg(error));
}

QHttpServerResponse HttpApi::uploadRecords(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device)
        return std::move(*refusal);
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return std::move(*refusal);
    QString shapeError;
    const std::optional<protocol::BatchRequest> batch =
        protocol::parseBatchRequest(*body, &shapeError);
    if (!batch)
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"), shapeError);
    if (batch->station != device->deviceId)
        return errorResponse(Status::Forbidden, QStringLiteral("wrong_station"),
                             tr("'station' is not the device this token belongs to"));
    const QJsonArray &list = batch->records;
    if (list.size() > m_limits.maxBatchRecords)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("batch_too_large"),
                             tr("the batch has %1 records; the limit is %2")
                                 .arg(list.size())
                                 .arg(m_limits.maxBatchRecords));

    const BatchOutcome outcome = m_records.ingest(*device, list, m_limits);
    if (!outcome.stored)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             outcome.error);
    // The head held before this batch goes back to the station, which checks that its log
    // still has it; a head that goes backwards is not kept.
    std::optional<protocol::AuditHead> heldHead;
    if (batch->auditHead) {
        const AuditHeadUpdate kept =
            AuditHeads(m_database).keep(device->deviceId, *batch->auditHead);
        if (!kept.stored)
            return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                                 kept.error);
        heldHead = kept.previous;
    }
    QList<protocol::RecordOutcome> results;
    results.reserve(outcome.results.size());
    int counts[4] = {0, 0, 0, 0};
    for (const RecordResult &result : outcome.results) {
        ++counts[static_cast<int>(result.status)];
        results.append({result.uuid, recordStatusName(result.status), result.reason});
    }
    qCInfo(lcServer).nospace() << "batch from " << device->deviceId << ": " << counts[0]
                               << " accepted, " << counts[1] << " duplicate, " << counts[2]
                               << " conflict, " << counts[3] << " rejected";
    QJsonObject answer = protocol::batchAnswerBody(results, nowUtc(), heldHead);
    // With every batch, so that a station sees a new key at its next upload.
    protocol::announceResidentCodeKey(&answer, m_residentCodeKey);
    return QHttpServerResponse(answer);
}

QHttpServerResponse HttpApi::aggregates(const QString &site, const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device)
        return std::move(*refusal);
    if (device->site != site)
        return errorResponse(Status::Forbidden, QStringLiteral("wrong_site"),
                             tr("this device may read only its own site's aggregates"));
    const QUrlQuery query = request.query();
    const auto timeParameter = [&query](const QString &name, qint64 fallback, bool *ok) {
        *ok = true;
        if (!query.hasQueryItem(name))
            return fallback;
        const QDateTime time = QDateTime::fromString(query.queryItemValue(name, QUrl::FullyDecoded),
                                                     Qt::ISODateWithMs);
        *ok = time.isValid();
        return time.toSecsSinceEpoch();
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool toOk = false;
    bool fromOk = false;
    const qint64 to = timeParameter(QStringLiteral("to"), now + 1, &toOk);
    const qint64 from = timeParameter(QStringLiteral("from"), to - 24 * 3600, &fromOk);
    if (!toOk || !fromOk)
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("'from' and 'to' must be ISO-8601 times"));
    if (to <= from || to - from > 31 * 24 * 3600)
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("'from' must be before 'to', at most 31 days apart"));
    QString error;
    const auto buckets = m_records.aggregates(site, from, to, &error);
    if (!buckets)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read its records: %1").arg(error));
    QJsonArray list;
    for (const AggregateBucket &bucket : *buckets)
        list.append(QJsonObject{{QStringLiteral("station"), bucket.station},
                                {QStringLiteral("start"), isoFromSeconds(bucket.startSeconds)},
                                {QStringLiteral("samples"), bucket.samples},
                                {QStringLiteral("removed"), bucket.removed}});
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("site"), site},
                    {QStringLiteral("from"), isoFromSeconds(from)},
                    {QStringLiteral("to"), isoFromSeconds(to)},
                    {QStringLiteral("bucket_minutes"), int(kAggregateBucketSeconds / 60)},
                    {QStringLiteral("buckets"), list}});
}

} // namespace station::server
