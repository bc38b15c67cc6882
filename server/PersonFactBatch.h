// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/BatchStatement.h"
#include "server/SiteFacts.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <vector>

namespace station::server {

// PostgreSQL: the person facts (person_sampled) of an ingest batch inserted with one
// statement for a run of them, each record's "sampled elsewhere" question asked in that same
// statement for the run's people at once, where each record had a statement of its own
// (docs/benchmarks.md, "Site hub relay", session 33a). A record's question answers as its own
// statement did: it sees every fact stored before the record, the earlier records' of the
// batch included. The statement answers from the table as it was before the run (a per-record
// statement saw the earlier runs' rows, and the run's rows sent before it); the run's earlier
// rows are compared here, in the client, with the same rules (another station, the record's
// day, not undone, the earliest `at`). The caller sends the run (send()) before any other
// statement reads or writes site_facts, so that a run holds person facts only and every
// fact keeps its number (seq) in the records' order.
class PersonFactBatch {
public:
    // One person_sampled fact; its columns as the per-record insert bound them.
    struct Row {
        QString site, station, table, personKey, tube, sampleUuid, at, recordUuid;
        int poolSize = 0;    // 0: NULL
        bool ask = false;    // not a confirmed re-test: the question is asked for it
        QString from, to;    // the question's window, the day of `at` (ISO text, as the SQL)
        qsizetype slot = -1; // its note's place in the batch's notes
    };

    explicit PersonFactBatch(const QSqlDatabase &db);

    // A fact to insert in the run; when it asks, its note's place is kept in *notes (an
    // empty note until collect()).
    void add(Row row, QList<SiteNote> *notes);
    qsizetype waiting() const { return qsizetype(m_rows.size()); }
    // Sends the run as one statement (in the ingest's pipeline: its answer is read by
    // collect()). False with *error when it cannot be sent.
    bool send(QSqlError *error);
    // Sends the run left and reads every answer: each note into its place in *notes (the
    // places of records with no note stay empty). False with *error when a statement failed.
    bool collect(QList<SiteNote> *notes, QSqlError *error);

private:
    struct Sent {
        std::unique_ptr<BatchStatement> query;
        std::vector<Row> rows;
    };
    bool read(Sent &sent, QList<SiteNote> *notes, QSqlError *error);

    QSqlDatabase m_db;
    std::vector<Row> m_rows; // the run not sent yet
    std::vector<Sent> m_sent;
    std::vector<std::unique_ptr<BatchStatement>> m_spare; // read, for the next run
};

} // namespace station::server
