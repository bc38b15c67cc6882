// SPDX-License-Identifier: GPL-3.0-or-later
// The recall rule at the table (待复核), without widgets and without a server: `recall`
// facts are kept as the feed keeps them (SiteFactsStore::apply), and TableWorkflow (as the
// window and `scan` drive it) says loudly that a recalled person is sampled alone and puts
// them into a new single-person tube, while the open pooled tube stays as it was.
#include "core/dashboard/RecallList.h"
#include "core/domain/IdDocument.h"
#include "core/sync/SiteFactsStore.h"
#include "table/TableWorkflow.h"
#include "tests/models/RecallFact.h"
#include "tests/models/StationFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QByteArray kSiteKey = QByteArray(32, '\x5a');

// Answers the single-tube question with `tubeAnswer` (nullopt: cancelled).
class TubeCodeAsker : public TableAsker {
public:
    std::optional<QString> tubeAnswer;
    QList<TableQuestion> asked;
    std::optional<QString> ask(const TableQuestion &question) override {
        asked.append(question);
        return tubeAnswer;
    }
};

QDateTime morning() {
    return QDateTime(QDate(2026, 6, 4), QTime(9, 0)).toUTC();
}

const QString kThirdStation = QStringLiteral("gz-th-0001-t06");

// Another table's sample of `person` into `tube` at `at`, as the site's facts tell it; the
// tube's pool size as a hub that sends it gives it (nullopt: an older hub, no pool_size).
QJsonObject personSampledFact(qint64 seq, const SiteFactsStore &facts, int person,
                              const QString &tube, const QDateTime &at,
                              std::optional<int> poolSize) {
    QJsonObject fact{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("kind"), QStringLiteral("person_sampled")},
        {QStringLiteral("station"), kThirdStation},
        {QStringLiteral("table"), QStringLiteral("Table 6")},
        {QStringLiteral("person_key"),
         facts.personKey(idTypeCode(resident(person).idType), resident(person).idNumber)},
        {QStringLiteral("tube"), tube},
        {QStringLiteral("sample_uuid"), QStringLiteral("alone-%1-%2").arg(person).arg(seq)},
        {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}};
    if (poolSize)
        fact.insert(QStringLiteral("pool_size"), *poolSize);
    return fact;
}

// The records this station wrote, in order: kind and payload.
QList<QPair<QString, QJsonObject>> outboxRecords(StationFixture &f) {
    QList<QPair<QString, QJsonObject>> list;
    QSqlQuery q(f.db.connection());
    q.exec(QStringLiteral("SELECT kind, payload FROM outbox ORDER BY seq"));
    while (q.next())
        list.append(
            {q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object()});
    return list;
}

} // namespace

class TestRecallRule : public QObject {
    Q_OBJECT

    struct Table {
        StationFixture f;
        std::unique_ptr<SiteFactsStore> facts;
        std::unique_ptr<TableWorkflow> table;
        TubeCodeAsker asker;
        Table() {
            f.signIn();
            facts = std::make_unique<SiteFactsStore>(f.db, kSiteKey, f.store->identity()->deviceId);
            table = std::make_unique<TableWorkflow>(*f.service);
            table->setAsker(&asker);
            table->setSiteFacts(facts.get());
            table->signIn(f.service->currentOperator());
        }
        bool recall(int person, qint64 seq = 1, const QString &state = QStringLiteral("open")) {
            return !facts
                        ->apply(QJsonArray{recallFact(seq, *facts, person, state, morning())}, seq,
                                f.clock()())
                        .isValid();
        }
        bool sampledElsewhere(qint64 seq, int person, const QString &tube, const QDateTime &at,
                              std::optional<int> poolSize) {
            return !facts
                        ->apply(
                            QJsonArray{personSampledFact(seq, *facts, person, tube, at, poolSize)},
                            seq, f.clock()())
                        .isValid();
        }
        std::optional<SiteRecall> openRecall(int person) const {
            return facts->openRecall(idTypeCode(resident(person).idType),
                                     resident(person).idNumber);
        }
        // A scan of the recalled person with a pooled tube open, the single-tube question
        // cancelled: what was asked, and nothing recorded.
        std::optional<TableQuestion::Kind> askedOnScan(int person) {
            if (!f.service->openTubeSnapshot())
                table->scan(tubeCode(1), EntryMethod::Scanner);
            asker.asked.clear();
            asker.tubeAnswer = std::nullopt;
            const ScanOutcome o = table->scan(residentScan(person), EntryMethod::Scanner);
            if (asker.asked.size() != 1 || o.recorded || !o.recall)
                return std::nullopt; // not one question, or recorded: a failure
            return asker.asked.first().kind;
        }
    };

private Q_SLOTS:
    void recalledPersonGoesAloneBesideThePooledTube() {
        Table t;
        QVERIFY(t.recall(1));
        QCOMPARE(t.table->scan(tubeCode(1), EntryMethod::Scanner).tone, ScanOutcome::Tone::Success);
        QVERIFY(t.table->scan(residentScan(2), EntryMethod::Scanner).recorded);
        const int recordsBefore = outboxRecords(t.f).size();
        t.asker.tubeAnswer = tubeCode(2);
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        // Asked for a NEW tube, naming the pooled tube that stays open; never the ID number.
        QCOMPARE(t.asker.asked.size(), 1);
        const TableQuestion &q = t.asker.asked.first();
        QCOMPARE(q.kind, TableQuestion::Kind::TubeCode);
        QVERIFY2(q.title.contains(QStringLiteral("待复核")), qPrintable(q.title));
        QVERIFY2(q.text.contains(tubeCode(1)) && q.text.contains(QStringLiteral("ALONE")),
                 qPrintable(q.text));
        QVERIFY(!q.text.contains(resident(1).idNumber));
        // Loud, recorded, about the single tube, and the pooled tube is said to stay open.
        QVERIFY(o.recall);
        QVERIFY(o.recorded);
        QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
        QCOMPARE(o.tube, tubeCode(2));
        QVERIFY2(o.message.contains(QStringLiteral("待复核")) && o.message.contains(tubeCode(1)),
                 qPrintable(o.message));
        QVERIFY(!o.message.contains(resident(1).idNumber));
        // The pooled tube: still open, same people; the single tube: sealed with one.
        const std::optional<TubeSnapshot> pooled = t.f.service->openTubeSnapshot();
        QVERIFY(pooled);
        QCOMPARE(pooled->code, tubeCode(1));
        QCOMPARE(pooled->count(), 1);
        QCOMPARE(pooled->poolSize, 10);
        const Result<TubeSnapshot> single = t.f.service->tube(tubeCode(2));
        QVERIFY(single);
        QCOMPARE(single->state, TubeState::Sealed);
        QCOMPARE(single->poolSize, 1);
        QCOMPARE(single->count(), 1);
        // The province hears: the single tube opened, the sample (pool 1, a re-test), sealed.
        const auto records = outboxRecords(t.f).mid(recordsBefore);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).first, QStringLiteral("tube.opened"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("pool_size")).toInt(), 1);
        QCOMPARE(records.at(1).first, QStringLiteral("sample.taken"));
        QCOMPARE(records.at(1).second.value(QStringLiteral("tube")).toString(), tubeCode(2));
        QCOMPARE(records.at(1).second.value(QStringLiteral("pool_size")).toInt(), 1);
        QVERIFY(records.at(1).second.value(QStringLiteral("retest_confirmed")).toBool());
        QCOMPARE(records.at(2).first, QStringLiteral("tube.sealed"));
        // The pool goes on: the next person goes into the pooled tube.
        t.asker.asked.clear();
        QVERIFY(t.table->scan(residentScan(3), EntryMethod::Scanner).recorded);
        QVERIFY(t.asker.asked.isEmpty());
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 2);
    }

    void cancelledQuestionRecordsNothing() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        const int recordsBefore = outboxRecords(t.f).size();
        t.asker.tubeAnswer = std::nullopt;
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(o.recall);
        QVERIFY(!o.recorded);
        QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
        QVERIFY2(o.message.contains(QStringLiteral("Not recorded")), qPrintable(o.message));
        QCOMPARE(outboxRecords(t.f).size(), recordsBefore);
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0); // not put into the pool either
    }

    void withoutAnOpenTubeTheSingleTubeIsAllThereIs() {
        Table t;
        QVERIFY(t.recall(1));
        t.asker.tubeAnswer = tubeCode(5);
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(o.recorded);
        QVERIFY(o.message.contains(QStringLiteral("No pooled tube is open")));
        QVERIFY(!t.f.service->openTubeSnapshot());
        QCOMPARE(t.f.service->tube(tubeCode(5))->count(), 1);
    }

    void theOpenPooledTubeCodeIsNotTheSingleTube() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        t.asker.tubeAnswer = tubeCode(1);
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(o.recall);
        QVERIFY(!o.recorded);
        QVERIFY2(o.message.contains(QStringLiteral("NEW tube")), qPrintable(o.message));
        QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(1));
    }

    // A table printing a label for each tube asks nothing: the single tube gets a code of its
    // own, the generated pooled tube stays open.
    void generatedCodesNeedNoQuestion() {
        Table t;
        QVERIFY(t.recall(1));
        t.table->setPrintLabelForEachTube(true);
        const std::optional<TubeSnapshot> pooled = t.f.service->openTubeSnapshot();
        QVERIFY(pooled);
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(t.asker.asked.isEmpty());
        QVERIFY(o.recorded);
        QVERIFY(o.tube != pooled->code);
        QCOMPARE(t.f.service->tube(o.tube)->poolSize, 1);
        QCOMPARE(t.f.service->openTubeSnapshot()->code, pooled->code);
    }

    // Sampled alone here, the province's `closed` fact not in yet: a further scan says when
    // and into which tube, and is the usual re-test question, never another single tube.
    void sampledAgainHereIsAskedTheRetestQuestion() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        t.asker.tubeAnswer = tubeCode(2);
        QVERIFY(t.table->scan(residentScan(1), EntryMethod::Scanner).recorded);
        const std::optional<SiteRecall> recall =
            t.facts->openRecall(idTypeCode(resident(1).idType), resident(1).idNumber);
        QVERIFY(recall);
        QCOMPARE(recall->sampledAgainTube, tubeCode(2));
        QVERIFY(recall->sampledAgainAt.isValid());
        const QString at = recall->sampledAgainAt.toLocalTime().toString(QStringLiteral("HH:mm"));

        // Declined: nothing recorded, and no tube asked for.
        t.asker.asked.clear();
        t.asker.tubeAnswer = std::nullopt;
        const int recordsBefore = outboxRecords(t.f).size();
        ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QCOMPARE(t.asker.asked.size(), 1);
        const TableQuestion q = t.asker.asked.first();
        QCOMPARE(q.kind, TableQuestion::Kind::ConfirmRetest);
        QVERIFY2(q.text.contains(tubeCode(2)) && q.text.contains(at), qPrintable(q.text));
        QVERIFY(!q.text.contains(resident(1).idNumber));
        QVERIFY(!o.recorded);
        QVERIFY(!o.recall);
        QCOMPARE(o.tone, ScanOutcome::Tone::Attention);
        QVERIFY2(o.message.contains(tubeCode(2)) && o.message.contains(at) &&
                     o.message.contains(QStringLiteral("Not recorded")),
                 qPrintable(o.message));
        QCOMPARE(outboxRecords(t.f).size(), recordsBefore);
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0);

        // Confirmed: a re-test in the pooled tube, which stays the open one.
        t.asker.asked.clear();
        t.asker.tubeAnswer = QStringLiteral("yes");
        o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QCOMPARE(t.asker.asked.size(), 1);
        QCOMPARE(t.asker.asked.first().kind, TableQuestion::Kind::ConfirmRetest);
        QVERIFY(o.recorded);
        QVERIFY(!o.recall);
        const std::optional<TubeSnapshot> pooled = t.f.service->openTubeSnapshot();
        QVERIFY(pooled);
        QCOMPARE(pooled->code, tubeCode(1));
        QCOMPARE(pooled->count(), 1);
        const auto records = outboxRecords(t.f).mid(recordsBefore);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).first, QStringLiteral("sample.taken"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("tube")).toString(), tubeCode(1));
        QVERIFY(records.at(0).second.value(QStringLiteral("retest_confirmed")).toBool());
        QVERIFY(!t.f.service->tube(tubeCode(3)));
    }

    // Sampled alone at another table after the recall was raised (a hub that sends
    // pool_size), the province's closed fact not in yet: the recall shows as sampled again
    // here too, and a scan here names that table, the time and the tube instead of asking
    // for another single tube.
    void sampledAloneAtAnotherTableShowsHere() {
        Table t;
        QVERIFY(t.recall(1));
        const QDateTime alone = morning().addSecs(3600);
        QVERIFY(t.sampledElsewhere(2, 1, tubeCode(80), alone, 1));
        const std::optional<SiteRecall> recall = t.openRecall(1);
        QVERIFY(recall);
        QVERIFY(recall->open);
        QVERIFY(recall->sampledAgainElsewhere());
        QCOMPARE(recall->sampledAgainStation, kThirdStation);
        QCOMPARE(recall->sampledAgainTable, QStringLiteral("Table 6"));
        QCOMPARE(recall->sampledAgainTube, tubeCode(80));
        QCOMPARE(recall->sampledAgainAt, alone);
        // The lead's list (and `recalls`) says the same.
        QSqlError error;
        const QList<SiteRecall> kept = t.facts->recalls(&error);
        QVERIFY(!error.isValid());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().sampledAgainTube, tubeCode(80));
        const QList<dashboard::RecallEntry> listed = dashboard::recallList(t.f.db, &error);
        QVERIFY(!error.isValid());
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().sampledAgainElsewhere());
        QVERIFY(!listed.first().sampledAgainHere());
        QCOMPARE(listed.first().sampledAgainTable, QStringLiteral("Table 6"));
        QCOMPARE(listed.first().sampledAgainTube, tubeCode(80));

        // Scanned here with no tube open: said where, when and into which tube; nothing asked.
        const QString at = alone.toLocalTime().toString(QStringLiteral("HH:mm"));
        const int recordsBefore = outboxRecords(t.f).size();
        ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(t.asker.asked.isEmpty());
        QVERIFY(!o.recorded);
        QVERIFY(!o.recall);
        QCOMPARE(o.tone, ScanOutcome::Tone::Attention);
        QVERIFY2(o.message.contains(tubeCode(80)) && o.message.contains(at) &&
                     o.message.contains(QStringLiteral("Table 6")),
                 qPrintable(o.message));
        QVERIFY(!o.message.contains(resident(1).idNumber));

        // With a pooled tube open: the re-test question names them too; declined, nothing.
        QVERIFY(t.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        const int withTube = outboxRecords(t.f).size();
        QCOMPARE(withTube, recordsBefore + 1); // the tube's opening only
        t.asker.tubeAnswer = std::nullopt;
        o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QCOMPARE(t.asker.asked.size(), 1);
        const TableQuestion q = t.asker.asked.first();
        QCOMPARE(q.kind, TableQuestion::Kind::ConfirmRetest);
        QVERIFY2(q.text.contains(tubeCode(80)) && q.text.contains(at) &&
                     q.text.contains(QStringLiteral("Table 6")),
                 qPrintable(q.text));
        QVERIFY(!q.text.contains(resident(1).idNumber));
        QVERIFY(!o.recorded);
        QVERIFY2(o.message.contains(QStringLiteral("Table 6")), qPrintable(o.message));
        QCOMPARE(outboxRecords(t.f).size(), withTube);

        // Confirmed: a re-test in the pooled tube, no single tube.
        t.asker.asked.clear();
        t.asker.tubeAnswer = QStringLiteral("yes");
        o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(o.recorded);
        QVERIFY(!o.recall);
        QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(1));
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
        const auto records = outboxRecords(t.f).mid(withTube);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).first, QStringLiteral("sample.taken"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("tube")).toString(), tubeCode(1));
        QVERIFY(records.at(0).second.value(QStringLiteral("retest_confirmed")).toBool());
    }

    // Another table put the person into a pooled tube after the recall: not a sample alone,
    // so the recall is still to be answered here.
    void pooledSampleAtAnotherTableDoesNotAnswerTheRecall() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.sampledElsewhere(2, 1, tubeCode(81), morning().addSecs(3600), 10));
        QVERIFY(t.openRecall(1));
        QVERIFY(!t.openRecall(1)->sampledAgainAt.isValid());
        QVERIFY(t.askedOnScan(1) == TableQuestion::Kind::TubeCode);
    }

    // A sample alone before the recall was raised is not the re-check.
    void sampleAloneBeforeTheRecallDoesNotAnswerIt() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.sampledElsewhere(2, 1, tubeCode(82), morning().addSecs(-3600), 1));
        QVERIFY(!t.openRecall(1)->sampledAgainAt.isValid());
        QVERIFY(t.askedOnScan(1) == TableQuestion::Kind::TubeCode);
    }

    // A sample alone that was undone (removed, or its tube voided) answers nothing.
    void undoneSampleAloneDoesNotAnswerIt() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.sampledElsewhere(2, 1, tubeCode(83), morning().addSecs(3600), 1));
        QJsonObject undone =
            personSampledFact(3, *t.facts, 1, tubeCode(83), morning().addSecs(3700), std::nullopt);
        undone.insert(QStringLiteral("kind"), QStringLiteral("person_unsampled"));
        undone.insert(QStringLiteral("sample_uuid"), QStringLiteral("alone-1-2"));
        QVERIFY(!t.facts->apply(QJsonArray{undone}, 3, t.f.clock()()).isValid());
        QVERIFY(!t.openRecall(1)->sampledAgainAt.isValid());
        QVERIFY(t.askedOnScan(1) == TableQuestion::Kind::TubeCode);
    }

    // An older hub sends no pool_size: whether the other table's sample was taken alone is
    // not known, so the table asks for a single tube, as before.
    void withoutPoolSizeTheTableAsks() {
        Table t;
        QVERIFY(t.recall(1));
        QVERIFY(t.sampledElsewhere(2, 1, tubeCode(84), morning().addSecs(3600), std::nullopt));
        QVERIFY(!t.openRecall(1)->sampledAgainAt.isValid());
        QVERIFY(t.askedOnScan(1) == TableQuestion::Kind::TubeCode);
    }

    // Without a pooled tube there is nowhere for a re-test: said so, nothing asked.
    void sampledAgainWithoutAnOpenTubeAsksNothing() {
        Table t;
        QVERIFY(t.recall(1));
        t.asker.tubeAnswer = tubeCode(5);
        QVERIFY(t.table->scan(residentScan(1), EntryMethod::Scanner).recorded);
        QVERIFY(!t.f.service->openTubeSnapshot());
        t.asker.asked.clear();
        const int recordsBefore = outboxRecords(t.f).size();
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(t.asker.asked.isEmpty());
        QVERIFY(!o.recorded);
        QCOMPARE(o.tone, ScanOutcome::Tone::Attention);
        QVERIFY2(o.message.contains(tubeCode(5)) &&
                     o.message.contains(QStringLiteral("tube first")),
                 qPrintable(o.message));
        QCOMPARE(outboxRecords(t.f).size(), recordsBefore);
    }

    void aClosedRecallIsAnOrdinaryScan() {
        Table t;
        QVERIFY(t.recall(1, 1));
        QVERIFY(t.recall(1, 2, QStringLiteral("closed")));
        QVERIFY(t.recall(1, 1)); // read again later: the older fact changes nothing
        QVERIFY(!t.facts->openRecall(idTypeCode(resident(1).idType), resident(1).idNumber));
        QVERIFY(t.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        const ScanOutcome o = t.table->scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(!o.recall);
        QVERIFY(o.recorded);
        QVERIFY(t.asker.asked.isEmpty());
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
    }

    // The other facts go after two days; an open recall stays until it is closed, a closed
    // one two days more.
    void openRecallsOutliveTheOtherFacts() {
        Table t;
        QVERIFY(t.recall(1, 1));
        QVERIFY(t.recall(2, 2));
        QVERIFY(t.recall(2, 3, QStringLiteral("closed")));
        const QDateTime later = t.f.clock()().addDays(5);
        QVERIFY(!t.facts->apply(QJsonArray(), 3, later).isValid());
        QSqlError error;
        const QList<SiteRecall> kept = t.facts->recalls(&error);
        QVERIFY(!error.isValid());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().sampleUuid, QStringLiteral("sample-1"));
        QVERIFY(kept.first().open);
        QCOMPARE(kept.first().table, QStringLiteral("Table 5"));
        QVERIFY(t.facts->openRecall(idTypeCode(resident(1).idType), resident(1).idNumber));
    }

    // A sample alone at another table answers an open recall however old it gets: it is
    // kept past the two days (with its undoing) while the recall is open, and goes with the
    // other facts once the recall is closed.
    void theSampleAloneThatAnsweredAnOpenRecallOutlivesTheOtherFacts() {
        Table t;
        QVERIFY(t.recall(1, 1));
        QVERIFY(t.recall(2, 2));
        QVERIFY(t.sampledElsewhere(3, 1, tubeCode(85), morning().addSecs(3600), 1));
        QVERIFY(t.sampledElsewhere(4, 2, tubeCode(86), morning().addSecs(3600), 1));
        QJsonObject undone =
            personSampledFact(5, *t.facts, 2, tubeCode(86), morning().addSecs(3700), std::nullopt);
        undone.insert(QStringLiteral("kind"), QStringLiteral("person_unsampled"));
        undone.insert(QStringLiteral("sample_uuid"), QStringLiteral("alone-2-4"));
        QVERIFY(!t.facts->apply(QJsonArray{undone}, 5, t.f.clock()()).isValid());
        // Person 3, recalled by no one: an ordinary fact.
        QVERIFY(t.sampledElsewhere(6, 3, tubeCode(87), morning().addSecs(3600), 1));
        const auto factCount = [&t] {
            QSqlQuery q(t.f.db.connection());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM site_facts WHERE kind IN "
                                         "('person_sampled', 'person_unsampled')")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QCOMPARE(factCount(), 4);

        QVERIFY(!t.facts->apply(QJsonArray(), 6, t.f.clock()().addDays(5)).isValid());
        const std::optional<SiteRecall> answered = t.openRecall(1);
        QVERIFY(answered);
        QVERIFY(answered->sampledAgainElsewhere());
        QCOMPARE(answered->sampledAgainTube, tubeCode(85));
        QVERIFY(!t.openRecall(2)->sampledAgainAt.isValid()); // undone stays undone
        QCOMPARE(factCount(), 3); // the two samples of recalled people and the undoing

        QJsonObject closed = recallFact(7, *t.facts, 1, QStringLiteral("closed"), morning());
        closed.insert(QStringLiteral("at"), t.f.clock()().addDays(5).toString(Qt::ISODateWithMs));
        QVERIFY(!t.facts->apply(QJsonArray{closed}, 7, t.f.clock()().addDays(5)).isValid());
        QCOMPARE(factCount(), 2); // person 1's sample went with the recall's closing
    }
};

QTEST_GUILESS_MAIN(TestRecallRule)
#include "tst_recallrule.moc"
