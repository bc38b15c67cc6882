// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpApi.h"

#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"
#include "protocol/ResidentCodeKey.h"
#include "server/AuditHeads.h"
#include "server/BulkResults.h"
#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/Logging.h"
#include "server/PersonStatus.h"
#include "server/RecordStore.h"
#include "server/SiteStaff.h"
#include "server/SiteTables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
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
    , m_limits(limits)
    , m_factsLongPoll(
          database,
          [this](const QString &site, qint64 after, bool *empty) {
              return siteFactsAnswer(site, after, empty);
          },
          limits.factsWatchMs)
    , m_lookupRate(limits.lookupRatePerSecond, limits.lookupBurst) {
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/v1/health"), Method::Get, [this] { return health(); });
    m_server.route(QStringLiteral("/v1/enroll"), Method::Post,
                   [this](const QHttpServerRequest &request) { return enroll(request); });
    m_server.route(QStringLiteral("/v1/token/rotate"), Method::Post,
                   [this](const QHttpServerRequest &request) { return rotateToken(request); });
    m_server.route(QStringLiteral("/v1/records"), Method::Post,
                   [this](const QHttpServerRequest &request) { return uploadRecords(request); });
    m_server.route(QStringLiteral("/v1/site/facts"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       siteFacts(request, std::move(responder));
                   });
    m_server.route(QStringLiteral("/v1/site/check"), Method::Post,
                   [this](const QHttpServerRequest &request) { return siteCheck(request); });
    m_server.route(QStringLiteral("/v1/sites/<arg>/aggregates"), Method::Get,
                   [this](const QString &site, const QHttpServerRequest &request) {
                       return aggregates(site, request);
                   });
    // sitestaff
    m_server.route(QStringLiteral("/v1/site/staff"), Method::Post,
                   [this](const QHttpServerRequest &request) { return postSiteStaff(request); });
    m_server.route(QStringLiteral("/v1/site/staff"), Method::Get,
                   [this](const QHttpServerRequest &request) { return getSiteStaff(request); });
    m_server.route(QStringLiteral("/v1/site/tables"), Method::Get,
                   [this](const QHttpServerRequest &request) { return siteTables(request); });
    // results
    m_server.route(QStringLiteral("/v1/results"), Method::Post,
                   [this](const QHttpServerRequest &request) { return postResults(request); });
    // The person status lookup, by the blind key in the path (never an ID number).
    m_server.route(QStringLiteral("/v1/people/<arg>/status"), Method::Get,
                   [this](const QString &blindKey, const QHttpServerRequest &request) {
                       return personStatus(blindKey, request);
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
                                                    std::optional<QHttpServerResponse> *refusal,
                                                    Caller caller) {
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

std::optional<QHttpServerResponse> HttpApi::wrongCallerRefusal(DeviceRole role, Caller caller) {
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

QHttpServerResponse HttpApi::postResults(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal, Caller::Lab);
    if (!device)
        return std::move(*refusal);
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return std::move(*refusal);
    const QJsonValue list = body->value(QLatin1String("results"));
    if (!list.isArray())
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("'results' must be an array"));
    const QJsonArray results = list.toArray();
    if (results.size() > kMaxResultsPerBatch)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("batch_too_large"),
                             tr("the batch has %1 results; the limit is %2")
                                 .arg(results.size())
                                 .arg(kMaxResultsPerBatch));
    // The lab is the enrolled one (its code's --site): a result naming another is refused.
    const QString lab = device->site;
    QList<LabResultInput> inputs;
    inputs.reserve(results.size());
    for (const QJsonValue &value : results) {
        LabResultInput input = labResultFromJson(value.toObject(), lab);
        if (input.result && input.result->lab != lab) {
            input.result.reset();
            input.reason = tr("this token posts the results of lab %1 only").arg(lab);
        }
        inputs.append(input);
    }
    // On PostgreSQL a batch of any size takes the bulk path: one COPY and one statement
    // instead of two round trips per result.
    BulkResults bulk(m_database, m_records.results());
    const ResultsBatch batch = bulk.isAvailable() && inputs.size() >= kBulkResultsFrom
                                   ? bulk.store(inputs, device->deviceId)
                                   : m_records.results().store(inputs, device->deviceId);
    // Recalls raised now reach the stations waiting in the long poll at once, not at the
    // next look of the facts watch.
    for (const QString &site : m_records.results().takeAnnouncedSites())
        notifyFactsAdded(site);
    if (!batch.stored)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             batch.error);
    QJsonArray answers;
    for (const ResultAnswer &answer : batch.results) {
        QJsonObject o{{QStringLiteral("uuid"), answer.uuid},
                      {QStringLiteral("status"), recordStatusName(answer.status)},
                      {QStringLiteral("reason"), answer.reason}};
        if (!answer.matchState.isEmpty())
            o.insert(QStringLiteral("match_state"), answer.matchState);
        if (!answer.unmatchedReason.isEmpty())
            o.insert(QStringLiteral("unmatched_reason"), answer.unmatchedReason);
        answers.append(o);
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), answers},
                                           {QStringLiteral("accepted"), batch.counts[0]},
                                           {QStringLiteral("duplicate"), batch.counts[1]},
                                           {QStringLiteral("conflict"), batch.counts[2]},
                                           {QStringLiteral("rejected"), batch.counts[3]},
                                           {QStringLiteral("matched"), batch.matched},
                                           {QStringLiteral("server_time"), nowUtc()}});
}

QHttpServerResponse HttpApi::personStatus(const QString &blindKey,
                                          const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal, Caller::HealthCode);
    if (!device)
        return std::move(*refusal);
    // Counted before the key is judged: malformed guesses cost the same as any lookup.
    if (const qint64 waitMs = m_lookupRate.take(device->deviceId); waitMs > 0) {
        const qint64 seconds = (waitMs + 999) / 1000;
        QHttpServerResponse answer =
            errorResponse(Status::TooManyRequests, QStringLiteral("rate_limited"),
                          tr("more than %1 lookups a second with this token; try again in %2 s")
                              .arg(m_lookupRate.ratePerSecond())
                              .arg(seconds));
        answer.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
        return answer;
    }
    // Never echoed: what came instead of a key may be an ID number.
    if (!PersonStatus::isBlindKey(blindKey))
        return errorResponse(Status::BadRequest, QStringLiteral("bad_person_key"),
                             tr("the path must name a person by the blind key, 64 lowercase hex "
                                "digits (HMAC-SHA256 under the lookup key), never an ID number"));
    const PersonStatusLookup found = PersonStatus(m_database).lookup(blindKey);
    if (!found.read)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             found.error);
    if (!found.known)
        return errorResponse(Status::NotFound, QStringLiteral("unknown_person"),
                             tr("no sample of this person is known here"));
    QJsonObject answer = found.status;
    answer.insert(QStringLiteral("server_time"), nowUtc());
    return QHttpServerResponse(answer);
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
    std::optional<DeviceRole> role;
    switch (m_devices.enroll(site, code, deviceId, table, &token, &error, &role)) {
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
    if (!batch->relayedAuditHeads.isEmpty() && device->role != DeviceRole::Hub)
        return errorResponse(Status::Forbidden, QStringLiteral("wrong_role"),
                             tr("only a site hub relays its stations' audit heads"));
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
    if (batch->stationStatus) {
        // The site dashboard's backlog figure: worth keeping, not worth failing a batch over.
        QString statusError;
        if (!SiteTables(m_database).keepStationStatus(*device, *batch->stationStatus, &statusError))
            qCWarning(lcServer) << "station status not kept:" << statusError;
    }
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
    // A hub's stations' heads: kept per station with the same rule (a head that went
    // backwards is logged and not kept), so that the province too sees a log cut short.
    for (const protocol::RelayedAuditHead &relayed : batch->relayedAuditHeads) {
        const AuditHeadUpdate kept = AuditHeads(m_database).keepRelayed(*device, relayed);
        if (!kept.stored)
            return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                                 kept.error);
    }
    QList<protocol::RecordOutcome> results;
    results.reserve(outcome.results.size());
    int counts[4] = {0, 0, 0, 0};
    for (const RecordResult &result : outcome.results) {
        ++counts[static_cast<int>(result.status)];
        results.append({result.uuid, recordStatusName(result.status), result.reason, result.code});
    }
    qCInfo(lcServer).nospace() << "batch from " << device->deviceId << ": " << counts[0]
                               << " accepted, " << counts[1] << " duplicate, " << counts[2]
                               << " conflict, " << counts[3] << " rejected";
    QJsonObject answer = protocol::batchAnswerBody(results, nowUtc(), heldHead);
    // With every batch, so that a station sees a new key at its next upload.
    protocol::announceResidentCodeKey(&answer, m_residentCodeKey);
    if (!outcome.site.notes.isEmpty()) {
        QJsonArray notes;
        for (const SiteNote &note : outcome.site.notes)
            notes.append(note.toJson());
        answer.insert(QStringLiteral("site_notes"), notes);
    }
    if (outcome.site.facts > 0)
        m_factsLongPoll.notifyFactsAdded(device->site);
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

QHttpServerResponse HttpApi::siteStaffNotServed() {
    return errorResponse(Status::NotFound, QStringLiteral("not_found"),
                         tr("this server keeps no staff list (a site shares its staff list "
                            "through its hub)"));
}

// sitestaff: entries stay at this server (never relayed, never in records); each is
// the whole state of one member, and only a newer one replaces what is held.
QHttpServerResponse HttpApi::postSiteStaff(const QHttpServerRequest &request) {
    if (!m_siteStaffServed)
        return siteStaffNotServed();
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device)
        return std::move(*refusal);
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return std::move(*refusal);
    if (!body->value(QLatin1String("entries")).isArray())
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("'entries' must be an array"));
    const QJsonArray list = body->value(QLatin1String("entries")).toArray();
    if (list.size() > m_limits.maxBatchRecords)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("batch_too_large"),
                             tr("the batch has %1 entries; the limit is %2")
                                 .arg(list.size())
                                 .arg(m_limits.maxBatchRecords));
    // Rejected entries are answered in place; the others are stored in one transaction.
    QList<protocol::SiteStaffEntry> valid;
    QList<protocol::SiteStaffOutcome> outcomes;
    QList<int> validAt;
    for (const QJsonValue &value : list) {
        QString why;
        std::optional<protocol::SiteStaffEntry> entry = protocol::parseSiteStaffEntry(value, &why);
        if (entry && entry->station != device->deviceId)
            why = QStringLiteral("station must be the device this token belongs to");
        if (!why.isEmpty()) {
            outcomes.append(protocol::SiteStaffOutcome{
                value.toObject().value(QLatin1String("staff_id")).toString(),
                QStringLiteral("rejected"), 0, why});
            continue;
        }
        entry->seq = 0;
        validAt.append(outcomes.size());
        outcomes.append(protocol::SiteStaffOutcome{});
        valid.append(*entry);
    }
    QString error;
    const auto stored = SiteStaff(m_database).post(device->site, valid, &error);
    if (!stored)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not store the staff entries: %1").arg(error));
    for (int i = 0; i < validAt.size(); ++i)
        outcomes[validAt.at(i)] = stored->at(i);
    QJsonArray results;
    for (const protocol::SiteStaffOutcome &o : std::as_const(outcomes)) {
        QJsonObject r{{QStringLiteral("staff_id"), o.staffId},
                      {QStringLiteral("status"), o.status}};
        if (o.seq > 0)
            r.insert(QStringLiteral("seq"), o.seq);
        if (!o.reason.isEmpty())
            r.insert(QStringLiteral("reason"), o.reason);
        results.append(r);
    }
    qCInfo(lcServer).nospace() << "staff entries from " << device->deviceId << ": " << valid.size()
                               << " read, " << list.size() - valid.size() << " rejected";
    return QHttpServerResponse(QJsonObject{{QStringLiteral("site"), device->site},
                                           {QStringLiteral("server_time"), nowUtc()},
                                           {QStringLiteral("results"), results}});
}

QHttpServerResponse HttpApi::getSiteStaff(const QHttpServerRequest &request) {
    if (!m_siteStaffServed)
        return siteStaffNotServed();
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device)
        return std::move(*refusal);
    const QUrlQuery query = request.query();
    bool ok = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                             ? query.queryItemValue(QStringLiteral("after")).toLongLong(&ok)
                             : 0;
    if (!ok || after < 0)
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("'after' must be a whole number, 0 or more"));
    QString error;
    const auto page = SiteStaff(m_database).page(device->site, after, 500, &error);
    if (!page)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read the staff list: %1").arg(error));
    QJsonArray entries;
    for (const protocol::SiteStaffEntry &e : page->entries)
        entries.append(protocol::siteStaffEntryJson(e));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("site"), page->site},
                                           {QStringLiteral("last_seq"), page->lastSeq},
                                           {QStringLiteral("more"), page->more},
                                           {QStringLiteral("server_time"), nowUtc()},
                                           {QStringLiteral("entries"), entries}});
}

void HttpApi::noteSeen(const QString &deviceId) {
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

QHttpServerResponse HttpApi::siteTables(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device)
        return std::move(*refusal);
    const QUrlQuery query = request.query();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 since = now.toSecsSinceEpoch() - 24 * 3600;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime time = QDateTime::fromString(
            query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!time.isValid())
            return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                                 tr("'since' must be an ISO-8601 time"));
        since = time.toSecsSinceEpoch();
        if (now.toSecsSinceEpoch() - since > 31 * 24 * 3600)
            return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                                 tr("'since' may be at most 31 days ago"));
    }
    QString error;
    const std::optional<QJsonArray> tables =
        SiteTables(m_database).tables(device->site, since, &error);
    if (!tables)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read its records: %1").arg(error));
    const bool hub = bool(m_upstreamStatus);
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("site"), device->site},
        {QStringLiteral("server_time"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("role"), hub ? QStringLiteral("hub") : QStringLiteral("province")},
        {QStringLiteral("upstream"), hub ? QJsonValue(m_upstreamStatus()) : QJsonValue()},
        {QStringLiteral("tables"), *tables}});
}

// --- site-wide checks ---------------------------------------------------------------

namespace {
constexpr int kFactsPerAnswer = 1000;
} // namespace

QHttpServerResponse HttpApi::siteFactsAnswer(const QString &site, qint64 after, bool *empty) {
    *empty = false;
    QString error;
    const auto page = m_records.siteFacts().facts(site, after, kFactsPerAnswer, &error);
    if (!page)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read the site's facts: %1").arg(error));
    QJsonArray facts;
    for (const SiteFact &fact : page->facts)
        facts.append(fact.toJson());
    *empty = facts.isEmpty();
    return QHttpServerResponse(QJsonObject{{QStringLiteral("site"), site},
                                           {QStringLiteral("last_seq"), page->lastSeq},
                                           {QStringLiteral("server_time"), nowUtc()},
                                           {QStringLiteral("facts"), facts}});
}

void HttpApi::siteFacts(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device) {
        refusal->write(std::move(responder));
        return;
    }
    const QUrlQuery query = request.query();
    bool afterOk = true;
    bool waitOk = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                             ? query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk)
                             : 0;
    const int wait = query.hasQueryItem(QStringLiteral("wait"))
                         ? query.queryItemValue(QStringLiteral("wait")).toInt(&waitOk)
                         : 0;
    if (!afterOk || !waitOk || after < 0 || wait < 0) {
        errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                      tr("'after' and 'wait' must be whole numbers, 0 or more"))
            .write(std::move(responder));
        return;
    }
    bool empty = false;
    const QHttpServerResponse answer = siteFactsAnswer(device->site, after, &empty);
    if (!empty || wait == 0) {
        answer.write(std::move(responder));
        return;
    }
    m_factsLongPoll.wait(device->site, after, wait, std::move(responder));
}

QHttpServerResponse HttpApi::siteCheck(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = authenticate(request, &refusal);
    if (!device)
        return std::move(*refusal);
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return std::move(*refusal);
    const QString personKey = body->value(QLatin1String("person_key")).toString();
    const QString tube = body->value(QLatin1String("tube")).toString();
    if (personKey.isEmpty() && tube.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("give 'person_key', 'tube' or both"));
    QDateTime since = QDateTime::currentDateTimeUtc().addDays(-1);
    if (body->contains(QLatin1String("since"))) {
        since = QDateTime::fromString(body->value(QLatin1String("since")).toString(),
                                      Qt::ISODateWithMs);
        if (!since.isValid())
            return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                                 tr("'since' must be an ISO-8601 time"));
    }
    QString error;
    const auto checked = m_records.siteFacts().check(
        device->site, personKey, tube, since.toUTC().toString(Qt::ISODateWithMs), &error);
    if (!checked)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read the site's facts: %1").arg(error));
    QJsonObject answer{{QStringLiteral("server_time"), nowUtc()}};
    if (!personKey.isEmpty()) {
        QJsonArray sampled;
        for (const SiteCheckAnswer::Sampled &s : checked->sampled) {
            QJsonObject one{{QStringLiteral("station"), s.station},
                            {QStringLiteral("table"), s.table},
                            {QStringLiteral("tube"), s.tube},
                            {QStringLiteral("at"), s.at}};
            if (s.poolSize > 0)
                one.insert(QStringLiteral("pool_size"), s.poolSize);
            sampled.append(one);
        }
        answer.insert(QStringLiteral("person"), QJsonObject{{QStringLiteral("sampled"), sampled}});
    }
    if (!tube.isEmpty()) {
        // The tube's latest tube_state fact with the members the facts feed gives it
        // (tube_uuid; people when sealed; box and box_uuid when boxed), less what the
        // question already says.
        QJsonObject known;
        if (checked->tube) {
            known = checked->tube->toJson();
            for (const char *member : {"seq", "kind", "tube"})
                known.remove(QLatin1String(member));
        }
        answer.insert(QStringLiteral("tube"),
                      checked->tube ? QJsonValue(known) : QJsonValue(QJsonValue::Null));
    }
    return QHttpServerResponse(answer);
}

} // namespace station::server
