// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecordStore.h"

#include "server/BatchStatement.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/SiteTables.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace station::server {

std::optional<QList<StoredRecord>>
RecordStore::storedRecords(QSqlDatabase &db, const QList<protocol::RecordKind> &kinds,
                           QString *error) {
    QStringList names;
    for (protocol::RecordKind kind : kinds)
        names << QLatin1Char('\'') + protocol::recordKindName(kind) + QLatin1Char('\'');
    QSqlQuery records(db);
    records.setForwardOnly(true);
    if (!records.exec(QStringLiteral("SELECT uuid, site, kind, station_seq, at, content FROM "
                                     "records WHERE kind IN (%1) "
                                     "ORDER BY received_at, station, station_seq")
                          .arg(names.join(QLatin1Char(','))))) {
        *error = records.lastError().text();
        return std::nullopt;
    }
    QList<StoredRecord> rows;
    while (records.next()) {
        const auto kind = protocol::recordKindFromName(records.value(2).toString());
        if (!kind)
            continue;
        StoredRecord row;
        row.site = records.value(1).toString();
        row.record.uuid = records.value(0).toString();
        row.record.kind = *kind;
        row.record.seq = records.value(3).toLongLong();
        row.record.atUtc = records.value(4).toString();
        row.record.content = records.value(5).toString();
        rows.append(row);
    }
    return rows;
}

RecordStore::RecordStore(Database &database)
    : m_database(database)
    , m_siteFacts(database)
    , m_tubes(database, m_siteFacts)
    , m_results(database)
    , m_recalls(database) {}

BatchOutcome RecordStore::ingest(const DeviceIdentity &device, const QJsonArray &records,
                                 const ServerLimits &limits, const Precondition &precondition) {
    BatchOutcome outcome;
    QSqlDatabase db = m_database.connection();
    const QString receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    TubeBatch tubeBatch; // results: the projection's statements and touched tube codes
    const auto fail = [&](const QSqlError &sqlError) {
        outcome.site = {}; // its statements end before the transaction does
        tubeBatch.statements.clear();
        BatchStatement::settle(db); // Qt's driver rolls back: the pipeline must be empty
        db.rollback();
        m_siteFacts.forgetUncommittedKeys();
        outcome.stored = false;
        outcome.results.clear();
        outcome.error = tr("the server could not store the batch: %1").arg(sqlError.text());
        qCWarning(lcServer) << "batch from" << device.deviceId << "rolled back:" << sqlError.text();
        return outcome;
    };
    if (!db.transaction())
        return fail(db.lastError());
    if (QSqlError checkError; precondition && !precondition(db, &checkError)) {
        if (checkError.isValid())
            return fail(checkError);
        db.rollback();
        outcome.refused = true;
        return outcome;
    }

    // ON CONFLICT DO NOTHING (SQLite >= 3.24, PostgreSQL >= 9.5) keeps two instances that
    // insert the same uuid at once from failing each other's transactions.
    BatchStatement insert(db);
    if (db.driver()->dbmsType() != QSqlDriver::PostgreSQL) // PostgreSQL: insertAll below
        insert.prepare(QStringLiteral(
            "INSERT INTO records (uuid, site, station, kind, station_seq, created_at, at, "
            "at_bucket, content, content_hash, received_at, via) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (uuid) DO NOTHING"));
    const bool relayed = device.role == DeviceRole::Hub;
    const bool queueUpstream = bool(m_upstreamQueued);
    BatchStatement enqueue(db);
    if (queueUpstream)
        enqueue.prepare(QStringLiteral("INSERT INTO upstream_queue (uuid, queued_at) VALUES (?,?) "
                                       "ON CONFLICT (uuid) DO NOTHING"));
    int queued = 0;
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT content_hash FROM records WHERE uuid = ?"));
    QSqlQuery issue(db);
    issue.prepare(QStringLiteral("INSERT INTO sync_issues (site, station, uuid, status, "
                                 "content_hash, reason, received_at) VALUES (?,?,?,?,?,?,?)"));
    const auto recordIssue = [&](const RecordResult &result, QString hash) {
        // A rejected record may lack its uuid or hash; the columns are NOT NULL.
        QString uuid = result.uuid;
        if (uuid.isNull())
            uuid = QStringLiteral("");
        if (hash.isNull())
            hash = QStringLiteral("");
        issue.addBindValue(device.site);
        issue.addBindValue(device.deviceId);
        issue.addBindValue(uuid);
        issue.addBindValue(recordStatusName(result.status));
        issue.addBindValue(hash);
        issue.addBindValue(result.reason);
        issue.addBindValue(receivedAt);
        return issue.exec();
    };
    // PostgreSQL: the statements below whose answer is not read before the next one go
    // with it in one round trip; settle() before each use of a QSqlQuery and the commit.
    BatchStatement::Pipeline pipeline(db);
    const auto settled = [&db](QSqlError *error) {
        *error = BatchStatement::settle(db);
        return !error->isValid();
    };

    // PostgreSQL: the batch's records are checked and inserted first, with one statement (the
    // records as arrays), so that no record's projections wait for its own insert's answer:
    // a record is new when that statement inserted its uuid (the first of the batch's records
    // with that uuid). Its tube's owner is asked for once per tube, as in the loop.
    const bool ahead = db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    std::vector<protocol::RecordCheck> checks;
    QStringList refusals; // the tube's refusal of each record, empty when admitted
    QSet<QString> insertedAhead;
    if (ahead) {
        checks.reserve(size_t(records.size()));
        QStringList uuids, stations, kinds, seqs, createdAts, ats, buckets, contents, hashes;
        for (const QJsonValue &value : records) {
            checks.push_back(validateRecord(value, device, limits.maxContentBytes));
            QString refusal;
            const protocol::RecordCheck &check = checks.back();
            if (QSqlError tubeError;
                check.valid &&
                !m_tubes.admits(db, device.site, check.record, &tubeBatch, &refusal, &tubeError))
                return fail(tubeError);
            refusals.append(refusal);
            if (!check.valid || !refusal.isEmpty())
                continue;
            const protocol::ValidRecord &record = check.record;
            uuids.append(record.uuid);
            stations.append(relayed ? record.station : device.deviceId);
            kinds.append(protocol::recordKindName(record.kind));
            seqs.append(QString::number(record.seq));
            createdAts.append(record.createdAt);
            ats.append(record.atUtc);
            buckets.append(QString::number(aggregateBucketStart(record.atSeconds)));
            contents.append(record.content);
            hashes.append(record.hash);
        }
        if (!uuids.isEmpty()) {
            BatchStatement insertAll(db);
            insertAll.prepare(QStringLiteral(
                "INSERT INTO records (uuid, site, station, kind, station_seq, created_at, at, "
                "at_bucket, content, content_hash, received_at, via) SELECT r.uuid, ?, "
                "r.station, r.kind, r.seq, r.created_at, r.at, r.bucket, r.content, r.hash, ?, "
                "? FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], "
                "?::text[], ?::bigint[], ?::text[], ?::text[]) WITH ORDINALITY AS r(uuid, "
                "station, kind, seq, created_at, at, bucket, content, hash, n) ORDER BY r.n "
                "ON CONFLICT (uuid) DO NOTHING RETURNING uuid"));
            insertAll.addBindValue(device.site);
            insertAll.addBindValue(receivedAt);
            insertAll.addBindValue(relayed ? device.deviceId : QString());
            for (const QStringList *column : {&uuids, &stations, &kinds, &seqs, &createdAts, &ats,
                                              &buckets, &contents, &hashes})
                insertAll.addBindValue(postgresTextArray(*column, NullText::Null));
            if (!insertAll.exec())
                return fail(insertAll.lastError());
            while (insertAll.next())
                insertedAhead.insert(insertAll.value(0).toString());
            if (insertAll.lastError().isValid())
                return fail(insertAll.lastError());
        }
    }

    // PostgreSQL: the tube projection's people rows, the dashboard's swabs and the person
    // facts go as one statement per table for a run of records (SiteTables::Ingest,
    // TubeProjection::sendPeople, server/PersonFactBatch), where each record had its own.
    tubeBatch.collectPeople = ahead;
    SiteTables::Ingest siteTables(db); // the site dashboard's projection, same transaction
    m_recalls.beginBatch();
    qint64 duplicates = 0;
    outcome.results.reserve(records.size());
    for (qsizetype index = 0; index < records.size(); ++index) {
        const QJsonValue value = records[index];
        const protocol::RecordCheck check =
            ahead ? checks[size_t(index)] : validateRecord(value, device, limits.maxContentBytes);
        RecordResult result;
        result.uuid = check.uuid;
        if (!check.valid) {
            result.status = RecordStatus::Rejected;
            result.reason = check.reason;
            result.code = QStringLiteral("invalid_record");
            if (QSqlError pipelineError; !settled(&pipelineError))
                return fail(pipelineError);
            if (!recordIssue(result, value.toObject().value(QLatin1String("hash")).toString()))
                return fail(issue.lastError());
            outcome.results.append(result);
            continue;
        }
        const protocol::ValidRecord &record = check.record;
        if (ahead)
            result.reason = refusals[index];
        else if (QSqlError tubeError;
                 !m_tubes.admits(db, device.site, record, &tubeBatch, &result.reason, &tubeError))
            return fail(tubeError);
        if (!result.reason.isEmpty()) { // a tube code or a box of another site
            result.status = RecordStatus::Rejected;
            result.code = TubeProjection::refusalCode(record);
            if (QSqlError pipelineError; !settled(&pipelineError))
                return fail(pipelineError);
            if (!recordIssue(result, record.hash))
                return fail(issue.lastError());
            outcome.results.append(result);
            continue;
        }
        bool inserted = false;
        if (ahead) {
            inserted = insertedAhead.remove(record.uuid); // a second one of the batch is not new
        } else {
            insert.addBindValue(record.uuid);
            insert.addBindValue(device.site);
            insert.addBindValue(relayed ? record.station : device.deviceId);
            insert.addBindValue(protocol::recordKindName(record.kind));
            insert.addBindValue(QVariant(record.seq));
            insert.addBindValue(record.createdAt);
            insert.addBindValue(record.atUtc);
            insert.addBindValue(QVariant(aggregateBucketStart(record.atSeconds)));
            insert.addBindValue(record.content);
            insert.addBindValue(record.hash);
            insert.addBindValue(receivedAt);
            insert.addBindValue(relayed ? device.deviceId : QString());
            if (!insert.exec())
                return fail(insert.lastError());
            inserted = insert.numRowsAffected() == 1;
        }
        if (inserted) {
            result.status = RecordStatus::Accepted;
            if (const QSqlError projected = siteTables.apply(device.site, record);
                projected.isValid())
                return fail(projected);
            if (QSqlError factError;
                !m_siteFacts.project(db, device.site, record, &outcome.site, &factError))
                return fail(factError);
            if (QSqlError tubeError;
                !m_tubes.project(db, device.site, record, &tubeBatch, &tubeError))
                return fail(tubeError);
            if (QSqlError recallError;
                !m_recalls.closeBySample(db, device.site, record, &outcome.site, &recallError))
                return fail(recallError);
            if (queueUpstream) {
                enqueue.addBindValue(record.uuid);
                enqueue.addBindValue(receivedAt);
                if (!enqueue.exec())
                    return fail(enqueue.lastError());
                ++queued;
            }
        } else {
            if (QSqlError pipelineError; !settled(&pipelineError))
                return fail(pipelineError);
            lookup.addBindValue(record.uuid);
            if (!lookup.exec())
                return fail(lookup.lastError());
            const QString storedHash = lookup.next() ? lookup.value(0).toString() : QString();
            lookup.finish();
            if (storedHash == record.hash) {
                result.status = RecordStatus::Duplicate;
                ++duplicates;
            } else {
                result.status = RecordStatus::Conflict;
                result.reason = tr("uuid already stored with different content");
                result.code = QStringLiteral("uuid_conflict");
                if (!recordIssue(result, record.hash))
                    return fail(issue.lastError());
            }
        }
        outcome.results.append(result);
    }
    if (QSqlError pipelineError; !settled(&pipelineError))
        return fail(pipelineError);
    if (duplicates > 0) {
        QSqlQuery counter(db);
        counter.prepare(QStringLiteral(
            "INSERT INTO station_counters (site, station, duplicates) VALUES (?,?,?) "
            "ON CONFLICT (site, station) DO UPDATE SET "
            "duplicates = station_counters.duplicates + excluded.duplicates"));
        counter.addBindValue(device.site);
        counter.addBindValue(device.deviceId);
        counter.addBindValue(duplicates);
        if (!counter.exec())
            return fail(counter.lastError());
    }
    if (const QSqlError written = siteTables.finish(); written.isValid())
        return fail(written);
    if (QSqlError noteError; !SiteFacts::collectNotes(&outcome.site, &noteError))
        return fail(noteError);
    if (QSqlError peopleError; !m_tubes.sendPeople(db, &tubeBatch, &peopleError))
        return fail(peopleError); // before the results match against them
    if (QSqlError pipelineError; !settled(&pipelineError))
        return fail(pipelineError);
    tubeBatch.statements.clear();
    if (QString matchError; !m_results.rematch(db, tubeBatch.touchedTubes, &matchError))
        return fail(QSqlError(matchError, {}, QSqlError::StatementError));
    outcome.site.statements.reset(); // prepared for this batch only
    if (!db.commit())
        return fail(db.lastError());
    outcome.stored = true;
    if (queued > 0)
        m_upstreamQueued(queued);
    return outcome;
}

std::optional<QList<AggregateBucket>>
RecordStore::aggregates(const QString &site, qint64 fromSeconds, qint64 toSeconds, QString *error) {
    QSqlQuery query(m_database.connection());
    // Buckets are whole; `at` itself decides membership at the range's edges.
    query.prepare(
        QStringLiteral("SELECT station, at_bucket, "
                       "SUM(CASE WHEN kind = 'sample.taken' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN kind = 'sample.removed' THEN 1 ELSE 0 END) "
                       "FROM records WHERE site = ? AND at_bucket >= ? AND at_bucket < ? "
                       "AND at >= ? AND at < ? AND kind IN ('sample.taken', 'sample.removed') "
                       "GROUP BY station, at_bucket ORDER BY at_bucket, station"));
    const auto iso = [](qint64 seconds) {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    query.addBindValue(site);
    query.addBindValue(fromSeconds - kAggregateBucketSeconds);
    query.addBindValue(toSeconds);
    query.addBindValue(iso(fromSeconds));
    query.addBindValue(iso(toSeconds));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<AggregateBucket> buckets;
    while (query.next()) {
        AggregateBucket bucket;
        bucket.station = query.value(0).toString();
        bucket.startSeconds = query.value(1).toLongLong();
        bucket.samples = query.value(2).toLongLong();
        bucket.removed = query.value(3).toLongLong();
        buckets.append(bucket);
    }
    return buckets;
}

std::optional<QList<StationStats>> RecordStore::stationStats(QString *error) {
    QMap<QPair<QString, QString>, StationStats> stats;
    const auto entry = [&stats](const QString &site, const QString &station) -> StationStats & {
        StationStats &s = stats[qMakePair(site, station)];
        s.site = site;
        s.station = station;
        return s;
    };
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT site, station, COUNT(*), MIN(at), MAX(at) "
                                   "FROM records GROUP BY site, station"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        StationStats &s = entry(query.value(0).toString(), query.value(1).toString());
        s.records = query.value(2).toLongLong();
        s.firstAt = query.value(3).toString();
        s.lastAt = query.value(4).toString();
    }
    if (!query.exec(QStringLiteral("SELECT site, station, duplicates FROM station_counters"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        entry(query.value(0).toString(), query.value(1).toString()).duplicates =
            query.value(2).toLongLong();
    if (!query.exec(QStringLiteral("SELECT site, station, status, COUNT(*) FROM sync_issues "
                                   "GROUP BY site, station, status"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        StationStats &s = entry(query.value(0).toString(), query.value(1).toString());
        if (query.value(2).toString() == QLatin1String("conflict"))
            s.conflicts = query.value(3).toLongLong();
        else
            s.rejected = query.value(3).toLongLong();
    }
    return stats.values();
}

} // namespace station::server
