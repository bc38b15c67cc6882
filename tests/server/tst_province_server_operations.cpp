// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: running it. Health, aggregates,
// restarts, the admin command line, a lost database connection and a full disk
// (docs/sync-protocol.md) checked from the outside.
#include "ProvinceServerFixture.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace station::test;

class tst_ProvinceServerOperations : public QObject, public ProvinceServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void cleanupTestCase() { stopServer(); }

    void healthAnswersWithoutToken() {
        TestHttpsClient anonymous(m_server.certificate());
        anonymous.setBaseUrl(m_server.baseUrl());
        const HttpResult result = anonymous.get(QStringLiteral("/v1/health"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
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
        if (!m_postgres)
            QSKIP("an SQLite file has no connection to lose");
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
    }

    void diskFullAnswers503AndStoresNothingOfTheBatch() {
        if (m_postgres)
            QSKIP("disk full is simulated with SQLite's max_page_count");
        ServerProcess small;
        QString error;
        QVERIFY2(small.prepare(&error), qPrintable(error));
        // Room for the schema (a page per table and index) and a few batches.
        small.setExtraArguments({QStringLiteral("--sqlite-max-pages"), QStringLiteral("120")});
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
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerOperations)
#include "tst_province_server_operations.moc"
