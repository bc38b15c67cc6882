// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: uploads of records. Accepted,
// duplicate, conflict and rejected records, refused requests that store nothing, and the
// per-station statistics they add up to (docs/sync-protocol.md) checked from the outside.
#include "ProvinceServerFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTest>

using namespace station::test;

class tst_ProvinceServerUploads : public QObject, public ProvinceServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void cleanupTestCase() { stopServer(); }

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
        QTest::newRow("2,001 records") << 2001 << 0 << QStringLiteral("batch_too_large");
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

    // Last: it counts what the uploads above sent.
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

    // A site hub (enrolled with a --role hub code) relays the records of any station of its
    // site, stored under their own station with the hub in records.via; not another site's.
    // A station uploads only its own.
    void hubRelaysOnlyItsOwnSite() {
        const QString hubId = QStringLiteral("gz-th-017-hub");
        const QString hubToken = enrollHub(hubId);
        QVERIFY(!hubToken.isEmpty());
        TestHttpsClient hub(m_server.certificate());
        hub.setBaseUrl(m_server.baseUrl());
        hub.setBearerToken(hubToken);

        SyncTestRecord fromT01 = newRecord(901);
        SyncTestRecord fromT09 = newRecord(902);
        fromT09.station = QStringLiteral("gz-th-017-t09");
        SyncTestRecord otherSite = newRecord(903);
        otherSite.site = QStringLiteral("GZ-YX-002");
        otherSite.station = QStringLiteral("gz-yx-002-t01");
        const QJsonObject batch =
            syncBatch(hubId, {fromT01.toJson(), fromT09.toJson(), otherSite.toJson()});
        const HttpResult relayed = hub.post(QStringLiteral("/v1/records"), batch);
        QCOMPARE(relayed.status, 200);
        QCOMPARE(statuses(relayed),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("accepted"),
                              QStringLiteral("rejected")}));
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1' AND station = '%2' AND via = '%3'")
                                 .arg(fromT09.uuid, fromT09.station, hubId)),
                 1);
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1' AND station = '%2' AND via = '%3'")
                                 .arg(fromT01.uuid, kDevice, hubId)),
                 1);
        QCOMPARE(storedContent(fromT09.uuid), QString::fromUtf8(fromT09.payload()));
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(otherSite.uuid)), 0);
        // Sent again by the hub, or by the station itself: the same record, once.
        QCOMPARE(statuses(upload({fromT01})), QStringList{QStringLiteral("duplicate")});
        // The batch's station is the hub itself.
        QCOMPARE(
            hub.post(QStringLiteral("/v1/records"), syncBatch(kDevice, {newRecord(904).toJson()}))
                .status,
            403);
        // Records uploaded directly keep via NULL.
        QCOMPARE(storedCount(QStringLiteral("via IS NULL AND station = '%1'").arg(kDevice)),
                 storedCount(QStringLiteral("station = '%1'").arg(kDevice)) - 1);

        // A station may not upload another station's records.
        SyncTestRecord notMine = newRecord(905);
        notMine.station = QStringLiteral("gz-th-017-t09");
        const HttpResult refused = upload({notMine});
        QCOMPARE(refused.status, 200);
        QCOMPARE(statuses(refused), QStringList{QStringLiteral("rejected")});
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(notMine.uuid)), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerUploads)
#include "tst_province_server_uploads.moc"
