// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

namespace station::bench {

// A province that already holds a campaign's earlier days (docs/benchmarks.md, "Results",
// session 34): `tubes` handed-over tubes of `peoplePerTube` people each and one lab result per
// tube (1 in 100 on a code no tube has, left unmatched as unknown_tube), made by set-based SQL
// in the shapes the server makes them: results keyed by a random uuid (as the UUID v5 of lab,
// tube and tested time is), tubes and samples by time-ordered ones (the stations' version 7
// record uuids), all older than the bench's own tubes. The tables' indexes are dropped first and
// built again after (CREATE INDEX sorts; growing them row by row would take hours), then the
// tables are vacuumed and analysed, as a province's autovacuum would have done long before.
// `statements` runs inside the same window (the bench's own seed). Meant for a cluster started
// with wal_level=minimal: the tables are truncated in the same transaction, so PostgreSQL
// writes them without WAL.
bool preloadProvince(QSqlDatabase &db, qint64 tubes, int peoplePerTube,
                     const QStringList &statements, QTextStream &out);

} // namespace station::bench
