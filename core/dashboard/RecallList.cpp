// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/RecallList.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace station::dashboard {

QList<RecallEntry> recallList(Database &db, QSqlError *error) {
    QList<RecallEntry> list;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id_masked, r.tube, r.table_label, r.station, r.outcome, r.state, "
            "r.raised_at, r.changed_at, r.sampled_again_at, r.sampled_again_tube "
            "FROM site_recalls r LEFT JOIN samples s "
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
        list.append(e);
    }
    *error = q.lastError();
    return list;
}

} // namespace station::dashboard
