// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/Results.h"

namespace station::server {

class Database;

// The bulk path for a large result file on PostgreSQL (docs/sync-protocol.md, "Results"):
// a file of new results is matched in the client against the tubes of its codes (read in
// one statement) and copied (COPY ... FROM STDIN, on the server's own connection and
// transaction) straight into `results`; a file with results stored before goes through a
// staging table and one set-based statement. The same answers as Results::store
// (duplicates, conflicts, matching, the hook once per result matched positive or invalid),
// much faster for tens of thousands of results.
class BulkResults {
    Q_DECLARE_TR_FUNCTIONS(BulkResults)
public:
    BulkResults(Database &database, const Results &results);

    // Above this many results `admin import-results` takes the bulk path by itself.
    static constexpr int kAutomaticAbove = 5000;

    // False for SQLite: there is no bulk path there.
    bool isAvailable() const;
    ResultsBatch store(const QList<LabResultInput> &inputs, const QString &receivedBy);

private:
    Database &m_database;
    const Results &m_results;
};

} // namespace station::server
