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
struct pg_conn;
struct pg_result;

namespace station::server {

class PgSession;

// A statement prepared once for an ingest batch and run for each of its records, with the
// calls of QSqlQuery that the ingest uses. On SQLite it speaks to SQLite itself on Qt's
// connection (same transaction): QSqlQuery costs about 2,000 instructions per bound value
// (Qt names every position with QString::arg and keeps it in a hash) and about 5,000 per
// exec, more than SQLite's own work for most of the ingest's statements
// (docs/benchmarks.md, "Ingest cost of person facts", session 27). On PostgreSQL it speaks
// libpq on Qt's connection (same transaction): the statement is prepared once per
// connection (PQprepare) and run with its values as text (PQexecPrepared), where Qt's driver
// sent an `EXECUTE` text per run and prepared and deallocated per batch (session 32). Values
// bind as QSqlQuery binds them: a null QString or a null QVariant is NULL; values read back
// have the types Qt's drivers give.
// Must not outlive the batch's transaction (nor the connection).
class BatchStatement {
public:
    // PostgreSQL: while one lives for a connection (inside a transaction), exec() sends the
    // statement (libpq's pipeline mode) and its answer is read only when asked for (next(),
    // value(), numRowsAffected()), together with those of the statements sent before it; so
    // a statement whose answer nobody reads costs no round trip of its own. A failed
    // statement fails every later exec() of the connection until settle(). Qt's driver cannot
    // use the connection meanwhile: settle() before it does (a QSqlQuery run, finished or
    // destroyed, the commit).
    // Nothing on SQLite.
    class Pipeline {
    public:
        explicit Pipeline(const QSqlDatabase &db);
        ~Pipeline(); // settles
        Pipeline(const Pipeline &) = delete;
        Pipeline &operator=(const Pipeline &) = delete;

    private:
        QSqlDatabase m_db;
    };
    // PostgreSQL: waits for the answers of every statement sent on the connection and leaves
    // the pipeline mode, so that Qt's driver may use the connection again. The first error
    // of those statements (and forgets it); no error on SQLite or when nothing was pending.
    static QSqlError settle(const QSqlDatabase &db);

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

    friend class PgSession;
    bool execPostgres();
    static QByteArray postgresText(const QVariant &value);
    // UTF-8 into *buffer, reusing its allocation.
    static void toUtf8(const QString &value, QByteArray *buffer);
    // PostgreSQL: the answer of the last exec() is here (read it if it is still on its way).
    bool awaitAnswer() const;

    std::optional<QSqlQuery> m_query; // another driver than SQLite's and PostgreSQL's
    // PostgreSQL
    PgSession *m_session = nullptr;
    QByteArray m_sql; // with $n placeholders
    std::vector<bool> m_nulls;
    mutable pg_result *m_result = nullptr;
    mutable quint64 m_awaiting = 0; // the ticket of the answer still on its way
    int m_row = -1;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_parameters = 0;
    // The UTF-8 of the bound texts: SQLite reads them at the step, not at the bind; libpq
    // takes them at exec().
    std::vector<QByteArray> m_texts;
    int m_bound = 0;
    bool m_pendingRow = false; // exec stepped onto the first row; next() gives it
    bool m_onRow = false;
    int m_changes = 0;
    mutable QSqlError m_error;
};

} // namespace station::server
