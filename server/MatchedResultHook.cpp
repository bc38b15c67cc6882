// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/MatchedResultHook.h"

#include "server/Database.h"
#include "server/Logging.h"

namespace station::server {

MatchedResultHook matchedResultHook(Database &database) {
    return [&database](const MatchedResult &result, QString *error) {
        Q_UNUSED(database); // the recalls' connection
        Q_UNUSED(error);
        qCInfo(lcServer).nospace().noquote()
            << "matched result " << result.resultUuid << " " << result.outcome << " for tube "
            << result.tube << " of site " << result.site << ": " << result.people.size()
            << " people";
        return true;
    };
}

} // namespace station::server
