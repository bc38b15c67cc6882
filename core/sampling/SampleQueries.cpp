// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: read-only lists for the table screen.
#include "core/sampling/SamplingService.h"

#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace station {

QList<SampleListEntry> SamplingService::todaysSamples(const QString &filterIn) const {
    QList<SampleListEntry> list;
    const QString filter = filterIn.trimmed().toUpper();
    QString sql = QStringLiteral(
        "SELECT s.id, t.code, s.position, s.uuid, s.name, s.id_masked, o.staff_id, s.taken_at, "
        "s.state, t.state, s.entry_method, s.retest_confirmed FROM samples s JOIN tubes t ON t.id "
        "= s.tube_id "
        "JOIN operators o ON o.id = s.operator_id WHERE s.taken_day = ?");
    // The last digits of an ID number (up to 4, as masking shows them) or part of a
    // tube code.
    static const QRegularExpression idTail(QStringLiteral("^[0-9X]{1,4}$"));
    const bool byTail = idTail.match(filter).hasMatch();
    if (!filter.isEmpty())
        sql += byTail ? QStringLiteral(" AND (s.id_tail LIKE ? OR t.code LIKE ?)")
                      : QStringLiteral(" AND t.code LIKE ?");
    sql += QStringLiteral(" ORDER BY s.taken_at DESC, s.id DESC");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(siteDay(m_clock()));
    if (!filter.isEmpty()) {
        QString escaped = filter;
        escaped.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
        if (byTail)
            q.addBindValue(QString(QStringLiteral("%") + escaped));
        q.addBindValue(QString(QStringLiteral("%") + escaped + QStringLiteral("%")));
    }
    if (!q.exec())
        return list;
    while (q.next()) {
        SampleListEntry e;
        e.sampleId = q.value(0).toLongLong();
        e.tubeCode = q.value(1).toString();
        e.position = q.value(2).toInt();
        const QString uuid = q.value(3).toString();
        e.sampleUuid = uuid;
        e.name = m_codec.open(q.value(4).toByteArray(), uuid, QStringLiteral("name"))
                     .value_or(QString());
        e.idMasked = q.value(5).toString();
        e.operatorStaffId = q.value(6).toString();
        e.takenAt = fromIsoUtc(q.value(7).toString());
        e.state = q.value(8).toString();
        e.tubeState = tubeStateFromKey(q.value(9).toString()).value_or(TubeState::Open);
        e.entryMethod = entryMethodFromKey(q.value(10).toString()).value_or(EntryMethod::Scanner);
        e.retest = q.value(11).toBool();
        list.append(e);
    }
    return list;
}

} // namespace station
