// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteTablesReport.h"

#include "protocol/BoxAge.h"
#include "protocol/TableSilence.h"
#include "server/SiteTables.h"
#include "server/TextColumns.h"
#include "server/UpstreamQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace station::server {

namespace {

QString reportText(const char *text) {
    return QCoreApplication::translate("SiteTablesReport", text);
}

QDateTime utc(const QJsonValue &value) {
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString clock(const QDateTime &t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

QString age(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return reportText("%1 min").arg(minutes);
    return reportText("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// One text row per table: the columns the dashboard's site table has.
QStringList tableRow(const QJsonObject &table, const QDateTime &now) {
    const QDateTime hourAgo = now.addSecs(-3600);
    qint64 lastHour = 0;
    for (const QJsonValue &bucket : table.value(QStringLiteral("buckets")).toArray()) {
        if (utc(bucket.toObject().value(QStringLiteral("start"))) >= hourAgo)
            lastHour += bucket.toObject().value(QStringLiteral("samples")).toInteger();
    }
    const QJsonArray tubes = table.value(QStringLiteral("open_tubes")).toArray();
    qint64 people = 0;
    for (const QJsonValue &tube : tubes)
        people += tube.toObject().value(QStringLiteral("people")).toInteger();
    const QJsonArray boxes = table.value(QStringLiteral("boxes")).toArray();
    QDateTime firstSwab;
    for (const QJsonValue &box : boxes) {
        const QDateTime swab = utc(box.toObject().value(QStringLiteral("earliest_swab_at")));
        if (swab.isValid() && (!firstSwab.isValid() || swab < firstSwab))
            firstSwab = swab;
    }
    // A box still being packed does not wait for the courier: said apart (its 4-hour clock
    // runs all the same).
    qsizetype packing = 0;
    for (const QJsonValue &box : boxes) {
        if (box.toObject().value(QStringLiteral("sealed_at")).toString().isEmpty())
            ++packing;
    }
    QString boxText = QStringLiteral("-");
    if (!boxes.isEmpty()) {
        const qsizetype sealed = boxes.size() - packing;
        const QString count = packing == 0 ? QString::number(sealed)
                              : sealed == 0
                                  ? reportText("%1 being packed").arg(packing)
                                  : reportText("%1 + %2 being packed").arg(sealed).arg(packing);
        boxText = count;
        if (firstSwab.isValid()) {
            const qint64 seconds = firstSwab.secsTo(now);
            boxText = reportText("%1, first swab %2 ago").arg(count, age(seconds));
            switch (boxAgeState(firstSwab, now)) {
            case BoxAgeState::Overdue:
                boxText += reportText(" OVER 4 H");
                break;
            case BoxAgeState::RecordTemperature:
                boxText += reportText(" (over 2 h)");
                break;
            case BoxAgeState::Normal:
                break;
            }
        }
    }
    const QJsonValue pending = table.value(QStringLiteral("pending"));
    const QDateTime seen = utc(table.value(QStringLiteral("last_seen_at")));
    QString heard = reportText("never");
    if (seen.isValid()) {
        const qint64 silent = seen.secsTo(now);
        heard = reportText("%1, %2 ago").arg(clock(seen), age(silent));
        if (silent > kTableSilentSeconds)
            heard += reportText(" SILENT");
    }
    return {table.value(QStringLiteral("table")).toString(),
            QString::number(table.value(QStringLiteral("samples")).toInteger()),
            QString::number(lastHour),
            clock(utc(table.value(QStringLiteral("last_sample_at")))),
            tubes.isEmpty() ? QStringLiteral("-")
            : people == 1   ? reportText("%1 (1 person)").arg(tubes.size())
                            : reportText("%1 (%2 people)").arg(tubes.size()).arg(people),
            boxText,
            pending.isNull() ? QStringLiteral("?") : QString::number(pending.toInteger()),
            heard};
}

} // namespace

int printSiteTables(Database &database, const SiteTablesRequest &request, QTextStream &out,
                    QTextStream &err) {
    QString error;
    UpstreamQueue queue(database);
    const std::optional<HubUpstreamRow> hub = queue.hubRow(&error);
    if (!error.isEmpty()) {
        err << reportText("province-server: %1").arg(error) << '\n';
        return 1;
    }
    const QString site = request.site.isEmpty() && hub ? hub->site : request.site;
    if (site.isEmpty()) {
        err << reportText("site-tables needs --site (only a site hub knows its own site)") << '\n';
        return 2;
    }
    std::optional<UpstreamCounts> counts;
    if (hub) {
        counts = queue.counts(&error);
        if (!counts) {
            err << reportText("province-server: cannot read the upstream queue: %1").arg(error)
                << '\n';
            return 1;
        }
    }
    const QDateTime since = request.since.isValid()
                                ? request.since
                                : QDateTime(request.now.toLocalTime().date(), QTime(0, 0)).toUTC();
    const std::optional<QJsonArray> tables =
        SiteTables(database).tables(site, since.toSecsSinceEpoch(), &error);
    if (!tables) {
        err << reportText("province-server: cannot read the site's tables: %1").arg(error) << '\n';
        return 1;
    }

    if (request.json) {
        QJsonObject answer{
            {QStringLiteral("site"), site},
            {QStringLiteral("server_time"), request.now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("since"), since.toString(Qt::ISODateWithMs)},
            {QStringLiteral("role"), hub ? QStringLiteral("hub") : QStringLiteral("province")},
            {QStringLiteral("tables"), *tables}};
        answer.insert(QStringLiteral("upstream"),
                      counts ? QJsonValue(QJsonObject{{QStringLiteral("pending"), counts->pending},
                                                      {QStringLiteral("oldest_pending_at"),
                                                       counts->oldestPendingAt.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(counts->oldestPendingAt)}})
                             : QJsonValue(QJsonValue::Null));
        out << QJsonDocument(answer).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }

    out << reportText("Site %1 at %2, swabs since %3 %4")
               .arg(site, clock(request.now), since.toLocalTime().toString(QStringLiteral("MM-dd")),
                    clock(since))
        << '\n';
    if (counts) {
        out << (counts->pending == 0
                    ? reportText("This hub has sent every record to the province.")
                    : reportText("This hub holds %1 record(s) not yet at the province, the "
                                 "oldest queued at %2.")
                          .arg(counts->pending)
                          .arg(clock(utc(QJsonValue(counts->oldestPendingAt)))))
            << '\n';
    }
    out << '\n';
    if (tables->isEmpty()) {
        out << reportText("No table of this site has enrolled or sent records here yet.") << '\n';
        return 0;
    }
    QList<QStringList> rows{{reportText("Table"), reportText("Swabs"), reportText("Last hour"),
                             reportText("Last swab"), reportText("Open tubes"),
                             reportText("Boxes waiting"), reportText("Not sent"),
                             reportText("Last heard")}};
    QList<QJsonObject> ordered;
    for (const QJsonValue &table : *tables)
        ordered.append(table.toObject());
    // In table order, as the dashboard lists them; tables without a number last.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         const int x = a.value(QStringLiteral("table_number")).toInt(INT_MAX);
                         const int y = b.value(QStringLiteral("table_number")).toInt(INT_MAX);
                         return x < y;
                     });
    for (const QJsonObject &table : ordered)
        rows.append(tableRow(table, request.now));
    printColumns(rows, out);
    // Each tube code opened at two tables, said once under the list.
    bool headed = false;
    QStringList said;
    for (const QJsonObject &table : std::as_const(ordered)) {
        for (const QJsonValue &v : table.value(QStringLiteral("shared_tube_codes")).toArray()) {
            const QJsonObject shared = v.toObject();
            if (said.contains(shared.value(QStringLiteral("tube")).toString()))
                continue;
            said.append(shared.value(QStringLiteral("tube")).toString());
            if (!headed)
                out << '\n';
            headed = true;
            out << reportText("Tube code %1 was opened at %2 and also at %3: tell both tables "
                              "now; keep the two tubes apart and tell the lab.")
                       .arg(shared.value(QStringLiteral("tube")).toString(),
                            table.value(QStringLiteral("table")).toString(),
                            shared.value(QStringLiteral("other_table")).toString())
                << '\n';
        }
    }
    return 0;
}

} // namespace station::server
