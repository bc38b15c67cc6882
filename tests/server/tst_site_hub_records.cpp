// SPDX-License-Identifier: GPL-3.0-or-later
// The province's role rule and the hub's upstream queue, on the server library over an
// SQLite file: a station uploads only its own records, a hub any station's of its own site
// (stored under that station, with the hub in records.via); a record the hub stores is
// queued upstream once, in the same transaction; the queue is marked only by an answer;
// a database made before site hubs gains the new columns.
#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/RecordStore.h"
#include "server/UpstreamQueue.h"
#include "tests/support/SyncTestRecords.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace station::server;
using namespace station::test;

namespace {

const QString kSiteA = QStringLiteral("GZ-TH-017");
const QString kSiteB = QStringLiteral("GZ-YX-002");

SyncTestRecord record(const QString &site, const QString &station, qint64 seq) {
    SyncTestRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.seq = seq;
    r.site = site;
    r.station = station;
    r.extra.insert(QStringLiteral("tube"),
                   QStringLiteral("GZ%1").arg(seq, 8, 10, QLatin1Char('0')));
    return r;
}

QJsonArray batch(const QList<SyncTestRecord> &records) {
    QJsonArray list;
    for (const SyncTestRecord &r : records)
        list.append(r.toJson());
    return list;
}

QStringList statuses(const BatchOutcome &outcome) {
    QStringList list;
    for (const RecordResult &result : outcome.results)
        list << recordStatusName(result.status);
    return list;
}

} // namespace

class tst_SiteHubRecords : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    QString scalar(const QString &sql) {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).isNull() ? QStringLiteral("<null>") : query.value(0).toString();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        DatabaseTarget target;
        target.sqlitePath = m_dir->filePath(QStringLiteral("server.db"));
        target.createIfMissing = true;
        m_database = std::make_unique<Database>(target);
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    void cleanup() {
        m_database.reset();
        m_dir.reset();
    }

    void enrollmentCodeSetsTheRole() {
        DeviceRegistry registry(*m_database);
        QString error;
        const auto hubCode = registry.createEnrollmentCode(kSiteA, 1, 1, &error, DeviceRole::Hub);
        const auto stationCode = registry.createEnrollmentCode(kSiteA, 1, 1, &error);
        QVERIFY2(hubCode && stationCode, qPrintable(error));
        QString hubToken;
        QString stationToken;
        QCOMPARE(registry.enroll(kSiteA, *hubCode, QStringLiteral("gz-th-017-hub"),
                                 QStringLiteral("site hub"), &hubToken, &error),
                 DeviceRegistry::EnrollResult::Enrolled);
        QCOMPARE(registry.enroll(kSiteA, *stationCode, QStringLiteral("gz-th-017-t01"),
                                 QStringLiteral("Table 1"), &stationToken, &error),
                 DeviceRegistry::EnrollResult::Enrolled);
        DeviceIdentity device;
        QCOMPARE(registry.authenticate(hubToken, &device, &error),
                 DeviceRegistry::AuthResult::Authenticated);
        QCOMPARE(device.role, DeviceRole::Hub);
        QCOMPARE(device.site, kSiteA);
        QCOMPARE(registry.authenticate(stationToken, &device, &error),
                 DeviceRegistry::AuthResult::Authenticated);
        QCOMPARE(device.role, DeviceRole::Station);
        const auto listed = registry.devices(kSiteA, &error);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).role, DeviceRole::Hub);
    }

    void stationMayNotUploadAnotherStationsRecords() {
        RecordStore store(*m_database);
        const DeviceIdentity station{QStringLiteral("gz-th-017-t01"), kSiteA, DeviceRole::Station};
        const BatchOutcome outcome =
            store.ingest(station,
                         batch({record(kSiteA, QStringLiteral("gz-th-017-t01"), 1),
                                record(kSiteA, QStringLiteral("gz-th-017-t02"), 1)}),
                         ServerLimits{});
        QVERIFY(outcome.stored);
        QCOMPARE(statuses(outcome),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")}));
        QCOMPARE(outcome.results.at(1).reason,
                 QStringLiteral("content.station is not this device"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM records")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT via FROM records")), QStringLiteral("<null>"));
    }

    void hubRelaysAnyStationOfItsOwnSite() {
        RecordStore store(*m_database);
        const DeviceIdentity hub{QStringLiteral("gz-th-017-hub"), kSiteA, DeviceRole::Hub};
        const SyncTestRecord fromT01 = record(kSiteA, QStringLiteral("gz-th-017-t01"), 1);
        const SyncTestRecord fromT02 = record(kSiteA, QStringLiteral("gz-th-017-t02"), 1);
        const SyncTestRecord otherSite = record(kSiteB, QStringLiteral("gz-yx-002-t01"), 1);
        const BatchOutcome outcome =
            store.ingest(hub, batch({fromT01, fromT02, otherSite}), ServerLimits{});
        QVERIFY(outcome.stored);
        QCOMPARE(statuses(outcome),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("accepted"),
                              QStringLiteral("rejected")}));
        QCOMPARE(outcome.results.at(2).reason,
                 QStringLiteral("content.site is not the site this device is enrolled at"));
        // Each record stays its own station's; the hub that relayed it is kept beside it.
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT station FROM records WHERE uuid = '%1'").arg(fromT02.uuid)),
            QStringLiteral("gz-th-017-t02"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE via = 'gz-th-017-hub'")),
                 QStringLiteral("2"));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT content FROM records WHERE uuid = '%1'").arg(fromT01.uuid)),
            QString::fromUtf8(fromT01.payload()));
    }

    void storedRecordsAreQueuedOnce() {
        RecordStore store(*m_database);
        int notified = 0;
        store.setUpstreamQueue([&notified](int queued) { notified += queued; });
        const DeviceIdentity station{QStringLiteral("gz-th-017-t01"), kSiteA, DeviceRole::Station};
        const QList<SyncTestRecord> records{record(kSiteA, station.deviceId, 1),
                                            record(kSiteA, station.deviceId, 2),
                                            record(kSiteA, station.deviceId, 3)};
        QVERIFY(store.ingest(station, batch(records), ServerLimits{}).stored);
        QCOMPARE(notified, 3);
        // Sent again (the answer was lost): duplicates, not queued again.
        QCOMPARE(statuses(store.ingest(station, batch(records), ServerLimits{})),
                 QStringList(3, QStringLiteral("duplicate")));
        // Changed content under a stored uuid: a conflict, not queued.
        SyncTestRecord changed = records.first();
        changed.extra.insert(QStringLiteral("tube"), QStringLiteral("GZ99999999"));
        QCOMPARE(statuses(store.ingest(station, batch({changed}), ServerLimits{})),
                 QStringList{QStringLiteral("conflict")});
        QCOMPARE(notified, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM upstream_queue")),
                 QStringLiteral("3"));

        UpstreamQueue queue(*m_database);
        QString error;
        const auto pending = queue.pendingBatch(500, 1 << 20, &error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 3);
        for (int i = 0; i < 3; ++i) {
            // In the order stored, byte for byte as the station sent them.
            QCOMPARE(pending->at(i).record.uuid, records.at(i).uuid);
            QCOMPARE(pending->at(i).record.payload, records.at(i).payload());
            QCOMPARE(pending->at(i).record.contentHash, records.at(i).hash());
            QCOMPARE(pending->at(i).record.seq, records.at(i).seq);
        }
        // A byte limit below one record still sends one.
        QCOMPARE(queue.pendingBatch(500, 1, &error)->size(), 1);
    }

    void onlyAnAnswerMarksTheQueue() {
        RecordStore store(*m_database);
        store.setUpstreamQueue([](int) {});
        const DeviceIdentity station{QStringLiteral("gz-th-017-t01"), kSiteA, DeviceRole::Station};
        QList<SyncTestRecord> records;
        for (int i = 1; i <= 4; ++i)
            records << record(kSiteA, station.deviceId, i);
        QVERIFY(store.ingest(station, batch(records), ServerLimits{}).stored);
        UpstreamQueue queue(*m_database);
        QString error;
        const auto sent = queue.pendingBatch(500, 1 << 20, &error);
        QVERIFY(sent);
        const QList<station::protocol::RecordOutcome> outcomes{
            {records.at(0).uuid, QStringLiteral("accepted"), QString(), QString()},
            {records.at(1).uuid, QStringLiteral("duplicate"), QString(), QString()},
            {records.at(2).uuid, QStringLiteral("conflict"),
             QStringLiteral("uuid already stored with different content"),
             QStringLiteral("uuid_conflict")},
            {records.at(3).uuid, QStringLiteral("postponed"), QString(), QString()}};
        int refused = -1;
        QVERIFY(queue.applyOutcomes(*sent, outcomes, &error, &refused));
        QCOMPARE(refused, 1);
        // The station of the refused record is told through the site's facts, once: the same
        // answer applied again (a lost commit, say) tells nothing more.
        QVERIFY(queue.applyOutcomes(*sent, outcomes, &error, &refused));
        QCOMPARE(refused, 0);
        const auto page = store.siteFacts().facts(kSiteA, 0, 100, &error);
        QVERIFY2(page, qPrintable(error));
        QList<QJsonObject> told;
        for (const SiteFact &fact : page->facts) {
            if (fact.kind == QLatin1String("relay_refused"))
                told.append(fact.toJson());
        }
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().value(QStringLiteral("station")).toString(), station.deviceId);
        QCOMPARE(told.first().value(QStringLiteral("record_uuid")).toString(), records.at(2).uuid);
        QCOMPARE(told.first().value(QStringLiteral("state")).toString(),
                 QStringLiteral("conflict"));
        QCOMPARE(told.first().value(QStringLiteral("code")).toString(),
                 QStringLiteral("uuid_conflict"));
        QVERIFY(!told.first().contains(QStringLiteral("person_key")));
        const auto counts = queue.counts(&error);
        QVERIFY(counts);
        QCOMPARE(counts->acked, 2);
        QCOMPARE(counts->conflicts, 1);
        QCOMPARE(counts->pending, 1); // a status the hub does not know: sent again later
        QVERIFY(!counts->oldestPendingAt.isEmpty());
        const auto issues = queue.issues(10, &error);
        QVERIFY(issues);
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->first().uuid, records.at(2).uuid);
        QCOMPARE(issues->first().station, station.deviceId);
        QCOMPARE(issues->first().reason,
                 QStringLiteral("uuid already stored with different content"));
        QCOMPARE(issues->first().code, QStringLiteral("uuid_conflict"));
        QCOMPARE(queue.pendingBatch(500, 1 << 20, &error)->first().record.uuid, records.at(3).uuid);
    }

    void hubRowClaimsTheDatabase() {
        UpstreamQueue queue(*m_database);
        QString error;
        QVERIFY(!queue.hubRow(&error).has_value());
        QVERIFY(error.isEmpty());
        QVERIFY(queue.claimForHub(QStringLiteral("gz-th-017-hub"), kSiteA, &error));
        QVERIFY(queue.claimForHub(QStringLiteral("gz-th-017-hub"), kSiteA, &error)); // again
        auto row = queue.hubRow(&error);
        QVERIFY(row);
        QVERIFY(row->token.isEmpty());
        QVERIFY(queue.saveToken(QStringLiteral("secret-token"), &error));
        QVERIFY(queue.saveResidentCodeKey(QByteArray(32, '\x07'), &error));
        row = queue.hubRow(&error);
        QCOMPARE(row->token, QStringLiteral("secret-token"));
        QCOMPARE(row->residentCode, QByteArray(32, '\x07'));
        QCOMPARE(row->site, kSiteA);
    }

    // A province database made before site hubs: the columns are added, old devices are
    // stations, old records came directly.
    void olderDatabaseGainsTheColumns() {
        m_database.reset();
        const QString path = m_dir->filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (const char *statement :
                 {"CREATE TABLE records (uuid TEXT PRIMARY KEY, site TEXT NOT NULL, station TEXT "
                  "NOT NULL, kind TEXT NOT NULL, station_seq BIGINT NOT NULL, created_at TEXT NOT "
                  "NULL, at TEXT NOT NULL, at_bucket BIGINT NOT NULL, content TEXT NOT NULL, "
                  "content_hash TEXT NOT NULL, received_at TEXT NOT NULL)",
                  "CREATE TABLE devices (device_id TEXT PRIMARY KEY, site TEXT NOT NULL, "
                  "table_label TEXT, token_hash TEXT NOT NULL UNIQUE, previous_token_hash TEXT, "
                  "enrolled_at TEXT NOT NULL, rotated_at TEXT, revoked INTEGER NOT NULL DEFAULT 0)",
                  "CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY, site TEXT NOT NULL, "
                  "uses_left INTEGER NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)",
                  "INSERT INTO devices VALUES ('gz-th-017-t01', 'GZ-TH-017', 'Table 1', 'h', NULL, "
                  "'2026-11-25T08:00:00.000Z', NULL, 0)",
                  "INSERT INTO records VALUES ('u1', 'GZ-TH-017', 'gz-th-017-t01', "
                  "'sample.taken', 1, 'c', 'a', 0, '{}', 'x', 'r')"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        DatabaseTarget target;
        target.sqlitePath = path;
        for (int open = 0; open < 2; ++open) { // a second start finds them there
            m_database = std::make_unique<Database>(target);
            QString error;
            QVERIFY2(m_database->open(&error), qPrintable(error));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM devices")), QStringLiteral("station"));
        QCOMPARE(scalar(QStringLiteral("SELECT via FROM records")), QStringLiteral("<null>"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(role) FROM enrollment_codes")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM upstream_queue")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(tst_SiteHubRecords)
#include "tst_site_hub_records.moc"
