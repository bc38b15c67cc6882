// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/MatchedResultHook.h"

#include "server/Database.h"
#include "server/Logging.h"
#include "server/Recalls.h"

#include <QDateTime>

namespace station::server {

MatchedResultHook matchedResultHook(Database &database) {
    return [&database](const MatchedResult &result, QString *error) {
        // A positive tube of one person is that person's own result (the status lookup says
        // positive): a recall is to find out who in a pool, or to take again an invalid sample.
        if (result.outcome == QLatin1String("positive") && result.people.size() == 1) {
            qCInfo(lcServer).nospace().noquote()
                << "matched result " << result.resultUuid << " positive for tube " << result.tube
                << " of site " << result.site << ": one person, no recall";
            return true;
        }
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

MatchedResultsHook matchedResultsHook(Database &database) {
    return [&database](const QList<MatchedResult> &results, QString *error) {
        QList<Recalls::TubeRecall> tubes;
        QList<const MatchedResult *> recalled;
        for (const MatchedResult &result : results) {
            // As matchedResultHook: a positive tube of one person is that person's result.
            if (result.outcome == QLatin1String("positive") && result.people.size() == 1) {
                qCInfo(lcServer).nospace().noquote()
                    << "matched result " << result.resultUuid << " positive for tube "
                    << result.tube << " of site " << result.site << ": one person, no recall";
                continue;
            }
            tubes.append({result.site, result.tube, result.resultUuid, result.outcome});
            recalled.append(&result);
        }
        QList<int> raised;
        if (!Recalls(database).raiseForTubes(
                tubes, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), error, &raised))
            return false;
        for (qsizetype i = 0; i < recalled.size(); ++i) {
            const MatchedResult &result = *recalled.at(i);
            qCInfo(lcServer).nospace().noquote()
                << "matched result " << result.resultUuid << " " << result.outcome << " for tube "
                << result.tube << " of site " << result.site << ": " << result.people.size()
                << " people, " << raised.value(i) << " recalls raised";
        }
        return true;
    };
}

} // namespace station::server
