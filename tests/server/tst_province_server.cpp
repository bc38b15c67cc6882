// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: the protocol's promises
// (docs/sync-protocol.md) checked from the outside.
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"
#ifdef STATION_TEST_POSTGRES
#include "tests/support/PostgresCluster.h"
#endif

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace station::test;

namespace {
const QString kSite = QStringLiteral("GZ-TH-017");
const QString kDevice = QStringLiteral("gz-th-017-t01");
constexpr int kMaxBodyBytes = 1000000;
} // namespace

class tst_ProvinceServer : public QObject {
    Q_OBJECT

private:
    SyncTestRecord newRecord(qint64 seq,
                             const QString &at = QStringLiteral("2026-11-25T08:41:07.312Z")) {
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

    HttpResult upload(const QList<SyncTestRecord> &records, const QString &station = kDevice) {
        QList<QJsonObject> list;
        for (const SyncTestRecord &record : records)
            list.append(record.toJson());
        return m_client->post(QStringLiteral("/v1/records"), syncBatch(station, list));
    }

    static QStringList statuses(const HttpResult &result) {
        QStringList list;
        for (const QJsonValue &value : result.json().value(QStringLiteral("results")).toArray())
            list << value.toObject().value(QStringLiteral("status")).toString();
        return list;
    }

    // A read-only look into the server's database, beside the running server.
    QSqlDatabase storage() {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("inspect"), false);
        if (db.isValid() && db.isOpen())
            return db;
#ifdef STATION_TEST_POSTGRES
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("inspect"));
        m_postgres->configure(db);
#else
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_server.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
#endif
        if (!db.open())
            qWarning("cannot inspect the server database: %s", qPrintable(db.lastError().text()));
        return db;
    }

    qint64 storedCount(const QString &where = QStringLiteral("1=1")) {
        QSqlQuery query(storage());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + where) ||
            !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString storedContent(const QString &uuid) {
        QSqlQuery query(storage());
        query.prepare(QStringLiteral("SELECT content FROM records WHERE uuid = ?"));
        query.addBindValue(uuid);
        if (!query.exec() || !query.next())
            return QString();
        return query.value(0).toString();
    }

    QString enroll(const QString &deviceId, const QString &site = kSite) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const HttpResult result = client.post(
            QStringLiteral("/v1/enroll"),
            QJsonObject{{QStringLiteral("site"), site},
                        {QStringLiteral("enrollment_code"), m_server.enrollmentCode(site)},
                        {QStringLiteral("device_id"), deviceId},
                        {QStringLiteral("table"), QStringLiteral("Table 1")}});
        return result.json().value(QStringLiteral("device_token")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
#ifdef STATION_TEST_POSTGRES
        m_postgres = std::make_unique<PostgresCluster>();
        if (!m_postgres->start(&error))
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL to test against: ") + error));
        m_server.setDatabaseUrl(m_postgres->databaseUrl());
#endif
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        m_server.setExtraArguments(
            {QStringLiteral("--max-body-bytes"), QString::number(kMaxBodyBytes)});
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestHttpsClient>(m_server.certificate());
        m_client->setBaseUrl(m_server.baseUrl());
        m_token = enroll(kDevice);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.serverLog()));
        m_client->setBearerToken(m_token);
    }

    void cleanupTestCase() {
        m_client.reset();
        QSqlDatabase::database(QStringLiteral("inspect"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        m_server.kill();
    }

    void healthAnswersWithoutToken() {
        TestHttpsClient anonymous(m_server.certificate());
        anonymous.setBaseUrl(m_server.baseUrl());
        const HttpResult result = anonymous.get(QStringLiteral("/v1/health"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    }

    void untrustedCertificateIsRefused() {
        // A client that does not trust the test CA must fail the handshake.
        TestHttpsClient stranger{QSslCertificate()};
        stranger.setBaseUrl(m_server.baseUrl());
        const HttpResult result = stranger.get(QStringLiteral("/v1/health"));
        QCOMPARE(result.status, 0);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
    }

    void enrollmentRefusals_data() {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("codeSite"); // site the code was made for; empty: bogus code
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<int>("status");
        QTest::newRow("bogus code") << kSite << QString() << QStringLiteral("dev-x") << 403;
        QTest::newRow("other site's code")
            << kSite << QStringLiteral("SZ-NS-002") << QStringLiteral("dev-y") << 403;
        QTest::newRow("bad device id") << kSite << kSite << QStringLiteral("dev y/1") << 400;
        QTest::newRow("device of another site")
            << QStringLiteral("SZ-NS-002") << QStringLiteral("SZ-NS-002") << kDevice << 409;
    }

    void enrollmentRefusals() {
        QFETCH(QString, site);
        QFETCH(QString, codeSite);
        QFETCH(QString, deviceId);
        QFETCH(int, status);
        const QString code = codeSite.isEmpty() ? QStringLiteral("2345-6789-ABCD")
                                                : m_server.enrollmentCode(codeSite);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const HttpResult result = client.post(QStringLiteral("/v1/enroll"),
                                              QJsonObject{{QStringLiteral("site"), site},
                                                          {QStringLiteral("enrollment_code"), code},
                                                          {QStringLiteral("device_id"), deviceId}});
        QCOMPARE(result.status, status);
        QVERIFY(!result.json().value(QStringLiteral("reason")).toString().isEmpty());
    }

    void enrollmentCodeIsSingleUse() {
        const QString code = m_server.enrollmentCode(kSite);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const auto body = [&](const QString &device) {
            return QJsonObject{{QStringLiteral("site"), kSite},
                               {QStringLiteral("enrollment_code"), code.toLower()},
                               {QStringLiteral("device_id"), device}};
        };
        QCOMPARE(client.post(QStringLiteral("/v1/enroll"), body(QStringLiteral("t-a"))).status,
                 200);
        QCOMPARE(client.post(QStringLiteral("/v1/enroll"), body(QStringLiteral("t-b"))).status,
                 403);
    }

    void lostEnrollmentAnswerIsRepeatedToTheSameDevice() {
        // Two uses: a repeated request of one device must not spend the second.
        const QString code = m_server.enrollmentCode(kSite, 2);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const auto enrollAs = [&](const QString &device) {
            return client.post(QStringLiteral("/v1/enroll"),
                               QJsonObject{{QStringLiteral("site"), kSite},
                                           {QStringLiteral("enrollment_code"), code},
                                           {QStringLiteral("device_id"), device},
                                           {QStringLiteral("table"), QStringLiteral("Table 4")}});
        };
        const auto tokenOf = [](const HttpResult &result) {
            return result.json().value(QStringLiteral("device_token")).toString();
        };
        const HttpResult first = enrollAs(QStringLiteral("t-replay"));
        QCOMPARE(first.status, 200);
        QVERIFY(!tokenOf(first).isEmpty());
        // The answer was lost: the station sends the same request again.
        const HttpResult again = enrollAs(QStringLiteral("t-replay"));
        QCOMPARE(again.status, 200);
        QCOMPARE(tokenOf(again), tokenOf(first));
        QCOMPARE(enrollAs(QStringLiteral("t-second")).status, 200);
        const HttpResult stranger = enrollAs(QStringLiteral("t-third"));
        QCOMPARE(stranger.status, 403);
        QCOMPARE(stranger.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("enrollment_refused"));

        // Once the token has been used the answer evidently arrived: no more repeats.
        client.setBearerToken(tokenOf(first));
        QCOMPARE(client.get(QStringLiteral("/v1/sites/%1/aggregates").arg(kSite)).status, 200);
        client.setBearerToken(QString());
        QCOMPARE(enrollAs(QStringLiteral("t-replay")).status, 403);
    }

    void revokedDeviceIsRefusedUntilEnrolledAgain() {
        const QString device = QStringLiteral("gz-th-017-t05");
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(enroll(device));
        const auto uploadAs = [&](qint64 seq) {
            SyncTestRecord record = newRecord(seq);
            record.station = device;
            return std::make_pair(record.uuid, client.post(QStringLiteral("/v1/records"),
                                                           syncBatch(device, {record.toJson()})));
        };
        QCOMPARE(uploadAs(1).second.status, 200);

        int exitCode = -1;
        QString output = m_server.runAdmin({QStringLiteral("list-devices")}, &exitCode);
        QCOMPARE(exitCode, 0);
        const auto stateOf = [](const QString &listing, const QString &id) -> QString {
            for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (cells.size() == 6 && cells.first() == id)
                    return cells.at(1) + QLatin1Char(' ') + cells.last();
            }
            return QString();
        };
        QCOMPARE(stateOf(output, device), kSite + QStringLiteral(" active"));
        QCOMPARE(stateOf(output, kDevice), kSite + QStringLiteral(" active"));

        output = m_server.runAdmin(
            {QStringLiteral("revoke-device"), QStringLiteral("--device"), device}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(device), qPrintable(output));
        const auto [uuid, refused] = uploadAs(2);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("device_revoked"));
        QVERIFY2(refused.json()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("revoked")),
                 refused.body.constData());
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(uuid)), 0);
        QCOMPARE(client.post(QStringLiteral("/v1/token/rotate"), QByteArray()).status, 401);
        output = m_server.runAdmin(
            {QStringLiteral("list-devices"), QStringLiteral("--site"), kSite}, &exitCode);
        QCOMPARE(stateOf(output, device), kSite + QStringLiteral(" revoked"));
        QCOMPARE(stateOf(output, kDevice), kSite + QStringLiteral(" active")); // others unharmed

        QString standardError;
        m_server.runAdmin(
            {QStringLiteral("revoke-device"), QStringLiteral("--device"), QStringLiteral("nobody")},
            &exitCode, &standardError);
        QCOMPARE(exitCode, 1);
        QVERIFY(standardError.contains(QStringLiteral("nobody")));
        m_server.runAdmin({QStringLiteral("revoke-device")}, &exitCode, &standardError);
        QCOMPARE(exitCode, 2);

        // The way back: a new code from the administrator.
        client.setBearerToken(enroll(device));
        QCOMPARE(uploadAs(3).second.status, 200);
    }

    void batchIsAcceptedThenDuplicate() {
        const QList<SyncTestRecord> records{newRecord(1), newRecord(2), newRecord(3)};
        const HttpResult first = upload(records);
        QCOMPARE(first.status, 200);
        QCOMPARE(statuses(first), QStringList(3, QStringLiteral("accepted")));
        QCOMPARE(first.json().value(QStringLiteral("accepted")).toInt(), 3);
        const HttpResult again = upload(records);
        QCOMPARE(again.status, 200);
        QCOMPARE(statuses(again), QStringList(3, QStringLiteral("duplicate")));
        for (const SyncTestRecord &record : records) {
            QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(record.uuid)), 1);
            QCOMPARE(storedContent(record.uuid), QString::fromUtf8(record.payload()));
        }
    }

    // The server keeps each station's latest audit head and answers with the one it held:
    // a head that goes backwards, or changes at the same row, is not kept.
    void auditHeadOnlyMovesForward() {
        const auto post = [this](qint64 seq, const QString &mac) {
            QJsonObject batch = syncBatch(kDevice, {});
            batch.insert(QStringLiteral("audit_head"),
                         QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("mac"), mac}});
            const HttpResult result = m_client->post(QStringLiteral("/v1/records"), batch);
            return std::make_pair(result.status,
                                  result.json().value(QStringLiteral("audit_head")).toObject());
        };
        const auto head = [](qint64 seq, const QString &mac) {
            return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("mac"), mac}};
        };
        QCOMPARE(post(10, QStringLiteral("a")), std::make_pair(200, QJsonObject()));
        QCOMPARE(post(12, QStringLiteral("b")), std::make_pair(200, head(10, QStringLiteral("a"))));
        // Backwards, then history changed at the same row: the held head stays.
        QCOMPARE(post(11, QStringLiteral("x")), std::make_pair(200, head(12, QStringLiteral("b"))));
        QCOMPARE(post(12, QStringLiteral("c")), std::make_pair(200, head(12, QStringLiteral("b"))));
        QCOMPARE(post(13, QStringLiteral("d")), std::make_pair(200, head(12, QStringLiteral("b"))));
        QCOMPARE(post(13, QStringLiteral("d")), std::make_pair(200, head(13, QStringLiteral("d"))));
    }

    void duplicateWithinOneBatch() {
        const SyncTestRecord record = newRecord(4);
        const HttpResult result = upload({record, record});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("duplicate")}));
    }

    void conflictNeverOverwrites() {
        const SyncTestRecord original = newRecord(5);
        QCOMPARE(statuses(upload({original})), QStringList{QStringLiteral("accepted")});
        SyncTestRecord changed = original;
        changed.extra.insert(QStringLiteral("tube"), QStringLiteral("GZ99999999"));
        const HttpResult result = upload({changed});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList{QStringLiteral("conflict")});
        QVERIFY(!result.json()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .isEmpty());
        QCOMPARE(storedContent(original.uuid), QString::fromUtf8(original.payload()));
    }

    void invalidRecordsAreRejectedAlone_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("unknown kind")
            << QStringLiteral("kind") << QJsonValue(QStringLiteral("sample.lost"))
            << QStringLiteral("unknown kind");
        QTest::newRow("missing hash")
            << QStringLiteral("hash") << QJsonValue() << QStringLiteral("hash");
        QTest::newRow("missing uuid")
            << QStringLiteral("uuid") << QJsonValue() << QStringLiteral("uuid");
        QTest::newRow("hash mismatch")
            << QStringLiteral("hash") << QJsonValue(QString(64, QLatin1Char('a')))
            << QStringLiteral("hash mismatch");
        QTest::newRow("content of another site")
            << QStringLiteral("content")
            << QJsonValue(QStringLiteral(
                   "{\"at\":\"2026-11-25T08:00:00Z\",\"site\":\"SZ-1\",\"station\":\"x\"}"))
            << QStringLiteral("site");
        QTest::newRow("content without at")
            << QStringLiteral("content")
            << QJsonValue(QStringLiteral("{\"site\":\"GZ-TH-017\",\"station\":\"gz-th-017-t01\"}"))
            << QStringLiteral("'at'");
    }

    void invalidRecordsAreRejectedAlone() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reasonPart);
        const SyncTestRecord good = newRecord(6);
        const SyncTestRecord bad = newRecord(7);
        QJsonObject badJson = bad.toJson();
        if (value.isNull()) {
            badJson.remove(field);
        } else {
            badJson.insert(field, value);
            if (field == QLatin1String("content"))
                badJson.insert(
                    QStringLiteral("hash"),
                    QString::fromLatin1(QCryptographicHash::hash(value.toString().toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                            .toHex()));
        }
        const HttpResult result = m_client->post(QStringLiteral("/v1/records"),
                                                 syncBatch(kDevice, {good.toJson(), badJson}));
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")}));
        const QJsonObject rejected =
            result.json().value(QStringLiteral("results")).toArray().at(1).toObject();
        QCOMPARE(rejected.value(QStringLiteral("uuid")).toString(),
                 field == QLatin1String("uuid") ? QString() : bad.uuid);
        QVERIFY2(rejected.value(QStringLiteral("reason")).toString().contains(reasonPart),
                 qPrintable(rejected.value(QStringLiteral("reason")).toString()));
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(bad.uuid)), 0);
    }

    void wrongTokenStoresNothing_data() {
        QTest::addColumn<QString>("token");
        QTest::newRow("missing") << QString();
        QTest::newRow("wrong") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    void wrongTokenStoresNothing() {
        QFETCH(QString, token);
        TestHttpsClient intruder(m_server.certificate());
        intruder.setBaseUrl(m_server.baseUrl());
        intruder.setBearerToken(token);
        const SyncTestRecord record = newRecord(8);
        const HttpResult result =
            intruder.post(QStringLiteral("/v1/records"), syncBatch(kDevice, {record.toJson()}));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(record.uuid)), 0);
    }

    void uploadIsJudgedOnItsHeadBeforeItsBody_data() {
        QTest::addColumn<QString>("token"); // "valid": this test's device
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("no token") << QString() << 401 << QStringLiteral("unauthorized");
        QTest::newRow("wrong token")
            << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") << 401
            << QStringLiteral("unauthorized");
        QTest::newRow("valid token, body over the limit")
            << QStringLiteral("valid") << 413 << QStringLiteral("body_too_large");
    }

    void uploadIsJudgedOnItsHeadBeforeItsBody() {
        // A raw TLS client announces a 50 MB batch and sends only its first bytes: the
        // answer must come without the server waiting for (and buffering) the rest.
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, error);
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_server.certificate()});
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QByteArray head = QByteArrayLiteral("POST /v1/records HTTP/1.1\r\n"
                                            "Host: 127.0.0.1\r\n"
                                            "Content-Type: application/json\r\n"
                                            "Content-Length: 50000000\r\n");
        if (!token.isEmpty())
            head += QByteArrayLiteral("Authorization: Bearer ") +
                    (token == QLatin1String("valid") ? m_token : token).toLatin1() +
                    QByteArrayLiteral("\r\n");
        socket.write(head + QByteArrayLiteral("\r\n") +
                     QByteArrayLiteral("{\"station\":\"gz-th-017-t01\",\"records\":[") +
                     QByteArray(64 * 1024, ' '));
        QByteArray answer;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         answer += socket.readAll();
                         return answer.contains("\r\n\r\n{") && answer.endsWith('}');
                     },
                     20000),
                 answer.constData());
        QVERIFY2(answer.startsWith(
                     QByteArray(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status))),
                 answer.constData());
        const QJsonObject body =
            QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!body.value(QStringLiteral("reason")).toString().isEmpty());
        // The server is fine afterwards.
        QCOMPARE(m_client->get(QStringLiteral("/v1/health")).status, 200);
    }

    void unauthenticatedLargeBatchGets401AndIsNotStored() {
        // Over the body limit: without a token the answer is 401, not 413.
        TestHttpsClient intruder(m_server.certificate());
        intruder.setBaseUrl(m_server.baseUrl());
        intruder.setBearerToken(QStringLiteral("not-a-token"));
        QList<QJsonObject> list;
        QStringList uuids;
        for (int i = 0; i < 3; ++i) {
            const SyncTestRecord record = newRecord(400 + i);
            uuids << QStringLiteral("'%1'").arg(record.uuid);
            list.append(record.toJson());
        }
        QJsonObject batch = syncBatch(kDevice, list);
        batch.insert(QStringLiteral("padding"), QString(3 * kMaxBodyBytes, QLatin1Char('p')));
        const HttpResult result = intruder.post(QStringLiteral("/v1/records"), batch);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(storedCount(QStringLiteral("uuid IN (%1)").arg(uuids.join(QLatin1Char(',')))), 0);
    }

    void otherStationInBatchIsForbidden() {
        const SyncTestRecord record = newRecord(9);
        const HttpResult result = upload({record}, QStringLiteral("someone-else"));
        QCOMPARE(result.status, 403);
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(record.uuid)), 0);
    }

    void malformedBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("truncated")
            << QByteArray("{\"station\":\"x\",\"records\":[") << QStringLiteral("JSON");
        QTest::newRow("not json") << QByteArray("station=x") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("records not array")
            << QByteArray("{\"station\":\"x\",\"records\":{}}") << QStringLiteral("records");
    }

    void malformedBodies() {
        QFETCH(QByteArray, body);
        QFETCH(QString, reasonPart);
        const HttpResult result = m_client->post(QStringLiteral("/v1/records"), body);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.json().value(QStringLiteral("reason")).toString().contains(reasonPart),
                 result.body.constData());
    }

    void oversizedRequestsStoreNothing_data() {
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("padding");
        QTest::addColumn<QString>("error");
        QTest::newRow("body over the limit")
            << 2 << kMaxBodyBytes << QStringLiteral("body_too_large");
        QTest::newRow("501 records") << 501 << 0 << QStringLiteral("batch_too_large");
    }

    void oversizedRequestsStoreNothing() {
        QFETCH(int, records);
        QFETCH(int, padding);
        QFETCH(QString, error);
        QList<QJsonObject> list;
        QStringList uuids;
        for (int i = 0; i < records; ++i) {
            const SyncTestRecord record = newRecord(100 + i);
            uuids << QStringLiteral("'%1'").arg(record.uuid);
            list.append(record.toJson());
        }
        QJsonObject body = syncBatch(kDevice, list);
        body.insert(QStringLiteral("padding"), QString(padding, QLatin1Char('p')));
        const HttpResult result = m_client->post(QStringLiteral("/v1/records"), body);
        QCOMPARE(result.status, 413);
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(), error);
        QCOMPARE(storedCount(QStringLiteral("uuid IN (%1)").arg(uuids.join(QLatin1Char(',')))), 0);
    }

    void aggregatesCountPerStationPerTenMinutes() {
        const QString otherDevice = QStringLiteral("gz-th-017-t02");
        const QString otherToken = enroll(otherDevice);
        QVERIFY(!otherToken.isEmpty());
        QList<SyncTestRecord> mine{newRecord(200, QStringLiteral("2026-11-20T10:01:00Z")),
                                   newRecord(201, QStringLiteral("2026-11-20T10:09:59.999Z")),
                                   newRecord(202, QStringLiteral("2026-11-20T18:10:00+08:00")),
                                   newRecord(203, QStringLiteral("2026-11-20T10:12:00Z"))};
        mine[3].kind = QStringLiteral("sample.removed");
        QCOMPARE(statuses(upload(mine)), QStringList(4, QStringLiteral("accepted")));
        SyncTestRecord theirs = newRecord(1, QStringLiteral("2026-11-20T10:05:00Z"));
        theirs.station = otherDevice;
        TestHttpsClient other(m_server.certificate());
        other.setBaseUrl(m_server.baseUrl());
        other.setBearerToken(otherToken);
        QCOMPARE(
            other.post(QStringLiteral("/v1/records"), syncBatch(otherDevice, {theirs.toJson()}))
                .status,
            200);

        const HttpResult result = m_client->get(
            QStringLiteral("/v1/sites/%1/aggregates?from=2026-11-20T10:00:00Z&to=2026-11-20T11:"
                           "00:00Z")
                .arg(kSite));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("bucket_minutes")).toInt(), 10);
        QStringList buckets;
        for (const QJsonValue &value : result.json().value(QStringLiteral("buckets")).toArray()) {
            const QJsonObject bucket = value.toObject();
            buckets << QStringLiteral("%1 %2 %3 %4")
                           .arg(bucket.value(QStringLiteral("start")).toString(),
                                bucket.value(QStringLiteral("station")).toString())
                           .arg(bucket.value(QStringLiteral("samples")).toInt())
                           .arg(bucket.value(QStringLiteral("removed")).toInt());
        }
        QCOMPARE(buckets,
                 (QStringList{QStringLiteral("2026-11-20T10:00:00.000Z gz-th-017-t01 2 0"),
                              QStringLiteral("2026-11-20T10:00:00.000Z gz-th-017-t02 1 0"),
                              QStringLiteral("2026-11-20T10:10:00.000Z gz-th-017-t01 1 1")}));
    }

    void aggregatesRefusals_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("other site") << QStringLiteral("/v1/sites/SZ-NS-002/aggregates") << 403;
        QTest::newRow("bad from") << QStringLiteral("/v1/sites/%1/aggregates?from=today").arg(kSite)
                                  << 400;
        QTest::newRow("range too long")
            << QStringLiteral("/v1/sites/%1/aggregates?from=2026-01-01T00:00:00Z&to=2026-03-01T00:"
                              "00:00Z")
                   .arg(kSite)
            << 400;
    }

    void aggregatesRefusals() {
        QFETCH(QString, path);
        QFETCH(int, status);
        QCOMPARE(m_client->get(path).status, status);
    }

    void tokenRotationKeepsOldTokenUntilNewIsUsed() {
        const QString device = QStringLiteral("gz-th-017-t09");
        const QString oldToken = enroll(device);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(oldToken);
        const HttpResult rotated = client.post(QStringLiteral("/v1/token/rotate"), QByteArray());
        QCOMPARE(rotated.status, 200);
        const QString newToken = rotated.json().value(QStringLiteral("device_token")).toString();
        QVERIFY(!newToken.isEmpty());
        QVERIFY(newToken != oldToken);
        const QString probe = QStringLiteral("/v1/sites/%1/aggregates").arg(kSite);
        QCOMPARE(client.get(probe).status, 200); // old token: the answer may have been lost
        client.setBearerToken(newToken);
        QCOMPARE(client.get(probe).status, 200);
        client.setBearerToken(oldToken);
        QCOMPARE(client.get(probe).status, 401); // the new one was seen: the old one is dead
    }

    void restartKeepsData() {
        const SyncTestRecord record = newRecord(300);
        QCOMPARE(statuses(upload({record})), QStringList{QStringLiteral("accepted")});
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        HttpResult again = upload({record});
        if (again.status == 0) // the client's kept-alive connection died with the server
            again = upload({record});
        QCOMPARE(again.status, 200);
        QCOMPARE(statuses(again), QStringList{QStringLiteral("duplicate")});
    }

    void adminStatsReportsPerStation() {
        int exitCode = -1;
        const QString output = m_server.runAdmin({QStringLiteral("stats")}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(output));
        QVERIFY(lines.first().startsWith(QStringLiteral("site")));
        const qint64 records = storedCount(QStringLiteral("station = '%1'").arg(kDevice));
        QVERIFY(records > 0);
        bool found = false;
        for (const QString &line : lines) {
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (cells.size() >= 6 && cells.at(1) == kDevice) {
                found = true;
                QCOMPARE(cells.at(0), kSite);
                QCOMPARE(cells.at(2).toLongLong(), records);
                QVERIFY(cells.at(3).toLongLong() >= 4); // duplicates sent above
                QVERIFY(cells.at(4).toLongLong() >= 1); // the conflict
                QVERIFY(cells.at(5).toLongLong() >= 6); // the rejections
            }
        }
        QVERIFY2(found, qPrintable(output));
        QVERIFY(lines.last().startsWith(QStringLiteral("total:")));
    }

    void adminUsageErrors() {
        int exitCode = -1;
        QString standardError;
        m_server.runAdmin({QStringLiteral("enroll-code")}, &exitCode, &standardError);
        QCOMPARE(exitCode, 2);
        QVERIFY(standardError.contains(QStringLiteral("--site")));
        m_server.runAdmin({QStringLiteral("frobnicate")}, &exitCode, &standardError);
        QCOMPARE(exitCode, 2);
    }

    void reconnectsAfterTheDatabaseRestarts() {
#ifndef STATION_TEST_POSTGRES
        QSKIP("an SQLite file has no connection to lose");
#else
        // Uploads keep coming while the database is stopped and started again: batches sent
        // meanwhile get 503 (and are sent again), health says degraded, and the server
        // reconnects on its own once the database is back.
        QList<QList<SyncTestRecord>> batches;
        for (int batch = 0; batch < 12; ++batch) {
            QList<SyncTestRecord> records;
            for (int i = 0; i < 20; ++i)
                records << newRecord(1000 + batch * 20 + i);
            batches << records;
        }
        const auto sendUntilAnswered = [&](const QList<SyncTestRecord> &batch) {
            HttpResult result = upload(batch);
            if (result.status == 0) // a kept-alive connection may close in between
                result = upload(batch);
            return result;
        };
        QCOMPARE(sendUntilAnswered(batches.at(0)).status, 200);
        QCOMPARE(sendUntilAnswered(batches.at(1)).status, 200);
        QString error;
        QVERIFY2(m_postgres->stop(&error), qPrintable(error));
        for (int batch = 2; batch < 6; ++batch) {
            const HttpResult refused = sendUntilAnswered(batches.at(batch));
            QCOMPARE(refused.status, 503);
            QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("storage_unavailable"));
        }
        TestHttpsClient monitor(m_server.certificate());
        monitor.setBaseUrl(m_server.baseUrl());
        const HttpResult degraded = monitor.get(QStringLiteral("/v1/health"));
        QCOMPARE(degraded.status, 503);
        QCOMPARE(degraded.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("degraded"));

        QVERIFY2(m_postgres->startAgain(&error), qPrintable(error));
        // The promise to operators: health is back within 5 s of the database.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.get(QStringLiteral("/v1/health")).status, 200, 5000);
        for (int batch = 2; batch < batches.size(); ++batch) {
            const HttpResult stored = sendUntilAnswered(batches.at(batch));
            QCOMPARE(stored.status, 200);
            QCOMPARE(statuses(stored), QStringList(20, QStringLiteral("accepted")));
        }
        QVERIFY2(m_server.isRunning(), qPrintable(m_server.serverLog()));
        // The inspecting connection was dropped by the restart as well.
        QSqlDatabase::database(QStringLiteral("inspect"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        QStringList uuids;
        for (const QList<SyncTestRecord> &batch : batches)
            for (const SyncTestRecord &record : batch)
                uuids << QStringLiteral("'%1'").arg(record.uuid);
        QCOMPARE(storedCount(QStringLiteral("uuid IN (%1)").arg(uuids.join(QLatin1Char(',')))),
                 qint64(uuids.size()));
#endif
    }

    void diskFullAnswers503AndStoresNothingOfTheBatch() {
#ifdef STATION_TEST_POSTGRES
        QSKIP("disk full is simulated with SQLite's max_page_count");
#else
        ServerProcess small;
        QString error;
        QVERIFY2(small.prepare(&error), qPrintable(error));
        small.setExtraArguments({QStringLiteral("--sqlite-max-pages"), QStringLiteral("40")});
        QVERIFY2(small.start(&error), qPrintable(error));
        TestHttpsClient client(small.certificate());
        client.setBaseUrl(small.baseUrl());
        const HttpResult enrolled = client.post(
            QStringLiteral("/v1/enroll"),
            QJsonObject{{QStringLiteral("site"), kSite},
                        {QStringLiteral("enrollment_code"), small.enrollmentCode(kSite)},
                        {QStringLiteral("device_id"), kDevice}});
        QCOMPARE(enrolled.status, 200);
        client.setBearerToken(enrolled.json().value(QStringLiteral("device_token")).toString());

        int accepted = 0;
        HttpResult last;
        QStringList lastBatch;
        for (int batch = 0; batch < 200; ++batch) {
            QList<QJsonObject> list;
            lastBatch.clear();
            for (int i = 0; i < 20; ++i) {
                SyncTestRecord record = newRecord(batch * 20 + i + 1);
                record.extra.insert(QStringLiteral("note"), QString(300, QLatin1Char('n')));
                lastBatch << QStringLiteral("'%1'").arg(record.uuid);
                list.append(record.toJson());
            }
            last = client.post(QStringLiteral("/v1/records"), syncBatch(kDevice, list));
            if (last.status != 200)
                break;
            accepted += last.json().value(QStringLiteral("accepted")).toInt();
        }
        QCOMPARE(last.status, 503);
        QCOMPARE(last.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("storage_unavailable"));
        QVERIFY2(
            last.json().value(QStringLiteral("reason")).toString().contains(QStringLiteral("full")),
            last.body.constData());
        QVERIFY(accepted > 0);
        small.kill();

        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("small"));
        db.setDatabaseName(small.sqlitePath());
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && query.next());
            QCOMPARE(query.value(0).toInt(), accepted);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE uuid IN (%1)")
                                   .arg(lastBatch.join(QLatin1Char(',')))) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("small"));
#endif
    }

private:
    ServerProcess m_server;
    std::unique_ptr<TestHttpsClient> m_client;
    QString m_token;
#ifdef STATION_TEST_POSTGRES
    std::unique_ptr<PostgresCluster> m_postgres;
#endif
};

QTEST_GUILESS_MAIN(tst_ProvinceServer)
#include "tst_province_server.moc"
