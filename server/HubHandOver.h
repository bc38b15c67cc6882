// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QTextStream>

#include <optional>

namespace station::server {

class Database;

// What the site lead types at the hub: the box and who hands it to whom.
struct HubHandOverRequest {
    QString box;
    QString handedOverBy;
    QString carriedBy;
    std::optional<double> temperatureC; // needed when the box's first swab is over 2 hours old
};

// `province-server admin hand-over BOX --handed-over-by NAME --carried-by NAME
// [--temperature C]` at a site hub: the box a table of the hub's site sealed (the hub's site
// facts) is handed to the courier at the hub, under the station's rule
// (protocol/BoxHandOverRule.h): sealed, not handed over yet (here or at any table), its
// tubes still as sealed, both names, the temperature of a box older than 2 hours. Recorded
// as the hub's own box.handed_over record (its device id as the station, a version 7 uuid,
// "site_hub": true), stored through the hub's ingest in one transaction with its site facts,
// projections and upstream queue, so that the stations learn it from the facts and the
// province gets it once with the stations' records. Prints the box, its tubes and people by
// table and the courier; refusals on `err`. Returns the exit code (0 done, 1 refused or
// failed).
int handOverAtHub(Database &database, const HubHandOverRequest &request, QTextStream &out,
                  QTextStream &err);

} // namespace station::server
