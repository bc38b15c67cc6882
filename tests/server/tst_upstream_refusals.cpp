// SPDX-License-Identifier: GPL-3.0-or-later
// A site hub's upstream queue when the province does not take records the hub accepted: the
// refusal is kept with its code (relay-status) and told to the record's station as a
// relay_refused fact of the site, once, in the transaction that keeps the answer; a rebuild
// of the site facts keeps it. On SQLite, and on PostgreSQL as the _postgres twin (which
// skips without a cluster).
#include "server/Database.h"
#include "server/RecordStore.h"
#include "server/ServerConfig.h"
#include "server/UpstreamQueue.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/SyncTestRecords.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace station::server;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-017");
const QString kStation = QStringLiteral("gz-th-017-t01");

SyncTestRecord tubeRecord(qint64 seq) {
    SyncTestRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.seq = seq;
    r.site = kSite;
    r.station = kStation;
    r.extra.insert(QStringLiteral("tube"),
                   QStringLiteral("GZ%1").arg(seq, 8, 10, QLatin1Char('0')));
    return r;
}

} // namespace

class tst_UpstreamRefusals : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_postgres;
    std::unique_ptr<Database> m_database;

    QList<SiteFact> refusalFacts(RecordStore &store) {
        QString error;
        const auto page = store.siteFacts().facts(kSite, 0, 1000, &error);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QList<SiteFact> list;
        for (const SiteFact &fact : page->facts) {
            if (fact.kind == QLatin1String("relay_refused"))
                list.append(fact);
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DatabaseTarget target;
        QString error;
        if (runsOnPostgres()) {
            m_postgres = std::make_unique<PostgresCluster>();
            if (!m_postgres->start(&error))
                QSKIP(qPrintable(error));
            const auto parsed = parseDatabaseUrl(m_postgres->databaseUrl(), &error);
            QVERIFY2(parsed, qPrintable(error));
            target = *parsed;
        } else {
            target.sqlitePath = m_dir.filePath(QStringLiteral("hub.db"));
            target.createIfMissing = true;
        }
        m_database = std::make_unique<Database>(target);
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    void refusalIsKeptAndToldToItsStationOnce() {
        RecordStore store(*m_database);
        store.setUpstreamQueue([](int) {});
        const DeviceIdentity station{kStation, kSite, DeviceRole::Station};
        QList<SyncTestRecord> records{tubeRecord(1), tubeRecord(2), tubeRecord(3)};
        QJsonArray list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        QVERIFY(store.ingest(station, list, ServerLimits{}).stored);
        // A site key, as the site's first enrollment makes it (on PostgreSQL the facts of a
        // site are numbered under its row's lock).
        QString error;
        QVERIFY2(store.siteFacts().siteKey(kSite, &error), qPrintable(error));

        UpstreamQueue queue(*m_database);
        const auto sent = queue.pendingBatch(500, 1 << 20, &error);
        QVERIFY2(sent, qPrintable(error));
        QCOMPARE(sent->size(), 3);
        const QString refusal =
            QStringLiteral("tube code GZ00000002 belongs to another site; a sample cannot be "
                           "taken into it here");
        const QList<station::protocol::RecordOutcome> outcomes{
            {records.at(0).uuid, QStringLiteral("accepted"), QString(), QString()},
            {records.at(1).uuid, QStringLiteral("rejected"), refusal,
             QStringLiteral("tube_code_of_other_site")},
            {records.at(2).uuid, QStringLiteral("conflict"),
             QStringLiteral("uuid already stored with different content"), QString()}};
        int refused = -1;
        QVERIFY2(queue.applyOutcomes(*sent, outcomes, &error, &refused), qPrintable(error));
        QCOMPARE(refused, 2);
        // The same answer again (its commit was lost, say): nothing more is told.
        QVERIFY2(queue.applyOutcomes(*sent, outcomes, &error, &refused), qPrintable(error));
        QCOMPARE(refused, 0);

        // Kept at the hub with the code, never pending again.
        const auto counts = queue.counts(&error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->pending, 0);
        QCOMPARE(counts->acked, 1);
        QCOMPARE(counts->rejected, 1);
        QCOMPARE(counts->conflicts, 1);
        QVERIFY(queue.pendingBatch(500, 1 << 20, &error)->isEmpty());
        const auto issues = queue.issues(10, &error);
        QVERIFY2(issues, qPrintable(error));
        QCOMPARE(issues->size(), 2);
        QCOMPARE(issues->at(0).uuid, records.at(1).uuid);
        QCOMPARE(issues->at(0).code, QStringLiteral("tube_code_of_other_site"));
        QCOMPARE(issues->at(0).reason, refusal);
        QCOMPARE(issues->at(1).code, QString()); // a province that sends no code

        // Told to the station, once per record, without content.
        const QList<SiteFact> told = refusalFacts(store);
        QCOMPARE(told.size(), 2);
        const QJsonObject rejected = told.at(0).toJson();
        QCOMPARE(rejected.value(QStringLiteral("station")).toString(), kStation);
        QCOMPARE(rejected.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rejected.value(QStringLiteral("record_uuid")).toString(), records.at(1).uuid);
        QCOMPARE(rejected.value(QStringLiteral("record_kind")).toString(), records.at(1).kind);
        QCOMPARE(rejected.value(QStringLiteral("tube")).toString(), QStringLiteral("GZ00000002"));
        QCOMPARE(rejected.value(QStringLiteral("code")).toString(),
                 QStringLiteral("tube_code_of_other_site"));
        QCOMPARE(rejected.value(QStringLiteral("reason")).toString(), refusal);
        QVERIFY(!rejected.contains(QStringLiteral("person_key")));
        QVERIFY(!rejected.contains(QStringLiteral("content")));
        const QJsonObject conflict = told.at(1).toJson();
        QCOMPARE(conflict.value(QStringLiteral("state")).toString(), QStringLiteral("conflict"));
        QCOMPARE(conflict.value(QStringLiteral("record_uuid")).toString(), records.at(2).uuid);

        // Not derived from records: a rebuild of the site facts keeps them.
        QVERIFY2(store.siteFacts().rebuild(&error), qPrintable(error));
        QCOMPARE(refusalFacts(store).size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_UpstreamRefusals)
#include "tst_upstream_refusals.moc"
