// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/SiteFigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace station::dashboard {

namespace {

QDateTime timeOf(const QJsonObject &o, const char *name) {
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

int intOf(const QJsonObject &o, const char *name) {
    return o.value(QLatin1String(name)).toInt();
}

QString textOf(const QJsonObject &o, const char *name) {
    return o.value(QLatin1String(name)).toString();
}

QString wrongShape() {
    return QCoreApplication::translate("SiteFigures",
                                       "the server's site figures are not in the expected form");
}

// "Table 3" -> 3; 0 when the label holds no number.
int numberIn(const QString &label) {
    QString digits;
    for (const QChar c : label) {
        if (c.isDigit())
            digits += c;
        else if (!digits.isEmpty())
            break;
    }
    return digits.toInt();
}

} // namespace

std::optional<SiteFigures> siteFiguresFromTables(const QJsonObject &answer, QString *error) {
    const QJsonValue tables = answer.value(QLatin1String("tables"));
    SiteFigures f;
    f.computedAt = timeOf(answer, "server_time");
    if (!tables.isArray() || !f.computedAt.isValid()) {
        *error = wrongShape();
        return std::nullopt;
    }
    f.role = textOf(answer, "role");
    const QJsonValue upstream = answer.value(QLatin1String("upstream"));
    if (upstream.isObject()) {
        const QJsonObject u = upstream.toObject();
        SiteUpstream s;
        s.pending = u.value(QLatin1String("pending")).toInteger();
        s.oldestPendingAt = timeOf(u, "oldest_pending_at");
        s.lastSuccessAt = timeOf(u, "last_success_at");
        s.lastError = textOf(u, "last_error");
        s.connected = u.value(QLatin1String("connected")).toBool();
        f.upstream = s;
    }
    for (const QJsonValue &value : tables.toArray()) {
        const QJsonObject o = value.toObject();
        SiteTable t;
        t.station = textOf(o, "station");
        if (t.station.isEmpty())
            continue;
        t.label = textOf(o, "table");
        t.tableNumber = o.contains(QLatin1String("table_number")) ? intOf(o, "table_number")
                                                                  : numberIn(t.label);
        t.lastSeenAt = timeOf(o, "last_seen_at");
        t.lastRecordAt = timeOf(o, "last_record_at");
        t.lastSampleAt = timeOf(o, "last_sample_at");
        t.statusAt = timeOf(o, "status_at");
        if (o.value(QLatin1String("pending")).isDouble())
            t.pending = o.value(QLatin1String("pending")).toInteger();
        t.oldestPendingAt = timeOf(o, "oldest_pending_at");
        if (o.value(QLatin1String("held_at_hub")).isDouble())
            t.heldAtHub = o.value(QLatin1String("held_at_hub")).toInteger();
        t.samples = intOf(o, "samples");
        t.removed = intOf(o, "removed");
        for (const QJsonValue &b : o.value(QLatin1String("buckets")).toArray()) {
            const QJsonObject bo = b.toObject();
            t.buckets.append({timeOf(bo, "start"), intOf(bo, "samples"), intOf(bo, "removed")});
        }
        for (const QJsonValue &v : o.value(QLatin1String("open_tubes")).toArray()) {
            const QJsonObject to = v.toObject();
            t.openTubes.append({textOf(to, "tube"), timeOf(to, "opened_at"), intOf(to, "people"),
                                intOf(to, "pool_size")});
        }
        for (const QJsonValue &v : o.value(QLatin1String("boxes")).toArray()) {
            const QJsonObject bo = v.toObject();
            SiteBox box;
            box.box = textOf(bo, "box");
            box.openedAt = timeOf(bo, "opened_at");
            box.sealedAt = timeOf(bo, "sealed_at");
            box.earliestSwab = timeOf(bo, "earliest_swab_at");
            box.tubes = intOf(bo, "tubes");
            box.people = intOf(bo, "people");
            t.boxes.append(box);
        }
        TableThroughput throughput;
        throughput.tableNumber = t.tableNumber;
        throughput.samples = t.samples;
        throughput.lastSampleAt = t.lastSampleAt;
        f.tables.append(throughput);
        f.samplesToday += t.samples;
        f.siteTables.append(t);
    }
    return f;
}

std::optional<SiteFigures> siteFiguresFromAggregates(const QJsonObject &answer, QString *error) {
    const QJsonValue buckets = answer.value(QLatin1String("buckets"));
    if (!buckets.isArray()) {
        *error = wrongShape();
        return std::nullopt;
    }
    SiteFigures f;
    f.role = QStringLiteral("aggregates");
    // The aggregates carry no server time; their `to` is the server's now plus a second.
    f.computedAt = timeOf(answer, "to").addSecs(-1);
    QMap<QString, SiteTable> byStation;
    for (const QJsonValue &value : buckets.toArray()) {
        const QJsonObject o = value.toObject();
        SiteTable &t = byStation[textOf(o, "station")];
        const SiteBucket bucket{timeOf(o, "start"), intOf(o, "samples"), intOf(o, "removed")};
        t.buckets.append(bucket);
        t.samples += bucket.samples;
        t.removed += bucket.removed;
        // All a bucket tells is that the last swab was within it: its end, at the latest now.
        if (bucket.samples > 0)
            t.lastSampleAt = std::min(bucket.start.addSecs(600), f.computedAt);
    }
    for (auto it = byStation.begin(); it != byStation.end(); ++it) {
        SiteTable t = it.value();
        t.station = it.key();
        t.label = t.station;
        TableThroughput throughput;
        throughput.tableNumber = numberIn(t.station.section(QLatin1Char('-'), -1));
        t.tableNumber = throughput.tableNumber;
        throughput.samples = t.samples;
        f.tables.append(throughput);
        f.samplesToday += t.samples;
        f.siteTables.append(t);
    }
    return f;
}

} // namespace station::dashboard
