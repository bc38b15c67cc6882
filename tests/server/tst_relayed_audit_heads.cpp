// SPDX-License-Identifier: GPL-3.0-or-later
// Stations' audit heads reach the province through their site hub, with real processes on
// loopback: a province server, a site hub, and stations played by HTTPS clients that enroll
// at the hub and send heads with their batches. The hub relays each head that moved; the
// province keeps it per site and station, only forward. When the hub is lost and a new one
// relays an older head, the province reports the rollback and keeps the head it held; a
// head naming a device of another site is not kept; only a hub may relay heads.
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-0001");
const QString kOtherSite = QStringLiteral("SZ-NS-0002");
const QString kStationA = QStringLiteral("gz-th-0001-t01");
const QString kStationB = QStringLiteral("gz-th-0001-t02");
const QString kStranger = QStringLiteral("sz-ns-0002-t01"); // enrolled at the province for SZ
constexpr int kWaitMs = 60000; // a bound on waiting, never a measured time

QJsonObject head(qint64 seq, const QString &mac) {
    return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("mac"), mac}};
}

// A device token for `deviceId` from `server`, enrolled with a fresh code for `site`.
// Each device a table number of its own (a site refuses a second "Table 1").
QString enroll(const ServerProcess &server, const QString &deviceId, const QString &site) {
    static QHash<QString, int> tables;
    const int table = tables.value(deviceId, int(tables.size()) + 1);
    tables.insert(deviceId, table);
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    return client
        .post(QStringLiteral("/v1/enroll"),
              QJsonObject{{QStringLiteral("site"), site},
                          {QStringLiteral("enrollment_code"), server.enrollmentCode(site)},
                          {QStringLiteral("device_id"), deviceId},
                          {QStringLiteral("table"), QStringLiteral("Table %1").arg(table)}})
        .json()
        .value(QStringLiteral("device_token"))
        .toString();
}

// A station's batch with no records, only its audit head; the HTTP status.
int sendHead(const ServerProcess &server, const QString &token, const QString &station, qint64 seq,
             const QString &mac) {
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    client.setBearerToken(token);
    QJsonObject batch = syncBatch(station, {});
    batch.insert(QStringLiteral("audit_head"), head(seq, mac));
    return client.post(QStringLiteral("/v1/records"), batch).status;
}

} // namespace

class tst_RelayedAuditHeads : public QObject {
    Q_OBJECT

    ServerProcess m_province;
    std::unique_ptr<ServerProcess> m_hub;

    // Starts a hub of kSite with its own database, enrolled at the province as `hubId`.
    bool startHub(const QString &hubId, QString *error) {
        const QStringList hubArguments = m_province.siteHubArguments(kSite, error);
        if (hubArguments.isEmpty())
            return false;
        m_hub = std::make_unique<ServerProcess>();
        if (!m_hub->prepare(error))
            return false;
        m_hub->setExtraArguments(hubArguments + QStringList{QStringLiteral("--hub-id"), hubId});
        return m_hub->start(error);
    }

    // The head the province keeps for `station` of `site` as relayed ("" when none).
    QString relayedAtProvince(const QString &station, const QString &site = kSite) {
        QString found;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("province"));
            db.setDatabaseName(m_province.sqlitePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT seq, mac FROM relayed_audit_heads "
                                             "WHERE site = ? AND device_id = ?"));
                query.addBindValue(site);
                query.addBindValue(station);
                if (query.exec() && query.next())
                    found =
                        query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("province"));
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_province.prepare(&error), qPrintable(error));
        QVERIFY2(m_province.start(&error), qPrintable(error));
        QVERIFY2(startHub(QStringLiteral("gz-th-0001-hub"), &error), qPrintable(error));
    }

    void cleanupTestCase() {
        if (m_hub)
            m_hub->kill();
        m_province.kill();
    }

    void headsReachTheProvinceThroughTheHub() {
        const QString tokenA = enroll(*m_hub, kStationA, kSite);
        const QString tokenB = enroll(*m_hub, kStationB, kSite);
        QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
        QCOMPARE(sendHead(*m_hub, tokenA, kStationA, 10, QStringLiteral("a10")), 200);
        QCOMPARE(sendHead(*m_hub, tokenB, kStationB, 4, QStringLiteral("b4")), 200);
        QVERIFY(QTest::qWaitFor(
            [this] {
                return relayedAtProvince(kStationA) == QLatin1String("10:a10") &&
                       relayedAtProvince(kStationB) == QLatin1String("4:b4");
            },
            kWaitMs));
        // A head that moves is relayed again; the province follows it.
        QCOMPARE(sendHead(*m_hub, tokenA, kStationA, 12, QStringLiteral("a12")), 200);
        QVERIFY(QTest::qWaitFor(
            [this] { return relayedAtProvince(kStationA) == QLatin1String("12:a12"); }, kWaitMs));
        QCOMPARE(relayedAtProvince(kStationB), QStringLiteral("4:b4"));
        // Heads that only moved forward: no rollback reported.
        QVERIFY(!m_province.serverLog().contains(QStringLiteral("went from row")));
    }

    void onlyAHubRelaysHeads() {
        const QString token = enroll(m_province, QStringLiteral("gz-th-0001-t09"), kSite);
        QVERIFY(!token.isEmpty());
        TestHttpsClient client(m_province.certificate());
        client.setBaseUrl(m_province.baseUrl());
        client.setBearerToken(token);
        QJsonObject batch = syncBatch(QStringLiteral("gz-th-0001-t09"), {});
        QJsonObject relayed = head(99, QStringLiteral("forged"));
        relayed.insert(QStringLiteral("station"), kStationA);
        batch.insert(QStringLiteral("relayed_audit_heads"), QJsonArray{relayed});
        const HttpResult answer = client.post(QStringLiteral("/v1/records"), batch);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("wrong_role"));
        // A malformed list is a 400, before any role is looked at.
        batch.insert(QStringLiteral("relayed_audit_heads"), QJsonArray{QStringLiteral("x")});
        QCOMPARE(client.post(QStringLiteral("/v1/records"), batch).status, 400);
        QCOMPARE(relayedAtProvince(kStationA), QStringLiteral("12:a12"));
    }

    // The hub is lost with its database; a new hub knows no heads and relays what the
    // stations send it. A station whose log was cut meanwhile sends an older head: the new
    // hub cannot tell, the province can.
    void rollbackIsReportedByTheProvince() {
        m_hub->kill();
        QString error;
        QVERIFY2(startHub(QStringLiteral("gz-th-0001-hub2"), &error), qPrintable(error));
        // A device the province enrolled for another site, which the new hub enrolls too
        // (the hub cannot know): its head is not the hub's to relay.
        QVERIFY(!enroll(m_province, kStranger, kOtherSite).isEmpty());
        const QString tokenA = enroll(*m_hub, kStationA, kSite);
        const QString tokenB = enroll(*m_hub, kStationB, kSite);
        const QString tokenStranger = enroll(*m_hub, kStranger, kSite);
        QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty() && !tokenStranger.isEmpty());
        QCOMPARE(sendHead(*m_hub, tokenStranger, kStranger, 7, QStringLiteral("s7")), 200);
        QCOMPARE(sendHead(*m_hub, tokenA, kStationA, 5, QStringLiteral("a5")), 200);
        QCOMPARE(sendHead(*m_hub, tokenB, kStationB, 6, QStringLiteral("b6")), 200);
        const QString rollback =
            QStringLiteral("audit head of \"%1\" relayed by \"gz-th-0001-hub2\" went from row "
                           "12 to row 5: the station's log was cut or rewritten; the head is kept")
                .arg(kStationA);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return m_province.serverLog().contains(rollback) &&
                                relayedAtProvince(kStationB) == QLatin1String("6:b6");
                     },
                     kWaitMs),
                 qPrintable(m_province.serverLog().right(3000) + relayedAtProvince(kStationB)));
        QCOMPARE(relayedAtProvince(kStationA), QStringLiteral("12:a12")); // the held head stays
        QVERIFY2(m_province.serverLog().contains(
                     QStringLiteral("the hub \"gz-th-0001-hub2\" relayed an audit head of "
                                    "\"%1\", a device of another site; it is not kept")
                         .arg(kStranger)),
                 qPrintable(m_province.serverLog().right(3000)));
        QCOMPARE(relayedAtProvince(kStranger), QString());
        QCOMPARE(relayedAtProvince(kStranger, kOtherSite), QString());
        // Reported once, not with every pass of the new hub's relay.
        QTest::qWait(6000);
        QCOMPARE(m_province.serverLog().count(rollback), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RelayedAuditHeads)
#include "tst_relayed_audit_heads.moc"
