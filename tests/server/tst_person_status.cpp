// SPDX-License-Identifier: GPL-3.0-or-later
// The person status the health-code side is answered (server/PersonStatus), on the server
// library over an SQLite file with recalls raised as the server raises them: what a blind key
// looks like; a single tube's positive or invalid result is the person's own; a voided tube;
// a sample taken back is not the latest; a tube tested again answers with its latest result;
// a pool's invalid result is pending re-check; a person pooled again while recalled stays
// pending re-check even when that pool is negative; no ID number in any answer. A site hub
// makes no health-code codes, exports no lookup key and answers no person-status.
#include "TubeStory.h"
#include "protocol/SitePersonKey.h"
#include "server/AdminCommands.h"
#include "server/Database.h"
#include "server/LabResultFile.h"
#include "server/MatchedResultHook.h"
#include "server/PersonStatus.h"
#include "server/RecordStore.h"
#include "server/Results.h"
#include "server/UpstreamQueue.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace station::server;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-017");
const QString kStation = QStringLiteral("gz-th-017-t01");
const QString kLab = QStringLiteral("KingMed-GZ");
const QStringList kPeople{QStringLiteral("44010619800101123X"),
                          QStringLiteral("440106198502023456"),
                          QStringLiteral("440106199003034567")};

LabResultInput labResult(const QString &tube, const QString &outcome, const QString &testedAt) {
    return labResultFromJson(QJsonObject{{QStringLiteral("tube"), tube},
                                         {QStringLiteral("lab"), kLab},
                                         {QStringLiteral("result"), outcome},
                                         {QStringLiteral("tested_at"), testedAt}},
                             QString());
}

} // namespace

class tst_PersonStatus : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RecordStore> m_store;
    qint64 m_seq = 0;

    void ingest(const QList<SyncTestRecord> &records) {
        const BatchOutcome outcome =
            m_store->ingest(DeviceIdentity{kStation, kSite, DeviceRole::Station},
                            recordArray(records), ServerLimits{});
        QVERIFY2(outcome.stored, qPrintable(outcome.error));
        for (const RecordResult &r : outcome.results)
            QVERIFY2(r.status == station::protocol::RecordStatus::Accepted, qPrintable(r.reason));
    }
    void result(const QString &tube, const QString &outcome, const QString &testedAt) {
        const ResultsBatch batch =
            m_store->results().store({labResult(tube, outcome, testedAt)}, QStringLiteral("lab"));
        QVERIFY2(batch.stored, qPrintable(batch.error));
        QCOMPARE(batch.counts[0], 1);
    }
    // A tube of `people` sealed, boxed and handed over; `poolSize` as opened.
    QList<SyncTestRecord> tube(const QString &code, const QStringList &people, int poolSize) {
        return TubeStory(kSite, kStation, code, &m_seq)
            .wholePool(people, QStringLiteral("B-") + code, poolSize);
    }
    QJsonObject statusOf(const QString &idNumber) {
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT key FROM server_keys WHERE name = 'people_lookup'"));
        const QByteArray key =
            query.next() ? QByteArray::fromHex(query.value(0).toString().toLatin1()) : QByteArray();
        const PersonStatusLookup found = PersonStatus(*m_database)
                                             .lookup(station::protocol::sitePersonKey(
                                                 key, QStringLiteral("resident_id"), idNumber));
        if (!found.read)
            qWarning("%s", qPrintable(found.error));
        const QByteArray text = QJsonDocument(found.status).toJson();
        for (const QString &id : kPeople) {
            if (text.contains(id.toLatin1()))
                qFatal("an ID number in the answer");
        }
        return found.known ? found.status
                           : QJsonObject{{QStringLiteral("status"), QStringLiteral("<unknown>")}};
    }
    static QString status(const QJsonObject &o) {
        return o.value(QStringLiteral("status")).toString();
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
        m_store = std::make_unique<RecordStore>(*m_database);
        m_store->results().setMatchedHook(matchedResultHook(*m_database));
    }

    void cleanup() {
        m_store.reset();
        m_database.reset();
        m_dir.reset();
    }

    void blindKeyShape() {
        const QString key = station::protocol::sitePersonKey(QByteArray(32, 'k'),
                                                             QStringLiteral("01"), kPeople.at(0));
        QVERIFY(PersonStatus::isBlindKey(key));
        QVERIFY(!PersonStatus::isBlindKey(key.toUpper()));
        QVERIFY(!PersonStatus::isBlindKey(key.left(63)));
        QVERIFY(!PersonStatus::isBlindKey(key + QLatin1Char('a')));
        QVERIFY(!PersonStatus::isBlindKey(kPeople.at(0)));
        QVERIFY(!PersonStatus::isBlindKey(QString()));
    }

    void unknownPerson() {
        ingest(tube(QStringLiteral("GZT0000001"), {kPeople.at(0)}, 1));
        QCOMPARE(status(statusOf(kPeople.at(1))), QStringLiteral("<unknown>"));
    }

    void singleTubeResultIsThePersonsOwn() {
        ingest(tube(QStringLiteral("GZT0000001"), {kPeople.at(0)}, 1));
        ingest(tube(QStringLiteral("GZT0000002"), {kPeople.at(1)}, 1));
        result(QStringLiteral("GZT0000001"), QStringLiteral("positive"),
               QStringLiteral("2026-11-25T12:00:00.000Z"));
        result(QStringLiteral("GZT0000002"), QStringLiteral("invalid"),
               QStringLiteral("2026-11-25T12:00:00.000Z"));
        const QJsonObject positive = statusOf(kPeople.at(0));
        QCOMPARE(status(positive), QStringLiteral("positive"));
        QCOMPARE(positive.value(QStringLiteral("latest_sample"))
                     .toObject()
                     .value(QStringLiteral("pooled"))
                     .toBool(),
                 false);
        QCOMPARE(status(statusOf(kPeople.at(1))), QStringLiteral("invalid"));
    }

    void poolInvalidIsPendingRecheck() {
        ingest(tube(QStringLiteral("GZT0000001"), kPeople, 10));
        result(QStringLiteral("GZT0000001"), QStringLiteral("invalid"),
               QStringLiteral("2026-11-25T12:00:00.000Z"));
        const QJsonObject answer = statusOf(kPeople.at(2));
        QCOMPARE(status(answer), QStringLiteral("pending_recheck"));
        QCOMPARE(answer.value(QStringLiteral("recall_open")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("latest_sample"))
                     .toObject()
                     .value(QStringLiteral("pool_size"))
                     .toInt(),
                 10);
    }

    // Recalled, then wrongly pooled again: that pool's negative does not answer the recall.
    void pooledAgainWhileRecalledStaysPending() {
        ingest(tube(QStringLiteral("GZT0000001"), kPeople, 10));
        result(QStringLiteral("GZT0000001"), QStringLiteral("positive"),
               QStringLiteral("2026-11-25T12:00:00.000Z"));
        ingest(tube(QStringLiteral("GZT0000002"), {kPeople.at(0), kPeople.at(1)}, 10));
        QCOMPARE(status(statusOf(kPeople.at(0))), QStringLiteral("pending_recheck"));
        result(QStringLiteral("GZT0000002"), QStringLiteral("negative"),
               QStringLiteral("2026-11-25T13:00:00.000Z"));
        const QJsonObject answer = statusOf(kPeople.at(0));
        QCOMPARE(status(answer), QStringLiteral("pending_recheck"));
        QCOMPARE(answer.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("negative"));
        QCOMPARE(answer.value(QStringLiteral("recall"))
                     .toObject()
                     .value(QStringLiteral("tube"))
                     .toString(),
                 QStringLiteral("GZT0000001"));
    }

    void voidedTube() {
        TubeStory story(kSite, kStation, QStringLiteral("GZT0000001"), &m_seq);
        ingest({story.opened(10), story.taken(kPeople.at(0)), story.voided()});
        const QJsonObject answer = statusOf(kPeople.at(0));
        QCOMPARE(status(answer), QStringLiteral("sample_voided"));
        QCOMPARE(answer.value(QStringLiteral("latest_sample"))
                     .toObject()
                     .value(QStringLiteral("tube_state"))
                     .toString(),
                 QStringLiteral("voided"));
    }

    void sampleTakenBackIsNotTheLatest() {
        ingest(tube(QStringLiteral("GZT0000001"), {kPeople.at(0)}, 10));
        TubeStory second(kSite, kStation, QStringLiteral("GZT0000002"), &m_seq);
        const SyncTestRecord taken = second.taken(kPeople.at(0));
        ingest({second.opened(10), taken, second.removed(taken.uuid)});
        QCOMPARE(statusOf(kPeople.at(0))
                     .value(QStringLiteral("latest_sample"))
                     .toObject()
                     .value(QStringLiteral("tube"))
                     .toString(),
                 QStringLiteral("GZT0000001"));
    }

    void aSiteHubHasNoStatusLookup() {
        QString error;
        QVERIFY2(
            UpstreamQueue(*m_database).claimForHub(QStringLiteral("gz-th-017-hub"), kSite, &error),
            qPrintable(error));
        const QString db = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.db"));
        const QString keyFile = m_dir->filePath(QStringLiteral("lookup.key"));
        const QList<QStringList> commands{
            {QStringLiteral("enroll-code"), QStringLiteral("--site"), kSite,
             QStringLiteral("--role"), QStringLiteral("health-code")},
            {QStringLiteral("export-lookup-key"), keyFile},
            {QStringLiteral("person-status"), QStringLiteral("--id-type"), QStringLiteral("01")}};
        for (const QStringList &command : commands) {
            QString out;
            QString err;
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            QCOMPARE(runAdminCommand(command + QStringList{QStringLiteral("--db"), db}, outStream,
                                     errStream),
                     1);
            errStream.flush();
            QVERIFY2(err.contains(QLatin1String("site hub")), qPrintable(err));
        }
        QVERIFY(!QFile::exists(keyFile));
    }

    void tubeTestedAgainAnswersWithTheLatest() {
        ingest(tube(QStringLiteral("GZT0000001"), {kPeople.at(0)}, 1));
        result(QStringLiteral("GZT0000001"), QStringLiteral("invalid"),
               QStringLiteral("2026-11-25T12:00:00.000Z"));
        result(QStringLiteral("GZT0000001"), QStringLiteral("negative"),
               QStringLiteral("2026-11-25T15:00:00.000Z"));
        const QJsonObject answer = statusOf(kPeople.at(0));
        QCOMPARE(status(answer), QStringLiteral("negative"));
        QCOMPARE(answer.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("tested_at"))
                     .toString(),
                 QStringLiteral("2026-11-25T15:00:00.000Z"));
    }

    // A result from the future stored before such results were refused (session 37: the
    // tester's 2027 negative stood over a real positive) is not the latest; a late-arriving
    // earlier result is not either.
    void aResultFromTheFutureIsNotTheLatest() {
        ingest(tube(QStringLiteral("GZT0000002"), {kPeople.at(1), kPeople.at(2)}, 5));
        LabResultRules noLimit; // as the server stored them before
        const ResultsBatch old = m_store->results().store(
            {labResultFromJson(
                QJsonObject{{QStringLiteral("tube"), u"GZT0000002"_qs},
                            {QStringLiteral("result"), u"negative"_qs},
                            {QStringLiteral("tested_at"), u"2027-12-05T16:55:00+08:00"_qs}},
                kLab, noLimit)},
            QStringLiteral("lab"));
        QCOMPARE(old.counts[0], 1);
        result(QStringLiteral("GZT0000002"), QStringLiteral("positive"),
               QStringLiteral("2026-11-26T10:00:00.000Z"));
        result(QStringLiteral("GZT0000002"), QStringLiteral("negative"),
               QStringLiteral("2026-11-25T15:00:00.000Z"));
        const QJsonObject answer = statusOf(kPeople.at(1));
        const QJsonObject latest = answer.value(QStringLiteral("result")).toObject();
        QCOMPARE(latest.value(QStringLiteral("outcome")).toString(), QStringLiteral("positive"));
        QCOMPARE(latest.value(QStringLiteral("tested_at")).toString(),
                 QStringLiteral("2026-11-26T10:00:00.000Z"));
        QCOMPARE(status(answer), QStringLiteral("pending_recheck"));
    }
};

QTEST_GUILESS_MAIN(tst_PersonStatus)
#include "tst_person_status.moc"
