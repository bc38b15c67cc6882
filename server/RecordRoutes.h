// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/ServerConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace station::server {

class Database;
class RecordStore;
class RequestChecks;
class SiteFactsRoutes;

// The records of the stations: POST /v1/records (a batch with its station status and audit
// heads, answered with each record's outcome and the site's notes) and what is read back
// from them, GET /v1/sites/{site}/aggregates. Routed by HttpApi.
class RecordRoutes {
    Q_DECLARE_TR_FUNCTIONS(RecordRoutes)
public:
    RecordRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                 ServerLimits limits, SiteFactsRoutes &siteFacts);

    // The province's resident-code public key, announced with every batch answer.
    void setResidentCodePublicKey(const QByteArray &key) { m_residentCodeKey = key; }

    QHttpServerResponse uploadRecords(const QHttpServerRequest &request);
    QHttpServerResponse aggregates(const QString &site, const QHttpServerRequest &request);

private:
    RequestChecks &m_checks;
    Database &m_database;
    RecordStore &m_records;
    ServerLimits m_limits;
    SiteFactsRoutes &m_siteFacts; // a batch that added facts wakes the site's waiters
    QByteArray m_residentCodeKey;
};

} // namespace station::server
