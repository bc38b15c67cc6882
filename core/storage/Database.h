// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace station {

class PersonalDataCodec;

// One SQLite connection, opened with the station's durability settings (WAL,
// synchronous=FULL, secure_delete, foreign keys) and migrated to the current schema.
// One Database per thread: a connection is never shared across threads.
class Database {
    Q_DECLARE_TR_FUNCTIONS(station::Database)

public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the database file and applies pending migrations.
    // `connectionOptions` are passed to QSqlDatabase (e.g. "QSQLITE_OPEN_URI").
    Status open(const QString &path, const QString &connectionOptions = {});
    // Opens an existing database file read-only, as it is: no migration, no pragma that
    // writes. What `check` uses, so that checking never changes the evidence.
    Status openReadOnly(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int currentSchemaVersion();

    // The unlocked personal-data codec whose audit key signs every audit row written on
    // this connection (appendAudit finds it through the connection). Without one, rows are
    // written unsigned: only a station that has no data key may do that (IntegrityCheck).
    void setAuditSigner(std::shared_ptr<const PersonalDataCodec> signer);
    // The signer set on `connection`, or null.
    static const PersonalDataCodec *auditSigner(const QSqlDatabase &connection);

    // Maps a SQLite failure to a typed, user-facing error (disk full, locked, corrupt,
    // constraint). `what` names the action for the message ("saving the sample").
    static DomainError storageError(const QSqlError &error, const QString &what);

private:
    Status migrate();

    QString m_connectionName;
    QString m_path;
    std::shared_ptr<const PersonalDataCodec> m_auditSigner;
};

// Scope guard: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_begun; }
    QSqlError beginError() const { return m_beginError; }
    // Commits; on failure rolls back and returns the error.
    QSqlError commit();

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
    QSqlError m_beginError;
};

// Runs `work()` between BEGIN IMMEDIATE and COMMIT and returns its Result. A refusal or a
// failure that `work` returns rolls everything back; failing to begin or to commit becomes
// the storage error for `what` (disk full, busy, damaged), so no caller maps those itself.
template <typename Work>
auto inTransaction(const QSqlDatabase &db, const QString &what, Work &&work) -> decltype(work()) {
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    auto result = work();
    if (!result.ok())
        return result;
    if (const QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, what);
    return result;
}

} // namespace station
