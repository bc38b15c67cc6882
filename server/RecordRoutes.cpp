// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecordRoutes.h"

#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"
#include "protocol/ResidentCodeKey.h"
#include "server/AuditHeads.h"
#include "server/HttpAnswers.h"
#include "server/Logging.h"
#include "server/RecordStore.h"
#include "server/RequestChecks.h"
#include "server/SiteFactsRoutes.h"
#include "server/SiteTables.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace station::server {

using http::errorResponse;
using http::isoFromSeconds;
using http::Status;

RecordRoutes::RecordRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                           ServerLimits limits, SiteFactsRoutes &siteFacts)
    : m_checks(checks)
    , m_database(database)
    , m_records(records)
    , m_limits(limits)
    , m_siteFacts(siteFacts) {}

QHttpServerResponse RecordRoutes::uploadRecords(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto call = m_checks.authenticatedJson(request, &refusal);
    if (!call)
        return std::move(*refusal);
    const DeviceIdentity &device = call->device;
    const QJsonObject &body = call->body;
    QString shapeError;
    const std::optional<protocol::BatchRequest> batch =
        protocol::parseBatchRequest(body, &shapeError);
    if (!batch)
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"), shapeError);
    if (batch->station != device.deviceId)
        return errorResponse(Status::Forbidden, QStringLiteral("wrong_station"),
                             tr("'station' is not the device this token belongs to"));
    if (!batch->relayedAuditHeads.isEmpty() && device.role != DeviceRole::Hub)
        return errorResponse(Status::Forbidden, QStringLiteral("wrong_role"),
                             tr("only a site hub relays its stations' audit heads"));
    const QJsonArray &list = batch->records;
    if (list.size() > m_limits.maxBatchRecords)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("batch_too_large"),
                             tr("the batch has %1 records; the limit is %2")
                                 .arg(list.size())
                                 .arg(m_limits.maxBatchRecords));

    QElapsedTimer ingestTimer;
    ingestTimer.start();
    const BatchOutcome outcome = m_records.ingest(device, list, m_limits);
    if (!outcome.stored)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             outcome.error);
    if (batch->stationStatus) {
        // The site dashboard's backlog figure: worth keeping, not worth failing a batch over.
        QString statusError;
        if (!SiteTables(m_database).keepStationStatus(device, *batch->stationStatus, &statusError))
            qCWarning(lcServer) << "station status not kept:" << statusError;
    }
    // The head held before this batch goes back to the station, which checks that its log
    // still has it; a head that goes backwards is not kept.
    std::optional<protocol::AuditHead> heldHead;
    if (batch->auditHead) {
        const AuditHeadUpdate kept =
            AuditHeads(m_database).keep(device.deviceId, *batch->auditHead);
        if (!kept.stored)
            return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                                 kept.error);
        heldHead = kept.previous;
    }
    // A hub's stations' heads: kept per station with the same rule (a head that went
    // backwards is logged and not kept), so that the province too sees a log cut short.
    for (const protocol::RelayedAuditHead &relayed : batch->relayedAuditHeads) {
        const AuditHeadUpdate kept = AuditHeads(m_database).keepRelayed(device, relayed);
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
    // With the time of the store, so that a slow batch shows in the log (session 34).
    qCInfo(lcServer).nospace() << "batch from " << device.deviceId << ": " << counts[0]
                               << " accepted, " << counts[1] << " duplicate, " << counts[2]
                               << " conflict, " << counts[3] << " rejected, stored in "
                               << ingestTimer.elapsed() << " ms";
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
        m_siteFacts.notifyFactsAdded(device.site);
    return QHttpServerResponse(answer);
}

QHttpServerResponse RecordRoutes::aggregates(const QString &site,
                                             const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = m_checks.authenticate(request, &refusal);
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
