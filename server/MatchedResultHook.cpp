// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/MatchedResultHook.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/Recalls.h"

#include <QDateTime>

namespace station::server {

MatchedResultHook matchedResultHook(Database &database) {
    return [&database](const MatchedResult &result, QString *error) {
        // Raised now: a person sampled alone after this moment closes the recall.
        int raised = 0;
        if (!Recalls(database).raiseForTube(
                result.site, result.tube, result.resultUuid, result.outcome,
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), error, &raised))
            return false;
        qCInfo(lcServer).nospace().noquote()
            << "matched result " << result.resultUuid << " " << result.outcome << " for tube "
            << result.tube << " of site " << result.site << ": " << result.people.size()
            << " people, " << raised << " recalls raised";
        return true;
    };
}

} // namespace station::server
