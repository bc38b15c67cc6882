// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace station::server {

class Database;
class RequestChecks;

// sitestaff: the site's staff list (server/SiteStaff.h), POST and GET /v1/site/staff.
// Routed by HttpApi.
class SiteStaffRoutes {
    Q_DECLARE_TR_FUNCTIONS(SiteStaffRoutes)
public:
    SiteStaffRoutes(RequestChecks &checks, Database &database, ServerLimits limits);

    // Whether /v1/site/staff is served (ServerConfig::siteStaff); off, it is a 404, which a
    // station takes as "no site staff list here".
    void setServed(bool served) { m_served = served; }

    QHttpServerResponse postSiteStaff(const QHttpServerRequest &request);
    QHttpServerResponse getSiteStaff(const QHttpServerRequest &request);

private:
    QHttpServerResponse siteStaffNotServed();

    RequestChecks &m_checks;
    Database &m_database;
    ServerLimits m_limits;
    bool m_served = false;
};

} // namespace station::server
