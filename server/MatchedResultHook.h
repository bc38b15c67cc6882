// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/Results.h"

namespace station::server {

class Database;

// What the server does with a result matched as positive or invalid (Results'
// matched-result hook), the same in the serving process and in every admin command that
// stores or matches results (import-results, rematch-results, rebuild-projections).
// It raises a recall for every person of the tube (Recalls::raiseForTube, on `database`'s
// connection, in the matching transaction) and logs the match (no personal data).
MatchedResultHook matchedResultHook(Database &database);
// The same for many results (BulkResults): the recalls of all their tubes raised together
// (Recalls::raiseForTubes), the same ones in the same order.
MatchedResultsHook matchedResultsHook(Database &database);

} // namespace station::server
