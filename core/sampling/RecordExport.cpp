// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/RecordExport.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

QByteArray csvField(const QString &value) {
    QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
        v.replace("\"", "\"\"");
        v = '"' + v + '"';
    }
    return v;
}

QByteArray csvRow(const QStringList &fields) {
    QByteArray row;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

} // namespace

QList<ExportedSample> exportSamples(Database &db, const QDate &day) {
    QList<ExportedSample> list;
    QSqlQuery q(db.connection());
    QString sql = QStringLiteral(
        "SELECT s.uuid, t.code, s.position, s.id_type, s.id_masked, o.staff_id, s.taken_at, "
        "s.state, s.entry_method, s.retest_confirmed, s.removed_reason FROM samples s "
        "JOIN tubes t ON t.id = s.tube_id JOIN operators o ON o.id = s.operator_id");
    if (day.isValid())
        sql += QStringLiteral(" WHERE s.taken_day = ?");
    sql += QStringLiteral(" ORDER BY s.taken_at, s.id");
    q.prepare(sql);
    if (day.isValid())
        q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return list;
    while (q.next()) {
        ExportedSample e;
        e.uuid = q.value(0).toString();
        e.tubeCode = q.value(1).toString();
        e.position = q.value(2).toInt();
        e.idType = q.value(3).toString();
        e.idMasked = q.value(4).toString();
        e.operatorStaffId = q.value(5).toString();
        e.takenAt = q.value(6).toString();
        e.state = q.value(7).toString();
        e.entryMethod = q.value(8).toString();
        e.retestConfirmed = q.value(9).toBool();
        e.removedReason = q.value(10).toString();
        list.append(e);
    }
    return list;
}

QList<ExportedTube> exportTubes(Database &db, const QDate &day) {
    QList<ExportedTube> list;
    QSqlQuery q(db.connection());
    QString sql = QStringLiteral(
        "SELECT t.code, t.pool_size, t.state, (SELECT count(*) FROM samples s WHERE s.tube_id = "
        "t.id AND s.state = 'active'), t.opened_at, t.first_swab_at, t.sealed_at, t.seal_reason, "
        "t.void_reason, b.code FROM tubes t LEFT JOIN boxes b ON b.id = t.box_id");
    QList<QVariant> binds;
    if (day.isValid()) {
        // The site's day, as UTC bounds of local midnight to midnight.
        const QDateTime from(day, QTime(0, 0), Qt::LocalTime);
        const QDateTime to(day.addDays(1), QTime(0, 0), Qt::LocalTime);
        sql += QStringLiteral(" WHERE t.opened_at >= ? AND t.opened_at < ?");
        binds << isoUtc(from) << isoUtc(to);
    }
    sql += QStringLiteral(" ORDER BY t.opened_at, t.id");
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return list;
    while (q.next()) {
        ExportedTube t;
        t.code = q.value(0).toString();
        t.poolSize = q.value(1).toInt();
        t.state = q.value(2).toString();
        t.people = q.value(3).toInt();
        t.openedAt = q.value(4).toString();
        t.firstSwabAt = q.value(5).toString();
        t.sealedAt = q.value(6).toString();
        t.sealReason = q.value(7).toString();
        t.voidReason = q.value(8).toString();
        t.boxCode = q.value(9).toString();
        list.append(t);
    }
    return list;
}

QJsonArray toJson(const QList<ExportedSample> &samples) {
    QJsonArray a;
    for (const ExportedSample &e : samples)
        a.append(QJsonObject{{QStringLiteral("uuid"), e.uuid},
                             {QStringLiteral("tube"), e.tubeCode},
                             {QStringLiteral("position"), e.position},
                             {QStringLiteral("id_type"), e.idType},
                             {QStringLiteral("id_masked"), e.idMasked},
                             {QStringLiteral("operator"), e.operatorStaffId},
                             {QStringLiteral("taken_at"), e.takenAt},
                             {QStringLiteral("state"), e.state},
                             {QStringLiteral("entry"), e.entryMethod},
                             {QStringLiteral("retest_confirmed"), e.retestConfirmed},
                             {QStringLiteral("removed_reason"), e.removedReason}});
    return a;
}

QJsonArray toJson(const QList<ExportedTube> &tubes) {
    QJsonArray a;
    for (const ExportedTube &t : tubes)
        a.append(QJsonObject{{QStringLiteral("code"), t.code},
                             {QStringLiteral("pool_size"), t.poolSize},
                             {QStringLiteral("state"), t.state},
                             {QStringLiteral("people"), t.people},
                             {QStringLiteral("opened_at"), t.openedAt},
                             {QStringLiteral("first_swab_at"), t.firstSwabAt},
                             {QStringLiteral("sealed_at"), t.sealedAt},
                             {QStringLiteral("seal_reason"), t.sealReason},
                             {QStringLiteral("void_reason"), t.voidReason},
                             {QStringLiteral("box"), t.boxCode}});
    return a;
}

QByteArray toCsv(const QList<ExportedSample> &samples) {
    QByteArray out =
        csvRow({QStringLiteral("uuid"), QStringLiteral("tube"), QStringLiteral("position"),
                QStringLiteral("id_type"), QStringLiteral("id_masked"), QStringLiteral("operator"),
                QStringLiteral("taken_at"), QStringLiteral("state"), QStringLiteral("entry"),
                QStringLiteral("retest_confirmed"), QStringLiteral("removed_reason")});
    for (const ExportedSample &e : samples)
        out += csvRow({e.uuid, e.tubeCode, QString::number(e.position), e.idType, e.idMasked,
                       e.operatorStaffId, e.takenAt, e.state, e.entryMethod,
                       e.retestConfirmed ? QStringLiteral("1") : QStringLiteral("0"),
                       e.removedReason});
    return out;
}

QByteArray toCsv(const QList<ExportedTube> &tubes) {
    QByteArray out = csvRow({QStringLiteral("code"), QStringLiteral("pool_size"),
                             QStringLiteral("state"), QStringLiteral("people"),
                             QStringLiteral("opened_at"), QStringLiteral("first_swab_at"),
                             QStringLiteral("sealed_at"), QStringLiteral("seal_reason"),
                             QStringLiteral("void_reason"), QStringLiteral("box")});
    for (const ExportedTube &t : tubes)
        out +=
            csvRow({t.code, QString::number(t.poolSize), t.state, QString::number(t.people),
                    t.openedAt, t.firstSwabAt, t.sealedAt, t.sealReason, t.voidReason, t.boxCode});
    return out;
}

} // namespace station
