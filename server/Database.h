// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace station::server {

class WalCheckpointer;

// The server's one database connection (SQLite or PostgreSQL) and its schema. The
// connection lives on the thread that opened it, as Qt SQL requires.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    explicit Database(DatabaseTarget target);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the connection and creates missing tables. False with a reason on failure.
    bool open(QString *error);
    QSqlDatabase connection() const;
    bool isPostgres() const { return m_target.kind == DatabaseTarget::Kind::Postgres; }
    // True when a trivial query succeeds.
    bool isHealthy() const;
    // Makes sure the connection works before a request uses it: a PostgreSQL connection
    // that the database dropped (restart, failover, network cut) is opened again, at most
    // once per kReconnectIntervalMs so that an unreachable database does not stall every
    // request. False (with *error) while the database stays unreachable.
    bool ensureConnected(QString *error);

    static constexpr qint64 kReconnectIntervalMs = 1000;

private:
    bool connect(QString *error);
    // SQLite: the WAL's checkpoints on a thread of their own (WalCheckpointer).
    void startCheckpointer(const QSqlDatabase &db);
    bool createSchema(QString *error);
    // The site hub's tables and columns (relay): created on a new database, added to an
    // existing one.
    bool createHubSchema(QString *error);
    // The site facts' members for boxes across tables (tube and box uuids, a fact's further
    // members as JSON): added to a database made before them.
    bool createBoxFactsSchema(QString *error);
    // results: the projection of tubes, their people, boxes and hand-overs
    // (server/TubeProjection) and the labs' results (server/Results).
    bool createResultsSchema(QString *error);
    // The recall list (server/Recalls) and, at a hub, its cursor in the province's facts.
    bool createRecallSchema(QString *error);
    // Stations' audit heads relayed by hubs (at the province) and relayed (at a hub).
    bool createRelayedAuditHeadsSchema(QString *error);
    // A person_sampled fact's tube pool size (a recall answered at another table).
    bool createPersonFactsPoolSizeSchema(QString *error);
    // The site staff list's origins and collisions (server/SiteStaff).
    bool createSiteStaffOriginSchema(QString *error);
    // An unmatched result a person has dealt with (admin resolve-result): who, when, why.
    bool createResultResolutionSchema(QString *error);
    // ALTER TABLE ... ADD COLUMN unless the column is there already (a database made by an
    // older server gets it; running it again changes nothing).
    bool addColumnIfMissing(const QString &table, const QString &column, const QString &definition,
                            QString *error);

    DatabaseTarget m_target;
    QString m_connectionName;
    QElapsedTimer m_sinceReconnectAttempt; // invalid until the first failed probe
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// What a null QString becomes in postgresTextArray.
enum class NullText { Empty, Null };

// A PostgreSQL array literal of texts ({"a","b"}, quoted and escaped): many values as one
// parameter (`= ANY (?::text[])`, `unnest(?::text[])`); a null QString is "" or NULL.
QString postgresTextArray(const QStringList &values, NullText nulls = NullText::Empty);

} // namespace station::server
