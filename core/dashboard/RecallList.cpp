// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/RecallList.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/sync/SiteFactsStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace station::dashboard {

QList<RecallEntry> recallList(Database &db, QSqlError *error) {
    QList<RecallEntry> list;
    QStringList personKeys; // of each entry
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id_masked, r.tube, r.table_label, r.station, r.outcome, r.state, "
            "r.raised_at, r.changed_at, r.sampled_again_at, r.sampled_again_tube, r.person_key, "
            "r.sample_uuid FROM site_recalls r LEFT JOIN samples s "
            "ON s.uuid = r.sample_uuid ORDER BY r.state = 'closed', r.raised_at DESC, r.tube, "
            "s.position"))) {
        *error = q.lastError();
        return list;
    }
    while (q.next()) {
        RecallEntry e;
        e.idMasked = q.value(0).toString();
        e.tube = q.value(1).toString();
        e.table = q.value(2).toString();
        e.station = q.value(3).toString();
        e.outcome = q.value(4).toString();
        e.open = q.value(5).toString() == QLatin1String("open");
        e.raisedAt = fromIsoUtc(q.value(6).toString());
        if (!e.open)
            e.closedAt = fromIsoUtc(q.value(7).toString());
        if (!q.value(8).isNull())
            e.sampledAgainAt = fromIsoUtc(q.value(8).toString());
        e.sampledAgainTube = q.value(9).toString();
        e.sampleUuid = q.value(11).toString();
        list.append(e);
        personKeys.append(q.value(10).toString());
    }
    *error = q.lastError();
    q.finish();
    if (error->isValid())
        return list;
    // Sampled alone at another table since the recall was raised: the same answer as the
    // table's (SiteFactsStore), so the list and a scan agree.
    QString ownStation;
    if (q.exec(QStringLiteral("SELECT device_id FROM station WHERE id = 1")) && q.next())
        ownStation = q.value(0).toString();
    q.finish();
    for (qsizetype i = 0; i < list.size(); ++i) {
        RecallEntry &e = list[i];
        if (!e.open || e.sampledAgainAt.isValid())
            continue;
        if (const std::optional<SiteSighting> alone = SiteFactsStore::sampledAloneElsewhere(
                db, ownStation, personKeys.at(i), e.raisedAt)) {
            e.sampledAgainAt = alone->at;
            e.sampledAgainTube = alone->tube;
            e.sampledAgainStation = alone->station;
            e.sampledAgainTable = alone->table;
        }
    }
    return list;
}

} // namespace station::dashboard
