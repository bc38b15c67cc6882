// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPreload.h"

#include "BenchStations.h"

#include <QElapsedTimer>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace station::bench {

namespace {

// The tables a province's results path reads and writes, and the ones made beside them.
const QStringList kTables{QStringLiteral("tubes"), QStringLiteral("tube_people"),
                          QStringLiteral("results"), QStringLiteral("tube_codes")};

struct IndexDefinition {
    QString table;
    QString name;
    QString definition; // CREATE [UNIQUE] INDEX ...
    QString constraint; // the primary key's constraint, or empty
};

bool exec(QSqlQuery &query, const QString &statement, QTextStream &out) {
    if (query.exec(statement))
        return true;
    out << "preload failed: " << query.lastError().text() << "\n  in: " << statement.left(300)
        << Qt::endl;
    return false;
}

} // namespace

bool preloadProvince(QSqlDatabase &db, qint64 tubes, int peoplePerTube,
                     const QStringList &statements, QTextStream &out) {
    QElapsedTimer clock;
    clock.start();
    QSqlQuery query(db);
    // Helpers: a time-ordered uuid (version 7 layout: 48 bits of Unix milliseconds first) with
    // the rest from a hash, and the servers' ISO 8601 text of a time in milliseconds.
    const QStringList helpers{
        QStringLiteral("SET maintenance_work_mem = '1GB'"),
        QStringLiteral("CREATE FUNCTION pg_temp.v7(ms bigint, r text) RETURNS text LANGUAGE sql "
                       "IMMUTABLE AS $$ SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' "
                       "|| substr(r, 1, 3) || '-8' || substr(r, 4, 3) || '-' || substr(r, 7, 12) "
                       "FROM (SELECT lpad(to_hex(ms), 12, '0') AS h) x $$"),
        QStringLiteral("CREATE FUNCTION pg_temp.iso(ms bigint) RETURNS text LANGUAGE sql "
                       "IMMUTABLE AS $$ SELECT to_char(to_timestamp(ms / 1000.0) AT TIME ZONE "
                       "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$")};
    for (const QString &statement : helpers)
        if (!exec(query, statement, out))
            return false;

    QList<IndexDefinition> indexes;
    if (!exec(query,
              QStringLiteral("SELECT c.relname, i.relname, pg_get_indexdef(i.oid), "
                             "coalesce(con.conname, '') FROM pg_index x JOIN pg_class i ON "
                             "i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid LEFT "
                             "JOIN pg_constraint con ON con.conindid = i.oid WHERE c.relname = "
                             "ANY ('{%1}') AND c.relnamespace = 'public'::regnamespace")
                  .arg(kTables.join(QLatin1Char(','))),
              out))
        return false;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});

    if (!db.transaction()) {
        out << "preload failed: " << db.lastError().text() << Qt::endl;
        return false;
    }
    // Truncated in this transaction: with wal_level=minimal their rows and new indexes are
    // written without WAL and synced at the commit.
    QStringList work{QStringLiteral("TRUNCATE ") + kTables.join(QStringLiteral(", "))};
    for (const IndexDefinition &index : std::as_const(indexes))
        work << (index.constraint.isEmpty() ? QStringLiteral("DROP INDEX %1").arg(index.name)
                                            : QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                                                  .arg(index.table, index.constraint));
    // The earlier days: 30 days before the bench's own tubes (2026-11-25), a tube every
    // 30 days / N, at 200 sites; a result the next day.
    const QString site = kBenchSite;
    const QString days =
        QStringLiteral(
            "(SELECT g, 1761436800000 + g * (2592000000 / %1) AS ms, md5('t' || g) AS r FROM "
            "generate_series(0, %2) g)")
            .arg(tubes)
            .arg(tubes - 1);
    work << QStringLiteral(
                "INSERT INTO tubes (tube_uuid, site, tube, station, state, pool_size, people, "
                "opened_at, sealed_at, box_uuid, handed_over_at) SELECT pg_temp.v7(ms, r), "
                "'GZ-OLD-' || (g % 200), 'PA' || lpad(g::text, 9, '0'), 'old-t' || (g % 20), "
                "'sealed', %1, %1, pg_temp.iso(ms), pg_temp.iso(ms + 600000), 'oldbox-' || g / 50, "
                "pg_temp.iso(ms + 3600000) FROM %2 d")
                .arg(peoplePerTube)
                .arg(days)
         << QStringLiteral(
                "INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, station, "
                "person_key, id_type, id_number_hash, state, taken_at) SELECT pg_temp.v7(ms + p, "
                "md5(r || p)), pg_temp.v7(ms, r), 'GZ-OLD-' || (g % 200), 'PA' || lpad(g::text, "
                "9, '0'), 'old-t' || (g % 20), md5(r || 'k' || p) || md5(p || 'k' || r), "
                "'resident_id', md5(r || 'h' || p) || md5(p || 'h' || r), 'active', "
                "pg_temp.iso(ms + p * 1000) FROM %1 d, generate_series(1, %2) p")
                .arg(days)
                .arg(peoplePerTube)
         << QStringLiteral(
                "INSERT INTO results (uuid, lab, tube, outcome, ct_values, tested_at, "
                "received_at, received_by, content_hash, match_state, unmatched_reason, site, "
                "tube_uuid, matched_at) SELECT md5('r' || g)::uuid::text, 'KingMed-GZ', CASE "
                "WHEN unknown THEN 'PX' ELSE 'PA' END || lpad(g::text, 9, '0'), 'negative', "
                "'{}', pg_temp.iso(ms + 86400000), pg_temp.iso(ms + 90000000), 'preload', "
                "md5('c' || g) || md5(g || 'c'), CASE WHEN unknown THEN 'unmatched' ELSE "
                "'matched' END, CASE WHEN unknown THEN 'unknown_tube' END, CASE WHEN NOT unknown "
                "THEN 'GZ-OLD-' || (g % 200) END, CASE WHEN NOT unknown THEN pg_temp.v7(ms, r) "
                "END, CASE WHEN NOT unknown THEN pg_temp.iso(ms + 90000000) END FROM (SELECT *, "
                "g % 100 = 99 AS unknown FROM %1 d0) d")
                .arg(days);
    work << statements;
    for (const IndexDefinition &index : std::as_const(indexes)) {
        work << index.definition;
        if (!index.constraint.isEmpty())
            work << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 PRIMARY KEY USING INDEX %3")
                        .arg(index.table, index.constraint, index.name);
    }
    for (const QString &statement : std::as_const(work)) {
        QElapsedTimer step;
        step.start();
        if (!exec(query, statement, out)) {
            db.rollback();
            return false;
        }
        if (step.elapsed() > 5000)
            out << "  preload: " << step.elapsed() / 1000 << " s: " << statement.left(60)
                << Qt::endl;
    }
    if (!db.commit()) {
        out << "preload failed: " << db.lastError().text() << Qt::endl;
        return false;
    }
    for (const QString &table : kTables)
        if (!exec(query, QStringLiteral("VACUUM (ANALYZE) ") + table, out))
            return false;
    out << "preloaded " << tubes << " tubes of " << peoplePerTube << " people and " << tubes
        << " results in " << clock.elapsed() / 1000 << " s" << Qt::endl;
    return true;
}

} // namespace station::bench
