// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PersonFactBatch.h"

#include "server/Database.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace station::server {

namespace {

// The run's facts (arrays, in the records' order) inserted in that order, so that their seq
// follow it; per row that asks, the earliest fact of the table its question finds, as
// SiteFacts' kSampledElsewhere finds it (ties by seq, the order the facts were stored in);
// per row that a later row of the run may name (`named`), whether the table undid its sample
// already. The run's own rows are not seen by the statement's reads (one snapshot).
const QString kInsertAndAsk = QStringLiteral(
    "WITH b AS (SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
    "?::text[], ?::text[], ?::text[], ?::integer[], ?::boolean[], ?::text[], ?::text[], "
    "?::boolean[]) WITH ORDINALITY AS b(site, station, table_label, person_key, tube, "
    "sample_uuid, at, record_uuid, pool_size, ask, day_from, day_to, named, n)), "
    "added AS (INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
    "sample_uuid, state, at, record_uuid, pool_size) SELECT b.site, 'person_sampled', "
    "b.station, b.table_label, b.person_key, b.tube, b.sample_uuid, NULL, b.at, b.record_uuid, "
    "b.pool_size FROM b ORDER BY b.n) "
    "SELECT b.n, e.station, e.table_label, e.tube, e.at, b.named AND EXISTS (SELECT 1 FROM "
    "site_facts u WHERE u.site = b.site AND u.sample_uuid = b.sample_uuid AND "
    "u.kind = 'person_unsampled') FROM b LEFT JOIN LATERAL (SELECT f.station, f.table_label, "
    "f.tube, f.at FROM site_facts f WHERE b.ask AND f.site = b.site AND "
    "f.person_key = b.person_key AND f.at >= b.day_from AND f.at < b.day_to AND "
    "f.kind = 'person_sampled' AND f.station <> b.station AND NOT EXISTS (SELECT 1 FROM "
    "site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid AND "
    "u.kind = 'person_unsampled') ORDER BY f.at, f.seq LIMIT 1) e ON true "
    "WHERE e.at IS NOT NULL OR b.named ORDER BY b.n");

// Whether the question of `asking` may name the fact `earlier` (of the same person): the
// conditions of kSampledElsewhere but the undone one.
bool mayName(const PersonFactBatch::Row &earlier, const PersonFactBatch::Row &asking) {
    return earlier.site == asking.site && earlier.station != asking.station &&
           earlier.at >= asking.from && earlier.at < asking.to;
}

QString textOrNull(const QString &value) {
    return value.isEmpty() ? QString() : value;
}

} // namespace

PersonFactBatch::PersonFactBatch(const QSqlDatabase &db)
    : m_db(db) {}

void PersonFactBatch::add(Row row, QList<SiteNote> *notes) {
    if (row.ask) {
        notes->append(SiteNote()); // its place, kept for the answer
        row.slot = notes->size() - 1;
    }
    m_rows.push_back(std::move(row));
}

bool PersonFactBatch::send(QSqlError *error) {
    if (m_rows.empty())
        return true;
    // Rows a later row of the run may name: only for these the statement asks whether the
    // table undid their sample (a run holds no undoing, the caller sends it before one).
    std::vector<bool> named(m_rows.size(), false);
    {
        QHash<QString, std::vector<size_t>> byPerson;
        for (size_t i = 0; i < m_rows.size(); ++i) {
            std::vector<size_t> &earlier = byPerson[m_rows[i].personKey];
            if (m_rows[i].ask)
                for (size_t j : earlier)
                    if (mayName(m_rows[j], m_rows[i]))
                        named[j] = true;
            earlier.push_back(i);
        }
    }
    const QString yes = QStringLiteral("t");
    const QString no = QStringLiteral("f");
    QStringList sites, stations, tables, keys, tubes, samples, ats, records, poolSizes, asks, froms,
        tos, nameds;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        // NULL where the per-record insert bound NULL (SiteFacts' bindFact).
        sites.append(row.site);
        stations.append(row.station);
        tables.append(row.table);
        keys.append(textOrNull(row.personKey));
        tubes.append(textOrNull(row.tube));
        samples.append(textOrNull(row.sampleUuid));
        ats.append(row.at);
        records.append(row.recordUuid);
        poolSizes.append(row.poolSize > 0 ? QString::number(row.poolSize) : QString());
        asks.append(row.ask ? yes : no);
        froms.append(row.from);
        tos.append(row.to);
        nameds.append(named[i] ? yes : no);
    }
    std::unique_ptr<BatchStatement> query;
    if (!m_spare.empty()) {
        query = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        query = std::make_unique<BatchStatement>(m_db);
        if (!query->prepare(kInsertAndAsk)) {
            *error = query->lastError();
            return false;
        }
    }
    for (const QStringList *column : {&sites, &stations, &tables, &keys, &tubes, &samples, &ats,
                                      &records, &poolSizes, &asks, &froms, &tos, &nameds})
        query->addBindValue(postgresTextArray(*column, NullText::Null));
    if (!query->exec()) {
        *error = query->lastError();
        return false;
    }
    m_sent.push_back({std::move(query), std::move(m_rows)});
    m_rows.clear();
    return true;
}

bool PersonFactBatch::read(Sent &sent, QList<SiteNote> *notes, QSqlError *error) {
    struct Found {
        QString station, table, tube, at;
    };
    const std::vector<Row> &rows = sent.rows;
    std::vector<std::optional<Found>> inTable(rows.size());
    std::vector<bool> undone(rows.size(), false);
    BatchStatement &query = *sent.query;
    while (query.next()) {
        const qlonglong n = query.value(0).toLongLong(); // ordinality: from 1
        if (n < 1 || n > qlonglong(rows.size()))
            continue;
        const size_t i = size_t(n - 1);
        if (!query.value(4).isNull())
            inTable[i] = Found{query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString()};
        undone[i] = query.value(5).toBool();
    }
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return false;
    }
    // Each question as its own statement would have answered it: the table's earliest, or
    // an earlier row of the run when its `at` is earlier (on a tie the table's, stored first).
    QHash<QString, std::vector<size_t>> byPerson;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        std::vector<size_t> &earlier = byPerson[row.personKey];
        if (row.ask) {
            std::optional<Found> best = inTable[i];
            for (size_t j : earlier) {
                const Row &other = rows[j];
                if (!undone[j] && mayName(other, row) && (!best || other.at < best->at))
                    best = Found{other.station, other.table, textOrNull(other.tube), other.at};
            }
            if (best && row.slot >= 0 && row.slot < notes->size())
                (*notes)[row.slot] = sampledElsewhereNote(row.recordUuid, row.tube, best->station,
                                                          best->table, best->tube, best->at);
        }
        earlier.push_back(i);
    }
    return true;
}

bool PersonFactBatch::collect(QList<SiteNote> *notes, QSqlError *error) {
    if (!send(error))
        return false;
    bool ok = true;
    for (Sent &sent : m_sent) {
        if (ok)
            ok = read(sent, notes, error);
        sent.query->finish();
        m_spare.push_back(std::move(sent.query));
    }
    m_sent.clear();
    return ok;
}

} // namespace station::server
