// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The `results` table keyed by its natural key in time order, (tested_at, lab, tube), and
// the change of a table made before (keyed by the result uuid) to it.
//
// The result uuid is a UUID v5 of (lab, tube, tested_at): as random as a hash. As the
// primary key, a large file's inserts touched nearly every leaf of an index that no longer
// fit in memory, and after every checkpoint each leaf went whole into the WAL (about 140 MB
// of WAL for 50,000 results at 2 million stored: docs/benchmarks.md, "Results", sessions 34
// and 35). Results arrive roughly in the order they were tested, so the time-ordered key
// inserts at its right edge. The uuid stays as a plain column (the answers and recalls name
// a result by it); nothing looks a result up by it.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace station::server {

class Database;

class ResultsKey {
    Q_DECLARE_TR_FUNCTIONS(ResultsKey)
public:
    // CREATE ... IF NOT EXISTS of the table and its indexes, in the order to run them.
    static QStringList tableStatements();
    // A table made before, keyed by uuid, rebuilt with the time-ordered key and every row
    // copied, in one transaction; nothing done when there is no such table. False with
    // *error when it could not be done (the table is then as it was).
    static bool rekeyIfOld(Database &database, QString *error);
};

} // namespace station::server
