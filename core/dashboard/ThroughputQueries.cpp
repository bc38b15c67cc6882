// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/ThroughputQueries.h"

#include "core/TimeText.h"
#include "core/dashboard/DashboardLogging.h"
#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace station::dashboard {

namespace {

QString swabStates() {
    return QString::fromLatin1(kSwabStates);
}

DomainError queryFailed(const QSqlQuery &q, const QString &what) {
    return Database::storageError(q.lastError(), what);
}

} // namespace

ThroughputQueries::ThroughputQueries(Database &db, QTimeZone zone, AlertLimits limits)
    : m_db(db)
    , m_zone(std::move(zone))
    , m_limits(limits) {}

QSqlDatabase ThroughputQueries::connection() const {
    return m_db.connection();
}

DayWindow ThroughputQueries::window(const QDate &day, int bucketSeconds) const {
    return DayWindow(day, m_zone, bucketSeconds);
}

std::optional<int> ThroughputQueries::stationTableNumber() const {
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT table_number FROM station WHERE id = 1")) && q.next())
        return q.value(0).toInt();
    return std::nullopt;
}

Result<QVector<TimeBucket>> ThroughputQueries::samplesPerBucket(const QDate &day,
                                                                int bucketSeconds) const {
    const DayWindow w = window(day, bucketSeconds);
    QVector<TimeBucket> buckets(w.bucketCount());
    for (int i = 0; i < buckets.size(); ++i)
        buckets[i].startLocal = w.bucketStartLocal(i);
    QSqlQuery q(connection());
    // Bucket index = whole seconds since local midnight / bucket length; the range on
    // taken_at uses the samples_taken_at index, which also covers state.
    q.prepare(QStringLiteral("SELECT (CAST(strftime('%s', taken_at) AS INTEGER) - ?) / ? AS b, "
                             "count(*) FROM samples WHERE taken_at >= ? AND taken_at < ? "
                             "AND state IN ") +
              swabStates() + QStringLiteral(" GROUP BY b"));
    q.addBindValue(w.startEpochSeconds());
    q.addBindValue(w.bucketSeconds());
    q.addBindValue(isoUtc(w.startUtc()));
    q.addBindValue(isoUtc(w.endUtc()));
    if (!q.exec())
        return queryFailed(q, tr("counting samples per interval"));
    while (q.next()) {
        const int b = q.value(0).toInt();
        if (b >= 0 && b < buckets.size())
            buckets[b].samples = q.value(1).toInt();
    }
    return buckets;
}

Result<int> ThroughputQueries::samplesBetween(const QDateTime &from, const QDateTime &to) const {
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM samples WHERE taken_at >= ? AND taken_at < ? "
                             "AND state IN ") +
              swabStates());
    q.addBindValue(isoUtc(from));
    q.addBindValue(isoUtc(to));
    if (!q.exec() || !q.next())
        return queryFailed(q, tr("counting recent samples"));
    return q.value(0).toInt();
}

Result<QList<TableThroughput>> ThroughputQueries::perTable(const QDate &day,
                                                           const QDateTime &now) const {
    // A station database is one table: every sample in it was taken at station.table_number.
    // Per-table figures for a whole site come from the server (SiteAggregatesSource).
    const std::optional<int> table = stationTableNumber();
    if (!table)
        return QList<TableThroughput>{};
    TableThroughput t;
    t.tableNumber = *table;
    const DayWindow w = window(day);
    auto count = samplesBetween(w.startUtc(), w.endUtc());
    if (!count.ok())
        return count.error();
    t.samples = count.value();

    QSqlQuery q(connection());
    // Gaps between consecutive swabs over the last hour; longer gaps are breaks.
    q.prepare(QStringLiteral("SELECT count(gap), avg(gap) FROM (SELECT (julianday(taken_at) - "
                             "julianday(lag(taken_at) OVER (ORDER BY taken_at))) * 86400.0 AS gap "
                             "FROM samples WHERE taken_at >= ? AND taken_at < ? AND state IN ") +
              swabStates() + QStringLiteral(") WHERE gap IS NOT NULL AND gap <= ?"));
    q.addBindValue(isoUtc(now.addSecs(-m_limits.averageWindowSeconds)));
    q.addBindValue(isoUtc(now));
    q.addBindValue(m_limits.maxGapSeconds);
    if (!q.exec() || !q.next())
        return queryFailed(q, tr("measuring the time per sample"));
    t.gapsMeasured = q.value(0).toInt();
    if (t.gapsMeasured > 0)
        t.avgSecondsPerSample = q.value(1).toDouble();

    q.prepare(QStringLiteral("SELECT taken_at FROM samples WHERE taken_at >= ? AND taken_at < ? "
                             "AND state IN ") +
              swabStates() + QStringLiteral(" ORDER BY taken_at DESC LIMIT 1"));
    q.addBindValue(isoUtc(w.startUtc()));
    q.addBindValue(isoUtc(std::min(now, w.endUtc())));
    if (!q.exec())
        return queryFailed(q, tr("finding the last sample"));
    if (q.next())
        t.lastSampleAt = fromIsoUtc(q.value(0).toString());
    return QList<TableThroughput>{t};
}

Result<QList<OperatorThroughput>> ThroughputQueries::perOperator(const QDate &day) const {
    const DayWindow w = window(day);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT o.id, o.staff_id, o.name, c.n FROM (SELECT operator_id, "
                             "count(*) AS n FROM samples WHERE taken_at >= ? AND taken_at < ? "
                             "AND state IN ") +
              swabStates() +
              QStringLiteral(" GROUP BY operator_id) c JOIN operators o ON o.id = c.operator_id "
                             "ORDER BY c.n DESC, o.staff_id"));
    q.addBindValue(isoUtc(w.startUtc()));
    q.addBindValue(isoUtc(w.endUtc()));
    if (!q.exec())
        return queryFailed(q, tr("counting samples per operator"));
    QList<OperatorThroughput> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt()});
    return rows;
}

QString ThroughputQueries::tubeStateNowSql(const QString &alias) {
    // The box facts are matched by the box's uuid: the hub's hand-over names the box so.
    return QStringLiteral(
               "(CASE WHEN %1.state = 'boxed' AND EXISTS (SELECT 1 FROM boxes nb JOIN site_facts "
               "nh ON nh.box_uuid = nb.uuid WHERE nb.id = %1.box_id AND nh.kind = 'box_state' "
               "AND nh.state = 'handed_over') THEN 'handed_over' "
               "WHEN %1.state = 'sealed' THEN coalesce((SELECT CASE WHEN nf.state IS NOT 'boxed' "
               "THEN NULL WHEN EXISTS (SELECT 1 FROM site_facts nh WHERE nh.box_uuid = "
               "nf.box_uuid AND nh.kind = 'box_state' AND nh.state = 'handed_over') THEN "
               "'handed_over' ELSE 'boxed' END FROM site_facts nf WHERE nf.tube = %1.code AND "
               "nf.kind = 'tube_state' AND (nf.tube_uuid = %1.uuid OR (nf.tube_uuid IS NULL AND "
               "NOT EXISTS (SELECT 1 FROM site_notes nn WHERE nn.uuid = %1.uuid AND nn.kind = "
               "'tube_code_reused'))) "
               "ORDER BY nf.seq DESC LIMIT 1), 'sealed') ELSE %1.state END)")
        .arg(alias);
}

Result<TubeStateCounts> ThroughputQueries::tubesByState(const QDate &day) const {
    const DayWindow w(window(day));
    QSqlQuery q(connection());
    // Tubes waiting here are counted whatever day they were opened, finished ones (handed
    // over, wherever that happened, or voided) when opened in the day. The waiting tubes are
    // found by id through the (state, opened_at) index: asked for their other columns
    // directly, SQLite's statistics (three states, a third each) make it scan every tube.
    q.prepare(
        QStringLiteral("SELECT state_now, count(*) FROM (SELECT %1 AS state_now, t.opened_at FROM "
                       "tubes t WHERE t.id IN (SELECT w.id FROM tubes w WHERE w.state IN ('open', "
                       "'sealed', 'boxed'))) WHERE state_now <> "
                       "'handed_over' OR (opened_at >= ? AND opened_at < ?) GROUP BY state_now "
                       "UNION ALL SELECT state, count(*) FROM tubes WHERE state IN ('handed_over', "
                       "'voided') AND opened_at >= ? AND opened_at < ? GROUP BY state")
            .arg(tubeStateNowSql()));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(isoUtc(w.startUtc()));
        q.addBindValue(isoUtc(w.endUtc()));
    }
    if (!q.exec())
        return queryFailed(q, tr("counting tubes"));
    TubeStateCounts c;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (state == QLatin1String("open"))
            c.open += n;
        else if (state == QLatin1String("sealed"))
            c.sealed += n;
        else if (state == QLatin1String("boxed"))
            c.boxed += n;
        else if (state == QLatin1String("handed_over"))
            c.handedOverToday += n;
        else if (state == QLatin1String("voided"))
            c.voidedToday += n;
    }
    return c;
}

Result<QList<BoxAge>> ThroughputQueries::boxesByAge(const QDateTime &now) const {
    QSqlQuery q(connection());
    // A box holds tubes of this station and tubes sealed at other tables (box_site_tubes); a
    // sealed box that another table handed over (the site's facts) no longer ages here.
    if (!q.exec(QStringLiteral(
            "SELECT code, state, own_tubes + site_tubes, "
            "coalesce(min(own_earliest, site_earliest), own_earliest, site_earliest) AS earliest "
            "FROM (SELECT b.code, b.state, "
            "(SELECT count(*) FROM tubes t WHERE t.box_id = b.id) AS own_tubes, "
            "(SELECT min(t.first_swab_at) FROM tubes t WHERE t.box_id = b.id) AS own_earliest, "
            "(SELECT count(*) FROM box_site_tubes s WHERE s.box_id = b.id) AS site_tubes, "
            "(SELECT min(s.first_swab_at) FROM box_site_tubes s WHERE s.box_id = b.id) "
            "AS site_earliest FROM boxes b WHERE b.state IN ('open', 'sealed') AND NOT EXISTS "
            "(SELECT 1 FROM site_facts f WHERE f.box_uuid = b.uuid AND f.kind = 'box_state' "
            "AND f.state = 'handed_over')) ORDER BY earliest IS NULL, earliest, code")))
        return queryFailed(q, tr("ageing the boxes"));
    QList<BoxAge> boxes;
    while (q.next()) {
        BoxAge b;
        b.code = q.value(0).toString();
        b.state = q.value(1).toString();
        b.tubes = q.value(2).toInt();
        if (!q.value(3).isNull()) {
            b.earliestSwab = fromIsoUtc(q.value(3).toString());
            b.ageSeconds = b.earliestSwab.secsTo(now);
        }
        boxes.append(b);
    }
    return boxes;
}

Result<SyncBacklog> ThroughputQueries::syncBacklog(const QDateTime &now) const {
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*), min(created_at), coalesce(sum(created_at < ?), 0) "
                             "FROM outbox WHERE state = 'pending'"));
    q.addBindValue(isoUtc(now.addSecs(-m_limits.syncPendingSeconds)));
    if (!q.exec() || !q.next())
        return queryFailed(q, tr("counting records waiting to be sent"));
    SyncBacklog s;
    s.pending = q.value(0).toInt();
    if (!q.value(1).isNull())
        s.oldestPendingAt = fromIsoUtc(q.value(1).toString());
    s.pendingOlderThanLimit = q.value(2).toInt();
    return s;
}

Result<QList<SyncProblemCount>> ThroughputQueries::syncProblemCounts() const {
    // A relay refusal is kept with its code in the kind ("relay_refused:CODE").
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT kind, count(*) FROM (SELECT CASE WHEN kind LIKE 'relay_refused:%' THEN "
        "'relay_refused' ELSE kind END AS kind FROM site_notes) GROUP BY kind "
        "UNION ALL SELECT ?, count(*) FROM outbox WHERE state IN ('conflict', 'rejected')"));
    q.addBindValue(QString::fromLatin1(SyncProblemCount::kRecordsRefused));
    if (!q.exec())
        return queryFailed(q, tr("counting sync problems"));
    QList<SyncProblemCount> counts;
    while (q.next()) {
        if (q.value(1).toInt() > 0)
            counts.append({q.value(0).toString(), q.value(1).toInt()});
    }
    const QStringList order = {QStringLiteral("tube_code_reused"),
                               QStringLiteral("tube_boxed_twice"),
                               QStringLiteral("box_handed_over_twice"),
                               QStringLiteral("person_sampled_elsewhere"),
                               QStringLiteral("relay_refused"),
                               QString::fromLatin1(SyncProblemCount::kRecordsRefused),
                               QStringLiteral("staff_id_taken")};
    std::sort(counts.begin(), counts.end(),
              [&order](const SyncProblemCount &a, const SyncProblemCount &b) {
                  const auto rank = [&order](const QString &kind) {
                      const qsizetype i = order.indexOf(kind);
                      return i < 0 ? order.size() : i;
                  };
                  if (rank(a.kind) != rank(b.kind))
                      return rank(a.kind) < rank(b.kind);
                  return a.kind < b.kind;
              });
    return counts;
}

DashboardSnapshot ThroughputQueries::snapshot(const QDateTime &now,
                                              const ShiftWindow &shift) const {
    DashboardSnapshot s;
    s.asOf = now.toUTC();
    s.day = now.toTimeZone(m_zone).date();
    s.rateWindowSeconds = m_limits.rateWindowSeconds;
    auto fail = [&s](const DomainError &e) {
        s.valid = false;
        s.error = e.message;
        return s;
    };
    {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("SELECT site_code, site_name FROM station WHERE id = 1")) &&
            q.next()) {
            s.siteCode = q.value(0).toString();
            s.siteName = q.value(1).toString();
        }
    }
    auto buckets = samplesPerBucket(s.day, 600);
    if (!buckets.ok())
        return fail(buckets.error());
    s.buckets = buckets.value();
    for (const TimeBucket &b : std::as_const(s.buckets))
        s.samplesToday += b.samples;
    auto tables = perTable(s.day, s.asOf);
    if (!tables.ok())
        return fail(tables.error());
    s.tables = tables.value();
    auto ops = perOperator(s.day);
    if (!ops.ok())
        return fail(ops.error());
    s.operators = ops.value();
    auto tubes = tubesByState(s.day);
    if (!tubes.ok())
        return fail(tubes.error());
    s.tubes = tubes.value();
    auto boxes = boxesByAge(s.asOf);
    if (!boxes.ok())
        return fail(boxes.error());
    s.boxes = boxes.value();
    auto sync = syncBacklog(s.asOf);
    if (!sync.ok())
        return fail(sync.error());
    s.sync = sync.value();
    auto recent = samplesBetween(s.asOf.addSecs(-m_limits.rateWindowSeconds), s.asOf);
    if (!recent.ok())
        return fail(recent.error());
    s.samplesInRateWindow = recent.value();
    // The figures stand without them: a station's database always has the tables, but a
    // failure here must not blank the lead's dashboard.
    if (auto problems = syncProblemCounts(); problems.ok())
        s.syncProblems = problems.value();
    else
        qCWarning(lcDashboard) << "cannot count the sync problems";
    s.alerts = alertsFor(s, s.asOf, m_zone, shift, m_limits);
    s.valid = true;
    return s;
}

QList<Alert> ThroughputQueries::alertsFor(const DashboardSnapshot &s, const QDateTime &now,
                                          const QTimeZone &zone, const ShiftWindow &shift,
                                          const AlertLimits &limits) {
    QList<Alert> alerts;
    const QDateTime local = now.toTimeZone(zone);
    const QDateTime shiftStart = QDateTime(local.date(), shift.start, zone).toUTC();
    const QDateTime shiftEnd = QDateTime(local.date(), shift.end, zone).toUTC();
    const bool inShift = now >= shiftStart && now < shiftEnd;
    if (inShift) {
        for (const TableThroughput &t : s.tables) {
            // Idle since the last swab, or since the shift began when there was none.
            const QDateTime since = t.lastSampleAt.isValid() && t.lastSampleAt > shiftStart
                                        ? t.lastSampleAt
                                        : shiftStart;
            if (since.secsTo(now) <= limits.idleTableSeconds)
                continue;
            Alert a;
            a.kind = AlertKind::TableIdle;
            a.subject = QString::number(t.tableNumber);
            a.message = t.lastSampleAt.isValid() && t.lastSampleAt > shiftStart
                            ? tr("Table %1 has taken no sample for %2 (last at %3).")
                                  .arg(t.tableNumber)
                                  .arg(hoursAndMinutes(since.secsTo(now)), clockTime(since, zone))
                            : tr("Table %1 has taken no sample since the shift began at %2.")
                                  .arg(t.tableNumber)
                                  .arg(clockTime(since, zone));
            alerts.append(a);
        }
    }
    for (const BoxAge &b : s.boxes) {
        if (b.ageSeconds < limits.boxWarnSeconds)
            continue;
        Alert a;
        a.subject = b.code;
        const QDateTime limit = b.earliestSwab.addSecs(limits.boxLimitSeconds);
        if (b.ageSeconds >= limits.boxLimitSeconds) {
            a.kind = AlertKind::BoxOverLimit;
            a.severity = AlertSeverity::Critical;
            a.message = tr("Box %1 passed the 4-hour limit at %2 (first swab %3 ago). Call the "
                           "courier and record the temperature.")
                            .arg(b.code, clockTime(limit, zone), hoursAndMinutes(b.ageSeconds));
        } else {
            a.kind = AlertKind::BoxNearingLimit;
            a.message = tr("Box %1 reaches the 4-hour limit at %2 (first swab %3 ago).")
                            .arg(b.code, clockTime(limit, zone), hoursAndMinutes(b.ageSeconds));
        }
        alerts.append(a);
    }
    if (s.sync.pendingOlderThanLimit > 0) {
        Alert a;
        a.kind = AlertKind::SyncBacklog;
        a.subject = QString::number(s.sync.pendingOlderThanLimit);
        a.message = tr("%n record(s) have waited more than 2 hours to reach the province "
                       "(oldest from %1). Check the network.",
                       nullptr, s.sync.pendingOlderThanLimit)
                        .arg(clockTime(s.sync.oldestPendingAt, zone));
        alerts.append(a);
    }
    for (const SyncProblemCount &p : s.syncProblems)
        alerts.append(syncProblemAlert(p));
    return alerts;
}

Alert ThroughputQueries::syncProblemAlert(const SyncProblemCount &problems) {
    Alert a;
    a.kind = AlertKind::SyncProblem;
    a.subject = problems.kind;
    const int n = problems.count;
    // Something at the site must be sorted out by people (tubes, boxes), or the province
    // lacks a record: critical. A person possibly sampled twice, a staff id held twice:
    // a warning.
    a.severity = AlertSeverity::Critical;
    const QString &kind = problems.kind;
    if (kind == QLatin1String("tube_code_reused"))
        a.message = tr("Sync problem: %n tube code(s) of this table were also used at another "
                       "table. Keep those tubes apart and tell the laboratory. See Sync "
                       "problems (F7).",
                       nullptr, n);
    else if (kind == QLatin1String("tube_boxed_twice"))
        a.message = tr("Sync problem: %n tube(s) packed here were also packed into a box at "
                       "another table. Open neither box. See Sync problems (F7).",
                       nullptr, n);
    else if (kind == QLatin1String("box_handed_over_twice"))
        a.message = tr("Sync problem: %n box(es) were handed over both here and at another "
                       "table. See Sync problems (F7).",
                       nullptr, n);
    else if (kind == QLatin1String("relay_refused"))
        a.message = tr("Sync problem: the province refused %n record(s) that the site hub had "
                       "taken. See Sync problems (F7).",
                       nullptr, n);
    else if (kind == QLatin1String(SyncProblemCount::kRecordsRefused))
        a.message = tr("Sync problem: the server did not take %n record(s) of this table. See "
                       "Sync problems (F7).",
                       nullptr, n);
    else if (kind == QLatin1String("person_sampled_elsewhere")) {
        a.severity = AlertSeverity::Warning;
        a.message = tr("Sync problem: %n person(s) sampled here were also sampled at another "
                       "table the same day without a confirmed re-test. See Sync problems (F7).",
                       nullptr, n);
    } else if (kind == QLatin1String("staff_id_taken")) {
        a.severity = AlertSeverity::Warning;
        a.message = tr("Sync problem: %n staff ID(s) are held by two people at the site. See "
                       "Sync problems (F7).",
                       nullptr, n);
    } else {
        a.severity = AlertSeverity::Warning;
        a.message =
            tr("Sync problem: %n site note(s) of kind \"%1\". See Sync problems (F7).", nullptr, n)
                .arg(kind);
    }
    return a;
}

} // namespace station::dashboard
