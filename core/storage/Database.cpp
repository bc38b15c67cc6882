// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/Logging.h"
#include "core/storage/Migrations.h"
#include "core/storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

namespace station {

namespace {

bool exec(QSqlQuery &q, const QString &sql) {
    if (!q.exec(sql)) {
        qCWarning(lcStorage) << "statement failed:" << q.lastError().nativeErrorCode()
                             << q.lastError().databaseText();
        return false;
    }
    return true;
}

} // namespace

Database::~Database() {
    close();
}

int Database::currentSchemaVersion() {
    return static_cast<int>(schemaMigrations().size());
}

Status Database::open(const QString &path, const QString &connectionOptions) {
    close();
    m_path = path;
    const QFileInfo info(path);
    // The folder 0700 and the file 0600 before SQLite creates anything: its -wal and -shm
    // take the database file's mode.
    const bool readOnly = connectionOptions.contains(QLatin1String("QSQLITE_OPEN_READONLY"));
    if (!path.startsWith(QLatin1String("file:")) && !readOnly) {
        if (!makePrivateFolder(info.absolutePath()))
            return makeError(ErrorCode::StorageFailure,
                             tr("Cannot create the folder %1 for the station database.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!makePrivateDatabaseFile(path))
            return makeError(
                ErrorCode::StorageFailure,
                tr("Cannot create the station database %1.").arg(QDir::toNativeSeparators(path)));
    }

    m_connectionName = QStringLiteral("station-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!connectionOptions.isEmpty())
        db.setConnectOptions(connectionOptions);
    if (!db.open()) {
        const DomainError e = storageError(db.lastError(), tr("opening the station database"));
        close();
        return e;
    }

    QSqlQuery q(db);
    // Durability first: every acknowledged scan must survive a crash or power cut.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),  QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &p : pragmas) {
        if (!exec(q, p)) {
            const DomainError e = storageError(q.lastError(), tr("opening the station database"));
            close();
            return e;
        }
    }
    // A file that is not a database fails here rather than at the first scan.
    if (!exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const DomainError e = storageError(q.lastError(), tr("reading the station database"));
        close();
        return e;
    }
    Status migrated = migrate();
    if (!migrated.ok()) {
        close();
        return migrated;
    }
    qCInfo(lcStorage) << "database open, schema version" << schemaVersion();
    return success();
}

Status Database::openReadOnly(const QString &path) {
    close();
    m_path = path;
    if (!QFileInfo::exists(path))
        return makeError(
            ErrorCode::StorageFailure,
            tr("There is no station database at %1.").arg(QDir::toNativeSeparators(path)));
    m_connectionName = QStringLiteral("station-ro-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        const DomainError e = storageError(db.lastError(), tr("opening the station database"));
        close();
        return e;
    }
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA busy_timeout = 5000")) ||
        !exec(q, QStringLiteral("PRAGMA query_only = ON")) ||
        !exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const DomainError e = storageError(q.lastError(), tr("reading the station database"));
        close();
        return e;
    }
    qCInfo(lcStorage) << "database open read-only, schema version" << schemaVersion();
    return success();
}

namespace {
// The connection's driver carries the signer for appendAudit, which sees only the
// QSqlDatabase; the Database that owns both clears it before the connection goes.
constexpr char kAuditSignerProperty[] = "station_audit_signer";
} // namespace

void Database::setAuditSigner(std::shared_ptr<const PersonalDataCodec> signer) {
    m_auditSigner = std::move(signer);
    QSqlDatabase db = connection();
    if (db.driver())
        db.driver()->setProperty(
            kAuditSignerProperty,
            QVariant::fromValue(reinterpret_cast<quintptr>(m_auditSigner.get())));
}

const PersonalDataCodec *Database::auditSigner(const QSqlDatabase &connection) {
    if (!connection.driver())
        return nullptr;
    return reinterpret_cast<const PersonalDataCodec *>(
        connection.driver()->property(kAuditSignerProperty).value<quintptr>());
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driver())
            db.driver()->setProperty(kAuditSignerProperty, QVariant());
        if (db.isOpen())
            db.close();
    }
    m_auditSigner.reset();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const {
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) ||
        !q.next())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Database::migrate() {
    QSqlDatabase db = connection();
    const int target = currentSchemaVersion();
    const int from = schemaVersion();
    if (from > target)
        return makeError(ErrorCode::DatabaseNewerThanApp,
                         tr("This station database was written by a newer version of Sampling "
                            "Station (schema %1; this version reads up to %2). Install the newer "
                            "version; nothing was changed.")
                             .arg(from)
                             .arg(target));
    if (from == target)
        return success();

    // All pending steps in one transaction: a failed upgrade leaves the old schema intact.
    Transaction tx(db);
    if (!tx.begun())
        return storageError(tx.beginError(), tr("upgrading the station database"));
    QSqlQuery q(db);
    if (from == 0 &&
        !exec(q, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")))
        return storageError(q.lastError(), tr("upgrading the station database"));
    if (from == 0 && !exec(q, QStringLiteral("INSERT INTO schema_version VALUES (0)")))
        return storageError(q.lastError(), tr("upgrading the station database"));
    const auto &steps = schemaMigrations();
    for (int v = from; v < target; ++v) {
        for (const QString &statement : steps.at(v)) {
            if (!exec(q, statement))
                return storageError(q.lastError(), tr("upgrading the station database"));
        }
        q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        q.addBindValue(v + 1);
        if (!q.exec())
            return storageError(q.lastError(), tr("upgrading the station database"));
        qCInfo(lcStorage) << "migrated schema to version" << v + 1;
    }
    const QSqlError err = tx.commit();
    if (err.isValid())
        return storageError(err, tr("upgrading the station database"));
    return success();
}

DomainError Database::storageError(const QSqlError &error, const QString &what) {
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    qCWarning(lcStorage) << "storage error while" << what << "code" << native
                         << error.databaseText();
    // SQLite primary result codes: 5 busy, 6 locked, 11 corrupt, 13 full, 26 not a db,
    // 10 I/O error, 14 cannot open.
    const int code = native.toInt() & 0xff;
    if (code == 13 || text.contains(QLatin1String("database or disk is full")))
        return makeError(ErrorCode::DiskFull,
                         tr("The disk is full: %1 failed and nothing was saved. Free some space; "
                            "everything recorded before is safe.")
                             .arg(what));
    if (code == 5 || code == 6)
        return makeError(ErrorCode::DatabaseLocked,
                         tr("The station database is busy (another program is using it): %1 "
                            "failed. Try again.")
                             .arg(what));
    if (code == 11 || code == 26)
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("The station database is damaged or is not a station database: %1 "
                            "failed. Call IT support; do not delete the file.")
                             .arg(what));
    if (code == 14)
        return makeError(ErrorCode::StorageFailure,
                         tr("The station database cannot be opened: %1 failed. Check that the "
                            "folder exists and is writable.")
                             .arg(what));
    return makeError(
        ErrorCode::StorageFailure,
        tr("Saving to the station database failed: %1. Nothing was changed.").arg(what));
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db) {
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock now, so a busy database fails here, not mid-way.
    m_begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_begun)
        m_beginError = q.lastError();
}

Transaction::~Transaction() {
    if (m_begun && !m_done) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

QSqlError Transaction::commit() {
    QSqlQuery q(m_db);
    m_done = true;
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError err = q.lastError();
        QSqlQuery r(m_db);
        r.exec(QStringLiteral("ROLLBACK"));
        return err;
    }
    return {};
}

} // namespace station
