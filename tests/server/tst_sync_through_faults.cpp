// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly-once delivery through a hostile network: a retrying client uploads through the
// FaultInjectingProxy (responses dropped after the server read the request, connections
// reset, requests stalled) while the server is killed and restarted, and every record
// ends on the server exactly once with the client's content hash.
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace station::test;

namespace {
const QString kSite = QStringLiteral("GZ-TH-017");
const QString kDevice = QStringLiteral("gz-th-017-t01");
constexpr int kAttemptsPerBatch = 200;
} // namespace

class tst_SyncThroughFaults : public QObject {
    Q_OBJECT

private:
    // Uploads `records` until every one is acknowledged; returns the number of HTTP
    // attempts, or -1 when the attempts ran out.
    int uploadUntilAcknowledged(TestHttpsClient &client, const QList<SyncTestRecord> &records,
                                int *duplicates) {
        QList<QJsonObject> list;
        for (const SyncTestRecord &record : records)
            list.append(record.toJson());
        const QJsonObject batch = syncBatch(kDevice, list);
        for (int attempt = 1; attempt <= kAttemptsPerBatch; ++attempt) {
            const HttpResult result = client.post(QStringLiteral("/v1/records"), batch);
            if (result.status != 200)
                continue; // transport error or 503: nothing is known, send again
            const QJsonArray results = result.json().value(QStringLiteral("results")).toArray();
            if (results.size() != records.size())
                return -1;
            for (int i = 0; i < results.size(); ++i) {
                const QJsonObject entry = results.at(i).toObject();
                const QString status = entry.value(QStringLiteral("status")).toString();
                if (entry.value(QStringLiteral("uuid")).toString() != records.at(i).uuid ||
                    (status != QLatin1String("accepted") && status != QLatin1String("duplicate")))
                    return -1;
                if (status == QLatin1String("duplicate"))
                    ++*duplicates;
            }
            return attempt;
        }
        return -1;
    }

private Q_SLOTS:
    void everyRecordArrivesExactlyOnce_data() {
        QTest::addColumn<int>("recordCount");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<double>("dropResponse");
        QTest::addColumn<double>("reset");
        QTest::addColumn<double>("stall");
        QTest::newRow("clean network") << 300 << 100 << 0.0 << 0.0 << 0.0;
        QTest::newRow("10,000 records, 30% responses dropped") << 10000 << 500 << 0.3 << 0.0 << 0.0;
        QTest::newRow("drops, resets and stalls") << 2000 << 50 << 0.3 << 0.15 << 0.1;
    }

    void everyRecordArrivesExactlyOnce() {
        QFETCH(int, recordCount);
        QFETCH(int, batchSize);
        QFETCH(double, dropResponse);
        QFETCH(double, reset);
        QFETCH(double, stall);

        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        TestHttpsClient direct(server.certificate());
        direct.setBaseUrl(server.baseUrl());
        const HttpResult enrolled = direct.post(
            QStringLiteral("/v1/enroll"),
            QJsonObject{{QStringLiteral("site"), kSite},
                        {QStringLiteral("enrollment_code"), server.enrollmentCode(kSite)},
                        {QStringLiteral("device_id"), kDevice}});
        QCOMPARE(enrolled.status, 200);

        FaultInjectingProxy proxy(server.port(), 20261125);
        QVERIFY(proxy.listen());
        proxy.setFaults({dropResponse, reset, stall, 300});
        TestHttpsClient client(server.certificate());
        // The certificate names 127.0.0.1, which the proxy also is: TLS is end to end.
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())));
        client.setBearerToken(enrolled.json().value(QStringLiteral("device_token")).toString());
        client.setTimeoutMs(5000);

        QList<SyncTestRecord> records;
        for (int i = 0; i < recordCount; ++i) {
            SyncTestRecord record;
            record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.seq = i + 1;
            record.site = kSite;
            record.station = kDevice;
            record.at = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC)
                            .addSecs(i * 7)
                            .toString(Qt::ISODateWithMs);
            record.extra.insert(QStringLiteral("tube"),
                                QStringLiteral("GZ%1").arg(i / 10, 8, 10, QLatin1Char('0')));
            record.extra.insert(QStringLiteral("position"), i % 10 + 1);
            records.append(record);
        }

        int duplicates = 0;
        int attempts = 0;
        for (int start = 0; start < recordCount; start += batchSize) {
            if (start == recordCount / 2) {
                // Mid-run crash: the server dies and comes back on the same port.
                QVERIFY2(server.restart(&error), qPrintable(error));
            }
            const int used =
                uploadUntilAcknowledged(client, records.mid(start, batchSize), &duplicates);
            QVERIFY2(used > 0, qPrintable(QStringLiteral("batch at %1 never acknowledged; "
                                                         "server log:\n%2")
                                              .arg(start)
                                              .arg(server.serverLog().right(2000))));
            attempts += used;
        }
        server.kill();

        const FaultInjectingProxy::Counters counters = proxy.counters();
        qInfo("%d records in %d attempts; proxy saw %d requests: %d responses dropped, "
              "%d resets, %d stalls; server answered %d duplicates",
              recordCount, attempts, counters.requests, counters.droppedResponses, counters.resets,
              counters.stalls, duplicates);
        if (dropResponse > 0) {
            QVERIFY(counters.droppedResponses > 0);
            // A dropped answer after a commit must come back as duplicates on the re-send.
            QVERIFY(duplicates > 0);
        }

        QHash<QString, QString> expected;
        for (const SyncTestRecord &record : records)
            expected.insert(record.uuid, record.hash());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(server.sqlitePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT uuid, content_hash, content FROM records")));
            int stored = 0;
            int unexpected = 0;
            int wrongHash = 0;
            while (query.next()) {
                ++stored;
                const QString uuid = query.value(0).toString();
                if (!expected.contains(uuid)) {
                    ++unexpected;
                    continue;
                }
                const QByteArray content = query.value(2).toString().toUtf8();
                const QString recomputed = QString::fromLatin1(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                if (query.value(1).toString() != expected.value(uuid) ||
                    recomputed != expected.value(uuid))
                    ++wrongHash;
                expected.remove(uuid);
            }
            QCOMPARE(unexpected, 0);
            QCOMPARE(wrongHash, 0);
            QCOMPARE(expected.size(), 0);  // none missing
            QCOMPARE(stored, recordCount); // uuid is the primary key: none twice
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncThroughFaults)
#include "tst_sync_through_faults.moc"
