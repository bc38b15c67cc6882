// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ResultRoutes.h"

#include "server/BulkResults.h"
#include "server/HttpAnswers.h"
#include "server/PersonStatus.h"
#include "server/RecordStore.h"
#include "server/RequestChecks.h"
#include "server/SiteFactsRoutes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace station::server {

using http::errorResponse;
using http::nowUtc;
using http::Status;

ResultRoutes::ResultRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                           ServerLimits limits, SiteFactsRoutes &siteFacts)
    : m_checks(checks)
    , m_database(database)
    , m_records(records)
    , m_siteFacts(siteFacts)
    , m_lookupRate(limits.lookupRatePerSecond, limits.lookupBurst) {}

QHttpServerResponse ResultRoutes::postResults(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto call = m_checks.authenticatedJson(request, &refusal, RequestChecks::Caller::Lab);
    if (!call)
        return std::move(*refusal);
    const DeviceIdentity &device = call->device;
    const QJsonObject &body = call->body;
    const QJsonValue list = body.value(QLatin1String("results"));
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
    const QString lab = device.site;
    QList<LabResultInput> inputs;
    inputs.reserve(results.size());
    // A lab system sends times with their offset: a local time is the lab's, not the
    // server's, and is refused (a file's local time is the server's: docs/sync-protocol.md
    // section 14). No tested_at may be after the server's clock (with a few minutes' skew).
    const LabResultRules rules = LabResultRules::now(true);
    for (const QJsonValue &value : results) {
        LabResultInput input = labResultFromJson(value.toObject(), lab, rules);
        if (input.result && input.result->lab != lab) {
            input.result.reset();
            input.code = QStringLiteral("other_lab");
            input.reason = tr("this token posts the results of lab %1 only").arg(lab);
        }
        inputs.append(input);
    }
    if (QString error; !m_records.results().refuseStrangeTubeCodes(inputs, &error))
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read its tubes: %1").arg(error));
    // On PostgreSQL a batch of any size takes the bulk path: one COPY and one statement
    // instead of two round trips per result.
    BulkResults bulk(m_database, m_records.results());
    const ResultsBatch batch = bulk.isAvailable() && inputs.size() >= kBulkResultsFrom
                                   ? bulk.store(inputs, device.deviceId)
                                   : m_records.results().store(inputs, device.deviceId);
    // Recalls raised now reach the stations waiting in the long poll at once, not at the
    // next look of the facts watch.
    for (const QString &site : m_records.results().takeAnnouncedSites())
        m_siteFacts.notifyFactsAdded(site);
    if (!batch.stored)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             batch.error);
    QJsonArray answers;
    for (const ResultAnswer &answer : batch.results) {
        QJsonObject o{{QStringLiteral("uuid"), answer.uuid},
                      {QStringLiteral("status"), recordStatusName(answer.status)},
                      {QStringLiteral("reason"), answer.reason}};
        if (!answer.code.isEmpty())
            o.insert(QStringLiteral("code"), answer.code);
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

QHttpServerResponse ResultRoutes::personStatus(const QString &blindKey,
                                               const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = m_checks.authenticate(request, &refusal, RequestChecks::Caller::HealthCode);
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

} // namespace station::server
