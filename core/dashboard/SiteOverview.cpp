// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/SiteOverview.h"
#include "core/TableLabel.h"
#include "core/TimeText.h"

#include <algorithm>
#include <climits>

namespace station::dashboard {

namespace {

struct Shift {
    bool inShift = false;
    QDateTime start;
};

Shift shiftAt(const QDateTime &now, const QTimeZone &zone, const ShiftWindow &shift) {
    const QDateTime local = now.toTimeZone(zone);
    const QDateTime start = QDateTime(local.date(), shift.start, zone).toUTC();
    const QDateTime end = QDateTime(local.date(), shift.end, zone).toUTC();
    return {now >= start && now < end, start};
}

// Idle since the last swab, or since the shift began when there was none in it.
void judgeIdle(SiteTableRow *row, const Shift &shift, const QDateTime &now,
               const AlertLimits &limits) {
    if (!shift.inShift)
        return;
    const QDateTime since = row->lastSampleAt.isValid() && row->lastSampleAt > shift.start
                                ? row->lastSampleAt
                                : shift.start;
    row->idleSeconds = since.secsTo(now);
    row->idle = row->idleSeconds > limits.idleTableSeconds;
}

void judgeBox(SiteTableRow *row, qint64 ageSeconds, const AlertLimits &limits) {
    if (ageSeconds < 0)
        return;
    row->oldestBoxAgeSeconds = std::max(row->oldestBoxAgeSeconds, ageSeconds);
    if (ageSeconds >= limits.boxLimitSeconds)
        ++row->boxesOverLimit;
    else if (ageSeconds >= limits.boxWarnSeconds)
        ++row->boxesNearingLimit;
}

SiteTableRow ownRow(const DashboardSnapshot &local, const QString &station, const QDateTime &now,
                    const QTimeZone &zone, const ShiftWindow &shift, const AlertLimits &limits) {
    SiteTableRow row;
    row.station = station;
    row.own = true;
    row.live = true;
    const int table = local.tables.isEmpty() ? 0 : local.tables.first().tableNumber;
    row.label = shownTableNumber(table);
    row.tableNumber = table;
    row.samplesToday = local.samplesToday;
    for (const TimeBucket &b : local.buckets) {
        if (b.startLocal.toUTC().secsTo(local.asOf) < 3600)
            row.lastHour += b.samples;
    }
    if (!local.tables.isEmpty())
        row.lastSampleAt = local.tables.first().lastSampleAt;
    judgeIdle(&row, shiftAt(local.asOf, zone, shift), local.asOf, limits);
    row.openTubes = local.tubes.open;
    for (const BoxAge &b : local.boxes) {
        ++row.boxes;
        judgeBox(&row, b.ageSeconds, limits);
    }
    row.pending = local.sync.pending;
    row.oldestPendingAt = local.sync.oldestPendingAt;
    row.figuresAsOf = local.asOf;
    row.ageSeconds = std::max<qint64>(0, local.asOf.secsTo(now));
    return row;
}

} // namespace

SiteOverview SiteOverviewBuilder::build(const SiteFigures *figures, bool reachable,
                                        const QString &error, const DashboardSnapshot &local,
                                        const QDateTime &now, const QTimeZone &zone,
                                        const ShiftWindow &shift, const AlertLimits &limits) {
    SiteOverview o;
    o.reachable = reachable;
    o.error = error;
    QString ownStation;
    if (figures) {
        o.haveSiteFigures = true;
        o.role = figures->role;
        o.computedAt = figures->computedAt;
        o.upstream = figures->upstream;
        ownStation = figures->ownStation;
        o.figuresAgeSeconds = std::max<qint64>(0, figures->receivedAt.secsTo(now));
        // The server's clock now: its time of the answer plus the time since it arrived.
        const QDateTime serverNow = figures->computedAt.addSecs(o.figuresAgeSeconds);
        const Shift shiftNow = shiftAt(serverNow, zone, shift);
        for (const SiteTable &t : figures->siteTables) {
            if (local.valid && t.station == ownStation)
                continue; // the own table's figures are live, from its own database
            SiteTableRow row;
            row.station = t.station;
            row.label = t.tableNumber > 0   ? shownTableNumber(t.tableNumber)
                        : t.label.isEmpty() ? t.station
                                            : shownTableLabel(t.label);
            row.tableNumber = t.tableNumber;
            row.own = t.station == ownStation;
            row.samplesToday = t.samples;
            for (const SiteBucket &b : t.buckets) {
                if (b.start.secsTo(serverNow) < 3600)
                    row.lastHour += b.samples;
            }
            row.lastSampleAt = t.lastSampleAt;
            judgeIdle(&row, shiftNow, serverNow, limits);
            row.openTubes = static_cast<int>(t.openTubes.size());
            row.peopleInOpenTubes = 0;
            for (const SiteOpenTube &tube : t.openTubes)
                row.peopleInOpenTubes += tube.people;
            for (const SiteBox &b : t.boxes) {
                ++row.boxes;
                judgeBox(&row, b.earliestSwab.isValid() ? b.earliestSwab.secsTo(serverNow) : -1,
                         limits);
            }
            row.pending = t.pending;
            row.oldestPendingAt = t.oldestPendingAt;
            row.figuresAsOf = std::max(t.lastSeenAt, t.statusAt);
            if (!row.figuresAsOf.isValid())
                row.figuresAsOf = t.lastRecordAt;
            row.ageSeconds = row.figuresAsOf.isValid()
                                 ? std::max<qint64>(0, row.figuresAsOf.secsTo(serverNow))
                                 : -1;
            row.notHeardFrom = row.ageSeconds < 0 || row.ageSeconds > kTableSilentSeconds;
            // Unreachable, the server's last figures age as a whole: the row says so, but a
            // table that was heard from then is not told to check its network (the alert
            // about the server says what is wrong).
            const bool silentThen =
                reachable || !row.figuresAsOf.isValid() ||
                row.figuresAsOf.secsTo(figures->computedAt) > kTableSilentSeconds;
            o.rows.append(row);

            if (row.idle) {
                Alert a;
                a.kind = AlertKind::TableIdle;
                a.subject = row.label;
                a.message = row.lastSampleAt.isValid() && row.lastSampleAt > shiftNow.start
                                ? tr("%1 has taken no sample for %2 (last at %3).")
                                      .arg(row.label, hoursAndMinutes(row.idleSeconds),
                                           clockTime(row.lastSampleAt, zone))
                                : tr("%1 has taken no sample since the shift began at %2.")
                                      .arg(row.label, clockTime(shiftNow.start, zone));
                o.alerts.append(a);
            }
            for (const SiteBox &b : t.boxes) {
                if (!b.earliestSwab.isValid())
                    continue;
                const qint64 age = b.earliestSwab.secsTo(serverNow);
                if (age < limits.boxWarnSeconds)
                    continue;
                Alert a;
                a.subject = b.box;
                const QDateTime limit = b.earliestSwab.addSecs(limits.boxLimitSeconds);
                if (age >= limits.boxLimitSeconds) {
                    a.kind = AlertKind::BoxOverLimit;
                    a.severity = AlertSeverity::Critical;
                    a.message =
                        tr("Box %1 of %2 passed the 4-hour limit at %3 (first swab %4 "
                           "ago). Call the courier and record the temperature.")
                            .arg(b.box, row.label, clockTime(limit, zone), hoursAndMinutes(age));
                } else {
                    a.kind = AlertKind::BoxNearingLimit;
                    a.message =
                        tr("Box %1 of %2 reaches the 4-hour limit at %3 (first swab %4 "
                           "ago).")
                            .arg(b.box, row.label, clockTime(limit, zone), hoursAndMinutes(age));
                }
                o.alerts.append(a);
            }
            if (row.notHeardFrom && silentThen) {
                Alert a;
                a.kind = AlertKind::TableNotHeardFrom;
                a.subject = row.label;
                a.message =
                    row.figuresAsOf.isValid()
                        ? tr("%1 has not been heard from since %2 (%3): its figures are old. "
                             "Check its network.")
                              .arg(row.label, clockTime(row.figuresAsOf, zone),
                                   hoursAndMinutes(row.ageSeconds))
                        : tr("%1 has not been heard from yet. Check that it is switched on and "
                             "joined to the site.")
                              .arg(row.label);
                o.alerts.append(a);
            }
        }
    }
    if (!reachable && !error.isEmpty()) {
        // Without the server, "no alerts" would claim that every other table is fine.
        Alert a;
        a.kind = AlertKind::SiteUnreachable;
        const QString server =
            o.role == QLatin1String("hub") ? tr("The site hub") : tr("The site's sync server");
        a.subject = server;
        const QString ago = o.figuresAgeSeconds < 60 ? tr("just now")
                            : o.figuresAgeSeconds < 3600
                                ? tr("%1 min ago").arg(o.figuresAgeSeconds / 60)
                                : tr("%1 ago").arg(hoursAndMinutes(o.figuresAgeSeconds));
        a.message = figures ? tr("%1 cannot be reached: the other tables' figures and alerts are "
                                 "as of %2 (%3) and may be out of date.")
                                  .arg(server, clockTime(figures->computedAt, zone), ago)
                            : tr("%1 cannot be reached: this station cannot know how the other "
                                 "tables are doing.")
                                  .arg(server);
        o.alerts.prepend(a);
    }
    if (local.valid)
        o.rows.append(ownRow(local, ownStation, now, zone, shift, limits));
    // By table number ("Table 10" after "Table 9"), then by name.
    std::stable_sort(o.rows.begin(), o.rows.end(),
                     [](const SiteTableRow &a, const SiteTableRow &b) {
                         const int na = a.tableNumber > 0 ? a.tableNumber : INT_MAX;
                         const int nb = b.tableNumber > 0 ? b.tableNumber : INT_MAX;
                         return na != nb ? na < nb : a.label.localeAwareCompare(b.label) < 0;
                     });
    return o;
}

} // namespace station::dashboard
