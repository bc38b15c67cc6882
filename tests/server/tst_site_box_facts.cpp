// SPDX-License-Identifier: GPL-3.0-or-later
// Boxes across tables on the server library over two SQLite files: a site hub that gets
// every record in one relayed batch, and a province that gets them from the stations
// straight, the hand-over first (the packing table was cut off). Both derive the same box
// facts and the same dashboard from the records alone, and a rebuild gives them again.
#include "server/Database.h"
#include "server/RecordStore.h"
#include "server/SiteTables.h"
#include "tests/support/SyncTestRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace station::server;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-017");
const QString kSealer = QStringLiteral("gz-th-017-t01");
const QString kPacker = QStringLiteral("gz-th-017-t02");
const QString kCourierDesk = QStringLiteral("gz-th-017-t03");

struct Server {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<RecordStore> store;
    bool open() {
        DatabaseTarget target;
        target.sqlitePath = dir.filePath(QStringLiteral("server.db"));
        target.createIfMissing = true;
        database = std::make_unique<Database>(target);
        QString error;
        if (!database->open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        store = std::make_unique<RecordStore>(*database);
        return true;
    }
    BatchOutcome ingest(const DeviceIdentity &device, const QList<SyncTestRecord> &records) {
        QJsonArray list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        return store->ingest(device, list, ServerLimits{});
    }
    // The facts without their numbers, sorted: the order of arrival may differ.
    QStringList facts() {
        QString error;
        const auto page = store->siteFacts().facts(kSite, 0, 1000, &error);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QStringList lines;
        for (const SiteFact &fact : page->facts) {
            QJsonObject o = fact.toJson();
            o.remove(QStringLiteral("seq"));
            lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        std::sort(lines.begin(), lines.end());
        return lines;
    }
    QJsonArray boxesAt(const QString &station) {
        QString error;
        const auto tables = SiteTables(*database).tables(kSite, 0, &error);
        for (const QJsonValue &table : tables.value_or(QJsonArray())) {
            if (table.toObject().value(QStringLiteral("station")).toString() == station)
                return table.toObject().value(QStringLiteral("boxes")).toArray();
        }
        return {};
    }
};

class Records {
public:
    SyncTestRecord make(const QString &kind, const QString &station, int table,
                        const QJsonObject &extra) {
        SyncTestRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.kind = kind;
        r.seq = ++m_seqs[station];
        r.site = kSite;
        r.station = station;
        r.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        r.extra = extra;
        r.extra.insert(QStringLiteral("table"), table);
        return r;
    }

private:
    QHash<QString, qint64> m_seqs;
};

} // namespace

class tst_SiteBoxFacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hubAndProvinceDeriveTheSameBoxFacts() {
        Records r;
        const QString tube = QStringLiteral("GZ2611250101");
        const QString tubeUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString box = QStringLiteral("BX-017-0001");
        const QString boxUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<SyncTestRecord> sealer{r.make(QStringLiteral("tube.opened"), kSealer, 1,
                                                  {{QStringLiteral("tube"), tube},
                                                   {QStringLiteral("tube_uuid"), tubeUuid},
                                                   {QStringLiteral("pool_size"), 10}}),
                                           r.make(QStringLiteral("tube.sealed"), kSealer, 1,
                                                  {{QStringLiteral("tube"), tube},
                                                   {QStringLiteral("tube_uuid"), tubeUuid},
                                                   {QStringLiteral("people"), 3}})};
        const QList<SyncTestRecord> packer{
            r.make(QStringLiteral("box.opened"), kPacker, 2,
                   {{QStringLiteral("box"), box}, {QStringLiteral("box_uuid"), boxUuid}}),
            r.make(QStringLiteral("box.tube_added"), kPacker, 2,
                   {{QStringLiteral("box"), box},
                    {QStringLiteral("box_uuid"), boxUuid},
                    {QStringLiteral("tube"), tube},
                    {QStringLiteral("tube_uuid"), tubeUuid},
                    {QStringLiteral("people"), 3},
                    {QStringLiteral("tube_station"), kSealer},
                    {QStringLiteral("tube_table"), QStringLiteral("Table 1")}}),
            r.make(
                QStringLiteral("box.sealed"), kPacker, 2,
                {{QStringLiteral("box"), box},
                 {QStringLiteral("box_uuid"), boxUuid},
                 {QStringLiteral("tubes"), QJsonArray{QJsonObject{{QStringLiteral("tube"), tube},
                                                                  {QStringLiteral("people"), 3}}}},
                 {QStringLiteral("tube_count"), 1},
                 {QStringLiteral("person_count"), 3}})};
        const QList<SyncTestRecord> courierDesk{
            r.make(QStringLiteral("box.handed_over"), kCourierDesk, 3,
                   {{QStringLiteral("box"), box},
                    {QStringLiteral("box_uuid"), boxUuid},
                    {QStringLiteral("box_station"), kPacker},
                    {QStringLiteral("tube_count"), 1},
                    {QStringLiteral("person_count"), 3},
                    {QStringLiteral("handed_over_by"), QStringLiteral("staff 7")},
                    {QStringLiteral("carried_by"), QStringLiteral("courier 2")}})};

        Server hub;
        QVERIFY(hub.open());
        const BatchOutcome relayed =
            hub.ingest(DeviceIdentity{QStringLiteral("gz-th-017-hub"), kSite, DeviceRole::Hub},
                       sealer + packer + courierDesk);
        QVERIFY(relayed.stored);
        QCOMPARE(relayed.site.facts, 6);
        QVERIFY(relayed.site.notes.isEmpty());

        Server province;
        QVERIFY(province.open());
        for (const auto &[station, records] :
             {std::pair{kCourierDesk, courierDesk}, std::pair{kSealer, sealer},
              std::pair{kPacker, packer}}) {
            const BatchOutcome direct =
                province.ingest(DeviceIdentity{station, kSite, DeviceRole::Station}, records);
            QVERIFY(direct.stored);
            QVERIFY(direct.site.notes.isEmpty());
        }

        const QStringList facts = hub.facts();
        QCOMPARE(facts.size(), 6);
        QCOMPARE(province.facts(), facts);
        const QString sealed = facts.filter(QStringLiteral("\"kind\":\"box_state\""))
                                   .filter(QStringLiteral("\"state\":\"sealed\""))
                                   .value(0);
        const QJsonArray tubes = QJsonDocument::fromJson(sealed.toUtf8())
                                     .object()
                                     .value(QStringLiteral("tubes"))
                                     .toArray();
        QCOMPARE(tubes.size(), 1);
        QCOMPARE(tubes.at(0).toObject().value(QStringLiteral("station")).toString(), kSealer);
        QCOMPARE(tubes.at(0).toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("Table 1"));
        QCOMPARE(tubes.at(0).toObject().value(QStringLiteral("tube_uuid")).toString(), tubeUuid);

        // The dashboard: the box is handed over at both, whatever came first.
        QVERIFY(hub.boxesAt(kPacker).isEmpty());
        QVERIFY(province.boxesAt(kPacker).isEmpty());

        // Rebuilt from the records alone, at either server: the same facts again.
        QString error;
        QVERIFY2(province.store->siteFacts().rebuild(&error), qPrintable(error));
        QCOMPARE(province.facts(), facts);
        QVERIFY2(SiteTables(*province.database).rebuild(&error), qPrintable(error));
        QVERIFY(province.boxesAt(kPacker).isEmpty());
        QVERIFY2(hub.store->siteFacts().rebuild(&error), qPrintable(error));
        QCOMPARE(hub.facts(), facts);
    }

    // A database whose site_facts were made before boxes across tables gains the columns,
    // and its server then keeps box facts.
    void olderFactsTableGainsTheBoxColumns() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE site_facts (seq INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT "
                "NULL, kind TEXT NOT NULL, station TEXT NOT NULL, table_label TEXT NOT NULL, "
                "person_key TEXT, tube TEXT, sample_uuid TEXT, state TEXT, at TEXT NOT NULL, "
                "record_uuid TEXT NOT NULL)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        DatabaseTarget target;
        target.sqlitePath = path;
        for (int open = 0; open < 2; ++open) { // a second start finds them there
            Database database(target);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
        }
        Database database(target);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        RecordStore store(database);
        Records r;
        const QString boxUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SyncTestRecord opened = r.make(QStringLiteral("box.opened"), kPacker, 2,
                                             {{QStringLiteral("box"), QStringLiteral("BX-1")},
                                              {QStringLiteral("box_uuid"), boxUuid}});
        const BatchOutcome outcome =
            store.ingest(DeviceIdentity{kPacker, kSite, DeviceRole::Station},
                         QJsonArray{opened.toJson()}, ServerLimits{});
        QVERIFY(outcome.stored);
        QCOMPARE(outcome.site.facts, 1);
        const auto page = store.siteFacts().facts(kSite, 0, 10, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->facts.size(), 1);
        QCOMPARE(page->facts.at(0).toJson().value(QStringLiteral("box_uuid")).toString(), boxUuid);
    }
};

QTEST_GUILESS_MAIN(tst_SiteBoxFacts)
#include "tst_site_box_facts.moc"
