// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ResultsKey.h"

#include "server/Database.h"
#include "server/Logging.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace station::server {

namespace {

const QString kColumns = QStringLiteral(
    "uuid, lab, tube, outcome, ct_values, tested_at, received_at, received_by, content_hash, "
    "match_state, unmatched_reason, site, tube_uuid, matched_at");

// The old table while its rows are copied (dropped in the same transaction).
const QString kOldTable = QStringLiteral("results_by_uuid");

// The columns of the table's primary key in key order; empty when there is no table.
bool primaryKeyOf(QSqlQuery &query, bool postgres, QStringList *columns, QString *constraint) {
    columns->clear();
    if (postgres) {
        if (!query.exec(QStringLiteral(
                "SELECT a.attname, c.conname FROM pg_constraint c CROSS JOIN LATERAL "
                "unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a ON "
                "a.attrelid = c.conrelid AND a.attnum = k.attnum WHERE c.conrelid = "
                "to_regclass('results') AND c.contype = 'p' ORDER BY k.n")))
            return false;
        while (query.next()) {
            *columns << query.value(0).toString();
            *constraint = query.value(1).toString();
        }
        return true;
    }
    if (!query.exec(QStringLiteral("PRAGMA table_info(results)")))
        return false;
    QMap<int, QString> byPosition;
    while (query.next()) {
        if (query.value(5).toInt() > 0)
            byPosition.insert(query.value(5).toInt(), query.value(1).toString());
    }
    *columns = byPosition.values();
    return true;
}

bool isOldShape(const QStringList &key) {
    return key == QStringList{QStringLiteral("uuid")};
}

} // namespace

QStringList ResultsKey::tableStatements() {
    return {
        // Not derived: the labs' results and how each matched. uuid: a UUID v5 of (lab, tube,
        // tested_at), the natural key, for the answers and recalls; not indexed.
        QStringLiteral("CREATE TABLE IF NOT EXISTS results (uuid TEXT NOT NULL,"
                       "lab TEXT NOT NULL, tube TEXT NOT NULL, outcome TEXT NOT NULL,"
                       "ct_values TEXT NOT NULL, tested_at TEXT NOT NULL,"
                       "received_at TEXT NOT NULL, received_by TEXT NOT NULL,"
                       "content_hash TEXT NOT NULL, match_state TEXT NOT NULL,"
                       "unmatched_reason TEXT, site TEXT, tube_uuid TEXT, matched_at TEXT,"
                       "PRIMARY KEY (tested_at, lab, tube))"),
        // Only results still unmatched are looked up by their code (matched again when
        // the tube comes, listed for a person): a partial index holds just those. Before
        // it, (match_state, tube) over every result was kept up for every result a large
        // file stored (docs/benchmarks.md, "Results"); a database made before has it
        // dropped.
        QStringLiteral("CREATE INDEX IF NOT EXISTS results_waiting "
                       "ON results(tube) WHERE match_state = 'unmatched'"),
        QStringLiteral("DROP INDEX IF EXISTS results_unmatched"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS results_tube ON results(tube_uuid)"),
    };
}

bool ResultsKey::rekeyIfOld(Database &database, QString *error) {
    const bool postgres = database.isPostgres();
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    QStringList key;
    QString constraint;
    const auto failed = [&](const QString &message) {
        *error = tr("cannot change the results table to its time-ordered key (nothing was "
                    "changed; the server does not start until it can): %1")
                     .arg(message);
        return false;
    };
    if (!primaryKeyOf(query, postgres, &key, &constraint))
        return failed(query.lastError().text());
    if (!isOldShape(key))
        return true; // no table yet, or keyed by time already
    QElapsedTimer clock;
    clock.start();
    // SQLite: the write lock first, so that a process changing it meanwhile is seen below.
    const bool begun = postgres ? db.transaction() : query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun)
        return failed(postgres ? db.lastError().text() : query.lastError().text());
    const auto rollBack = [&](const QString &message) {
        if (postgres)
            db.rollback();
        else
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failed(message);
    };
    if (postgres && !query.exec(QStringLiteral("LOCK TABLE results IN ACCESS EXCLUSIVE MODE")))
        return rollBack(query.lastError().text());
    // Another server (or admin command) opening the same database may have changed it.
    if (!primaryKeyOf(query, postgres, &key, &constraint))
        return rollBack(query.lastError().text());
    if (!isOldShape(key)) {
        if (postgres ? !db.commit() : !query.exec(QStringLiteral("COMMIT")))
            return rollBack(postgres ? db.lastError().text() : query.lastError().text());
        return true;
    }
    QStringList statements{QStringLiteral("ALTER TABLE results RENAME TO %1").arg(kOldTable)};
    // The old indexes' names are the new table's: dropped with the old key (PostgreSQL names
    // the key's index after its constraint, results_pkey, which the new table takes).
    for (const char *index : {"results_waiting", "results_tube", "results_unmatched"})
        statements << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index));
    if (postgres)
        statements
            << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(kOldTable, constraint);
    statements << tableStatements();
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return rollBack(query.lastError().text());
    }
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(kOldTable)) || !query.next())
        return rollBack(query.lastError().text());
    const qint64 before = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(
            QStringLiteral("INSERT INTO results (%1) SELECT %1 FROM %2").arg(kColumns, kOldTable)))
        return rollBack(query.lastError().text());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM results")) || !query.next())
        return rollBack(query.lastError().text());
    const qint64 after = query.value(0).toLongLong();
    query.finish();
    if (after != before)
        return rollBack(tr("%1 results copied of %2").arg(after).arg(before));
    if (!query.exec(QStringLiteral("DROP TABLE %1").arg(kOldTable)))
        return rollBack(query.lastError().text());
    if (postgres ? !db.commit() : !query.exec(QStringLiteral("COMMIT")))
        return rollBack(postgres ? db.lastError().text() : query.lastError().text());
    qCInfo(lcServer).nospace() << "results table keyed by (tested_at, lab, tube): " << after
                               << " results copied in " << clock.elapsed() << " ms";
    return true;
}

} // namespace station::server
