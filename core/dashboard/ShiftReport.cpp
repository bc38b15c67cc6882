// SPDX-License-Identifier: GPL-3.0-or-later
// The shift report's data: one query per section over the site day's UTC range.
#include "core/dashboard/ShiftReport.h"

#include "core/dashboard/DayWindow.h"
#include "core/dashboard/ThroughputQueries.h"
#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace station::dashboard {

namespace {

// The messages of this file, under one translation context.
struct ShiftReportText {
    Q_DECLARE_TR_FUNCTIONS(ShiftReport)
};

QDateTime utcOrNull(const QVariant &v) {
    return v.isNull() ? QDateTime() : fromIsoUtc(v.toString());
}

std::optional<int> intOrNull(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace

Result<ShiftReport> buildShiftReport(Database &database, const QDate &day, const QTimeZone &zone,
                                     const QDateTime &generatedAt) {
    ShiftReport r;
    r.day = day;
    r.timeZoneId = QString::fromUtf8(zone.id());
    r.generatedAt = generatedAt.toUTC();
    const DayWindow w(day, zone, 3600);
    const QString from = isoUtc(w.startUtc());
    const QString to = isoUtc(w.endUtc());
    const QString what = ShiftReportText::tr("building the shift report");
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &binds = {}) {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec();
    };
    const QVariantList range{from, to};

    if (!run(QStringLiteral("SELECT site_code, site_name, district, table_number, device_id "
                            "FROM station WHERE id = 1")))
        return Database::storageError(q.lastError(), what);
    if (!q.next())
        return makeError(
            ErrorCode::NotProvisioned,
            ShiftReportText::tr("This station is not provisioned: there is nothing to report."));
    r.siteCode = q.value(0).toString();
    r.siteName = q.value(1).toString();
    r.district = q.value(2).toString();
    r.tableNumber = q.value(3).toInt();
    r.deviceId = q.value(4).toString();

    if (!run(QStringLiteral("SELECT coalesce(sum(state = 'active'), 0), "
                            "coalesce(sum(state = 'removed'), 0), "
                            "coalesce(sum(state = 'voided'), 0), "
                            "count(DISTINCT CASE WHEN state = 'active' THEN person_key END), "
                            "min(CASE WHEN state <> 'removed' THEN taken_at END), "
                            "max(CASE WHEN state <> 'removed' THEN taken_at END) "
                            "FROM samples WHERE taken_at >= ? AND taken_at < ?"),
             range) ||
        !q.next())
        return Database::storageError(q.lastError(), what);
    r.activeSamples = q.value(0).toInt();
    r.removedSamples = q.value(1).toInt();
    r.voidedSamples = q.value(2).toInt();
    r.swabs = r.activeSamples + r.voidedSamples;
    r.distinctPeople = q.value(3).toInt();
    r.firstSwabAt = utcOrNull(q.value(4));
    r.lastSwabAt = utcOrNull(q.value(5));

    ThroughputQueries queries(database, zone);
    auto hourly = queries.samplesPerBucket(day, 3600);
    if (!hourly.ok())
        return hourly.error();
    r.hourly = hourly.value();
    // The day's table figures; the hour average is that of the last hour of work.
    auto tables =
        queries.perTable(day, r.lastSwabAt.isValid() ? r.lastSwabAt.addMSecs(1) : w.startUtc());
    if (!tables.ok())
        return tables.error();
    r.tables = tables.value();
    auto ops = queries.perOperator(day);
    if (!ops.ok())
        return ops.error();
    r.operators = ops.value();

    // Tubes opened in the day, by state now.
    const QString stateNow = ThroughputQueries::tubeStateNowSql(QStringLiteral("t"));
    if (!run(QStringLiteral("SELECT %1, count(*), coalesce(sum(t.seal_reason IS NOT NULL AND "
                            "t.seal_reason <> ''), 0) FROM tubes t WHERE t.opened_at >= ? AND "
                            "t.opened_at < ? GROUP BY 1")
                 .arg(stateNow),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next()) {
        const QString s = q.value(0).toString();
        const int n = q.value(1).toInt();
        r.tubes.opened += n;
        r.tubes.sealedEarly += q.value(2).toInt();
        if (s == QLatin1String("open"))
            r.tubes.open = n;
        else if (s == QLatin1String("sealed"))
            r.tubes.sealed = n;
        else if (s == QLatin1String("boxed"))
            r.tubes.boxed = n;
        else if (s == QLatin1String("handed_over"))
            r.tubes.handedOver = n;
        else if (s == QLatin1String("voided"))
            r.tubes.voided = n;
    }
    // The day's valid swabs by where their tube is now.
    if (!run(QStringLiteral("SELECT %1, count(*) FROM samples s JOIN tubes t ON t.id = "
                            "s.tube_id WHERE s.taken_at >= ? AND s.taken_at < ? AND s.state = "
                            "'active' GROUP BY 1")
                 .arg(stateNow),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next()) {
        const QString s = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (s == QLatin1String("open"))
            r.tubes.peopleInOpen = n;
        else if (s == QLatin1String("sealed"))
            r.tubes.peopleInSealed = n;
        else if (s == QLatin1String("boxed"))
            r.tubes.peopleInBoxed = n;
        else if (s == QLatin1String("handed_over"))
            r.tubes.peopleInHandedOver = n;
    }

    if (!run(QStringLiteral(
                 "SELECT b.code, b.state, b.opened_at, b.sealed_at, b.handed_over_at, "
                 "b.sealed_tube_count, b.sealed_person_count, b.handed_over_by, b.carried_by, "
                 "b.temperature_c, (SELECT count(*) FROM tubes t WHERE t.box_id = b.id) + "
                 "(SELECT count(*) FROM box_site_tubes x WHERE x.box_id = b.id), "
                 "(SELECT count(*) FROM samples s JOIN tubes t ON t.id = s.tube_id WHERE "
                 "t.box_id = b.id AND s.state = 'active') + (SELECT coalesce(sum(x.people), 0) "
                 "FROM box_site_tubes x WHERE x.box_id = b.id), (SELECT min(f) FROM (SELECT "
                 "first_swab_at AS f FROM tubes WHERE box_id = b.id UNION ALL SELECT "
                 "first_swab_at FROM box_site_tubes WHERE box_id = b.id)), h.at, h.table_label "
                 "FROM boxes b LEFT JOIN site_facts h ON h.seq = (SELECT min(x.seq) FROM "
                 "site_facts x WHERE x.box_uuid = b.uuid AND x.kind = 'box_state' AND x.state = "
                 "'handed_over') WHERE b.opened_at >= ? AND b.opened_at < ? ORDER BY "
                 "b.opened_at"),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next()) {
        ShiftReport::Box b;
        b.code = q.value(0).toString();
        b.state = q.value(1).toString();
        b.openedAt = utcOrNull(q.value(2));
        b.sealedAt = utcOrNull(q.value(3));
        b.handedOverAt = utcOrNull(q.value(4));
        b.sealedTubeCount = intOrNull(q.value(5));
        b.sealedPersonCount = intOrNull(q.value(6));
        b.handedOverBy = q.value(7).toString();
        b.carriedBy = q.value(8).toString();
        if (!q.value(9).isNull())
            b.temperatureC = q.value(9).toDouble();
        b.tubes = q.value(10).toInt();
        b.people = q.value(11).toInt();
        b.earliestSwab = utcOrNull(q.value(12));
        // Handed over at another table or at the site hub: this table's row still says sealed.
        if (b.state != QLatin1String("handed_over") && !q.value(13).isNull()) {
            b.state = QStringLiteral("handed_over");
            b.handedOverAt = utcOrNull(q.value(13));
            b.handedOverElsewhere = q.value(14).toString();
        }
        r.boxes.append(b);
    }

    if (!run(QStringLiteral(
                 "SELECT t.code, f.box, f.table_label, h.at, h.table_label FROM tubes t JOIN "
                 "site_facts f ON f.seq = (SELECT max(x.seq) FROM site_facts x WHERE x.tube = "
                 "t.code AND x.kind = 'tube_state' AND (x.tube_uuid = t.uuid OR (x.tube_uuid IS "
                 "NULL AND NOT EXISTS (SELECT 1 FROM site_notes n WHERE n.uuid = t.uuid AND "
                 "n.kind = 'tube_code_reused')))) LEFT JOIN site_facts h ON h.seq = (SELECT "
                 "min(y.seq) FROM site_facts y WHERE y.box_uuid = f.box_uuid AND y.kind = "
                 "'box_state' AND y.state = "
                 "'handed_over') WHERE t.state = 'sealed' AND f.state = 'boxed' AND t.opened_at "
                 ">= ? AND t.opened_at < ? ORDER BY t.code"),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next())
        r.tubesElsewhere.append({q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), utcOrNull(q.value(3)),
                                 q.value(4).toString()});

    if (!run(QStringLiteral("SELECT t.voided_at, t.code, (SELECT count(*) FROM samples s WHERE "
                            "s.tube_id = t.id AND s.state = 'voided'), t.void_reason FROM tubes t "
                            "WHERE t.state = 'voided' AND t.voided_at >= ? AND t.voided_at < ? "
                            "ORDER BY t.voided_at"),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next())
        r.voids.append({utcOrNull(q.value(0)), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toString()});

    if (!run(QStringLiteral("SELECT s.removed_at, t.code, s.position, s.id_masked, "
                            "s.removed_reason, o.staff_id FROM samples s JOIN tubes t ON t.id = "
                            "s.tube_id LEFT JOIN operators o ON o.id = s.removed_by WHERE "
                            "s.state = 'removed' AND s.removed_at >= ? AND s.removed_at < ? "
                            "ORDER BY s.removed_at"),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next())
        r.removals.append({utcOrNull(q.value(0)), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});

    if (!run(QStringLiteral("SELECT t.sealed_at, t.code, (SELECT count(*) FROM samples s WHERE "
                            "s.tube_id = t.id AND s.state = 'active'), t.pool_size, t.seal_reason "
                            "FROM tubes t WHERE t.seal_reason IS NOT NULL AND t.seal_reason <> '' "
                            "AND t.sealed_at >= ? AND t.sealed_at < ? ORDER BY t.sealed_at"),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next())
        r.earlySeals.append({utcOrNull(q.value(0)), q.value(1).toString(), q.value(2).toInt(),
                             q.value(3).toInt(), q.value(4).toString()});

    if (!run(QStringLiteral("SELECT state, count(*), min(created_at), max(acked_at) FROM outbox "
                            "WHERE created_at >= ? AND created_at < ? GROUP BY state"),
             range))
        return Database::storageError(q.lastError(), what);
    while (q.next()) {
        const QString s = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (s == QLatin1String("pending")) {
            r.sync.pending = n;
            r.sync.oldestPendingAt = utcOrNull(q.value(2));
        } else if (s == QLatin1String("acked")) {
            r.sync.acked = n;
            r.sync.lastAckedAt = utcOrNull(q.value(3));
        } else if (s == QLatin1String("conflict")) {
            r.sync.conflict = n;
        } else if (s == QLatin1String("rejected")) {
            r.sync.rejected = n;
        }
    }
    return r;
}

} // namespace station::dashboard
