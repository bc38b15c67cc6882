// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/RateLimiter.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

#include <functional>

namespace station::server {

class Database;
class RecordStore;
class RequestChecks;

// Lab results in and people's status out: POST /v1/results, a lab's batch of results (lab
// tokens only), and GET /v1/people/{blind_key}/status, a person's latest state (health-code
// tokens only, rate limited per token; server/PersonStatus). Routed by HttpApi.
class ResultRoutes {
    Q_DECLARE_TR_FUNCTIONS(ResultRoutes)
public:
    // Called for each site whose facts the results added (recalls raised): the stations
    // waiting for them hear now.
    using FactsAdded = std::function<void(const QString &site)>;

    ResultRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                 ServerLimits limits, FactsAdded factsAdded);

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
    FactsAdded m_factsAdded;
    RateLimiter m_lookupRate; // person status lookups, by device
};

} // namespace station::server
