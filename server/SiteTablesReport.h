// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QString>
#include <QTextStream>

namespace station::server {

class Database;

// `admin site-tables`: the site's tables as this server holds them, for the lead at the
// hub's own laptop, which runs no station (docs/site-hub.md advises against a table there),
// and with the internet down. The same figures the stations' dashboards ask for
// (GET /v1/site/tables, from server/SiteTables): per table the swabs since `since`, the last
// hour, the last swab, its open tubes, its boxes waiting for the courier with the age of
// their first swab (the 4-hour limit), the backlog the table last reported and when the
// server last heard from it; at a hub also its own backlog to the province. Times are shown
// in the server's local time zone. No personal data: codes, counts and times only.
struct SiteTablesRequest {
    QString site;      // empty: the hub's own site (a province must be told)
    QDateTime since;   // UTC; invalid: the last local midnight
    QDateTime now;     // UTC
    bool json = false; // the answer the stations get, as JSON
};

int printSiteTables(Database &database, const SiteTablesRequest &request, QTextStream &out,
                    QTextStream &err);

} // namespace station::server
