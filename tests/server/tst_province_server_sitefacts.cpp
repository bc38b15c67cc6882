// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: site-wide checks. The site key
// handed out at enrollment, the facts derived from records (GET /v1/site/facts, its long
// poll), POST /v1/site/check, the site notes of a batch answer, and the projection kept
// across a restart and rebuilt from the records alone (docs/sync-protocol.md).
#include "ProvinceServerFixture.h"

#include "protocol/SitePersonKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace station::test;

namespace {
const QString kOtherDevice = QStringLiteral("gz-th-017-t02");
const QString kIdType = QStringLiteral("resident_id");
const QString kIdNumber = QStringLiteral("44010619800101123X");
const QString kSecondIdNumber = QStringLiteral("440106198505052345");
} // namespace

class tst_ProvinceServerSiteFacts : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    QByteArray m_siteKey;
    QString m_otherToken;
    qint64 m_seq = 0;

    QJsonObject enrollAnswer(const QString &deviceId, const QString &site, const QString &table) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        return client
            .post(QStringLiteral("/v1/enroll"),
                  QJsonObject{{QStringLiteral("site"), site},
                              {QStringLiteral("enrollment_code"), m_server.enrollmentCode(site)},
                              {QStringLiteral("device_id"), deviceId},
                              {QStringLiteral("table"), table}})
            .json();
    }

    SyncTestRecord record(const QString &kind, const QString &station, const QJsonObject &extra) {
        SyncTestRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.kind = kind;
        r.seq = ++m_seq;
        r.site = kSite;
        r.station = station;
        r.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        r.extra = extra;
        return r;
    }
    SyncTestRecord tubeOpened(const QString &station, const QString &tube) {
        return record(QStringLiteral("tube.opened"), station,
                      {{QStringLiteral("tube"), tube},
                       {QStringLiteral("tube_uuid"), QUuid::createUuid().toString()},
                       {QStringLiteral("pool_size"), 10}});
    }
    SyncTestRecord sampleTaken(const QString &station, const QString &tube, bool retest = false) {
        SyncTestRecord r = record(QStringLiteral("sample.taken"), station,
                                  {{QStringLiteral("tube"), tube},
                                   {QStringLiteral("id_type"), kIdType},
                                   {QStringLiteral("id_number"), kIdNumber},
                                   {QStringLiteral("retest_confirmed"), retest}});
        r.extra.insert(QStringLiteral("sample_uuid"), r.uuid);
        return r;
    }
    HttpResult uploadAs(const QString &token, const QString &station,
                        const QList<SyncTestRecord> &records) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(token);
        QList<QJsonObject> list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        return client.post(QStringLiteral("/v1/records"), syncBatch(station, list));
    }
    QJsonArray facts(qint64 after = 0) {
        return m_client->get(QStringLiteral("/v1/site/facts?after=%1").arg(after))
            .json()
            .value(QStringLiteral("facts"))
            .toArray();
    }
    // The facts without their numbers, in order: what a rebuild must give again.
    static QStringList factLines(const QJsonArray &list) {
        QStringList lines;
        for (const QJsonValue &v : list) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("seq"));
            lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        return lines;
    }
    // Runs `statement` on the server's database with its own connection (the server
    // stopped): a schema as an older server left it.
    bool alterStoredSchema(const QString &statement, QString *error) {
        const QString name = QStringLiteral("alter");
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (m_postgres)
                m_postgres->configure(db);
            else
                db.setDatabaseName(m_server.sqlitePath());
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                done = query.exec(statement);
                if (!done)
                    *error = query.lastError().text();
                query.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }
    QString personKey() const {
        return station::protocol::sitePersonKey(m_siteKey, kIdType, kIdNumber);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void cleanupTestCase() { stopServer(); }

    // PIN verifiers stay off a province started without --site-staff: the staff list is a
    // 404 there, which stations take as "no site staff list".
    void provinceKeepsNoStaffListUnlessAsked() {
        QCOMPARE(m_client->get(QStringLiteral("/v1/site/staff?after=0")).status, 404);
        const HttpResult posted =
            m_client->post(QStringLiteral("/v1/site/staff"),
                           QJsonObject{{QStringLiteral("entries"), QJsonArray()}});
        QCOMPARE(posted.status, 404);
    }

    void enrollmentHandsOutTheSiteKey() {
        const QJsonObject first = enrollAnswer(kOtherDevice, kSite, QStringLiteral("Table 2"));
        m_otherToken = first.value(QStringLiteral("device_token")).toString();
        QVERIFY(!m_otherToken.isEmpty());
        const QString hex = first.value(QStringLiteral("site_key")).toString();
        QCOMPARE(hex.size(), 64);
        QCOMPARE(hex, hex.toLower());
        m_siteKey = station::protocol::siteKeyFromHex(hex).value_or(QByteArray());
        QCOMPARE(m_siteKey.size(), 32);
        // Every station of the site gets the same key; another site has its own.
        const QJsonObject third =
            enrollAnswer(QStringLiteral("gz-th-017-t03"), kSite, QStringLiteral("Table 3"));
        QCOMPARE(third.value(QStringLiteral("site_key")).toString(), hex);
        const QJsonObject elsewhere =
            enrollAnswer(QStringLiteral("gz-th-099-t01"), QStringLiteral("GZ-TH-099"),
                         QStringLiteral("Table 1"));
        QVERIFY(!elsewhere.value(QStringLiteral("site_key")).toString().isEmpty());
        QVERIFY(elsewhere.value(QStringLiteral("site_key")).toString() != hex);
    }

    void recordsBecomeFactsAndChecks() {
        const SyncTestRecord opened = tubeOpened(kDevice, QStringLiteral("GZ2611250001"));
        const SyncTestRecord taken = sampleTaken(kDevice, QStringLiteral("GZ2611250001"));
        const HttpResult result = upload({opened, taken});
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json().contains(QStringLiteral("site_notes")));

        const QJsonArray list = facts();
        QCOMPARE(list.size(), 2);
        const QJsonObject tube = list.at(0).toObject();
        QCOMPARE(tube.value(QStringLiteral("kind")).toString(), QStringLiteral("tube_state"));
        QCOMPARE(tube.value(QStringLiteral("state")).toString(), QStringLiteral("opened"));
        QCOMPARE(tube.value(QStringLiteral("table")).toString(), QStringLiteral("Table 1"));
        const QJsonObject person = list.at(1).toObject();
        QCOMPARE(person.value(QStringLiteral("kind")).toString(), QStringLiteral("person_sampled"));
        QCOMPARE(person.value(QStringLiteral("person_key")).toString(), personKey());
        QCOMPARE(person.value(QStringLiteral("sample_uuid")).toString(), taken.uuid);
        QCOMPARE(person.value(QStringLiteral("station")).toString(), kDevice);
        // No ID number anywhere in what the site is told.
        QVERIFY(!QJsonDocument(list).toJson().contains(kIdNumber.toUtf8()));

        const QJsonObject check =
            m_client
                ->post(QStringLiteral("/v1/site/check"),
                       QJsonObject{{QStringLiteral("person_key"), personKey()},
                                   {QStringLiteral("tube"), QStringLiteral("GZ2611250001")}})
                .json();
        const QJsonArray sampled = check.value(QStringLiteral("person"))
                                       .toObject()
                                       .value(QStringLiteral("sampled"))
                                       .toArray();
        QCOMPARE(sampled.size(), 1);
        QCOMPARE(sampled.at(0).toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("Table 1"));
        QCOMPARE(check.value(QStringLiteral("tube")).toObject().value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("opened")));
        const QJsonObject unknown =
            m_client
                ->post(QStringLiteral("/v1/site/check"),
                       QJsonObject{{QStringLiteral("tube"), QStringLiteral("GZ2611259999")}})
                .json();
        QVERIFY(unknown.value(QStringLiteral("tube")).isNull());
        QCOMPARE(m_client->post(QStringLiteral("/v1/site/check"), QJsonObject{}).status, 400);
    }

    void otherStationsRecordsGetSiteNotes() {
        const SyncTestRecord reused = tubeOpened(kOtherDevice, QStringLiteral("GZ2611250001"));
        const SyncTestRecord again = sampleTaken(kOtherDevice, QStringLiteral("GZ2611250001"));
        const SyncTestRecord confirmed =
            sampleTaken(kOtherDevice, QStringLiteral("GZ2611250001"), true);
        const HttpResult result = uploadAs(m_otherToken, kOtherDevice, {reused, again, confirmed});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList(3, QStringLiteral("accepted")));
        const QJsonArray notes = result.json().value(QStringLiteral("site_notes")).toArray();
        QCOMPARE(notes.size(), 2); // the confirmed re-test is no contradiction
        const QJsonObject tubeNote = notes.at(0).toObject();
        QCOMPARE(tubeNote.value(QStringLiteral("uuid")).toString(), reused.uuid);
        QCOMPARE(tubeNote.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("tube_code_reused"));
        QCOMPARE(tubeNote.value(QStringLiteral("other_station")).toString(), kDevice);
        QCOMPARE(tubeNote.value(QStringLiteral("other_table")).toString(),
                 QStringLiteral("Table 1"));
        const QJsonObject personNote = notes.at(1).toObject();
        QCOMPARE(personNote.value(QStringLiteral("uuid")).toString(), again.uuid);
        QCOMPARE(personNote.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("person_sampled_elsewhere"));
        QVERIFY(!personNote.value(QStringLiteral("other_at")).toString().isEmpty());
        QVERIFY(!personNote.value(QStringLiteral("reason")).toString().isEmpty());
    }

    void undoneSamplesAreNoLongerReported() {
        // Table 1 takes its sample back; the site check then lists only table 2's samples.
        const QJsonArray before = facts();
        QString takenUuid;
        for (const QJsonValue &v : before) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("person_sampled") &&
                o.value(QStringLiteral("station")).toString() == kDevice)
                takenUuid = o.value(QStringLiteral("sample_uuid")).toString();
        }
        QVERIFY(!takenUuid.isEmpty());
        const SyncTestRecord removed =
            record(QStringLiteral("sample.removed"), kDevice,
                   {{QStringLiteral("tube"), QStringLiteral("GZ2611250001")},
                    {QStringLiteral("refers_to"), takenUuid},
                    {QStringLiteral("reason"), QStringLiteral("scanned twice")}});
        QCOMPARE(upload({removed}).status, 200);
        const QJsonObject last = facts().last().toObject();
        QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("person_unsampled"));
        QCOMPARE(last.value(QStringLiteral("sample_uuid")).toString(), takenUuid);
        const QJsonArray sampled =
            m_client
                ->post(QStringLiteral("/v1/site/check"),
                       QJsonObject{{QStringLiteral("person_key"), personKey()}})
                .json()
                .value(QStringLiteral("person"))
                .toObject()
                .value(QStringLiteral("sampled"))
                .toArray();
        QCOMPARE(sampled.size(), 2);
        for (const QJsonValue &v : sampled)
            QCOMPARE(v.toObject().value(QStringLiteral("station")).toString(), kOtherDevice);
    }

    void longPollWaitsForTheNextFact() {
        const qint64 lastSeq = m_client->get(QStringLiteral("/v1/site/facts?after=0"))
                                   .json()
                                   .value(QStringLiteral("last_seq"))
                                   .toInteger();
        QVERIFY(lastSeq > 0);
        // Nothing new within the wait: an empty answer with the same cursor.
        const HttpResult idle =
            m_client->get(QStringLiteral("/v1/site/facts?after=%1&wait=300").arg(lastSeq));
        QCOMPARE(idle.status, 200);
        QVERIFY(idle.json().value(QStringLiteral("facts")).toArray().isEmpty());
        QCOMPARE(idle.json().value(QStringLiteral("last_seq")).toInteger(), lastSeq);

        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_server.certificate()});
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/site/facts"));
        url.setQuery(QStringLiteral("after=%1&wait=20000").arg(lastSeq));
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + m_otherToken.toLatin1());
        QNetworkReply *waiting = network.get(request);
        QSignalSpy answered(waiting, &QNetworkReply::finished);
        QTest::qWait(300);
        QCOMPARE(answered.count(), 0); // still waiting
        QCOMPARE(upload({tubeOpened(kDevice, QStringLiteral("GZ2611250002"))}).status, 200);
        QVERIFY(answered.count() == 1 || answered.wait(10000));
        const QJsonObject body = QJsonDocument::fromJson(waiting->readAll()).object();
        waiting->deleteLater();
        const QJsonArray list = body.value(QStringLiteral("facts")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("tube")).toString(),
                 QStringLiteral("GZ2611250002"));
        QVERIFY(body.value(QStringLiteral("last_seq")).toInteger() > lastSeq);
    }

    void deviceWithoutTableLabelIsStoredAsUsual() {
        // Enrolled without "table", records without one: the facts say "" and nothing fails.
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const QString device = QStringLiteral("gz-th-017-t09");
        const QString token = client
                                  .post(QStringLiteral("/v1/enroll"),
                                        QJsonObject{{QStringLiteral("site"), kSite},
                                                    {QStringLiteral("enrollment_code"),
                                                     m_server.enrollmentCode(kSite)},
                                                    {QStringLiteral("device_id"), device}})
                                  .json()
                                  .value(QStringLiteral("device_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        const HttpResult result =
            uploadAs(token, device, {tubeOpened(device, QStringLiteral("GZ2611250009"))});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList{QStringLiteral("accepted")});
        const QJsonObject last = facts().last().toObject();
        QCOMPARE(last.value(QStringLiteral("station")).toString(), device);
        QCOMPARE(last.value(QStringLiteral("table")).toString(), QString());
    }

    // A person fact carries its tube's pool size (1: sampled alone), so a table of the site
    // can tell that a recalled person was sampled alone elsewhere; a record without one (an
    // older station) gives a fact without it.
    void personFactsCarryTheirTubesPoolSize() {
        const QString tube = QStringLiteral("GZ2611250011");
        const SyncTestRecord opened =
            record(QStringLiteral("tube.opened"), kOtherDevice,
                   {{QStringLiteral("tube"), tube},
                    {QStringLiteral("tube_uuid"), QUuid::createUuid().toString()},
                    {QStringLiteral("pool_size"), 1}});
        SyncTestRecord alone = record(QStringLiteral("sample.taken"), kOtherDevice,
                                      {{QStringLiteral("tube"), tube},
                                       {QStringLiteral("id_type"), kIdType},
                                       {QStringLiteral("id_number"), kSecondIdNumber},
                                       {QStringLiteral("pool_size"), 1},
                                       {QStringLiteral("retest_confirmed"), true}});
        alone.extra.insert(QStringLiteral("sample_uuid"), alone.uuid);
        QCOMPARE(uploadAs(m_otherToken, kOtherDevice, {opened, alone}).status, 200);
        int withPoolSize = 0;
        for (const QJsonValue &v : facts()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("person_sampled"))
                continue;
            if (o.value(QStringLiteral("sample_uuid")).toString() == alone.uuid) {
                QCOMPARE(o.value(QStringLiteral("pool_size")).toInt(), 1);
                QCOMPARE(o.value(QStringLiteral("table")).toString(), QStringLiteral("Table 2"));
                ++withPoolSize;
            } else {
                QVERIFY(!o.contains(QStringLiteral("pool_size"))); // their records had none
            }
        }
        QCOMPARE(withPoolSize, 1);
        // The site-wide check says so too, for the sample that has it and only for that one.
        const auto checked = [this](const QString &idNumber) {
            return m_client
                ->post(
                    QStringLiteral("/v1/site/check"),
                    QJsonObject{{QStringLiteral("person_key"),
                                 station::protocol::sitePersonKey(m_siteKey, kIdType, idNumber)}})
                .json()
                .value(QStringLiteral("person"))
                .toObject()
                .value(QStringLiteral("sampled"))
                .toArray();
        };
        const QJsonArray second = checked(kSecondIdNumber);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).toObject().value(QStringLiteral("pool_size")).toInt(), 1);
        QCOMPARE(second.at(0).toObject().value(QStringLiteral("tube")).toString(), tube);
        const QJsonArray first = checked(kIdNumber);
        QVERIFY(!first.isEmpty());
        for (const QJsonValue &v : first)
            QVERIFY(!v.toObject().contains(QStringLiteral("pool_size")));
    }

    void factsOutliveARestartAndARebuild() {
        const QStringList before = factLines(facts());
        QVERIFY(before.size() >= 6);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QCOMPARE(factLines(facts()), before);

        int exitCode = -1;
        const QString output =
            m_server.runAdmin({QStringLiteral("rebuild-site-facts")}, &exitCode, &error);
        QVERIFY2(exitCode == 0, qPrintable(error));
        QVERIFY(output.contains(QString::number(before.size())));
        QCOMPARE(factLines(facts()), before);
    }

    // A database of a server from before pool sizes were kept: the server adds the column
    // when it starts (its facts then have none), and a rebuild derives them with it.
    void anOlderDatabaseGetsPoolSizesByARebuild() {
        const QStringList before = factLines(facts());
        QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("\"pool_size\":1")));
        const quint16 port = m_server.port();
        m_server.kill();
        QString error;
        QVERIFY2(alterStoredSchema(QStringLiteral("ALTER TABLE site_facts DROP COLUMN pool_size"),
                                   &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(&error, port), qPrintable(error));
        const QStringList upgraded = factLines(facts());
        QCOMPARE(upgraded.size(), before.size());
        QVERIFY(!upgraded.join(QLatin1Char('\n')).contains(QStringLiteral("pool_size")));

        int exitCode = -1;
        m_server.runAdmin({QStringLiteral("rebuild-site-facts")}, &exitCode, &error);
        QVERIFY2(exitCode == 0, qPrintable(error));
        QCOMPARE(factLines(facts()), before);
    }

    // A hub's batch holds several stations' records: the same person sampled at two tables,
    // a removal, a tube code used again. Each record is answered as if stored alone, after
    // the batch's earlier records (on PostgreSQL the person facts, the tube people and the
    // dashboard's swabs of a run of records go as one statement each): its note names the
    // earliest sample of the person that day at another table that is not undone, whether
    // stored before the batch or earlier in it; the notes and the facts come in the records'
    // order, and the projections count each swab once.
    void aHubsBatchAnswersEachRecordAfterTheEarlierOnes() {
        const QString hubId = QStringLiteral("gz-th-017-hub");
        const QString hubToken = enrollHub(hubId);
        QVERIFY(!hubToken.isEmpty());
        TestHttpsClient hub(m_server.certificate());
        hub.setBaseUrl(m_server.baseUrl());
        hub.setBearerToken(hubToken);
        const auto relay = [&](const QList<SyncTestRecord> &records) {
            QList<QJsonObject> list;
            for (const SyncTestRecord &r : records)
                list.append(r.toJson());
            return hub.post(QStringLiteral("/v1/records"), syncBatch(hubId, list));
        };

        const QString t01 = kDevice;
        const QString t02 = kOtherDevice;
        const QString t03 = QStringLiteral("gz-th-017-t03");
        // Every `at` inside one day of the server's calendar (the note's window).
        const QDateTime noon = QDateTime(QDate::currentDate(), QTime(12, 0), Qt::LocalTime).toUTC();
        const auto taken = [&](const QString &station, const QString &tube, const QString &idNumber,
                               int second, bool retest = false) {
            SyncTestRecord r = sampleTaken(station, tube, retest);
            r.extra.insert(QStringLiteral("id_number"), idNumber);
            r.at = noon.addSecs(second).toString(Qt::ISODateWithMs);
            return r;
        };
        const QString p = QStringLiteral("440106199001010011");
        const QString q = QStringLiteral("440106199002020022");
        const QString r = QStringLiteral("440106199003030033");
        const QString t1 = QStringLiteral("GZ2611250031");
        const QString t2 = QStringLiteral("GZ2611250032");
        const QString t3 = QStringLiteral("GZ2611250033");

        // Before the batch: r at table 3.
        const SyncTestRecord rAt3 = taken(t03, t3, r, 20);
        QCOMPARE(statuses(relay({rAt3})), QStringList{QStringLiteral("accepted")});
        const qint64 before = m_client->get(QStringLiteral("/v1/site/facts?after=0"))
                                  .json()
                                  .value(QStringLiteral("last_seq"))
                                  .toInteger();

        const SyncTestRecord opened1 = tubeOpened(t01, t1);
        const SyncTestRecord a = taken(t01, t1, p, 0);
        const SyncTestRecord b = taken(t02, t2, p, 60);  // names a (earlier in the batch)
        const SyncTestRecord c = taken(t01, t1, p, 90);  // names b: a is of its own table
        const SyncTestRecord d = taken(t01, t1, q, 100); // taken back by e
        SyncTestRecord e = record(QStringLiteral("sample.removed"), t01,
                                  {{QStringLiteral("tube"), t1},
                                   {QStringLiteral("refers_to"), d.uuid},
                                   {QStringLiteral("reason"), QStringLiteral("scanned twice")}});
        const SyncTestRecord f = taken(t02, t2, q, 120);       // names nobody: d was undone
        const SyncTestRecord g = taken(t01, t1, r, 10);        // names table 3 (stored before)
        const SyncTestRecord h = taken(t02, t2, r, 30);        // names g: earlier than table 3's
        const SyncTestRecord opened1At2 = tubeOpened(t02, t1); // tube code of table 1
        const SyncTestRecord j = taken(t03, t3, p, 150, true); // a confirmed re-test
        const SyncTestRecord l = taken(t03, t3, p, 200);       // names a, the earliest
        const QList<SyncTestRecord> batch{opened1, a, b, c, d, e, f, g, h, opened1At2, j, b, l};
        const HttpResult answer = relay(batch);
        QCOMPARE(answer.status, 200);
        QStringList expected(batch.size(), QStringLiteral("accepted"));
        expected[11] = QStringLiteral("duplicate"); // b again: no second fact, row or swab
        QCOMPARE(statuses(answer), expected);

        struct Note {
            QString uuid, kind, otherStation, otherAt;
        };
        const QString elsewhere = QStringLiteral("person_sampled_elsewhere");
        const QList<Note> wanted{{b.uuid, elsewhere, t01, a.at},
                                 {c.uuid, elsewhere, t02, b.at},
                                 {g.uuid, elsewhere, t03, rAt3.at},
                                 {h.uuid, elsewhere, t01, g.at},
                                 {opened1At2.uuid, QStringLiteral("tube_code_reused"), t01, {}},
                                 {l.uuid, elsewhere, t01, a.at}};
        const QJsonArray notes = answer.json().value(QStringLiteral("site_notes")).toArray();
        QStringList got;
        for (const QJsonValue &v : notes) {
            const QJsonObject o = v.toObject();
            got << QStringLiteral("%1 %2 %3 %4")
                       .arg(o.value(QStringLiteral("uuid")).toString(),
                            o.value(QStringLiteral("kind")).toString(),
                            o.value(QStringLiteral("other_station")).toString(),
                            o.value(QStringLiteral("other_at")).toString());
        }
        QStringList want;
        for (const Note &n : wanted)
            want << QStringLiteral("%1 %2 %3 %4").arg(n.uuid, n.kind, n.otherStation, n.otherAt);
        QCOMPARE(got, want);

        // The facts in the records' order.
        QStringList order;
        for (const QJsonValue &v : facts(before)) {
            const QJsonObject o = v.toObject();
            order << o.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                         o.value(QStringLiteral("sample_uuid"))
                             .toString(o.value(QStringLiteral("tube")).toString());
        }
        const auto sampled = [](const SyncTestRecord &record) -> QString {
            return QStringLiteral("person_sampled ") + record.uuid;
        };
        QCOMPARE(order,
                 (QStringList{QStringLiteral("tube_state ") + t1, sampled(a), sampled(b),
                              sampled(c), sampled(d), QStringLiteral("person_unsampled ") + d.uuid,
                              sampled(f), sampled(g), sampled(h),
                              QStringLiteral("tube_state ") + t1, sampled(j), sampled(l)}));

        // The tube projection: one row per sample, d's removed; the dashboard: table 1's
        // tube holds a, c and g (d was taken back), its first swab a's.
        QSqlQuery query(storage());
        QVERIFY(query.exec(QStringLiteral("SELECT sample_uuid, state FROM tube_people WHERE "
                                          "sample_uuid IN ('%1','%2','%3','%4','%5')")
                               .arg(a.uuid, b.uuid, c.uuid, d.uuid, l.uuid)));
        QMap<QString, QString> people;
        while (query.next())
            people.insert(query.value(0).toString(), query.value(1).toString());
        const QString active = QStringLiteral("active");
        QCOMPARE(people, (QMap<QString, QString>{{a.uuid, active},
                                                 {b.uuid, active},
                                                 {c.uuid, active},
                                                 {d.uuid, QStringLiteral("removed")},
                                                 {l.uuid, active}}));
        QVERIFY(query.exec(QStringLiteral("SELECT people, first_swab_at FROM site_table_tubes "
                                          "WHERE tube_uuid = '%1'")
                               .arg(opened1.extra.value(QStringLiteral("tube_uuid")).toString())));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QCOMPARE(query.value(1).toString(), a.at);
    }

    // A question from cursor 0 that finds no fact of the first answer's window waits from the
    // site's newest fact: records that come meanwhile answer it, however old they are. It used
    // to wait at cursor 0, so that every batch and every look of the watch (each 200 ms) read
    // the window's answer again, a scan of all the site's facts from the first: with a few
    // hundred thousand that held the server's thread for most of the wait, and a station's
    // upload beside it crawled (docs/benchmarks.md, session 34).
    // Last: its site's facts would count in the rebuilds above.
    void aQuestionFromCursorZeroWaitsFromTheNewestFact() {
        const QString site = QStringLiteral("GZ-TH-034"); // no facts yet
        const QString waiting = QStringLiteral("gz-th-034-t01");
        const QString sending = QStringLiteral("gz-th-034-t02");
        const QString waitingToken = m_server.enrollDevice(site, waiting);
        const QString sendingToken = m_server.enrollDevice(site, sending);
        QVERIFY(!waitingToken.isEmpty() && !sendingToken.isEmpty());
        const QString threeDaysAgo =
            QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs);
        int number = 0;
        // Samples taken three days ago, reaching the province now (a station back after a
        // long outage): facts older than the window, so the first answer stays empty.
        const auto oldBatch = [&] {
            QList<SyncTestRecord> records;
            for (int i = 0; i < 5; ++i, ++number) {
                SyncTestRecord r = sampleTaken(
                    sending, QStringLiteral("GZ3403%1").arg(number / 10, 6, 10, QLatin1Char('0')));
                r.site = site;
                r.at = threeDaysAgo;
                r.extra.insert(QStringLiteral("id_number"),
                               QStringLiteral("44010634%1").arg(number, 10, 10, QLatin1Char('0')));
                records.append(r);
            }
            return records;
        };

        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_server.certificate()});
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/site/facts"));
        url.setQuery(QStringLiteral("after=0&wait=25000"));
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + waitingToken.toLatin1());
        QNetworkReply *question = network.get(request);
        QSignalSpy answered(question, &QNetworkReply::finished);
        // Old batches until the question is answered: the first batch after it reached the
        // province (or the second, when the site had no fact at all then) answers it now;
        // waiting at cursor 0 it was answered only when its wait ended, with no fact.
        for (int i = 0; i < 200 && answered.isEmpty(); ++i) {
            QCOMPARE(uploadAs(sendingToken, sending, oldBatch()).status, 200);
            answered.wait(200);
        }
        QVERIFY(answered.count() == 1 || answered.wait(40000));
        QCOMPARE(question->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(question->readAll()).object();
        question->deleteLater();
        const QJsonArray list = body.value(QStringLiteral("facts")).toArray();
        QVERIFY2(!list.isEmpty(), "the question waited at cursor 0 and heard of no batch");
        for (const QJsonValue &v : list) {
            const QJsonObject fact = v.toObject();
            QCOMPARE(fact.value(QStringLiteral("station")).toString(), sending);
            QCOMPARE(fact.value(QStringLiteral("at")).toString(), threeDaysAgo);
        }
        QVERIFY(body.value(QStringLiteral("last_seq")).toInteger() >=
                list.last().toObject().value(QStringLiteral("seq")).toInteger());
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerSiteFacts)
#include "tst_province_server_sitefacts.moc"
