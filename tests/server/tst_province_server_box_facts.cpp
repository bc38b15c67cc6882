// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: boxes across tables in the site
// facts (docs/sync-protocol.md, "Site-wide checks"). Table 1 seals a tube, table 2 boxes it
// with one of its own and seals the box, table 3 hands the box over; the facts say where
// each tube was sealed and who packed the box, a tube boxed twice and a box handed over
// twice give site notes, the dashboard counts a hand-over done anywhere, and a rebuild
// from the records gives the same facts. A site hub's own hand-over is taken for a box of
// its site, and refused from a hub of another site (box_of_other_site).
#include "ProvinceServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace station::test;

namespace {
const QString kTable2 = QStringLiteral("gz-th-017-t02");
const QString kTable3 = QStringLiteral("gz-th-017-t03");
const QString kTubeA = QStringLiteral("GZ2611250101"); // sealed at table 1
const QString kTubeB = QStringLiteral("GZ2611250201"); // sealed at table 2
const QString kBox = QStringLiteral("BX-017-0001");    // packed at table 2
} // namespace

class tst_ProvinceServerBoxFacts : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    QHash<QString, QString> m_tokens; // station -> device token
    QHash<QString, qint64> m_seqs;    // station -> its last record number
    QString m_tubeAUuid;
    QString m_boxUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString enrollTable(const QString &deviceId, const QString &table) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        return client
            .post(QStringLiteral("/v1/enroll"),
                  QJsonObject{{QStringLiteral("site"), kSite},
                              {QStringLiteral("enrollment_code"), m_server.enrollmentCode(kSite)},
                              {QStringLiteral("device_id"), deviceId},
                              {QStringLiteral("table"), table}})
            .json()
            .value(QStringLiteral("device_token"))
            .toString();
    }

    SyncTestRecord record(const QString &kind, const QString &station, const QJsonObject &extra) {
        SyncTestRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.kind = kind;
        r.seq = ++m_seqs[station];
        r.site = kSite;
        r.station = station;
        r.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        r.extra = extra;
        return r;
    }
    // A tube opened, swabbed `people` times (no ID numbers: no person facts) and sealed.
    QList<SyncTestRecord> sealedTube(const QString &station, const QString &tube,
                                     const QString &tubeUuid, int people) {
        QList<SyncTestRecord> list{record(QStringLiteral("tube.opened"), station,
                                          {{QStringLiteral("tube"), tube},
                                           {QStringLiteral("tube_uuid"), tubeUuid},
                                           {QStringLiteral("pool_size"), 10}})};
        for (int i = 0; i < people; ++i)
            list << record(
                QStringLiteral("sample.taken"), station,
                {{QStringLiteral("tube"), tube}, {QStringLiteral("tube_uuid"), tubeUuid}});
        list << record(QStringLiteral("tube.sealed"), station,
                       {{QStringLiteral("tube"), tube},
                        {QStringLiteral("tube_uuid"), tubeUuid},
                        {QStringLiteral("people"), people}});
        return list;
    }
    SyncTestRecord boxOpened(const QString &station, const QString &box, const QString &boxUuid) {
        return record(QStringLiteral("box.opened"), station,
                      {{QStringLiteral("box"), box}, {QStringLiteral("box_uuid"), boxUuid}});
    }
    // `sealedAt` empty: a tube of the packing station itself (no tube_station, as today).
    SyncTestRecord tubeAdded(const QString &station, const QString &box, const QString &boxUuid,
                             const QString &tube, const QString &tubeUuid, int people,
                             const QString &sealedAt = QString(),
                             const QString &sealedAtTable = QString()) {
        QJsonObject extra{{QStringLiteral("box"), box},
                          {QStringLiteral("box_uuid"), boxUuid},
                          {QStringLiteral("tube"), tube},
                          {QStringLiteral("tube_uuid"), tubeUuid},
                          {QStringLiteral("people"), people}};
        if (!sealedAt.isEmpty()) {
            extra.insert(QStringLiteral("tube_station"), sealedAt);
            extra.insert(QStringLiteral("tube_table"), sealedAtTable);
        }
        return record(QStringLiteral("box.tube_added"), station, extra);
    }
    // `packer` empty: handed over by the station that packed the box.
    SyncTestRecord handedOver(const QString &station, const QString &box, const QString &boxUuid,
                              const QString &packer = QString()) {
        QJsonObject extra{{QStringLiteral("box"), box},
                          {QStringLiteral("box_uuid"), boxUuid},
                          {QStringLiteral("tube_count"), 2},
                          {QStringLiteral("person_count"), 3},
                          {QStringLiteral("handed_over_by"), QStringLiteral("Li Na")},
                          {QStringLiteral("carried_by"), QStringLiteral("Wang Qiang")}};
        if (!packer.isEmpty())
            extra.insert(QStringLiteral("box_station"), packer);
        return record(QStringLiteral("box.handed_over"), station, extra);
    }
    HttpResult uploadAs(const QString &station, const QList<SyncTestRecord> &records) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(m_tokens.value(station));
        QList<QJsonObject> list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        return client.post(QStringLiteral("/v1/records"), syncBatch(station, list));
    }
    QJsonArray facts() {
        return m_client->get(QStringLiteral("/v1/site/facts?after=0&limit=1000"))
            .json()
            .value(QStringLiteral("facts"))
            .toArray();
    }
    // The latest fact of `kind` with `member` == `value`.
    QJsonObject lastFact(const QString &kind, const char *member, const QString &value,
                         const QString &state = QString()) {
        const QJsonArray list = facts();
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            const QJsonObject o = list.at(i).toObject();
            if (o.value(QStringLiteral("kind")).toString() == kind &&
                o.value(QLatin1String(member)).toString() == value &&
                (state.isEmpty() || o.value(QStringLiteral("state")).toString() == state))
                return o;
        }
        return {};
    }
    static QStringList factLines(const QJsonArray &list) {
        QStringList lines;
        for (const QJsonValue &v : list) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("seq"));
            lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        return lines;
    }
    QStringList boxesListedAt(const QString &station) {
        const QJsonObject answer = m_client->get(QStringLiteral("/v1/site/tables")).json();
        QStringList boxes;
        for (const QJsonValue &table : answer.value(QStringLiteral("tables")).toArray()) {
            if (table.toObject().value(QStringLiteral("station")).toString() != station)
                continue;
            for (const QJsonValue &box : table.toObject().value(QStringLiteral("boxes")).toArray())
                boxes << box.toObject().value(QStringLiteral("box")).toString();
        }
        return boxes;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
        m_tokens.insert(kDevice, m_token);
        m_tokens.insert(kTable2, enrollTable(kTable2, QStringLiteral("Table 2")));
        m_tokens.insert(kTable3, enrollTable(kTable3, QStringLiteral("Table 3")));
        QVERIFY(!m_tokens.value(kTable2).isEmpty());
        QVERIFY(!m_tokens.value(kTable3).isEmpty());
    }

    void cleanupTestCase() { stopServer(); }

    void sealedTubeFactNamesItsUuidAndPeople() {
        m_tubeAUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpResult result = uploadAs(kDevice, sealedTube(kDevice, kTubeA, m_tubeAUuid, 1));
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList(3, QStringLiteral("accepted")));
        const QJsonObject sealed =
            lastFact(QStringLiteral("tube_state"), "tube", kTubeA, QStringLiteral("sealed"));
        QCOMPARE(sealed.value(QStringLiteral("tube_uuid")).toString(), m_tubeAUuid);
        QCOMPARE(sealed.value(QStringLiteral("people")).toInt(), 1);
        QCOMPARE(sealed.value(QStringLiteral("table")).toString(), QStringLiteral("Table 1"));
        const QJsonObject opened =
            lastFact(QStringLiteral("tube_state"), "tube", kTubeA, QStringLiteral("opened"));
        QCOMPARE(opened.value(QStringLiteral("tube_uuid")).toString(), m_tubeAUuid);
        QVERIFY(!opened.contains(QStringLiteral("people")));
    }

    void anotherTableBoxesTheTubeAndSealsTheBox() {
        const QString tubeBUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QList<SyncTestRecord> records = sealedTube(kTable2, kTubeB, tubeBUuid, 2);
        records << boxOpened(kTable2, kBox, m_boxUuid)
                << tubeAdded(kTable2, kBox, m_boxUuid, kTubeA, m_tubeAUuid, 1, kDevice,
                             QStringLiteral("Table 1"))
                << tubeAdded(kTable2, kBox, m_boxUuid, kTubeB, tubeBUuid, 2)
                << record(QStringLiteral("box.sealed"), kTable2,
                          {{QStringLiteral("box"), kBox},
                           {QStringLiteral("box_uuid"), m_boxUuid},
                           {QStringLiteral("tubes"),
                            QJsonArray{QJsonObject{{QStringLiteral("tube"), kTubeA},
                                                   {QStringLiteral("people"), 1}},
                                       QJsonObject{{QStringLiteral("tube"), kTubeB},
                                                   {QStringLiteral("people"), 2}}}},
                           {QStringLiteral("tube_count"), 2},
                           {QStringLiteral("person_count"), 3}});
        const HttpResult result = uploadAs(kTable2, records);
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList(records.size(), QStringLiteral("accepted")));
        QVERIFY(!result.json().contains(QStringLiteral("site_notes")));

        // Where the tube is now: in the box, at the table that packed it.
        const QJsonObject boxed =
            lastFact(QStringLiteral("tube_state"), "tube", kTubeA, QStringLiteral("boxed"));
        QCOMPARE(boxed.value(QStringLiteral("station")).toString(), kTable2);
        QCOMPARE(boxed.value(QStringLiteral("table")).toString(), QStringLiteral("Table 2"));
        QCOMPARE(boxed.value(QStringLiteral("box")).toString(), kBox);
        QCOMPARE(boxed.value(QStringLiteral("box_uuid")).toString(), m_boxUuid);
        QCOMPARE(boxed.value(QStringLiteral("tube_uuid")).toString(), m_tubeAUuid);

        const QJsonObject opened =
            lastFact(QStringLiteral("box_state"), "box_uuid", m_boxUuid, QStringLiteral("opened"));
        QCOMPARE(opened.value(QStringLiteral("station")).toString(), kTable2);
        QCOMPARE(opened.value(QStringLiteral("box")).toString(), kBox);
        QVERIFY(!opened.contains(QStringLiteral("tube")));

        const QJsonObject sealed =
            lastFact(QStringLiteral("box_state"), "box_uuid", m_boxUuid, QStringLiteral("sealed"));
        QCOMPARE(sealed.value(QStringLiteral("station")).toString(), kTable2);
        QCOMPARE(sealed.value(QStringLiteral("table")).toString(), QStringLiteral("Table 2"));
        QCOMPARE(sealed.value(QStringLiteral("tube_count")).toInt(), 2);
        QCOMPARE(sealed.value(QStringLiteral("person_count")).toInt(), 3);
        const QJsonArray tubes = sealed.value(QStringLiteral("tubes")).toArray();
        QCOMPARE(tubes.size(), 2);
        // Each tube with the table that sealed it.
        const QJsonObject first = tubes.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("tube")).toString(), kTubeA);
        QCOMPARE(first.value(QStringLiteral("tube_uuid")).toString(), m_tubeAUuid);
        QCOMPARE(first.value(QStringLiteral("people")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("station")).toString(), kDevice);
        QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("Table 1"));
        const QJsonObject second = tubes.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("tube")).toString(), kTubeB);
        QCOMPARE(second.value(QStringLiteral("tube_uuid")).toString(), tubeBUuid);
        QCOMPARE(second.value(QStringLiteral("people")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("station")).toString(), kTable2);
        QCOMPARE(second.value(QStringLiteral("table")).toString(), QStringLiteral("Table 2"));

        // The site check tells the same as the tube's latest fact.
        const QJsonObject check = m_client
                                      ->post(QStringLiteral("/v1/site/check"),
                                             QJsonObject{{QStringLiteral("tube"), kTubeA}})
                                      .json()
                                      .value(QStringLiteral("tube"))
                                      .toObject();
        QCOMPARE(check.value(QStringLiteral("state")).toString(), QStringLiteral("boxed"));
        QCOMPARE(check.value(QStringLiteral("station")).toString(), kTable2);
        QCOMPARE(check.value(QStringLiteral("box")).toString(), kBox);
        QCOMPARE(check.value(QStringLiteral("box_uuid")).toString(), m_boxUuid);
        QCOMPARE(check.value(QStringLiteral("tube_uuid")).toString(), m_tubeAUuid);
        QCOMPARE(boxesListedAt(kTable2), QStringList{kBox});
    }

    void aThirdTableHandsTheBoxOver() {
        const HttpResult result =
            uploadAs(kTable3, {handedOver(kTable3, kBox, m_boxUuid, kTable2)});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList{QStringLiteral("accepted")});
        QVERIFY(!result.json().contains(QStringLiteral("site_notes")));
        const QJsonObject fact = lastFact(QStringLiteral("box_state"), "box_uuid", m_boxUuid,
                                          QStringLiteral("handed_over"));
        QCOMPARE(fact.value(QStringLiteral("station")).toString(), kTable3);
        QCOMPARE(fact.value(QStringLiteral("table")).toString(), QStringLiteral("Table 3"));
        QCOMPARE(fact.value(QStringLiteral("box_station")).toString(), kTable2);
        QCOMPARE(fact.value(QStringLiteral("box")).toString(), kBox);
        // No names of staff or courier in what the site is told.
        const QByteArray all = QJsonDocument(facts()).toJson();
        QVERIFY(!all.contains("Li Na"));
        QVERIFY(!all.contains("Wang Qiang"));
        // The dashboard: the box left table 2's list, though table 3 handed it over.
        QVERIFY(boxesListedAt(kTable2).isEmpty());
    }

    void aTubeBoxedTwiceGetsASiteNote() {
        const QString otherBoxUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SyncTestRecord opened =
            boxOpened(kTable3, QStringLiteral("BX-017-0003"), otherBoxUuid);
        const SyncTestRecord again =
            tubeAdded(kTable3, QStringLiteral("BX-017-0003"), otherBoxUuid, kTubeA, m_tubeAUuid, 1,
                      kDevice, QStringLiteral("Table 1"));
        const HttpResult result = uploadAs(kTable3, {opened, again});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList(2, QStringLiteral("accepted")));
        const QJsonArray notes = result.json().value(QStringLiteral("site_notes")).toArray();
        QCOMPARE(notes.size(), 1);
        const QJsonObject note = notes.at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("uuid")).toString(), again.uuid);
        QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("tube_boxed_twice"));
        QCOMPARE(note.value(QStringLiteral("tube")).toString(), kTubeA);
        QCOMPARE(note.value(QStringLiteral("box")).toString(), QStringLiteral("BX-017-0003"));
        QCOMPARE(note.value(QStringLiteral("other_box")).toString(), kBox);
        QCOMPARE(note.value(QStringLiteral("other_station")).toString(), kTable2);
        QCOMPARE(note.value(QStringLiteral("other_table")).toString(), QStringLiteral("Table 2"));
        QVERIFY(!note.value(QStringLiteral("other_at")).toString().isEmpty());
        QVERIFY(!note.value(QStringLiteral("reason")).toString().isEmpty());
        // Stored all the same: the tube's latest fact says where it is now.
        const QJsonObject boxed =
            lastFact(QStringLiteral("tube_state"), "tube", kTubeA, QStringLiteral("boxed"));
        QCOMPARE(boxed.value(QStringLiteral("box_uuid")).toString(), otherBoxUuid);
        // Putting a tube into a box is no use of its code at the packing table: its own
        // table opening the code again is no tube_code_reused of the site.
        const HttpResult reopened = uploadAs(
            kDevice, {record(QStringLiteral("tube.opened"), kDevice,
                             {{QStringLiteral("tube"), kTubeA},
                              {QStringLiteral("tube_uuid"), QUuid::createUuid().toString()},
                              {QStringLiteral("pool_size"), 10}})});
        QCOMPARE(reopened.status, 200);
        QVERIFY(!reopened.json().contains(QStringLiteral("site_notes")));
    }

    void aBoxHandedOverTwiceGetsASiteNote() {
        const SyncTestRecord again = handedOver(kDevice, kBox, m_boxUuid, kTable2);
        const HttpResult result = uploadAs(kDevice, {again});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList{QStringLiteral("accepted")});
        const QJsonArray notes = result.json().value(QStringLiteral("site_notes")).toArray();
        QCOMPARE(notes.size(), 1);
        const QJsonObject note = notes.at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("uuid")).toString(), again.uuid);
        QCOMPARE(note.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("box_handed_over_twice"));
        QCOMPARE(note.value(QStringLiteral("box")).toString(), kBox);
        QCOMPARE(note.value(QStringLiteral("other_station")).toString(), kTable3);
        QCOMPARE(note.value(QStringLiteral("other_table")).toString(), QStringLiteral("Table 3"));
        QVERIFY(!note.value(QStringLiteral("other_at")).toString().isEmpty());
    }

    // Two tables opened boxes with one code (one was cut off from the site): both boxes are
    // kept, the second box.opened gets a note naming the first; its duplicate gets none.
    void aBoxCodeOpenedAgainGetsASiteNote() {
        const QString code = QStringLiteral("BX-017-0009");
        const QString firstUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secondUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpResult first = uploadAs(kTable3, {boxOpened(kTable3, code, firstUuid)});
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json().contains(QStringLiteral("site_notes")));
        const SyncTestRecord again = boxOpened(kDevice, code, secondUuid);
        const HttpResult result = uploadAs(kDevice, {again});
        QCOMPARE(result.status, 200);
        QCOMPARE(statuses(result), QStringList{QStringLiteral("accepted")});
        const QJsonArray notes = result.json().value(QStringLiteral("site_notes")).toArray();
        QCOMPARE(notes.size(), 1);
        const QJsonObject note = notes.at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("uuid")).toString(), again.uuid);
        QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("box_code_reused"));
        QCOMPARE(note.value(QStringLiteral("box")).toString(), code);
        QCOMPARE(note.value(QStringLiteral("other_station")).toString(), kTable3);
        QCOMPARE(note.value(QStringLiteral("other_table")).toString(), QStringLiteral("Table 3"));
        QVERIFY(!note.value(QStringLiteral("other_at")).toString().isEmpty());
        QVERIFY(!note.value(QStringLiteral("reason")).toString().isEmpty());
        // Both boxes are kept, each under its own uuid.
        QCOMPARE(lastFact(QStringLiteral("box_state"), "box_uuid", firstUuid)
                     .value(QStringLiteral("station"))
                     .toString(),
                 kTable3);
        QCOMPARE(lastFact(QStringLiteral("box_state"), "box_uuid", secondUuid)
                     .value(QStringLiteral("station"))
                     .toString(),
                 kDevice);
        const HttpResult duplicate = uploadAs(kDevice, {again});
        QCOMPARE(duplicate.status, 200);
        QVERIFY(!duplicate.json().contains(QStringLiteral("site_notes")));
        // The site check names both, first first, with where each is packed.
        const QJsonArray checked =
            m_client
                ->post(QStringLiteral("/v1/site/check"), QJsonObject{{QStringLiteral("box"), code}})
                .json()
                .value(QStringLiteral("box"))
                .toArray();
        QCOMPARE(checked.size(), 2);
        QCOMPARE(checked.at(0).toObject().value(QStringLiteral("box_uuid")).toString(), firstUuid);
        QCOMPARE(checked.at(0).toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("Table 3"));
        QVERIFY(!checked.at(0).toObject().value(QStringLiteral("opened_at")).toString().isEmpty());
        QCOMPARE(checked.at(1).toObject().value(QStringLiteral("box_uuid")).toString(), secondUuid);
        QCOMPARE(checked.at(1).toObject().value(QStringLiteral("station")).toString(), kDevice);
        // A box handed over: its seal and hand-over; a code no table used: none.
        const QJsonArray handed =
            m_client
                ->post(QStringLiteral("/v1/site/check"), QJsonObject{{QStringLiteral("box"), kBox}})
                .json()
                .value(QStringLiteral("box"))
                .toArray();
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.at(0).toObject().value(QStringLiteral("station")).toString(), kTable2);
        QVERIFY(!handed.at(0).toObject().value(QStringLiteral("sealed_at")).toString().isEmpty());
        QCOMPARE(handed.at(0)
                     .toObject()
                     .value(QStringLiteral("handed_over"))
                     .toObject()
                     .value(QStringLiteral("station"))
                     .toString(),
                 kTable3);
        QVERIFY(m_client
                    ->post(QStringLiteral("/v1/site/check"),
                           QJsonObject{{QStringLiteral("box"), QStringLiteral("BX-017-0999")}})
                    .json()
                    .value(QStringLiteral("box"))
                    .toArray()
                    .isEmpty());
    }

    // A hand-over stored before the packer's own records (the packer was cut off): the
    // facts and the dashboard come out the same.
    void handOverBeforeThePackersRecords() {
        const QString box = QStringLiteral("BX-017-0004");
        const QString boxUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(uploadAs(kDevice, {handedOver(kDevice, box, boxUuid, kTable3)}).status, 200);
        const QString tubeUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QList<SyncTestRecord> records =
            sealedTube(kTable3, QStringLiteral("GZ2611250301"), tubeUuid, 1);
        records << boxOpened(kTable3, box, boxUuid)
                << tubeAdded(kTable3, box, boxUuid, QStringLiteral("GZ2611250301"), tubeUuid, 1)
                << record(QStringLiteral("box.sealed"), kTable3,
                          {{QStringLiteral("box"), box},
                           {QStringLiteral("box_uuid"), boxUuid},
                           {QStringLiteral("tubes"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("tube"), QStringLiteral("GZ2611250301")},
                                {QStringLiteral("people"), 1}}}},
                           {QStringLiteral("tube_count"), 1},
                           {QStringLiteral("person_count"), 1}});
        const HttpResult result = uploadAs(kTable3, records);
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json().contains(QStringLiteral("site_notes")));
        const QJsonObject fact = lastFact(QStringLiteral("box_state"), "box_uuid", boxUuid,
                                          QStringLiteral("handed_over"));
        QCOMPARE(fact.value(QStringLiteral("box_station")).toString(), kTable3);
        QCOMPARE(fact.value(QStringLiteral("station")).toString(), kDevice);
        QVERIFY(!boxesListedAt(kTable3).contains(box));
        QVERIFY(boxesListedAt(kTable3).contains(QStringLiteral("BX-017-0003")));
    }

    void rebuildGivesTheSameFactsAndTables() {
        const QStringList before = factLines(facts());
        QCOMPARE(before.size(), 21); // with the two boxes of one code (BX-017-0009)
        int exitCode = -1;
        QString error;
        const QString output =
            m_server.runAdmin({QStringLiteral("rebuild-site-facts")}, &exitCode, &error);
        QVERIFY2(exitCode == 0, qPrintable(error));
        QVERIFY(output.contains(QString::number(before.size())));
        QCOMPARE(factLines(facts()), before);

        // The dashboard's projection, emptied and rebuilt at the next start (records in
        // station order: table 1's hand-over of table 3's box comes before the box).
        const QStringList boxesBefore = boxesListedAt(kTable3);
        QVERIFY(!boxesBefore.isEmpty());
        {
            QSqlDatabase db = writableStorage(QStringLiteral("write"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            for (const char *table :
                 {"site_table_stations", "site_table_tubes", "site_table_boxes"})
                QVERIFY2(query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)),
                         qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("write"));
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QCOMPARE(factLines(facts()), before);
        QCOMPARE(boxesListedAt(kTable3), boxesBefore);
    }

    // A box handed over at the site hub itself (`admin hand-over` there): the hub's own
    // record, relayed by the hub, is taken for a box of its site and recorded as the hub's;
    // a hub of another site cannot hand that box over.
    void aHubHandsOverABoxOfItsSiteOnly() {
        const QString hub = QStringLiteral("gz-th-017-hub");
        const QString otherSite = QStringLiteral("GZ-YX-002");
        const QString otherHub = QStringLiteral("gz-yx-002-hub");
        m_tokens.insert(hub, enrollHub(hub));
        m_tokens.insert(otherHub, enrollHub(otherHub, otherSite));
        QVERIFY(!m_tokens.value(hub).isEmpty());
        QVERIFY(!m_tokens.value(otherHub).isEmpty());
        const QString box = QStringLiteral("BX-017-0005");
        const QString boxUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString tube = QStringLiteral("GZ2611250205");
        const QString tubeUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QList<SyncTestRecord> records = sealedTube(kTable2, tube, tubeUuid, 1);
        records << boxOpened(kTable2, box, boxUuid)
                << tubeAdded(kTable2, box, boxUuid, tube, tubeUuid, 1)
                << record(QStringLiteral("box.sealed"), kTable2,
                          {{QStringLiteral("box"), box},
                           {QStringLiteral("box_uuid"), boxUuid},
                           {QStringLiteral("tubes"),
                            QJsonArray{QJsonObject{{QStringLiteral("tube"), tube},
                                                   {QStringLiteral("people"), 1}}}},
                           {QStringLiteral("tube_count"), 1},
                           {QStringLiteral("person_count"), 1}});
        QCOMPARE(uploadAs(kTable2, records).status, 200);
        QVERIFY(boxesListedAt(kTable2).contains(box));
        const auto hubHandOver = [&](const QString &by, const QString &site) {
            SyncTestRecord r = handedOver(by, box, boxUuid, kTable2);
            r.site = site;
            r.extra.insert(QStringLiteral("tube_count"), 1);
            r.extra.insert(QStringLiteral("person_count"), 1);
            r.extra.insert(QStringLiteral("table"), QStringLiteral("site hub"));
            r.extra.insert(QStringLiteral("site_hub"), true);
            return r;
        };

        // A hub of another site: refused for its site (the box is this site's), and for this
        // site (not the site it is enrolled at).
        const HttpResult other = uploadAs(otherHub, {hubHandOver(otherHub, otherSite)});
        QCOMPARE(other.status, 200);
        QCOMPARE(statuses(other), QStringList{QStringLiteral("rejected")});
        const QJsonObject outcome =
            other.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(outcome.value(QStringLiteral("code")).toString(),
                 QStringLiteral("box_of_other_site"));
        QCOMPARE(statuses(uploadAs(otherHub, {hubHandOver(otherHub, kSite)})),
                 QStringList{QStringLiteral("rejected")});
        QVERIFY(lastFact(QStringLiteral("box_state"), "box_uuid", boxUuid,
                         QStringLiteral("handed_over"))
                    .isEmpty());
        QVERIFY(boxesListedAt(kTable2).contains(box));

        // The site's own hub: taken, the hub its recorder and its relay.
        const SyncTestRecord own = hubHandOver(hub, kSite);
        const HttpResult taken = uploadAs(hub, {own});
        QCOMPARE(taken.status, 200);
        QCOMPARE(statuses(taken), QStringList{QStringLiteral("accepted")});
        const QJsonObject fact = lastFact(QStringLiteral("box_state"), "box_uuid", boxUuid,
                                          QStringLiteral("handed_over"));
        QCOMPARE(fact.value(QStringLiteral("station")).toString(), hub);
        QCOMPARE(fact.value(QStringLiteral("table")).toString(), QStringLiteral("site hub"));
        QCOMPARE(fact.value(QStringLiteral("box_station")).toString(), kTable2);
        QSqlQuery query(storage());
        QVERIFY(query.exec(
            QStringLiteral("SELECT station, via FROM records WHERE uuid = '%1'").arg(own.uuid)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), hub);
        QCOMPARE(query.value(1).toString(), hub);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(station) FROM hand_overs WHERE "
                                          "box_uuid = '%1'")
                               .arg(boxUuid)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), hub);
        QVERIFY(query.exec(
            QStringLiteral("SELECT state FROM boxes WHERE box_uuid = '%1'").arg(boxUuid)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("handed_over"));
        // The dashboard: the box left table 2's list, and the hub is no table of the site.
        QVERIFY(!boxesListedAt(kTable2).contains(box));
        const QJsonObject answer = m_client->get(QStringLiteral("/v1/site/tables")).json();
        for (const QJsonValue &table : answer.value(QStringLiteral("tables")).toArray())
            QVERIFY(table.toObject().value(QStringLiteral("station")).toString() != hub);
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerBoxFacts)
#include "tst_province_server_box_facts.moc"
