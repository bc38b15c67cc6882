// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace station::server {

// A statement prepared once for an ingest batch and run for each of its records, with the
// calls of QSqlQuery that the ingest uses. On SQLite it speaks to SQLite itself on Qt's
// connection (same transaction): QSqlQuery costs about 2,000 instructions per bound value
// (Qt names every position with QString::arg and keeps it in a hash) and about 5,000 per
// exec, more than SQLite's own work for most of the ingest's statements
// (docs/benchmarks.md, "Ingest cost of person facts", session 27). On PostgreSQL it is a
// QSqlQuery. Values bind as QSqlQuery binds them: a null QString or a null QVariant is NULL.
// Must not outlive the batch's transaction (nor the connection).
class BatchStatement {
public:
    explicit BatchStatement(const QSqlDatabase &db);
    ~BatchStatement();
    BatchStatement(const BatchStatement &) = delete;
    BatchStatement &operator=(const BatchStatement &) = delete;

    bool prepare(const QString &sql);
    void addBindValue(const QString &value);
    void addBindValue(const QVariant &value);
    // Runs the statement with the values bound since the last exec (all of its parameters).
    bool exec();
    // The next row of the result (the first after exec).
    bool next();
    // Column `index` of the current row: a QString for text (null for NULL), a qlonglong for
    // an integer, as QSqlQuery gives them.
    QVariant value(int index) const;
    // Rows the last INSERT, UPDATE or DELETE changed.
    int numRowsAffected() const;
    // Done with the current result: the statement holds no read any more.
    void finish();
    QSqlError lastError() const;

private:
    bool fail();
    void bindNext(const QVariant &value);

    std::optional<QSqlQuery> m_query; // PostgreSQL (any driver but SQLite)
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_parameters = 0;
    // The UTF-8 of the bound texts: SQLite reads them at the step, not at the bind.
    std::vector<QByteArray> m_texts;
    int m_bound = 0;
    bool m_pendingRow = false; // exec stepped onto the first row; next() gives it
    bool m_onRow = false;
    int m_changes = 0;
    QSqlError m_error;
};

} // namespace station::server
