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
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

namespace station::server {

namespace {

// UTF-8 bytes escaped for COPY's text format.
void appendCopyEscaped(QByteArray *out, const char *begin, const char *end) {
    for (const char *c = begin; c != end; ++c) {
        switch (*c) {
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
            out->append(*c);
        }
    }
}

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
    appendCopyEscaped(out, bytes.cbegin(), bytes.cend());
}

// The staging table, for a file of which some results may be stored already (the direct
// COPY below failed on one): it lives as long as the connection (a temporary table, emptied at
// each commit): made anew for every batch, its catalogue rows cost more than a small batch's
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

// The tubes of a file's codes, for the match in the client (below): every opening of each code.
// The codes reach the planner through a sub-select: given the array itself, PostgreSQL estimated
// each of a file's 50,000 codes one by one (0.1-0.16 s of planning for every file), to choose
// what a province of millions of tubes always gets anyway, one index probe per code
// (docs/benchmarks.md, "Results", session 34).
const char *kTubesOfCodes = "SELECT tube, tube_uuid, site, state, opened_at, handed_over_at "
                            "FROM tubes WHERE tube = ANY ((SELECT $1::text[])::text[])";

// A file of new results, matched in the client, straight into `results`: PostgreSQL's COPY
// inserts the rows many at a time, with no staging table written and read again, no join and
// no sort (docs/benchmarks.md, "Results", session 31).
const char *kCopyResults =
    "COPY results (uuid, lab, tube, outcome, ct_values, tested_at, received_at, received_by, "
    "content_hash, match_state, unmatched_reason, site, tube_uuid, matched_at) FROM STDIN";

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

// Some results of the file are stored already (the direct COPY failed on one): those are left
// as they are, every result stored now comes back.
QString storeStagedAnyStored() {
    return QString::fromLatin1(kInsertMatched) +
           QStringLiteral("ON CONFLICT (tested_at, lab, tube) DO NOTHING ") +
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

// The tubes of a file's codes as PostgreSQL returned them (tube, tube_uuid, site, state,
// opened_at, handed_over_at), kept in its result and read where needed: a copy of each row in
// strings of their own cost more memory, and page faults, than the match itself.
struct TubeRows {
    PGresult *result = nullptr;
    QHash<QString, int> first; // code -> its first row
    QList<int> next;           // row -> the next row of the same code, or -1

    const char *value(int row, int column) const { return PQgetvalue(result, row, column); }
    bool isNull(int row, int column) const { return PQgetisnull(result, row, column); }
};

// What kInsertMatched makes of a result, in the client: each tube of its code ranked (0
// matched, 1 not handed over, 2 tested before sampled, 3 voided; 4 without any tube), the
// best rank decides, and of rank 0 the latest hand-over. The times compare as text, as the
// statement compares them (ISO 8601 UTC of one shape: as text they compare as times).
struct ClientMatch {
    int rank = 4;
    int row = -1;
};

ClientMatch clientMatch(const TubeRows &tubes, const QString &code, const QString &testedAt) {
    ClientMatch best;
    for (int row = tubes.first.value(code, -1); row >= 0; row = tubes.next.at(row)) {
        const int rank =
            !tubes.isNull(row, 4) && testedAt.compare(QLatin1String(tubes.value(row, 4))) < 0 ? 2
            : qstrcmp(tubes.value(row, 3), "voided") == 0                                     ? 3
            : tubes.isNull(row, 5)                                                            ? 1
                                                                                              : 0;
        if (rank < best.rank || (rank == 0 && best.rank == 0 &&
                                 qstrcmp(tubes.value(row, 5), tubes.value(best.row, 5)) > 0)) {
            best.rank = rank;
            best.row = row;
        }
    }
    return best;
}

// Text from PostgreSQL (UTF-8) as one field of COPY's text format.
void appendCopyField(QByteArray *out, const char *value) {
    appendCopyEscaped(out, value, value + std::strlen(value));
}

const QString &reasonOfRank(int rank) {
    static const QString none;
    switch (rank) {
    case 0:
        return none;
    case 1:
        return UnmatchedReason::NotHandedOver;
    case 2:
        return UnmatchedReason::TestedBeforeSampled;
    case 3:
        return UnmatchedReason::TubeVoided;
    default:
        return UnmatchedReason::UnknownTube;
    }
}

// A statement's error (and its SQLSTATE), or nothing when it went well.
struct PgFailure {
    QString message;
    QString state;
};

std::optional<PgFailure> failureOf(PGresult *result, ExecStatusType expected) {
    if (PQresultStatus(result) == expected)
        return std::nullopt;
    return PgFailure{QString::fromUtf8(PQresultErrorMessage(result)),
                     QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE))};
}

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
    qint64 lookedUpAt = 0, copiedAt = 0, storedAt = 0, announcedAt = 0;
    const QVariant handle = db.driver()->handle();
    // Qt names the type by its struct (pg_conn*) or its typedef (PGconn*).
    if ((qstrcmp(handle.typeName(), "PGconn*") != 0 &&
         qstrcmp(handle.typeName(), "pg_conn*") != 0) ||
        !handle.data())
        return fail(tr("the PostgreSQL connection has no libpq handle"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.data());
    const auto exec = [connection](const char *statement) -> std::optional<PgFailure> {
        PGresult *done = PQexec(connection, statement);
        std::optional<PgFailure> failure = failureOf(done, PGRES_COMMAND_OK);
        PQclear(done);
        return failure;
    };
    // Sends one COPY ... FROM STDIN and the rows that `write` appends for each input, in
    // chunks, so that PostgreSQL stores the first rows while the next are written.
    const auto copy =
        [connection](
            const char *statement, qsizetype count,
            const std::function<void(qsizetype, QByteArray *)> &write) -> std::optional<PgFailure> {
        PGresult *started = PQexec(connection, statement);
        std::optional<PgFailure> failure = failureOf(started, PGRES_COPY_IN);
        PQclear(started);
        if (failure)
            return failure;
        QByteArray chunk;
        constexpr qsizetype kChunk = 256 << 10;
        chunk.reserve(kChunk + 4096);
        bool sent = true;
        for (qsizetype i = 0; i < count && sent; ++i) {
            write(i, &chunk);
            if (chunk.size() >= kChunk) {
                sent = PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
                chunk.resize(0); // its capacity kept
            }
        }
        if (sent && !chunk.isEmpty())
            sent = PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
        const bool ended = PQputCopyEnd(connection, sent ? nullptr : "client failure") == 1;
        if (!sent || !ended)
            failure = PgFailure{QString::fromUtf8(PQerrorMessage(connection)), QString()};
        while (PGresult *r = PQgetResult(connection)) {
            if (!failure)
                failure = failureOf(r, PGRES_COMMAND_OK);
            PQclear(r);
        }
        return failure;
    };
    if (!db.transaction())
        return fail(db.lastError().text());

    // The tubes of the file's codes asked for first: PostgreSQL looks them up while this
    // process computes the results' keys (SHA-1 uuid, SHA-256 hash: most of its CPU after
    // parsing), half of them on a second thread. (Read by a statement of its own, the tubes
    // are those committed when it began, as the one statement of the staging path saw those
    // committed when it began: a tube handed over between then and this batch's commit is not
    // seen by either, and its ingest's re-match does not see these results yet. The window
    // is longer here by the COPY; `admin rematch-results` matches what it leaves waiting.)
    {
        QStringList codes;
        codes.reserve(inputs.size());
        for (const LabResultInput &input : inputs) {
            if (input.result)
                codes.append(input.result->tube);
        }
        const QByteArray array = postgresTextArray(codes).toUtf8();
        const char *values[] = {array.constData()};
        if (PQsendQueryParams(connection, kTubesOfCodes, 1, nullptr, values, nullptr, nullptr, 0) !=
            1)
            return fail(QString::fromUtf8(PQerrorMessage(connection)));
    }
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
    std::unique_ptr<QThread> secondHalf;
    if (half < inputs.size()) {
        secondHalf.reset(QThread::create(computeKeys, half, inputs.size()));
        secondHalf->start();
    }
    // Whatever happens below, the thread ends before what it writes to does.
    const auto waitForKeys = qScopeGuard([&secondHalf] {
        if (secondHalf)
            secondHalf->wait();
    });
    computeKeys(0, half);
    TubeRows tubes;
    const auto clearTubes = qScopeGuard([&tubes] { PQclear(tubes.result); });
    {
        std::optional<PgFailure> failure;
        while (PGresult *r = PQgetResult(connection)) {
            if (!failure)
                failure = failureOf(r, PGRES_TUPLES_OK);
            if (failure || tubes.result) {
                PQclear(r);
                continue;
            }
            tubes.result = r;
            const int rows = PQntuples(r);
            tubes.first.reserve(rows);
            tubes.next.fill(-1, rows);
            for (int row = rows - 1; row >= 0; --row) { // each code's rows in their order
                const QString code = QString::fromUtf8(PQgetvalue(r, row, 0));
                const auto known = tubes.first.find(code);
                if (known == tubes.first.end()) {
                    tubes.first.insert(code, row);
                } else {
                    tubes.next[row] = known.value();
                    known.value() = row;
                }
            }
        }
        if (failure)
            return fail(failure->message);
    }
    if (secondHalf)
        secondHalf->wait();
    lookedUpAt = clock.nsecsElapsed();

    // Each uuid staged once: a repeat within the batch is answered by the first one's fate.
    QHash<QString, qsizetype> firstInput; // uuid -> the first input that gave it
    firstInput.reserve(inputs.size());
    QList<qsizetype> firstOf(inputs.size(), -1); // input -> the first input of its uuid
    qsizetype staged = 0;                        // distinct results
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (!inputs.at(i).result)
            continue;
        const auto known = firstInput.constFind(uuids.at(i));
        if (known != firstInput.constEnd()) {
            firstOf[i] = known.value();
            continue;
        }
        firstInput.insert(uuids.at(i), i);
        firstOf[i] = i;
        ++staged;
    }
    // As Results stores them: compact JSON ("{}" for none, most results).
    const QString noCtValues = QStringLiteral("{}");
    const auto ctValuesOf = [&noCtValues](const LabResult &result) {
        return result.ctValues.isEmpty()
                   ? noCtValues
                   : QString::fromUtf8(
                         QJsonDocument(result.ctValues).toJson(QJsonDocument::Compact));
    };
    const QString receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    // Every result new (the usual case): matched here and copied straight into `results`,
    // inside a savepoint. A result stored before makes the COPY fail with a unique
    // violation; rolled back to before it, the batch takes the staging path below.
    QList<int> rankOf(inputs.size(), 4);
    QList<int> tubeOf(inputs.size(), -1); // the row in `tubes` of a matched result
    bool allNew = false;
    {
        if (const auto failure = exec("SAVEPOINT bulk_results_new"))
            return fail(failure->message);
        const QByteArray receivedAtText = receivedAt.toUtf8();
        const auto field = [](QByteArray *out, const QString *value) {
            out->append('\t');
            if (value)
                appendCopyField(out, *value);
            else
                out->append("\\N");
        };
        const std::optional<PgFailure> failure =
            copy(kCopyResults, inputs.size(), [&](qsizetype i, QByteArray *chunk) {
                if (firstOf.at(i) != i)
                    return; // no result, or a repeat
                const LabResult &result = *inputs.at(i).result;
                const ClientMatch match = clientMatch(tubes, result.tube, result.testedAt);
                rankOf[i] = match.rank;
                tubeOf[i] = match.row;
                const bool matched = match.rank == 0;
                appendCopyField(chunk, uuids.at(i));
                const QString ctValues = ctValuesOf(result);
                for (const QString *value :
                     {&result.lab, &result.tube, &result.outcome, &ctValues, &result.testedAt})
                    field(chunk, value);
                chunk->append('\t');
                chunk->append(receivedAtText);
                chunk->append('\t');
                appendCopyField(chunk, receivedBy);
                field(chunk, &hashes.at(i));
                chunk->append(matched ? "\tmatched\t\\N" : "\tunmatched\t");
                if (!matched)
                    chunk->append(reasonOfRank(match.rank).toLatin1());
                if (matched) {
                    chunk->append('\t');
                    appendCopyField(chunk, tubes.value(match.row, 2));
                    chunk->append('\t');
                    appendCopyField(chunk, tubes.value(match.row, 1));
                } else {
                    chunk->append("\t\\N\t\\N");
                }
                chunk->append('\t');
                chunk->append(matched ? receivedAtText : QByteArrayLiteral("\\N"));
                chunk->append('\n');
            });
        if (!failure) {
            allNew = true;
        } else if (failure->state != kUniqueViolation) {
            return fail(failure->message);
        } else if (const auto undone = exec("ROLLBACK TO SAVEPOINT bulk_results_new")) {
            return fail(undone->message);
        }
    }
    copiedAt = clock.nsecsElapsed();

    QList<MatchedResult> toAnnounce;
    QHash<QString, QString> reasons; // accepted now and unmatched: why
    QSet<QString> accepted;          // when not all are new: those stored now
    QHash<QString, Stored> stored;   // those stored before this batch
    if (allNew) {
        // What the statement below returns, known here: the reasons and, in the file's order,
        // the results matched positive or invalid.
        qsizetype unmatched = 0;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            if (firstOf.at(i) != i)
                continue;
            const LabResult &result = *inputs.at(i).result;
            if (rankOf.at(i) != 0) {
                ++unmatched;
                reasons.insert(uuids.at(i), reasonOfRank(rankOf.at(i)));
                continue;
            }
            if (result.outcome != QLatin1String("positive") &&
                result.outcome != QLatin1String("invalid"))
                continue;
            MatchedResult matched;
            matched.resultUuid = uuids.at(i);
            matched.outcome = result.outcome;
            matched.site = QString::fromUtf8(tubes.value(tubeOf.at(i), 2));
            matched.tube = result.tube;
            matched.tubeUuid = QString::fromUtf8(tubes.value(tubeOf.at(i), 1));
            matched.lab = result.lab;
            matched.testedAt = result.testedAt;
            toAnnounce.append(matched);
        }
        batch.matched = int(staged - unmatched);
    } else {
        // Some were stored before: the staging table, and one statement that leaves those
        // as they are and stores and matches the rest.
        if (const auto failure = exec(kStagingTable))
            return fail(failure->message);
        const std::optional<PgFailure> failure =
            copy("COPY results_staging (line, uuid, lab, tube, outcome, ct_values, tested_at, "
                 "content_hash) FROM STDIN",
                 inputs.size(), [&](qsizetype i, QByteArray *chunk) {
                     if (firstOf.at(i) != i)
                         return;
                     const LabResult &result = *inputs.at(i).result;
                     const QString ctValues = ctValuesOf(result);
                     char line[24];
                     chunk->append(line, std::to_chars(line, line + sizeof line, i).ptr - line);
                     for (const QString *value :
                          {&uuids.at(i), &result.lab, &result.tube, &result.outcome, &ctValues,
                           &result.testedAt, &hashes.at(i)}) {
                         chunk->append('\t');
                         appendCopyField(chunk, *value);
                     }
                     chunk->append('\n');
                 });
        if (failure)
            return fail(failure->message);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(storeStagedAnyStored());
        query.addBindValue(receivedAt);
        query.addBindValue(receivedBy);
        query.addBindValue(receivedAt);
        if (!query.exec())
            return fail(query.lastError().text());
        accepted.reserve(staged);
        qsizetype unmatched = 0;
        while (query.next()) {
            const QString uuid = query.value(0).toString();
            accepted.insert(uuid);
            const QString reason = query.value(1).toString();
            if (!reason.isEmpty()) {
                ++unmatched;
                reasons.insert(uuid, reason);
                continue;
            }
            if (query.isNull(2))
                continue; // negative: nothing to announce
            const LabResult &result = *inputs.at(firstInput.value(uuid)).result;
            MatchedResult matched;
            matched.resultUuid = uuid;
            matched.outcome = result.outcome;
            matched.site = query.value(2).toString();
            matched.tube = result.tube;
            matched.tubeUuid = query.value(3).toString();
            matched.lab = result.lab;
            matched.testedAt = result.testedAt;
            toAnnounce.append(matched);
        }
        batch.matched = int(accepted.size() - unmatched);
        if (accepted.size() < firstInput.size()) {
            // How those stored before stand, to tell duplicates from conflicts.
            // By the natural key, the table's key (the uuid is derived from it).
            if (!query.exec(QStringLiteral("SELECT r.uuid, r.content_hash, r.match_state, "
                                           "r.unmatched_reason FROM results r JOIN "
                                           "results_staging s ON r.tested_at = s.tested_at AND "
                                           "r.lab = s.lab AND r.tube = s.tube")))
                return fail(query.lastError().text());
            while (query.next()) {
                const QString uuid = query.value(0).toString();
                if (!accepted.contains(uuid))
                    stored.insert(uuid, {query.value(1).toString(), query.value(2).toString(),
                                         query.value(3).toString()});
            }
        }
        query.finish();
    }
    // Every input with a result has its uuid among those staged (firstInput).
    const auto storedNow = [&](const QString &uuid) { return allNew || accepted.contains(uuid); };
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
            answer.code = input.code;
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
                                << clock.nsecsElapsed() / 1000000
                                << " ms: tubes looked up (and keys) at " << lookedUpAt / 1000000
                                << ", copied at " << copiedAt / 1000000
                                << ", stored and matched at " << storedAt / 1000000 << ", "
                                << toAnnounce.size() << " announced at " << announcedAt / 1000000;
    qCInfo(lcServer).nospace() << "bulk results from " << receivedBy << ": " << batch.counts[0]
                               << " accepted (" << batch.matched << " matched), " << batch.counts[1]
                               << " duplicate, " << batch.counts[2] << " conflict, "
                               << batch.counts[3] << " rejected";
    return batch;
}

} // namespace station::server
