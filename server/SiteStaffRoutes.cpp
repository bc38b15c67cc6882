// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteStaffRoutes.h"

#include "server/HttpAnswers.h"
#include "server/Logging.h"
#include "server/RequestChecks.h"
#include "server/SiteStaff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace station::server {

using http::errorResponse;
using http::Status;

SiteStaffRoutes::SiteStaffRoutes(RequestChecks &checks, Database &database, ServerLimits limits)
    : m_checks(checks)
    , m_database(database)
    , m_limits(limits) {}

QHttpServerResponse SiteStaffRoutes::siteStaffNotServed() {
    return errorResponse(Status::NotFound, QStringLiteral("not_found"),
                         tr("this server keeps no staff list (a site shares its staff list "
                            "through its hub)"));
}

// sitestaff: entries stay at this server (never relayed, never in records); each is
// the whole state of one member, and only a newer one replaces what is held.
QHttpServerResponse SiteStaffRoutes::postSiteStaff(const QHttpServerRequest &request) {
    if (!m_served)
        return siteStaffNotServed();
    std::optional<QHttpServerResponse> refusal;
    const auto call = m_checks.authenticatedJson(request, &refusal);
    if (!call)
        return std::move(*refusal);
    const DeviceIdentity &device = call->device;
    const QJsonObject &body = call->body;
    if (!body.value(QLatin1String("entries")).isArray())
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("'entries' must be an array"));
    const QJsonArray list = body.value(QLatin1String("entries")).toArray();
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
        if (entry && entry->station != device.deviceId)
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
    const auto stored = SiteStaff(m_database).post(device.site, valid, &error);
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
    qCInfo(lcServer).nospace() << "staff entries from " << device.deviceId << ": " << valid.size()
                               << " read, " << list.size() - valid.size() << " rejected";
    return QHttpServerResponse(QJsonObject{{QStringLiteral("site"), device.site},
                                           {QStringLiteral("server_time"), nowUtc()},
                                           {QStringLiteral("results"), results}});
}

QHttpServerResponse SiteStaffRoutes::getSiteStaff(const QHttpServerRequest &request) {
    if (!m_served)
        return siteStaffNotServed();
    std::optional<QHttpServerResponse> refusal;
    const auto device = m_checks.authenticate(request, &refusal);
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
    QJsonArray collisions;
    for (const protocol::SiteStaffCollision &c : page->collisions)
        collisions.append(protocol::siteStaffCollisionJson(c));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("site"), page->site},
                                           {QStringLiteral("last_seq"), page->lastSeq},
                                           {QStringLiteral("more"), page->more},
                                           {QStringLiteral("server_time"), nowUtc()},
                                           {QStringLiteral("entries"), entries},
                                           {QStringLiteral("collisions"), collisions}});
}

} // namespace station::server
