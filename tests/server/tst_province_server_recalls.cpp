// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: the recall list (server/Recalls).
// `admin raise-recall` recalls the people of a tube from the site's facts, once per result;
// each becomes a `recall` fact that a waiting station hears of; a single-person sample of the
// same person closes it; `admin recalls` lists them without personal data; a rebuild of the
// site facts keeps them (docs/sync-protocol.md, "Recall").
#include "ProvinceServerFixture.h"

#include "protocol/SitePersonKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace station::test;

namespace {
const QString kIdType = QStringLiteral("resident_id");
const QStringList kIdNumbers{QStringLiteral("44010619800101123X"),
                             QStringLiteral("440106198202021234"),
                             QStringLiteral("440106198303031235")};
const QString kPooledTube = QStringLiteral("GZ2611250101");
const QString kResultUuid = QStringLiteral("0b7d3c52-7a51-4a57-9a55-3a8f0f0a0001");
} // namespace

class tst_ProvinceServerRecalls : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    QByteArray m_siteKey;
    qint64 m_seq = 0;

    SyncTestRecord record(const QString &kind, const QJsonObject &extra) {
        SyncTestRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.kind = kind;
        r.seq = ++m_seq;
        r.site = kSite;
        r.station = kDevice;
        r.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        r.extra = extra;
        return r;
    }
    SyncTestRecord tubeOpened(const QString &tube, int pool) {
        return record(QStringLiteral("tube.opened"),
                      {{QStringLiteral("tube"), tube},
                       {QStringLiteral("tube_uuid"), QUuid::createUuid().toString()},
                       {QStringLiteral("pool_size"), pool}});
    }
    SyncTestRecord sampleTaken(const QString &tube, const QString &idNumber, int pool) {
        SyncTestRecord r =
            record(QStringLiteral("sample.taken"), {{QStringLiteral("tube"), tube},
                                                    {QStringLiteral("pool_size"), pool},
                                                    {QStringLiteral("id_type"), kIdType},
                                                    {QStringLiteral("id_number"), idNumber},
                                                    {QStringLiteral("retest_confirmed"), true}});
        r.extra.insert(QStringLiteral("sample_uuid"), r.uuid);
        return r;
    }
    QJsonArray recallFacts(qint64 after = 0) {
        const QJsonArray all = m_client->get(QStringLiteral("/v1/site/facts?after=%1").arg(after))
                                   .json()
                                   .value(QStringLiteral("facts"))
                                   .toArray();
        QJsonArray recalls;
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("recall"))
                recalls.append(v);
        }
        return recalls;
    }
    qint64 lastSeq() {
        return m_client->get(QStringLiteral("/v1/site/facts?after=0"))
            .json()
            .value(QStringLiteral("last_seq"))
            .toInteger();
    }
    QString personKey(int i) const {
        return station::protocol::sitePersonKey(m_siteKey, kIdType, kIdNumbers.at(i));
    }
    QString raise(const QString &tube, const QString &resultUuid, int *exitCode,
                  const QString &outcome = QStringLiteral("positive")) {
        return m_server.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                                  QStringLiteral("--tube"), tube, QStringLiteral("--outcome"),
                                  outcome, QStringLiteral("--result-uuid"), resultUuid},
                                 exitCode);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
        QSqlDatabase db = storage();
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("SELECT key FROM site_keys WHERE site = '%1'").arg(kSite)));
        QVERIFY(query.next());
        m_siteKey = QByteArray::fromHex(query.value(0).toString().toLatin1());
        QCOMPARE(m_siteKey.size(), 32);
    }

    void cleanupTestCase() { stopServer(); }

    void raisingRecallsEveryPersonOfTheTubeOnce() {
        QList<SyncTestRecord> pool{tubeOpened(kPooledTube, 10)};
        for (const QString &id : kIdNumbers)
            pool.append(sampleTaken(kPooledTube, id, 10));
        QCOMPARE(upload(pool).status, 200);
        int exitCode = -1;
        const QString said = raise(kPooledTube, kResultUuid, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(said.contains(QLatin1String(": 3 people")), qPrintable(said));
        const QJsonArray recalls = recallFacts();
        QCOMPARE(recalls.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject fact = recalls.at(i).toObject();
            QCOMPARE(fact.value(QStringLiteral("person_key")).toString(), personKey(i));
            QCOMPARE(fact.value(QStringLiteral("tube")).toString(), kPooledTube);
            QCOMPARE(fact.value(QStringLiteral("sample_uuid")).toString(), pool.at(i + 1).uuid);
            QCOMPARE(fact.value(QStringLiteral("station")).toString(), kDevice);
            QCOMPARE(fact.value(QStringLiteral("outcome")).toString(), QStringLiteral("positive"));
            QCOMPARE(fact.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            // No ID number on the wire.
            QVERIFY(!QJsonDocument(fact).toJson().contains(kIdNumbers.at(i).toLatin1()));
        }
        // The same result again recalls nobody twice.
        const QString again = raise(kPooledTube, kResultUuid, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(again.contains(QLatin1String(": 0 people")), qPrintable(again));
        QCOMPARE(recallFacts().size(), 3);
    }

    void refusesWhatIsNotARecall() {
        int exitCode = -1;
        raise(kPooledTube, QUuid::createUuid().toString(QUuid::WithoutBraces), &exitCode,
              QStringLiteral("negative"));
        QCOMPARE(exitCode, 1);
        m_server.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite},
                          &exitCode);
        QCOMPARE(exitCode, 2);
    }

    // A recall raised by another process (the admin command) reaches a station waiting in
    // the long poll without waiting for its end.
    void aWaitingStationHearsOfARecall() {
        // A second tube, its recall raised while a question waits.
        const QString tube = QStringLiteral("GZ2611250102");
        QCOMPARE(upload({tubeOpened(tube, 5), sampleTaken(tube, kIdNumbers.at(0), 5)}).status, 200);
        const qint64 after = lastSeq();
        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_server.certificate()});
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/site/facts"));
        url.setQuery(QStringLiteral("after=%1&wait=20000").arg(after));
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply *waiting = network.get(request);
        QSignalSpy answered(waiting, &QNetworkReply::finished);
        QTest::qWait(300);
        QCOMPARE(answered.count(), 0); // still waiting
        int exitCode = -1;
        raise(tube, QUuid::createUuid().toString(QUuid::WithoutBraces), &exitCode,
              QStringLiteral("invalid"));
        QCOMPARE(exitCode, 0);
        // Well before the 20 s wait ends.
        QVERIFY(answered.count() == 1 || answered.wait(10000));
        const QJsonObject body = QJsonDocument::fromJson(waiting->readAll()).object();
        waiting->deleteLater();
        const QJsonArray facts = body.value(QStringLiteral("facts")).toArray();
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("invalid"));
    }

    void aSampleTakenAloneClosesTheRecall() {
        const qint64 after = lastSeq();
        // Person 1 sampled again in a pool of 10: still recalled. Person 0 alone: closed.
        const QString pooledAgain = QStringLiteral("GZ2611250103");
        const QString single = QStringLiteral("GZ2611250104");
        QCOMPARE(
            upload({tubeOpened(pooledAgain, 10), sampleTaken(pooledAgain, kIdNumbers.at(1), 10),
                    tubeOpened(single, 1), sampleTaken(single, kIdNumbers.at(0), 1)})
                .status,
            200);
        const QJsonArray closed = recallFacts(after);
        // Person 0 had two open recalls (both tubes): both close.
        QCOMPARE(closed.size(), 2);
        for (const QJsonValue &v : closed) {
            QCOMPARE(v.toObject().value(QStringLiteral("person_key")).toString(), personKey(0));
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("closed"));
        }
        int exitCode = -1;
        const QString open = m_server.runAdmin(
            {QStringLiteral("recalls"), QStringLiteral("--site"), kSite, QStringLiteral("--open")},
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(open.count(kPooledTube), 2); // persons 1 and 2
        QVERIFY(!open.contains(personKey(0).left(8)));
        const QString all = m_server.runAdmin({QStringLiteral("recalls")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(all.count(QStringLiteral(" closed ")), 2);
        // The columns line up whatever the cells hold (a station's device id is 36
        // characters): every line's tube starts where the header's "tube" does.
        const QStringList lines = all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        const qsizetype tubeColumn = lines.first().indexOf(QLatin1String("tube"));
        QVERIFY(tubeColumn > 0);
        for (const QString &row : lines.mid(1))
            QVERIFY2(row.mid(tubeColumn, 3) == kPooledTube.left(3) &&
                         row.at(tubeColumn - 1) == u' ',
                     qPrintable(all));
        for (const QString &id : kIdNumbers) {
            QVERIFY(!all.contains(id));
            QVERIFY(!all.contains(id.right(6)));
        }
    }

    void rebuildingTheFactsKeepsTheRecalls() {
        const int before = recallFacts().size();
        QVERIFY(before >= 6);
        int exitCode = -1;
        m_server.runAdmin({QStringLiteral("rebuild-site-facts")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(recallFacts().size(), before);
    }

    // A station that joins later (or was away longer than the feed's 24-hour window) still
    // hears of every recall of its site that is open, whatever its age; the closed ones and
    // the other old facts stay out, and the cursor moves past them.
    void openRecallsReachAStationThatComesLate() {
        // Every fact three days old (the inspecting connection is read-only on SQLite).
        const QString age =
            QStringLiteral("UPDATE site_facts SET at = '%1'")
                .arg(QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs));
        if (storage().driverName() == QLatin1String("QSQLITE")) {
            {
                QSqlDatabase writer =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
                writer.setDatabaseName(m_server.sqlitePath());
                writer.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
                QVERIFY(writer.open());
                QSqlQuery update(writer);
                QVERIFY2(update.exec(age), qPrintable(update.lastError().text()));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("age"));
        } else {
            QSqlQuery update(storage());
            QVERIFY2(update.exec(age), qPrintable(update.lastError().text()));
        }
        QSqlQuery query(storage());
        QVERIFY(
            query.exec(
                QStringLiteral("SELECT MAX(seq) FROM site_facts WHERE site = '%1'").arg(kSite)) &&
            query.next());
        const qint64 newest = query.value(0).toLongLong();
        query.finish();
        const QJsonObject first = m_client->get(QStringLiteral("/v1/site/facts?after=0")).json();
        const QJsonArray facts = first.value(QStringLiteral("facts")).toArray();
        QCOMPARE(facts.size(), 2); // persons 1 and 2 of the pooled tube; person 0's closed
        QStringList keys;
        for (const QJsonValue &v : facts) {
            const QJsonObject fact = v.toObject();
            QCOMPARE(fact.value(QStringLiteral("kind")).toString(), QStringLiteral("recall"));
            QCOMPARE(fact.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(fact.value(QStringLiteral("tube")).toString(), kPooledTube);
            keys << fact.value(QStringLiteral("person_key")).toString();
        }
        keys.sort();
        QStringList expected{personKey(1), personKey(2)};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(first.value(QStringLiteral("last_seq")).toInteger(), newest);
        QCOMPARE(recallFacts(newest).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerRecalls)
#include "tst_province_server_recalls.moc"
