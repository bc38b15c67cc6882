// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace station::test {

ProvinceServerFixture::ProvinceServerFixture() = default;
ProvinceServerFixture::~ProvinceServerFixture() = default;

bool ProvinceServerFixture::startDatabase(QString *error) {
    if (!runsOnPostgres())
        return true;
    m_postgres = std::make_unique<PostgresCluster>();
    if (!m_postgres->start(error)) {
        *error = QStringLiteral("no PostgreSQL to test against: ") + *error;
        return false;
    }
    m_server.setDatabaseUrl(m_postgres->databaseUrl());
    return true;
}

bool ProvinceServerFixture::startServer(QString *error) {
    if (!m_server.prepare(error))
        return false;
    const QString keyPath = m_server.temporaryPath() + QStringLiteral("/province.pub");
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(kResidentCodeKeyHex + '\n') <= 0) {
        *error = QStringLiteral("cannot write ") + keyPath;
        return false;
    }
    keyFile.close();
    m_server.setExtraArguments(QStringList{QStringLiteral("--max-body-bytes"),
                                           QString::number(kMaxBodyBytes),
                                           QStringLiteral("--resident-code-public-key"), keyPath} +
                               m_moreServerArguments);
    if (!m_server.start(error))
        return false;
    m_client = std::make_unique<TestHttpsClient>(m_server.certificate());
    m_client->setBaseUrl(m_server.baseUrl());
    m_token = enroll(kDevice);
    if (m_token.isEmpty()) {
        *error = m_server.serverLog();
        return false;
    }
    m_client->setBearerToken(m_token);
    return true;
}

void ProvinceServerFixture::stopServer() {
    m_client.reset();
    QSqlDatabase::database(QStringLiteral("inspect"), false).close();
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    m_server.kill();
}

SyncTestRecord ProvinceServerFixture::newRecord(qint64 seq, const QString &at) {
    SyncTestRecord record;
    record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.seq = seq;
    record.site = kSite;
    record.station = kDevice;
    record.at = at;
    record.extra.insert(QStringLiteral("tube"),
                        QStringLiteral("GZ%1").arg(seq, 8, 10, QLatin1Char('0')));
    return record;
}

HttpResult ProvinceServerFixture::upload(const QList<SyncTestRecord> &records,
                                         const QString &station) {
    QList<QJsonObject> list;
    for (const SyncTestRecord &record : records)
        list.append(record.toJson());
    return m_client->post(QStringLiteral("/v1/records"), syncBatch(station, list));
}

QStringList ProvinceServerFixture::statuses(const HttpResult &result) {
    QStringList list;
    for (const QJsonValue &value : result.json().value(QStringLiteral("results")).toArray())
        list << value.toObject().value(QStringLiteral("status")).toString();
    return list;
}

QSqlDatabase ProvinceServerFixture::storage() {
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("inspect"), false);
    if (db.isValid() && db.isOpen())
        return db;
    if (m_postgres) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("inspect"));
        m_postgres->configure(db);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_server.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        qWarning("cannot inspect the server database: %s", qPrintable(db.lastError().text()));
    return db;
}

QSqlDatabase ProvinceServerFixture::writableStorage(const QString &name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (m_postgres) {
        m_postgres->configure(db);
    } else {
        db.setDatabaseName(m_server.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    return db;
}

qint64 ProvinceServerFixture::storedCount(const QString &where) {
    QSqlQuery query(storage());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString ProvinceServerFixture::storedContent(const QString &uuid) {
    QSqlQuery query(storage());
    query.prepare(QStringLiteral("SELECT content FROM records WHERE uuid = ?"));
    query.addBindValue(uuid);
    if (!query.exec() || !query.next())
        return QString();
    return query.value(0).toString();
}

QString ProvinceServerFixture::enroll(const QString &deviceId, const QString &site) {
    // A table number of its own for each station of a site (the server refuses a second
    // "Table 1"), the same again for a device enrolled anew; the first is Table 1.
    QHash<QString, int> &tables = m_tableNumbers[site];
    const int table = tables.value(deviceId, int(tables.size()) + 1);
    tables.insert(deviceId, table);
    TestHttpsClient client(m_server.certificate());
    client.setBaseUrl(m_server.baseUrl());
    const HttpResult result =
        client.post(QStringLiteral("/v1/enroll"),
                    QJsonObject{{QStringLiteral("site"), site},
                                {QStringLiteral("enrollment_code"), m_server.enrollmentCode(site)},
                                {QStringLiteral("device_id"), deviceId},
                                {QStringLiteral("table"), QStringLiteral("Table %1").arg(table)}});
    return result.json().value(QStringLiteral("device_token")).toString();
}

QString ProvinceServerFixture::enrollHub(const QString &hubId, const QString &site) {
    int exitCode = -1;
    const QString code = m_server
                             .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"),
                                        site, QStringLiteral("--role"), QStringLiteral("hub")},
                                       &exitCode)
                             .trimmed();
    if (exitCode != 0)
        return {};
    TestHttpsClient client(m_server.certificate());
    client.setBaseUrl(m_server.baseUrl());
    const HttpResult result =
        client.post(QStringLiteral("/v1/enroll"),
                    QJsonObject{{QStringLiteral("site"), site},
                                {QStringLiteral("enrollment_code"), code},
                                {QStringLiteral("device_id"), hubId},
                                {QStringLiteral("table"), QStringLiteral("site hub")}});
    return result.status == 200 ? result.json().value(QStringLiteral("device_token")).toString()
                                : QString();
}

} // namespace station::test
