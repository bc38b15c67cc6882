// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteTables.h"

#include "protocol/TableNumber.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/ServerTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDriver>

namespace station::server {

namespace {

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? nullText() : QVariant(text);
}

QJsonValue jsonTextOrNull(const QVariant &value) {
    const QString text = value.toString();
    return value.isNull() || text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The tube a swab or its removal belongs to: by its uuid when the record names it, else the
// station's latest tube with that code.
const char *const kTubeOf = "COALESCE(?, (SELECT tube_uuid FROM site_table_tubes WHERE site = ? "
                            "AND station = ? AND tube = ? ORDER BY opened_at DESC LIMIT 1))";

} // namespace

SiteTables::SiteTables(Database &database)
    : m_database(database) {}

SiteTables::Ingest::Ingest(QSqlDatabase db)
    : m_station(db)
    , m_tubeOpened(db)
    , m_tubeState(db)
    , m_tubePool(db)
    , m_swabAdded(db)
    , m_swabRemoved(db)
    , m_boxOpened(db)
    , m_boxTubeAdded(db)
    , m_boxSealed(db)
    , m_boxHandedOver(db)
    , m_postgres(db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
    , m_swabsAdded(db) {
    m_station.prepare(QStringLiteral(
        "INSERT INTO site_table_stations (site, station, table_number, last_record_at, "
        "last_sample_at) VALUES (?,?,?,?,?) ON CONFLICT (site, station) DO UPDATE SET "
        "table_number = COALESCE(excluded.table_number, site_table_stations.table_number), "
        "last_record_at = CASE WHEN site_table_stations.last_record_at IS NULL OR "
        "site_table_stations.last_record_at < excluded.last_record_at THEN "
        "excluded.last_record_at ELSE site_table_stations.last_record_at END, "
        "last_sample_at = CASE WHEN excluded.last_sample_at IS NOT NULL AND "
        "(site_table_stations.last_sample_at IS NULL OR site_table_stations.last_sample_at < "
        "excluded.last_sample_at) THEN excluded.last_sample_at ELSE "
        "site_table_stations.last_sample_at END"));
    m_tubeOpened.prepare(QStringLiteral(
        "INSERT INTO site_table_tubes (tube_uuid, site, station, tube, state, opened_at, "
        "pool_size, people) VALUES (?,?,?,?,'open',?,?,0) ON CONFLICT (tube_uuid) DO UPDATE "
        "SET state = 'open', opened_at = excluded.opened_at, pool_size = excluded.pool_size"));
    m_tubeState.prepare(QStringLiteral("UPDATE site_table_tubes SET state = ?, "
                                       "people = COALESCE(?, people) WHERE tube_uuid = ?"));
    m_tubePool.prepare(
        QStringLiteral("UPDATE site_table_tubes SET pool_size = ? WHERE tube_uuid = ?"));
    m_swabAdded.prepare(QStringLiteral("UPDATE site_table_tubes SET people = people + 1, "
                                       "first_swab_at = CASE WHEN first_swab_at IS NULL OR "
                                       "first_swab_at > ? THEN ? ELSE first_swab_at END "
                                       "WHERE tube_uuid = ") +
                        QLatin1String(kTubeOf));
    // m_swabAdded once per distinct tube for many swabs: a tube's swabs add their count and
    // their earliest time, as one statement each did (nothing else ran in between).
    if (m_postgres)
        m_swabsAdded.prepare(QStringLiteral(
            "UPDATE site_table_tubes t SET people = t.people + a.swabs, first_swab_at = CASE "
            "WHEN t.first_swab_at IS NULL OR t.first_swab_at > a.first THEN a.first ELSE "
            "t.first_swab_at END FROM (SELECT s.tube_uuid, COUNT(*) AS swabs, MIN(s.at) AS "
            "first FROM (SELECT COALESCE(r.tube_uuid, (SELECT tube_uuid FROM site_table_tubes "
            "WHERE site = r.site AND station = r.station AND tube = r.tube ORDER BY opened_at "
            "DESC LIMIT 1)) AS tube_uuid, r.at FROM unnest(?::text[], ?::text[], ?::text[], "
            "?::text[], ?::text[]) AS r(tube_uuid, site, station, tube, at)) s GROUP BY "
            "s.tube_uuid) a WHERE t.tube_uuid = a.tube_uuid"));
    m_swabRemoved.prepare(QStringLiteral("UPDATE site_table_tubes SET people = CASE WHEN "
                                         "people > 0 THEN people - 1 ELSE 0 END "
                                         "WHERE tube_uuid = ") +
                          QLatin1String(kTubeOf));
    // A box handed over at another station may be stored before its packer's records: its
    // row is made then, and box.opened only adds when it was opened.
    m_boxOpened.prepare(QStringLiteral(
        "INSERT INTO site_table_boxes (box_uuid, site, station, box, opened_at, tubes, people, "
        "handed_over) VALUES (?,?,?,?,?,0,0,0) ON CONFLICT (box_uuid) DO UPDATE SET "
        "opened_at = COALESCE(site_table_boxes.opened_at, excluded.opened_at)"));
    // The box's 4-hour clock runs from the earliest first swab of its tubes.
    m_boxTubeAdded.prepare(QStringLiteral(
        "UPDATE site_table_boxes SET tubes = tubes + 1, people = people + ?, "
        "earliest_swab_at = COALESCE((SELECT CASE WHEN t.first_swab_at IS NULL THEN "
        "site_table_boxes.earliest_swab_at WHEN site_table_boxes.earliest_swab_at IS NULL OR "
        "t.first_swab_at < site_table_boxes.earliest_swab_at THEN t.first_swab_at ELSE "
        "site_table_boxes.earliest_swab_at END FROM site_table_tubes t WHERE t.tube_uuid = ?), "
        "earliest_swab_at) WHERE box_uuid = ?"));
    m_boxSealed.prepare(QStringLiteral(
        "UPDATE site_table_boxes SET sealed_at = ?, tubes = ?, people = ? WHERE box_uuid = ?"));
    // Handed over at any station of the site: the box leaves its packer's list.
    m_boxHandedOver.prepare(
        QStringLiteral("INSERT INTO site_table_boxes (box_uuid, site, station, box, handed_over) "
                       "VALUES (?,?,?,?,1) ON CONFLICT (box_uuid) DO UPDATE SET handed_over = 1"));
}

QSqlError SiteTables::Ingest::apply(const QString &site, const protocol::ValidRecord &record) {
    // The payload's station is the one that wrote it, whoever relayed it here.
    const QJsonObject payload = protocol::payloadOf(record);
    const QString station = payload.value(QLatin1String("station")).toString();
    const auto text = [&payload](const char *name) {
        return payload.value(QLatin1String(name)).toString();
    };
    const auto number = [&payload](const char *name) {
        return payload.value(QLatin1String(name)).toInteger();
    };
    const auto run = [](BatchStatement &query, const QVariantList &values) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() ? QSqlError() : query.lastError();
    };
    using K = protocol::RecordKind;
    const QJsonValue table = payload.value(QLatin1String("table"));
    const QVariant tableNumber =
        table.isDouble() ? QVariant(table.toInt()) : QVariant(QMetaType::fromType<int>());
    // The station's row is written once per batch (finish()), as the upserts one per record
    // would have left it: the latest times and the last table number given. A record the
    // site hub made itself (a hand-over at the hub, "site_hub": true) is no table's: the hub
    // gets no row, only the box leaves its packer's list.
    if (!payload.value(QLatin1String("site_hub")).toBool()) {
        StationLatest &latest = m_stations[qMakePair(site, station)];
        if (!tableNumber.isNull())
            latest.tableNumber = tableNumber;
        if (latest.lastRecordAt.isNull() || latest.lastRecordAt < record.atUtc)
            latest.lastRecordAt = record.atUtc;
        if (record.kind == K::SampleTaken &&
            (latest.lastSampleAt.isNull() || latest.lastSampleAt < record.atUtc))
            latest.lastSampleAt = record.atUtc;
    }
    const QVariant tubeUuid = textOrNull(text("tube_uuid"));
    if (m_postgres) {
        if (record.kind == K::SampleTaken) { // m_swabAdded's values, NULL where it binds NULL
            m_swabs.tubeUuid.append(tubeUuid.toString());
            m_swabs.site.append(site);
            m_swabs.station.append(station);
            m_swabs.tube.append(text("tube"));
            m_swabs.at.append(record.atUtc);
            return QSqlError();
        }
        if (const QSqlError sent = sendSwabs(); sent.isValid())
            return sent;
    }
    switch (record.kind) {
    case K::TubeOpened:
        return run(m_tubeOpened, {text("tube_uuid"), site, station, text("tube"), record.atUtc,
                                  number("pool_size")});
    case K::TubeSealed:
        return run(m_tubeState, {QStringLiteral("sealed"), number("people"), text("tube_uuid")});
    case K::TubeVoided:
        return run(m_tubeState, {QStringLiteral("voided"), QVariant(QMetaType::fromType<int>()),
                                 text("tube_uuid")});
    case K::TubeReopened:
        return run(m_tubeState, {QStringLiteral("open"), QVariant(QMetaType::fromType<int>()),
                                 text("tube_uuid")});
    case K::TubePoolChanged:
        return run(m_tubePool, {number("pool_size"), text("tube_uuid")});
    case K::SampleTaken:
        return run(m_swabAdded,
                   {record.atUtc, record.atUtc, tubeUuid, site, station, text("tube")});
    case K::SampleRemoved:
        return run(m_swabRemoved, {tubeUuid, site, station, text("tube")});
    case K::BoxOpened:
        return run(m_boxOpened, {text("box_uuid"), site, station, text("box"), record.atUtc});
    case K::BoxTubeAdded:
        return run(m_boxTubeAdded, {number("people"), text("tube_uuid"), text("box_uuid")});
    case K::BoxSealed:
        return run(m_boxSealed,
                   {record.atUtc, number("tube_count"), number("person_count"), text("box_uuid")});
    case K::BoxHandedOver: {
        const QString packer = text("box_station");
        return run(m_boxHandedOver,
                   {text("box_uuid"), site, packer.isEmpty() ? station : packer, text("box")});
    }
    case K::IdRevealed:
    case K::AuditAnchorAcknowledged:
    case K::OperatorChanged:
        break;
    }
    return QSqlError();
}

QSqlError SiteTables::Ingest::sendSwabs() {
    if (m_swabs.at.isEmpty())
        return QSqlError();
    for (const QStringList *column :
         {&m_swabs.tubeUuid, &m_swabs.site, &m_swabs.station, &m_swabs.tube, &m_swabs.at})
        m_swabsAdded.addBindValue(postgresTextArray(*column, NullText::Null));
    m_swabs = {};
    return m_swabsAdded.exec() ? QSqlError() : m_swabsAdded.lastError();
}

QSqlError SiteTables::Ingest::finish() {
    if (const QSqlError sent = sendSwabs(); sent.isValid())
        return sent;
    for (const auto &[key, latest] : m_stations) {
        m_station.addBindValue(key.first);
        m_station.addBindValue(key.second);
        m_station.addBindValue(latest.tableNumber.isNull() ? QVariant(QMetaType::fromType<int>())
                                                           : latest.tableNumber);
        m_station.addBindValue(latest.lastRecordAt);
        m_station.addBindValue(latest.lastSampleAt); // null: no sample.taken in the batch
        if (!m_station.exec())
            return m_station.lastError();
    }
    m_stations.clear();
    return QSqlError();
}

bool SiteTables::keepStationStatus(const DeviceIdentity &device,
                                   const protocol::StationStatus &status, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO site_station_status (device_id, site, table_label, pending, "
        "oldest_pending_at, status_at) VALUES (?,?,?,?,?,?) ON CONFLICT (device_id) DO UPDATE "
        "SET site = excluded.site, table_label = excluded.table_label, pending = "
        "excluded.pending, oldest_pending_at = excluded.oldest_pending_at, "
        "status_at = excluded.status_at"));
    query.addBindValue(device.deviceId);
    query.addBindValue(device.site);
    query.addBindValue(status.table);
    query.addBindValue(status.pending);
    query.addBindValue(textOrNull(status.oldestPendingAt));
    query.addBindValue(nowUtc());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool SiteTables::markSeen(const QString &deviceId, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO device_last_seen (device_id, last_seen_at) "
                                 "VALUES (?,?) ON CONFLICT (device_id) DO UPDATE SET "
                                 "last_seen_at = excluded.last_seen_at"));
    query.addBindValue(deviceId);
    query.addBindValue(nowUtc());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QJsonArray> SiteTables::tables(const QString &site, qint64 sinceSeconds,
                                             QString *error) {
    struct Entry {
        QString label;
        int tableNumber = 0;
        QJsonObject figures;
        QJsonArray buckets;
        QJsonArray openTubes;
        QJsonArray boxes;
        QJsonArray sharedTubeCodes;
        qint64 samples = 0;
        qint64 removed = 0;
    };
    QMap<QString, Entry> entries; // by station
    QSqlQuery query(m_database.connection());
    const auto select = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = query.lastError().text();
        return false;
    };
    if (!select(QStringLiteral("SELECT d.device_id, d.table_label, l.last_seen_at FROM devices d "
                               "LEFT JOIN device_last_seen l ON l.device_id = d.device_id "
                               "WHERE d.site = ? AND d.revoked = 0 AND d.role = 'station'"),
                {site}))
        return std::nullopt;
    while (query.next()) {
        Entry &e = entries[query.value(0).toString()];
        e.label = query.value(1).toString();
        e.figures.insert(QStringLiteral("last_seen_at"), jsonTextOrNull(query.value(2)));
    }
    if (!select(QStringLiteral("SELECT station, table_number, last_record_at, last_sample_at "
                               "FROM site_table_stations WHERE site = ?"),
                {site}))
        return std::nullopt;
    while (query.next()) {
        Entry &e = entries[query.value(0).toString()];
        e.tableNumber = query.value(1).toInt();
        e.figures.insert(QStringLiteral("last_record_at"), jsonTextOrNull(query.value(2)));
        e.figures.insert(QStringLiteral("last_sample_at"), jsonTextOrNull(query.value(3)));
    }
    if (!select(QStringLiteral("SELECT device_id, table_label, pending, oldest_pending_at, "
                               "status_at FROM site_station_status WHERE site = ?"),
                {site}))
        return std::nullopt;
    while (query.next()) {
        Entry &e = entries[query.value(0).toString()];
        if (e.label.isEmpty())
            e.label = query.value(1).toString();
        e.figures.insert(QStringLiteral("pending"), query.value(2).toLongLong());
        e.figures.insert(QStringLiteral("oldest_pending_at"), jsonTextOrNull(query.value(3)));
        e.figures.insert(QStringLiteral("status_at"), jsonTextOrNull(query.value(4)));
    }
    const QString since =
        QDateTime::fromSecsSinceEpoch(sinceSeconds, Qt::UTC).toString(Qt::ISODateWithMs);
    if (!select(QStringLiteral("SELECT station, at_bucket, "
                               "SUM(CASE WHEN kind = 'sample.taken' THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN kind = 'sample.removed' THEN 1 ELSE 0 END) "
                               "FROM records WHERE site = ? AND at_bucket >= ? AND at >= ? "
                               "AND kind IN ('sample.taken', 'sample.removed') "
                               "GROUP BY station, at_bucket ORDER BY at_bucket"),
                {site, sinceSeconds - kAggregateBucketSeconds, since}))
        return std::nullopt;
    while (query.next()) {
        Entry &e = entries[query.value(0).toString()];
        const qint64 samples = query.value(2).toLongLong();
        const qint64 removed = query.value(3).toLongLong();
        e.samples += samples;
        e.removed += removed;
        e.buckets.append(
            QJsonObject{{QStringLiteral("start"),
                         QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)
                             .toString(Qt::ISODateWithMs)},
                        {QStringLiteral("samples"), samples},
                        {QStringLiteral("removed"), removed}});
    }
    if (!select(QStringLiteral("SELECT station, tube, opened_at, people, pool_size FROM "
                               "site_table_tubes WHERE site = ? AND state = 'open' "
                               "ORDER BY opened_at"),
                {site}))
        return std::nullopt;
    while (query.next())
        entries[query.value(0).toString()].openTubes.append(
            QJsonObject{{QStringLiteral("tube"), query.value(1).toString()},
                        {QStringLiteral("opened_at"), jsonTextOrNull(query.value(2))},
                        {QStringLiteral("people"), query.value(3).toInt()},
                        {QStringLiteral("pool_size"), query.value(4).toInt()}});
    // A tube code opened at this table and at another (both cut off from the site then): the
    // lead must hear of it at both, whichever synced first.
    if (!select(QStringLiteral("SELECT DISTINCT a.station, a.tube, b.station, b.table_label FROM "
                               "site_facts a JOIN site_facts b ON b.site = a.site AND b.tube = "
                               "a.tube AND b.kind = 'tube_state' AND b.state = 'opened' AND "
                               "b.station <> a.station WHERE a.site = ? AND a.kind = "
                               "'tube_state' AND a.state = 'opened' AND a.at >= ? "
                               "ORDER BY a.tube"),
                {site, since}))
        return std::nullopt;
    while (query.next())
        entries[query.value(0).toString()].sharedTubeCodes.append(
            QJsonObject{{QStringLiteral("tube"), query.value(1).toString()},
                        {QStringLiteral("other_station"), query.value(2).toString()},
                        {QStringLiteral("other_table"),
                         protocol::canonicalTableLabel(query.value(3).toString())}});
    if (!select(QStringLiteral("SELECT station, box, opened_at, sealed_at, tubes, people, "
                               "earliest_swab_at FROM site_table_boxes WHERE site = ? AND "
                               "handed_over = 0 ORDER BY opened_at"),
                {site}))
        return std::nullopt;
    while (query.next())
        entries[query.value(0).toString()].boxes.append(
            QJsonObject{{QStringLiteral("box"), query.value(1).toString()},
                        {QStringLiteral("opened_at"), jsonTextOrNull(query.value(2))},
                        {QStringLiteral("sealed_at"), jsonTextOrNull(query.value(3))},
                        {QStringLiteral("tubes"), query.value(4).toInt()},
                        {QStringLiteral("people"), query.value(5).toInt()},
                        {QStringLiteral("earliest_swab_at"), jsonTextOrNull(query.value(6))}});

    QJsonArray list;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const Entry &e = it.value();
        QJsonObject table = e.figures;
        table.insert(QStringLiteral("station"), it.key());
        // One English form whatever language the station was set up in (an older station
        // enrolled with "1号台"): the number is what the readers show in theirs.
        const int number =
            e.tableNumber > 0 ? e.tableNumber : protocol::tableNumberOfLabel(e.label);
        table.insert(QStringLiteral("table"),
                     number > 0 ? protocol::tableWireLabel(number) : e.label);
        if (number > 0)
            table.insert(QStringLiteral("table_number"), number);
        for (const char *member : {"last_seen_at", "last_record_at", "last_sample_at", "status_at",
                                   "pending", "oldest_pending_at"}) {
            if (!table.contains(QLatin1String(member)))
                table.insert(QLatin1String(member), QJsonValue(QJsonValue::Null));
        }
        table.insert(QStringLiteral("samples"), e.samples);
        table.insert(QStringLiteral("removed"), e.removed);
        table.insert(QStringLiteral("buckets"), e.buckets);
        table.insert(QStringLiteral("open_tubes"), e.openTubes);
        table.insert(QStringLiteral("boxes"), e.boxes);
        table.insert(QStringLiteral("shared_tube_codes"), e.sharedTubeCodes);
        list.append(table);
    }
    return list;
}

bool SiteTables::rebuild(QString *error) {
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QSqlError &sqlError) {
        db.rollback();
        *error = sqlError.text();
        qCWarning(lcServer) << "site tables not rebuilt:" << sqlError.text();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery query(db);
    for (const char *table : {"site_table_stations", "site_table_tubes", "site_table_boxes"}) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return fail(query.lastError());
    }
    // Each station's records in the order it wrote them, as ingest met them.
    if (!query.exec(QStringLiteral("SELECT site, uuid, kind, at, content FROM records "
                                   "ORDER BY site, station, station_seq")))
        return fail(query.lastError());
    Ingest ingest(db);
    qint64 count = 0;
    while (query.next()) {
        const std::optional<protocol::RecordKind> kind =
            protocol::recordKindFromName(query.value(2).toString());
        if (!kind)
            continue;
        protocol::ValidRecord record;
        record.uuid = query.value(1).toString();
        record.kind = *kind;
        record.atUtc = query.value(3).toString();
        record.content = query.value(4).toString();
        const QSqlError applied = ingest.apply(query.value(0).toString(), record);
        if (applied.isValid())
            return fail(applied);
        ++count;
    }
    query.finish();
    if (const QSqlError written = ingest.finish(); written.isValid())
        return fail(written);
    if (!db.commit())
        return fail(db.lastError());
    qCInfo(lcServer) << "site tables rebuilt from" << count << "records";
    return true;
}

bool SiteTables::rebuildIfMissing(QString *error) {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM site_table_stations), "
                                   "(SELECT COUNT(*) FROM (SELECT 1 FROM records LIMIT 1) r)")) ||
        !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const bool missing = query.value(0).toLongLong() == 0 && query.value(1).toLongLong() > 0;
    query.finish();
    return !missing || rebuild(error);
}

} // namespace station::server
