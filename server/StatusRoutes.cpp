// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StatusRoutes.h"

#include "server/Database.h"
#include "server/HttpAnswers.h"
#include "server/RequestChecks.h"
#include "server/SiteTables.h"
#include "server/UpstreamQueue.h"

#include <QDateTime>
#include <QUrlQuery>

namespace station::server {

using http::errorResponse;
using http::Status;

StatusRoutes::StatusRoutes(RequestChecks &checks, Database &database)
    : m_checks(checks)
    , m_database(database) {}

QHttpServerResponse StatusRoutes::health() {
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

QHttpServerResponse StatusRoutes::siteTables(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = m_checks.authenticate(request, &refusal);
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
    QJsonArray rows = *tables;
    if (hub) {
        // Each table's records that reached this hub but not yet the province: what the
        // table's own backlog (to the hub) does not say.
        Held &cached = m_held[device->site];
        if (!cached.age.isValid() || cached.age.hasExpired(kHeldMaxAgeMs)) {
            const std::optional<QHash<QString, qint64>> counted =
                UpstreamQueue(m_database).pendingByStation(device->site, &error);
            if (!counted)
                return errorResponse(Status::ServiceUnavailable,
                                     QStringLiteral("storage_unavailable"),
                                     tr("the server could not read its records: %1").arg(error));
            cached.byStation = *counted;
            cached.age.start();
        }
        const QHash<QString, qint64> *held = &cached.byStation;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            row.insert(QStringLiteral("held_at_hub"),
                       held->value(row.value(QLatin1String("station")).toString()));
            rows.replace(i, row);
        }
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("site"), device->site},
        {QStringLiteral("server_time"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("role"), hub ? QStringLiteral("hub") : QStringLiteral("province")},
        {QStringLiteral("upstream"), hub ? QJsonValue(m_upstreamStatus()) : QJsonValue()},
        {QStringLiteral("tables"), rows}});
}

} // namespace station::server
