// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/BulkResults.h"

#include "server/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <libpq-fe.h>

#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <memory>

namespace station::server {

namespace {

// One field of COPY's text format. Most fields are ASCII with nothing to escape: written
// straight into the chunk, neither converted to a QByteArray of their own nor escaped byte by
// byte (which cost 9,000 instructions a result).
void appendCopyField(QByteArray *out, QStringView value) {
    const auto special = [](char16_t c) {
        return c >= 0x80 || c == u'\\' || c == u'\t' || c == u'\n' || c == u'\r';
    };
    const char16_t *text = value.utf16();
    if (std::none_of(text, text + value.size(), special)) {
        const qsizetype at = out->size();
        out->resize(at + value.size());
        std::copy(text, text + value.size(), out->data() + at); // ASCII: one byte each
        return;
    }
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

// The staging table lives as long as the connection (a temporary table, emptied at each
// commit): made anew for every batch, its catalogue rows cost more than a small batch's
// COPY. A connection made again (or a transaction rolled back that made it) makes it again.
// Sorts and hashes of a large file's match stay in memory (the default 4 MB spilled the
// sort of 50,000 staged results to disk), and so does the table itself: 50,000 staged
// results take about 10 MB, and at the default 8 MB of temp_buffers every COPY wrote and
// read half of them through temporary files. (temp_buffers can be set only before the
// session's first temporary table, and to the same value again after: so for the session,
// not the transaction.)
const char *kStagingTable =
    "SET temp_buffers = '32MB'; SET LOCAL client_min_messages = warning; SET LOCAL work_mem = "
    "'64MB'; "
    "CREATE TEMP TABLE IF NOT EXISTS results_staging (line INTEGER NOT NULL, uuid TEXT NOT "
    "NULL, lab TEXT NOT NULL, tube TEXT NOT NULL, outcome TEXT NOT NULL, ct_values TEXT NOT "
    "NULL, tested_at TEXT NOT NULL, content_hash TEXT NOT NULL) ON COMMIT DELETE ROWS";

// The staged results (each uuid once: a repeat within the batch is answered without being
// staged) stored and matched at once, as Results::match does one by one: of the tubes of
// each result's code, those opened after the result's tested time are left out (the code
// was used again, or the time is wrong); of the rest, the most recently handed-over tube
// that is not voided, else the reason why there is none. Each pair of a staged result and a
// tube of its code is ranked by what it would make of the result (0 matched, 1 not handed
// over, 2 tested before sampled, 3 voided, 4 no tube at all); the best rank of each result,
// and of rank 0 the latest hand-over, decide. One join and one sort by the staged line: the
// three passes before (pairs, the best, the reasons, joined back by the uuid's text) cost
// four to five times the CPU (docs/benchmarks.md, session 30). (Both times are the stations'
// and labs' ISO 8601 UTC text, normalised with milliseconds: compared as text they compare
// as times.) What comes back is what the answers need: the reason (none when matched) and,
// for a result matched positive or invalid, where it matched (the hook's).
const char *kInsertMatched =
    "INSERT INTO results (uuid, lab, tube, outcome, ct_values, tested_at, received_at, "
    "received_by, content_hash, match_state, unmatched_reason, site, tube_uuid, matched_at) "
    "SELECT m.uuid, m.lab, m.tube, m.outcome, m.ct_values, m.tested_at, ?, ?, m.content_hash, "
    "CASE WHEN m.rank = 0 THEN 'matched' ELSE 'unmatched' END, "
    "CASE m.rank WHEN 0 THEN NULL WHEN 1 THEN 'not_handed_over' "
    "WHEN 2 THEN 'tested_before_sampled' WHEN 3 THEN 'tube_voided' ELSE 'unknown_tube' END, "
    "CASE WHEN m.rank = 0 THEN m.site END, CASE WHEN m.rank = 0 THEN m.tube_uuid END, "
    "CASE WHEN m.rank = 0 THEN ? END "
    "FROM (SELECT DISTINCT ON (s.line) s.uuid, s.lab, s.tube, s.outcome, s.ct_values, "
    "s.tested_at, s.content_hash, t.tube_uuid, t.site, "
    "CASE WHEN t.tube_uuid IS NULL THEN 4 "
    "WHEN t.opened_at IS NOT NULL AND s.tested_at < t.opened_at THEN 2 "
    "WHEN t.state = 'voided' THEN 3 WHEN t.handed_over_at IS NULL THEN 1 ELSE 0 END AS rank "
    "FROM results_staging s LEFT JOIN tubes t ON t.tube = s.tube "
    "ORDER BY s.line, rank, t.handed_over_at DESC) m ";
const char *kReturning =
    "RETURNING uuid, unmatched_reason, "
    "CASE WHEN tube_uuid IS NOT NULL AND outcome IN ('positive', 'invalid') THEN site END "
    "AS announce_site, "
    "CASE WHEN outcome IN ('positive', 'invalid') THEN tube_uuid END AS announce_tube";

// A file of new results (the usual case) is stored without ON CONFLICT, whose check before
// each row walked the primary key once more, and only the results that need more than
// "accepted, matched" come back. A result stored before fails it with a unique violation:
// rolled back to before it, the batch takes storeStagedAnyStored(). (The staging table is
// read where it is needed, not through a CTE of its own, which copied every staged row
// once more; sorting the rows by uuid for the primary key cost more than it saved.)
QString storeStagedAllNew() {
    return QStringLiteral("WITH stored AS (") + QString::fromLatin1(kInsertMatched) +
           QString::fromLatin1(kReturning) +
           QStringLiteral(") SELECT * FROM stored WHERE unmatched_reason IS NOT NULL OR "
                          "announce_site IS NOT NULL");
}

// Some results may be stored already: those are left as they are, every stored one comes
// back.
QString storeStagedAnyStored() {
    return QString::fromLatin1(kInsertMatched) + QStringLiteral("ON CONFLICT (uuid) DO NOTHING ") +
           QString::fromLatin1(kReturning);
}

// From this many results a second thread computes half of their keys (below, starting a
// thread is not worth it).
constexpr qsizetype kKeysOnTwoThreadsFrom = 2000;

// PostgreSQL's SQLSTATE for a unique violation.
const QString kUniqueViolation = QStringLiteral("23505");

// The people of the tubes matched positive or invalid, for the hook: one statement for all.
const char *kPeopleOfTubes =
    "SELECT tube_uuid, sample_uuid, person_key, station FROM tube_people "
    "WHERE tube_uuid = ANY (?::text[]) AND state = 'active' ORDER BY tube_uuid, taken_at, "
    "sample_uuid";

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
    // Where the time goes, for docs/benchmarks.md (QT_LOGGING_RULES="station.server.debug=true").
    QElapsedTimer clock;
    clock.start();
    qCDebug(lcServer) << "bulk results:" << inputs.size() << "to store";
    qint64 copiedAt = 0, storedAt = 0, announcedAt = 0;
    const QVariant handle = db.driver()->handle();
    // Qt names the type by its struct (pg_conn*) or its typedef (PGconn*).
    if ((qstrcmp(handle.typeName(), "PGconn*") != 0 &&
         qstrcmp(handle.typeName(), "pg_conn*") != 0) ||
        !handle.data())
        return fail(tr("the PostgreSQL connection has no libpq handle"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.data());
    if (!db.transaction())
        return fail(db.lastError().text());
    {
        PGresult *made = PQexec(connection, kStagingTable);
        const bool ok = PQresultStatus(made) == PGRES_COMMAND_OK;
        PQclear(made);
        if (!ok)
            return fail(QString::fromUtf8(PQerrorMessage(connection)));
    }

    // COPY, in the transaction Qt began on the same connection.
    // Each result's uuid and content hash (SHA-1 and SHA-256: most of this process's CPU
    // after parsing): the second half on a thread of its own while this one computes the
    // first half row by row as it copies it, so that PostgreSQL takes the first rows
    // meanwhile.
    QList<QString> uuids(inputs.size());
    QList<QString> hashes(inputs.size());
    QString *const uuidOf = uuids.data();
    QString *const hashOf = hashes.data();
    const auto computeKeys = [&inputs, uuidOf, hashOf](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (const std::optional<LabResult> &result = inputs.at(i).result) {
                uuidOf[i] = Results::resultUuid(*result);
                hashOf[i] = Results::contentHash(*result);
            }
        }
    };
    const qsizetype half =
        inputs.size() >= kKeysOnTwoThreadsFrom ? inputs.size() / 2 : inputs.size();
    std::unique_ptr<QThread> keysOfSecondHalf;
    if (half < inputs.size()) {
        keysOfSecondHalf.reset(QThread::create(computeKeys, half, inputs.size()));
        keysOfSecondHalf->start();
    }
    // Whatever happens below, the thread ends before what it writes to does.
    const auto waitForKeys = qScopeGuard([&keysOfSecondHalf] {
        if (keysOfSecondHalf)
            keysOfSecondHalf->wait();
    });
    QHash<QString, qsizetype> firstInput; // uuid -> the first input that gave it
    firstInput.reserve(inputs.size());
    QList<qsizetype> firstOf(inputs.size(), -1); // input -> the first input of its uuid
    qsizetype staged = 0;                        // distinct results copied
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
        const QString noCtValues = QStringLiteral("{}");
        for (qsizetype i = 0; i < inputs.size() && sent; ++i) {
            if (i == half && keysOfSecondHalf)
                keysOfSecondHalf->wait();
            const std::optional<LabResult> &result = inputs.at(i).result;
            if (!result)
                continue;
            if (i < half)
                computeKeys(i, i + 1);
            const auto known = firstInput.constFind(uuids.at(i));
            if (known != firstInput.constEnd()) {
                firstOf[i] = known.value();
                continue; // a repeat: answered by the first one's fate
            }
            firstInput.insert(uuids.at(i), i);
            firstOf[i] = i;
            ++staged;
            // As Results stores them: compact JSON ("{}" for none, most results).
            const QString ctValues =
                result->ctValues.isEmpty()
                    ? noCtValues
                    : QString::fromUtf8(
                          QJsonDocument(result->ctValues).toJson(QJsonDocument::Compact));
            char line[24];
            chunk.append(line, std::to_chars(line, line + sizeof line, i).ptr - line);
            for (const QString *field :
                 {&uuids.at(i), &result->lab, &result->tube, &result->outcome, &ctValues,
                  &result->testedAt, &hashes.at(i)}) {
                chunk.append('\t');
                appendCopyField(&chunk, *field);
            }
            chunk.append('\n');
            if (chunk.size() >= (1 << 20)) {
                sent = PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
                chunk.resize(0); // its capacity kept
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
    copiedAt = clock.nsecsElapsed();
    // No ANALYZE: never analysed, the table's size is read from its pages at planning, and
    // the plan for 50,000 results was the same with and without it (ANALYZE took 0.17-0.39 s
    // of them; docs/benchmarks.md).
    QSqlQuery query(db);

    const QString receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    query.setForwardOnly(true);
    const auto store = [&](const QString &statement) {
        query.prepare(statement);
        query.addBindValue(receivedAt);
        query.addBindValue(receivedBy);
        query.addBindValue(receivedAt);
        return query.exec();
    };
    // Every staged result new: stored, and only the unmatched and those to announce read.
    bool allNew =
        query.exec(QStringLiteral("SAVEPOINT bulk_results_new")) && store(storeStagedAllNew());
    if (!allNew) {
        if (query.lastError().nativeErrorCode() != kUniqueViolation)
            return fail(query.lastError().text());
        if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT bulk_results_new")) ||
            !store(storeStagedAnyStored()))
            return fail(query.lastError().text());
    }
    QHash<QString, Stored> stored; // those stored before this batch
    QSet<QString> accepted;        // when not all are new: those stored now
    accepted.reserve(allNew ? 0 : staged);
    QHash<QString, QString> reasons; // accepted now and unmatched: why
    QList<MatchedResult> toAnnounce;
    qsizetype returned = 0, unmatched = 0;
    while (query.next()) {
        ++returned;
        const QString uuid = query.value(0).toString();
        if (!allNew)
            accepted.insert(uuid);
        const QString reason = query.value(1).toString();
        if (!reason.isEmpty()) {
            ++unmatched;
            reasons.insert(uuid, reason);
            continue;
        }
        if (query.isNull(2))
            continue; // negative: nothing to announce
        const QString site = query.value(2).toString();
        const LabResult &result = *inputs.at(firstInput.value(uuid)).result;
        MatchedResult matched;
        matched.resultUuid = uuid;
        matched.outcome = result.outcome;
        matched.site = site;
        matched.tube = result.tube;
        matched.tubeUuid = query.value(3).toString();
        matched.lab = result.lab;
        matched.testedAt = result.testedAt;
        toAnnounce.append(matched);
    }
    batch.matched = (allNew ? staged : returned) - unmatched;
    // Every input with a result has its uuid among those staged (firstInput).
    const auto storedNow = [&](const QString &uuid) { return allNew || accepted.contains(uuid); };
    if (!allNew && accepted.size() < firstInput.size()) {
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
    storedAt = clock.nsecsElapsed();

    // The hook for the results matched positive or invalid, in this transaction; the
    // people of all their tubes read at once.
    if (m_results.hasMatchedHook() && !toAnnounce.isEmpty()) {
        QStringList tubeUuids;
        for (const MatchedResult &matched : std::as_const(toAnnounce))
            tubeUuids.append(matched.tubeUuid);
        QHash<QString, QList<MatchedPerson>> peopleOf;
        QSqlQuery people(db);
        people.setForwardOnly(true);
        people.prepare(QString::fromLatin1(kPeopleOfTubes));
        people.addBindValue(postgresTextArray(tubeUuids));
        if (!people.exec())
            return fail(people.lastError().text());
        while (people.next())
            peopleOf[people.value(0).toString()].append({people.value(1).toString(),
                                                         people.value(2).toString(),
                                                         people.value(3).toString()});
        people.finish();
        for (MatchedResult &matched : toAnnounce)
            matched.people = peopleOf.value(matched.tubeUuid);
        QString hookError;
        if (!m_results.announceAll(toAnnounce, &hookError))
            return fail(hookError);
    }

    announcedAt = clock.nsecsElapsed();
    const QString matchedState = QStringLiteral("matched");
    const QString unmatchedState = QStringLiteral("unmatched");
    batch.results.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const LabResultInput &input = inputs.at(i);
        ResultAnswer answer;
        answer.line = input.line;
        if (!input.result) {
            answer.reason = input.reason;
        } else {
            answer.uuid = uuids.at(i);
            if (storedNow(answer.uuid)) {
                // Stored now, by its first input; a later input with the same key repeats it.
                const QString reason = reasons.value(answer.uuid);
                answer.matchState = reason.isEmpty() ? matchedState : unmatchedState;
                answer.unmatchedReason = reason;
                const qsizetype first = firstOf.at(i);
                if (first == i) {
                    answer.status = protocol::RecordStatus::Accepted;
                } else if (hashes.at(first) == hashes.at(i)) {
                    answer.status = protocol::RecordStatus::Duplicate;
                } else {
                    answer.status = protocol::RecordStatus::Conflict;
                    answer.reason = Results::tr("a result of this lab for this tube at this "
                                                "tested time is already stored with different "
                                                "content");
                }
            } else {
                const Stored known = stored.value(answer.uuid);
                answer.matchState = known.matchState;
                answer.unmatchedReason = known.reason;
                if (known.hash == hashes.at(i)) {
                    answer.status = protocol::RecordStatus::Duplicate;
                } else {
                    answer.status = protocol::RecordStatus::Conflict;
                    answer.reason = Results::tr("a result of this lab for this tube at this "
                                                "tested time is already stored with different "
                                                "content");
                }
            }
        }
        ++batch.counts[static_cast<int>(answer.status)];
        batch.results.append(std::move(answer));
    }
    if (!db.commit())
        return fail(db.lastError().text());
    batch.stored = true;
    qCDebug(lcServer).nospace() << "bulk results: " << inputs.size() << " in "
                                << clock.nsecsElapsed() / 1000000 << " ms: copied at "
                                << copiedAt / 1000000 << ", stored and matched at "
                                << storedAt / 1000000 << ", " << toAnnounce.size()
                                << " announced at " << announcedAt / 1000000;
    qCInfo(lcServer).nospace() << "bulk results from " << receivedBy << ": " << batch.counts[0]
                               << " accepted (" << batch.matched << " matched), " << batch.counts[1]
                               << " duplicate, " << batch.counts[2] << " conflict, "
                               << batch.counts[3] << " rejected";
    return batch;
}

} // namespace station::server
