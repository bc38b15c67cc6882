// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace station::test {

// Whether this run is a `_postgres` twin: ctest runs the same server test executable twice,
// the twin with STATION_TEST_DATABASE=postgres, against a throwaway cluster (one build
// instead of two).
bool runsOnPostgres();

// A throwaway PostgreSQL cluster in a temporary directory, listening on a free loopback
// port with trust authentication, for the PostgreSQL variant of the server tests. When
// the tests run as root it runs the server as the `postgres` user (initdb refuses root).
class PostgresCluster {
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Creates and starts the cluster and a database "province". False (with *error) when
    // PostgreSQL or the QPSQL driver is not installed or the cluster does not start.
    bool start(QString *error);
    // Stops the running cluster as an administrator's restart would (fast shutdown: open
    // connections are dropped), and starts it again on the same port and data.
    bool stop(QString *error);
    bool startAgain(QString *error);
    QString databaseUrl() const; // postgres://USER@127.0.0.1:PORT/province
    // Server settings ("name=value") given after the tests' own, before start(): the tests
    // run with fsync=off (speed, nothing to lose); a benchmark compared with SQLite at
    // synchronous=FULL gives "fsync=on", and may give shared_buffers and the like.
    void setSettings(const QStringList &settings) { m_settings = settings; }
    void configure(QSqlDatabase &db) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool startServer(QString *error);

    QTemporaryDir m_directory;
    QString m_binDir;
    QString m_user;
    bool m_asPostgresUser = false;
    quint16 m_port = 0;
    bool m_started = false;
    QStringList m_settings;
};

} // namespace station::test
