// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <functional>

namespace station::server {

class Database;
class RequestChecks;

// How this server and its site's tables stand: GET /v1/health and the site dashboard's
// GET /v1/site/tables, both with a hub's link to the province. Routed by HttpApi.
class StatusRoutes {
    Q_DECLARE_TR_FUNCTIONS(StatusRoutes)
public:
    StatusRoutes(RequestChecks &checks, Database &database);

    // The site hub's link to the province (HttpApi::setUpstreamStatus); unset, the server
    // answers as the province.
    void setUpstreamStatus(std::function<QJsonObject()> status) {
        m_upstreamStatus = std::move(status);
    }

    QHttpServerResponse health();
    QHttpServerResponse siteTables(const QHttpServerRequest &request);

private:
    RequestChecks &m_checks;
    Database &m_database;
    std::function<QJsonObject()> m_upstreamStatus;
    // Each table's records held at the hub, per site: counting them joins the whole pending
    // queue (about 0.2 s for 100,000 records), so every table's dashboard asking every 30 s
    // shares one count for kHeldMaxAgeMs.
    static constexpr qint64 kHeldMaxAgeMs = 10000;
    struct Held {
        QHash<QString, qint64> byStation;
        QElapsedTimer age;
    };
    QHash<QString, Held> m_held;
};

} // namespace station::server
