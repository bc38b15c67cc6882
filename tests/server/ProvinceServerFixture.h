// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the province-server integration tests share: one server process over real TLS on
// loopback (on a throwaway PostgreSQL cluster in a `_postgres` twin run: runsOnPostgres()), a
// client enrolled as kDevice, and a read-only look into the server's database.
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace station::test {

inline const QString kSite = QStringLiteral("GZ-TH-017");
inline const QString kDevice = QStringLiteral("gz-th-017-t01");
// The server's --max-body-bytes in these tests.
constexpr int kMaxBodyBytes = 1000000;
// The province's resident-code public key the server is given (--resident-code-public-key),
// as `resident-code --gen-keypair` writes PREFIX.pub; any 32 bytes do for announcing it.
inline const QByteArray kResidentCodeKeyHex =
    QByteArrayLiteral("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29");

// A test class derives from QObject and this, starts the server in initTestCase() and
// stops it in cleanupTestCase().
class ProvinceServerFixture {
protected:
    ProvinceServerFixture();
    ~ProvinceServerFixture();
    ProvinceServerFixture(const ProvinceServerFixture &) = delete;
    ProvinceServerFixture &operator=(const ProvinceServerFixture &) = delete;

    // The PostgreSQL variant starts its cluster here; false (a skip, not a failure) with
    // *error when there is none. Always true for SQLite.
    bool startDatabase(QString *error);
    // Starts the server and enrolls kDevice as m_client. False with *error on failure.
    bool startServer(QString *error);
    void stopServer();

    SyncTestRecord newRecord(qint64 seq,
                             const QString &at = QStringLiteral("2026-11-25T08:41:07.312Z"));
    HttpResult upload(const QList<SyncTestRecord> &records, const QString &station = kDevice);
    static QStringList statuses(const HttpResult &result);

    // A read-only look into the server's database, beside the running server.
    QSqlDatabase storage();
    // A connection named `name` that may write into the server's database, not yet opened.
    QSqlDatabase writableStorage(const QString &name);
    qint64 storedCount(const QString &where = QStringLiteral("1=1"));
    QString storedContent(const QString &uuid);
    // The device token of a fresh enrollment of `deviceId`, empty if refused.
    QString enroll(const QString &deviceId, const QString &site = kSite);
    // The device token of site hub `hubId` enrolled with a --role hub code, empty if refused.
    QString enrollHub(const QString &hubId, const QString &site = kSite);

    ServerProcess m_server;
    QHash<QString, QHash<QString, int>> m_tableNumbers; // site -> device -> table, enroll()
    // More serving options for the test's server (set before startServer()).
    QStringList m_moreServerArguments;
    std::unique_ptr<TestHttpsClient> m_client;
    QString m_token;
    // Only in a `_postgres` twin run.
    std::unique_ptr<PostgresCluster> m_postgres;
};

} // namespace station::test
