// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/BulkResults.h"

#include "server/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace station::server {

namespace {

// One field of COPY's text format.
void appendCopyField(QByteArray *out, const QString &value) {
    const QByteArray bytes = value.toUtf8();
    for (const char c : bytes) {
        switch (c) {
        case '\\':
            out->append("\\\\");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        default:
            out->append(c);
        }
    }
}

// The staged results stored and matched at once: the most recently handed-over tube that is
// not voided of each code, else the reason why there is none.
const char *kStoreStaged =
    "WITH staged AS (SELECT DISTINCT ON (uuid) * FROM results_staging ORDER BY uuid, line), "
    "best AS (SELECT DISTINCT ON (t.tube) t.tube, t.tube_uuid, t.site FROM tubes t "
    "WHERE t.tube IN (SELECT tube FROM staged) AND t.state <> 'voided' AND "
    "t.handed_over_at IS NOT NULL ORDER BY t.tube, t.handed_over_at DESC), "
    "known AS (SELECT t.tube, bool_or(t.state <> 'voided') AS live FROM tubes t "
    "WHERE t.tube IN (SELECT tube FROM staged) GROUP BY t.tube) "
    "INSERT INTO results (uuid, lab, tube, outcome, ct_values, tested_at, received_at, "
    "received_by, content_hash, match_state, unmatched_reason, site, tube_uuid, matched_at) "
    "SELECT s.uuid, s.lab, s.tube, s.outcome, s.ct_values, s.tested_at, ?, ?, s.content_hash, "
    "CASE WHEN b.tube_uuid IS NOT NULL THEN 'matched' ELSE 'unmatched' END, "
    "CASE WHEN b.tube_uuid IS NOT NULL THEN NULL WHEN k.live THEN 'not_handed_over' "
    "WHEN k.tube IS NOT NULL THEN 'tube_voided' ELSE 'unknown_tube' END, "
    "b.site, b.tube_uuid, CASE WHEN b.tube_uuid IS NOT NULL THEN ? END "
    "FROM staged s LEFT JOIN best b ON b.tube = s.tube LEFT JOIN known k ON k.tube = s.tube "
    "ON CONFLICT (uuid) DO NOTHING "
    "RETURNING uuid, content_hash, match_state, unmatched_reason, outcome, site, tube, "
    "tube_uuid, lab, tested_at";

struct Stored {
    QString hash;
    QString matchState;
    QString reason;
};

} // namespace

BulkResults::BulkResults(Database &database, const Results &results)
    : m_database(database)
    , m_results(results) {}

bool BulkResults::isAvailable() const {
    return m_database.isPostgres();
}

ResultsBatch BulkResults::store(const QList<LabResultInput> &inputs, const QString &receivedBy) {
    ResultsBatch batch;
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QString &message) {
        db.rollback();
        batch.stored = false;
        batch.results.clear();
        batch.error = tr("the server could not store the results: %1").arg(message);
        qCWarning(lcServer) << "bulk results from" << receivedBy << "rolled back:" << message;
        return batch;
    };
    if (!isAvailable())
        return fail(tr("the bulk path needs PostgreSQL"));
    const QVariant handle = db.driver()->handle();
    // Qt names the type by its struct (pg_conn*) or its typedef (PGconn*).
    if ((qstrcmp(handle.typeName(), "PGconn*") != 0 &&
         qstrcmp(handle.typeName(), "pg_conn*") != 0) ||
        !handle.data())
        return fail(tr("the PostgreSQL connection has no libpq handle"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.data());
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "CREATE TEMP TABLE results_staging (line INTEGER NOT NULL, uuid TEXT NOT NULL, "
            "lab TEXT NOT NULL, tube TEXT NOT NULL, outcome TEXT NOT NULL, ct_values TEXT NOT "
            "NULL, tested_at TEXT NOT NULL, content_hash TEXT NOT NULL) ON COMMIT DROP")))
        return fail(query.lastError().text());

    // COPY, in the transaction Qt began on the same connection.
    QList<QString> uuids(inputs.size());
    QList<QString> hashes(inputs.size());
    QHash<QString, qsizetype> firstInput; // uuid -> the first input that gave it
    {
        PGresult *started =
            PQexec(connection, "COPY results_staging (line, uuid, lab, tube, outcome, "
                               "ct_values, tested_at, content_hash) FROM STDIN");
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            return fail(QString::fromUtf8(PQerrorMessage(connection)));
        QByteArray chunk;
        chunk.reserve(1 << 20);
        bool sent = true;
        for (qsizetype i = 0; i < inputs.size() && sent; ++i) {
            const std::optional<LabResult> &result = inputs.at(i).result;
            if (!result)
                continue;
            uuids[i] = Results::resultUuid(*result);
            hashes[i] = Results::contentHash(*result);
            firstInput.insert(uuids.at(i), qMin(firstInput.value(uuids.at(i), i), i));
            chunk.append(QByteArray::number(i));
            for (const QString &field :
                 {uuids.at(i), result->lab, result->tube, result->outcome,
                  QString::fromUtf8(QJsonDocument(result->ctValues).toJson(QJsonDocument::Compact)),
                  result->testedAt, hashes.at(i)}) {
                chunk.append('\t');
                appendCopyField(&chunk, field);
            }
            chunk.append('\n');
            if (chunk.size() >= (1 << 20)) {
                sent = PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
                chunk.clear();
            }
        }
        if (sent && !chunk.isEmpty())
            sent = PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
        const bool ended = PQputCopyEnd(connection, sent ? nullptr : "client failure") == 1;
        bool copied = sent && ended;
        QString copyError = QString::fromUtf8(PQerrorMessage(connection));
        while (PGresult *r = PQgetResult(connection)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                copied = false;
                copyError = QString::fromUtf8(PQresultErrorMessage(r));
            }
            PQclear(r);
        }
        if (!copied)
            return fail(copyError);
    }
    if (!query.exec(QStringLiteral("ANALYZE results_staging")))
        return fail(query.lastError().text());

    const QString receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kStoreStaged));
    query.addBindValue(receivedAt);
    query.addBindValue(receivedBy);
    query.addBindValue(receivedAt);
    if (!query.exec())
        return fail(query.lastError().text());
    QHash<QString, Stored> stored;
    QList<MatchedResult> toAnnounce;
    while (query.next()) {
        const QString uuid = query.value(0).toString();
        stored.insert(uuid, {query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString()});
        const QString outcome = query.value(4).toString();
        if (query.value(2).toString() == QLatin1String("matched")) {
            ++batch.matched;
            if (outcome == QLatin1String("positive") || outcome == QLatin1String("invalid")) {
                MatchedResult matched;
                matched.resultUuid = uuid;
                matched.outcome = outcome;
                matched.site = query.value(5).toString();
                matched.tube = query.value(6).toString();
                matched.tubeUuid = query.value(7).toString();
                matched.lab = query.value(8).toString();
                matched.testedAt = query.value(9).toString();
                toAnnounce.append(matched);
            }
        }
    }
    const QSet<QString> accepted(stored.keyBegin(), stored.keyEnd());
    if (accepted.size() < firstInput.size()) {
        // Some were stored before: how they stand, to tell duplicates from conflicts.
        if (!query.exec(QStringLiteral(
                "SELECT r.uuid, r.content_hash, r.match_state, r.unmatched_reason FROM results r "
                "WHERE r.uuid IN (SELECT uuid FROM results_staging)")))
            return fail(query.lastError().text());
        while (query.next()) {
            const QString uuid = query.value(0).toString();
            if (!accepted.contains(uuid))
                stored.insert(uuid, {query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString()});
        }
    }
    query.finish();

    // The hook, once per result matched positive or invalid, in this transaction.
    if (const MatchedResultHook &hook = m_results.matchedHook(); hook) {
        QSqlQuery people(db);
        people.prepare(QStringLiteral("SELECT sample_uuid, person_key, station FROM tube_people "
                                      "WHERE tube_uuid = ? AND state = 'active' "
                                      "ORDER BY taken_at, sample_uuid"));
        for (MatchedResult &matched : toAnnounce) {
            people.addBindValue(matched.tubeUuid);
            if (!people.exec())
                return fail(people.lastError().text());
            while (people.next())
                matched.people.append({people.value(0).toString(), people.value(1).toString(),
                                       people.value(2).toString()});
            people.finish();
            QString hookError;
            if (!hook(matched, &hookError))
                return fail(hookError);
        }
    }

    batch.results.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const LabResultInput &input = inputs.at(i);
        ResultAnswer answer;
        answer.line = input.line;
        if (!input.result) {
            answer.reason = input.reason;
        } else {
            answer.uuid = uuids.at(i);
            const Stored known = stored.value(answer.uuid);
            answer.matchState = known.matchState;
            answer.unmatchedReason = known.reason;
            if (accepted.contains(answer.uuid) && firstInput.value(answer.uuid) == i) {
                answer.status = protocol::RecordStatus::Accepted;
            } else if (known.hash == hashes.at(i)) {
                answer.status = protocol::RecordStatus::Duplicate;
            } else {
                answer.status = protocol::RecordStatus::Conflict;
                answer.reason = Results::tr("a result of this lab for this tube at this tested "
                                            "time is already stored with different content");
            }
        }
        ++batch.counts[static_cast<int>(answer.status)];
        batch.results.append(answer);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    batch.stored = true;
    qCInfo(lcServer).nospace() << "bulk results from " << receivedBy << ": " << batch.counts[0]
                               << " accepted (" << batch.matched << " matched), " << batch.counts[1]
                               << " duplicate, " << batch.counts[2] << " conflict, "
                               << batch.counts[3] << " rejected";
    return batch;
}

} // namespace station::server
