// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: GET /v1/site/tables, the site
// dashboard's view of every table (docs/sync-protocol.md). Three stations are enrolled at
// the site (one never sends anything), its hub (no table) and a station at another site;
// their tubes, swabs, boxes and station_status come back per table, and the same answer
// after the projection is rebuilt from the records.
#include "ProvinceServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace station::test;

namespace {

const QString kSecond = QStringLiteral("gz-th-017-t02");
const QString kSilent = QStringLiteral("gz-th-017-t03");
const QString kOtherSite = QStringLiteral("GZ-TH-099");
const QString kOtherDevice = QStringLiteral("gz-th-099-t01");

// One "now" for the whole test, so that times compare exactly.
const QDateTime kNow = QDateTime::currentDateTimeUtc();

QString isoAgo(qint64 seconds) {
    return kNow.addSecs(-seconds).toString(Qt::ISODateWithMs);
}

} // namespace

class tst_SiteTables : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    SyncTestRecord record(const QString &station, qint64 seq, const QString &kind,
                          const QJsonObject &extra, qint64 secondsAgo) {
        SyncTestRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.kind = kind;
        r.seq = seq;
        r.site = station == kOtherDevice ? kOtherSite : kSite;
        r.station = station;
        r.at = isoAgo(secondsAgo);
        r.extra = extra;
        r.extra.insert(QStringLiteral("table"), station == kSecond ? 2 : 1);
        return r;
    }

    HttpResult post(TestHttpsClient &client, const QString &station,
                    const QList<SyncTestRecord> &records, const QJsonObject &status = {}) {
        QList<QJsonObject> list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        QJsonObject body = syncBatch(station, list);
        if (!status.isEmpty())
            body.insert(QStringLiteral("station_status"), status);
        return client.post(QStringLiteral("/v1/records"), body);
    }

    std::unique_ptr<TestHttpsClient> clientFor(const QString &token) {
        auto client = std::make_unique<TestHttpsClient>(m_server.certificate());
        client->setBaseUrl(m_server.baseUrl());
        client->setBearerToken(token);
        return client;
    }

    QJsonObject tablesAnswer(TestHttpsClient &client, const QString &query = QString()) {
        const HttpResult result = client.get(QStringLiteral("/v1/site/tables") + query);
        if (result.status != 200)
            qWarning("site tables: HTTP %d %s", result.status, result.body.constData());
        return result.status == 200 ? result.json() : QJsonObject();
    }

    static QJsonObject tableOf(const QJsonObject &answer, const QString &station) {
        for (const QJsonValue &value : answer.value(QStringLiteral("tables")).toArray()) {
            if (value.toObject().value(QStringLiteral("station")).toString() == station)
                return value.toObject();
        }
        return {};
    }

    std::unique_ptr<TestHttpsClient> m_second;
    std::unique_ptr<TestHttpsClient> m_silent;
    std::unique_ptr<TestHttpsClient> m_other;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
        const QString second = enroll(kSecond);
        const QString silent = enroll(kSilent);
        const QString other = enroll(kOtherDevice, kOtherSite);
        QVERIFY(!second.isEmpty() && !silent.isEmpty() && !other.isEmpty());
        // A site hub enrolled at the site is no table of it.
        QVERIFY(!enrollHub(QStringLiteral("gz-th-017-hub")).isEmpty());
        m_second = clientFor(second);
        m_silent = clientFor(silent);
        m_other = clientFor(other);

        // Table 1: one tube sealed into a box (sealed), one tube open with 3 people of whom
        // one was taken off again.
        const QString tubeA = QStringLiteral("tube-a");
        const QString tubeB = QStringLiteral("tube-b");
        const QString box = QStringLiteral("box-1");
        QList<SyncTestRecord> first;
        qint64 seq = 0;
        const auto add = [&](const QString &kind, const QJsonObject &extra, qint64 ago) {
            first.append(record(kDevice, ++seq, kind, extra, ago));
        };
        add(QStringLiteral("tube.opened"),
            {{QStringLiteral("tube"), QStringLiteral("GZ00000001")},
             {QStringLiteral("tube_uuid"), tubeA},
             {QStringLiteral("pool_size"), 2}},
            3000);
        for (int i = 0; i < 2; ++i)
            add(QStringLiteral("sample.taken"),
                {{QStringLiteral("tube"), QStringLiteral("GZ00000001")},
                 {QStringLiteral("tube_uuid"), tubeA}},
                2900 - i * 60);
        add(QStringLiteral("tube.sealed"),
            {{QStringLiteral("tube"), QStringLiteral("GZ00000001")},
             {QStringLiteral("tube_uuid"), tubeA},
             {QStringLiteral("people"), 2}},
            2700);
        add(QStringLiteral("box.opened"),
            {{QStringLiteral("box"), QStringLiteral("BX0001")}, {QStringLiteral("box_uuid"), box}},
            2650);
        add(QStringLiteral("box.tube_added"),
            {{QStringLiteral("box"), QStringLiteral("BX0001")},
             {QStringLiteral("box_uuid"), box},
             {QStringLiteral("tube"), QStringLiteral("GZ00000001")},
             {QStringLiteral("tube_uuid"), tubeA},
             {QStringLiteral("people"), 2}},
            2600);
        add(QStringLiteral("box.sealed"),
            {{QStringLiteral("box"), QStringLiteral("BX0001")},
             {QStringLiteral("box_uuid"), box},
             {QStringLiteral("tubes"), QJsonArray{}},
             {QStringLiteral("tube_count"), 1},
             {QStringLiteral("person_count"), 2}},
            2500);
        add(QStringLiteral("tube.opened"),
            {{QStringLiteral("tube"), QStringLiteral("GZ00000002")},
             {QStringLiteral("tube_uuid"), tubeB},
             {QStringLiteral("pool_size"), 10}},
            600);
        for (int i = 0; i < 3; ++i)
            add(QStringLiteral("sample.taken"),
                {{QStringLiteral("tube"), QStringLiteral("GZ00000002")},
                 {QStringLiteral("tube_uuid"), tubeB}},
                500 - i * 60);
        // A removal names the tube by its code only.
        add(QStringLiteral("sample.removed"),
            {{QStringLiteral("tube"), QStringLiteral("GZ00000002")},
             {QStringLiteral("refers_to"), QStringLiteral("x")}},
            300);
        const HttpResult uploaded = post(*m_client, kDevice, first,
                                         {{QStringLiteral("table"), QStringLiteral("Table 1")},
                                          {QStringLiteral("pending"), first.size()},
                                          {QStringLiteral("oldest_pending_at"), first.first().at}});
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json().value(QStringLiteral("accepted")).toInt(), first.size());

        // Table 2: a tube voided with its one swab, then a box handed over.
        QList<SyncTestRecord> second2;
        second2 << record(kSecond, 1, QStringLiteral("tube.opened"),
                          {{QStringLiteral("tube"), QStringLiteral("GZ00000100")},
                           {QStringLiteral("tube_uuid"), QStringLiteral("tube-c")},
                           {QStringLiteral("pool_size"), 10}},
                          1200)
                << record(kSecond, 2, QStringLiteral("sample.taken"),
                          {{QStringLiteral("tube"), QStringLiteral("GZ00000100")},
                           {QStringLiteral("tube_uuid"), QStringLiteral("tube-c")}},
                          1100)
                << record(kSecond, 3, QStringLiteral("tube.voided"),
                          {{QStringLiteral("tube"), QStringLiteral("GZ00000100")},
                           {QStringLiteral("tube_uuid"), QStringLiteral("tube-c")},
                           {QStringLiteral("reason"), QStringLiteral("dropped")},
                           {QStringLiteral("samples"), QJsonArray{}}},
                          1000)
                << record(kSecond, 4, QStringLiteral("box.opened"),
                          {{QStringLiteral("box"), QStringLiteral("BX0100")},
                           {QStringLiteral("box_uuid"), QStringLiteral("box-2")}},
                          900)
                << record(kSecond, 5, QStringLiteral("box.handed_over"),
                          {{QStringLiteral("box"), QStringLiteral("BX0100")},
                           {QStringLiteral("box_uuid"), QStringLiteral("box-2")},
                           {QStringLiteral("tube_count"), 0},
                           {QStringLiteral("person_count"), 0},
                           {QStringLiteral("handed_over_by"), QStringLiteral("L1")},
                           {QStringLiteral("carried_by"), QStringLiteral("C1")}},
                          800);
        QCOMPARE(post(*m_second, kSecond, second2).status, 200);
        // Another site's table is never listed here.
        QCOMPARE(post(*m_other, kOtherDevice,
                      {record(kOtherDevice, 1, QStringLiteral("sample.taken"),
                              {{QStringLiteral("tube"), QStringLiteral("GZ00000900")}}, 100)})
                     .status,
                 200);
    }

    void cleanupTestCase() { stopServer(); }

    void listsEveryEnrolledTableOfTheSite() {
        const QJsonObject answer = tablesAnswer(*m_client);
        QCOMPARE(answer.value(QStringLiteral("site")).toString(), kSite);
        QCOMPARE(answer.value(QStringLiteral("role")).toString(), QStringLiteral("province"));
        QVERIFY(answer.value(QStringLiteral("upstream")).isNull());
        QVERIFY(QDateTime::fromString(answer.value(QStringLiteral("server_time")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QStringList stations;
        for (const QJsonValue &value : answer.value(QStringLiteral("tables")).toArray())
            stations << value.toObject().value(QStringLiteral("station")).toString();
        stations.sort();
        QCOMPARE(stations, (QStringList{kDevice, kSecond, kSilent}));
        // The table that never sent anything: listed, with nothing known yet.
        const QJsonObject silent = tableOf(answer, kSilent);
        QCOMPARE(silent.value(QStringLiteral("table")).toString(), QStringLiteral("Table 3"));
        QVERIFY(silent.value(QStringLiteral("last_record_at")).isNull());
        QVERIFY(silent.value(QStringLiteral("pending")).isNull());
        QVERIFY(silent.value(QStringLiteral("last_seen_at")).isNull());
        QCOMPARE(silent.value(QStringLiteral("samples")).toInt(), 0);
        QVERIFY(silent.value(QStringLiteral("open_tubes")).toArray().isEmpty());
    }

    void countsSwabsTubesAndBoxesPerTable() {
        const QJsonObject answer = tablesAnswer(*m_client);
        const QJsonObject first = tableOf(answer, kDevice);
        QCOMPARE(first.value(QStringLiteral("samples")).toInt(), 5);
        QCOMPARE(first.value(QStringLiteral("removed")).toInt(), 1);
        int bucketSamples = 0;
        for (const QJsonValue &b : first.value(QStringLiteral("buckets")).toArray())
            bucketSamples += b.toObject().value(QStringLiteral("samples")).toInt();
        QCOMPARE(bucketSamples, 5);
        const QJsonArray open = first.value(QStringLiteral("open_tubes")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("tube")).toString(),
                 QStringLiteral("GZ00000002"));
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("people")).toInt(), 2);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("pool_size")).toInt(), 10);
        const QJsonArray boxes = first.value(QStringLiteral("boxes")).toArray();
        QCOMPARE(boxes.size(), 1);
        const QJsonObject box = boxes.at(0).toObject();
        QCOMPARE(box.value(QStringLiteral("box")).toString(), QStringLiteral("BX0001"));
        QCOMPARE(box.value(QStringLiteral("tubes")).toInt(), 1);
        QCOMPARE(box.value(QStringLiteral("people")).toInt(), 2);
        QVERIFY(!box.value(QStringLiteral("sealed_at")).isNull());
        // The box's clock runs from its tube's first swab.
        QCOMPARE(QDateTime::fromString(box.value(QStringLiteral("earliest_swab_at")).toString(),
                                       Qt::ISODateWithMs),
                 QDateTime::fromString(first.value(QStringLiteral("last_sample_at")).toString(),
                                       Qt::ISODateWithMs)
                     .addSecs(-2900 + 380));
        QVERIFY(first.value(QStringLiteral("last_record_at")).toString() >=
                first.value(QStringLiteral("last_sample_at")).toString());

        const QJsonObject second = tableOf(answer, kSecond);
        QCOMPARE(second.value(QStringLiteral("samples")).toInt(), 1);
        QVERIFY(second.value(QStringLiteral("open_tubes")).toArray().isEmpty()); // voided
        QVERIFY(second.value(QStringLiteral("boxes")).toArray().isEmpty());      // handed over
    }

    void keepsStationStatusAndLastSeen() {
        const QJsonObject answer = tablesAnswer(*m_client);
        const QJsonObject first = tableOf(answer, kDevice);
        QCOMPARE(first.value(QStringLiteral("pending")).toInt(), 12);
        QVERIFY(!first.value(QStringLiteral("oldest_pending_at")).isNull());
        QVERIFY(!first.value(QStringLiteral("status_at")).isNull());
        QVERIFY(!first.value(QStringLiteral("last_seen_at")).isNull());
        // Table 2 sent no status: its backlog is unknown, but it was seen.
        const QJsonObject second = tableOf(answer, kSecond);
        QVERIFY(second.value(QStringLiteral("pending")).isNull());
        QVERIFY(!second.value(QStringLiteral("last_seen_at")).isNull());
        // Any authenticated request counts as being seen, a read as well as an upload.
        QVERIFY(tableOf(answer, kSilent).value(QStringLiteral("last_seen_at")).isNull());
        tablesAnswer(*m_silent);
        QVERIFY(!tableOf(tablesAnswer(*m_client), kSilent)
                     .value(QStringLiteral("last_seen_at"))
                     .isNull());
        // A later status replaces the earlier one.
        QCOMPARE(post(*m_client, kDevice, {},
                      {{QStringLiteral("table"), QStringLiteral("Table 1")},
                       {QStringLiteral("pending"), 0},
                       {QStringLiteral("oldest_pending_at"), QJsonValue()}})
                     .status,
                 200);
        const QJsonObject after = tableOf(tablesAnswer(*m_client), kDevice);
        QCOMPARE(after.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(after.value(QStringLiteral("oldest_pending_at")).isNull());
    }

    void sinceLimitsSwabCounts() {
        const QJsonObject answer =
            tablesAnswer(*m_client, QStringLiteral("?since=") + isoAgo(1800));
        QCOMPARE(tableOf(answer, kDevice).value(QStringLiteral("samples")).toInt(), 3);
        QCOMPARE(tableOf(answer, kSecond).value(QStringLiteral("samples")).toInt(), 1);
        // Open tubes and waiting boxes are the state now, whatever `since` says.
        QCOMPARE(tableOf(answer, kDevice).value(QStringLiteral("boxes")).toArray().size(), 1);
        QCOMPARE(m_client->get(QStringLiteral("/v1/site/tables?since=yesterday")).status, 400);
    }

    void refusesWithoutToken() {
        TestHttpsClient stranger(m_server.certificate());
        stranger.setBaseUrl(m_server.baseUrl());
        QCOMPARE(stranger.get(QStringLiteral("/v1/site/tables")).status, 401);
    }

    // The projection is derived from the records only: emptied, it comes back the same
    // when the server starts again.
    void rebuildsFromTheRecords() {
        QJsonObject before = tablesAnswer(*m_client);
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
        QCOMPARE(tableOf(tablesAnswer(*m_client), kDevice)
                     .value(QStringLiteral("open_tubes"))
                     .toArray()
                     .size(),
                 0);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QJsonObject after = tablesAnswer(*m_client);
        // Only what is not derived from records may differ: when each was last seen.
        const auto derived = [](QJsonObject answer) {
            QJsonArray tables;
            for (const QJsonValue &value : answer.value(QStringLiteral("tables")).toArray()) {
                QJsonObject t = value.toObject();
                t.remove(QStringLiteral("last_seen_at"));
                tables.append(t);
            }
            return tables;
        };
        QCOMPARE(derived(after), derived(before));
    }

    // Table 1 and table 2 opened the same code while cut off from the site (the hub down):
    // the lead's list names it under both tables, whichever synced first, and says it once.
    void aTubeCodeOpenedAtTwoTablesIsListedAtBoth() {
        const QString code = QStringLiteral("GZ00000030");
        QCOMPARE(post(*m_second, kSecond,
                      {record(kSecond, 100, QStringLiteral("tube.opened"),
                              {{QStringLiteral("tube"), code},
                               {QStringLiteral("tube_uuid"), QStringLiteral("tube-30-b")},
                               {QStringLiteral("pool_size"), 5}},
                              120)})
                     .status,
                 200);
        QCOMPARE(post(*m_client, kDevice,
                      {record(kDevice, 100, QStringLiteral("tube.opened"),
                              {{QStringLiteral("tube"), code},
                               {QStringLiteral("tube_uuid"), QStringLiteral("tube-30-a")},
                               {QStringLiteral("pool_size"), 5}},
                              60)})
                     .status,
                 200);
        const QJsonObject answer = tablesAnswer(*m_client);
        const auto shared = [&](const QString &station) {
            return tableOf(answer, station).value(QStringLiteral("shared_tube_codes")).toArray();
        };
        QCOMPARE(shared(kSecond).size(), 1);
        QCOMPARE(shared(kSecond).first().toObject().value(QStringLiteral("tube")).toString(), code);
        QCOMPARE(
            shared(kSecond).first().toObject().value(QStringLiteral("other_station")).toString(),
            kDevice);
        QCOMPARE(shared(kDevice).size(), 1);
        QCOMPARE(shared(kDevice).first().toObject().value(QStringLiteral("other_table")).toString(),
                 QStringLiteral("Table 2"));
        QVERIFY(shared(kSilent).isEmpty());

        int exitCode = -1;
        const QString listing = m_server.runAdmin(
            {QStringLiteral("site-tables"), QStringLiteral("--site"), kSite}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(listing.count(code), 1);
        QVERIFY2(listing.contains(QStringLiteral("Tube code %1 was opened at Table 1 and also at "
                                                 "Table 2")
                                      .arg(code)),
                 qPrintable(listing));
    }
};

QTEST_GUILESS_MAIN(tst_SiteTables)
#include "tst_site_tables.moc"
