// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/RateLimiter.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace station::server {

class Database;
class RecordStore;
class RequestChecks;
class SiteFactsRoutes;

// Lab results in and people's status out: POST /v1/results, a lab's batch of results (lab
// tokens only), and GET /v1/people/{blind_key}/status, a person's latest state (health-code
// tokens only, rate limited per token; server/PersonStatus). Routed by HttpApi.
class ResultRoutes {
    Q_DECLARE_TR_FUNCTIONS(ResultRoutes)
public:
    ResultRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                 ServerLimits limits, SiteFactsRoutes &siteFacts);

    QHttpServerResponse postResults(const QHttpServerRequest &request);
    QHttpServerResponse personStatus(const QString &blindKey, const QHttpServerRequest &request);

private:
    // At most this many results in one POST /v1/results.
    static constexpr int kMaxResultsPerBatch = 5000;
    // From this many results a batch takes the bulk path on PostgreSQL.
    static constexpr int kBulkResultsFrom = 20;

    RequestChecks &m_checks;
    Database &m_database;
    RecordStore &m_records;
    SiteFactsRoutes &m_siteFacts; // recalls raised wake the site's waiters
    RateLimiter m_lookupRate;     // person status lookups, by device
};

} // namespace station::server
