// SPDX-License-Identifier: GPL-3.0-or-later
// A tube code two tables used while cut off from the site (issue 18): once the station
// knows it (a tube_code_reused note on its tube.opened record, from the site's facts or a
// batch answer), no one more goes into its open tube with that code, at the window and the
// command line alike (the rule is SamplingService's); the tube may be sealed early with a
// reason naming the other table, and, sealed, it may still be packed, its manifest saying
// which table shares its code.
#include "core/dashboard/ThroughputQueries.h"
#include "core/domain/FreeTextPrivacy.h"
#include "core/sampling/LabelPrintLog.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SiteNotes.h"
#include "labels/PrintQueue.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QByteArray kSiteKey = QByteArray(32, '\x5a');
const QString kOtherStation = QStringLiteral("gz-th-0001-t02");

QDateTime todayAt(int hour, int minute) {
    return QDateTime(QDate(2026, 6, 4), QTime(hour, minute)).toUTC();
}

// Answers a reason with the first reason offered, a re-test with yes; records what it asked.
class FirstChoiceAsker : public TableAsker {
public:
    QList<TableQuestion> asked;
    std::optional<QString> ask(const TableQuestion &question) override {
        asked.append(question);
        if (question.kind == TableQuestion::Kind::Reason)
            return question.choices.value(0);
        return QString();
    }
};

// The other table's `opened` fact for `tube`, as the site hub sends it.
QJsonObject openedElsewhere(qint64 seq, const QString &tube) {
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("kind"), QStringLiteral("tube_state")},
            {QStringLiteral("station"), kOtherStation},
            {QStringLiteral("table"), QStringLiteral("Table 2")},
            {QStringLiteral("tube"), tube},
            {QStringLiteral("tube_uuid"), QStringLiteral("0190e0a0-0000-7000-8000-00000000beef")},
            {QStringLiteral("state"), QStringLiteral("opened")},
            {QStringLiteral("at"), todayAt(9, 15).toString(Qt::ISODateWithMs)}};
}

// The other table's fact that its tube `tube` is `state` (sealed with 4 people, or boxed in
// BX00000901); `tubeUuid` empty: a fact naming no tube.
QJsonObject
stateElsewhere(qint64 seq, const QString &tube, const QString &state,
               const QString &tubeUuid = QStringLiteral("0190e0a0-0000-7000-8000-00000000beef")) {
    QJsonObject o = openedElsewhere(seq, tube);
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("at"), todayAt(9, 35).toString(Qt::ISODateWithMs));
    if (tubeUuid.isEmpty())
        o.remove(QStringLiteral("tube_uuid"));
    else
        o.insert(QStringLiteral("tube_uuid"), tubeUuid);
    if (state == QLatin1String("sealed"))
        o.insert(QStringLiteral("people"), 4);
    if (state == QLatin1String("boxed")) {
        o.insert(QStringLiteral("box"), QStringLiteral("BX00000901"));
        o.insert(QStringLiteral("box_uuid"), QStringLiteral("box-of-table-2"));
    }
    return o;
}

QString sealReason(StationFixture &f, const QString &tube) {
    QSqlQuery q(f.db.connection());
    q.prepare(QStringLiteral("SELECT seal_reason FROM tubes WHERE code = ?"));
    q.addBindValue(tube);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestSharedTubeCode : public QObject {
    Q_OBJECT

    // A station whose table opened tube 1 and put `people` into it; then the site's facts say
    // that table 2 opened tube 1 too.
    struct Site {
        explicit Site(int people) {
            f.signIn();
            table.setAsker(&asker);
            table.setSiteFacts(&facts);
            table.signIn(f.service->currentOperator());
            QCOMPARE(table.scan(tubeCode(1), EntryMethod::Scanner).tone,
                     ScanOutcome::Tone::Success);
            for (int n = 1; n <= people; ++n)
                QVERIFY(table.scan(residentScan(n), EntryMethod::Scanner).recorded);
        }
        void hearFromTheSite() {
            QVERIFY(!facts.apply(QJsonArray{openedElsewhere(1, tubeCode(1))}, 1, f.clock()())
                         .isValid());
        }
        StationFixture f;
        SiteFactsStore facts{f.db, kSiteKey, f.store->identity()->deviceId};
        TableWorkflow table{*f.service};
        FirstChoiceAsker asker;
    };

private Q_SLOTS:
    void aScanIntoTheTubeIsRefusedOnceTheSiteSaysSo() {
        Site site(3);
        QVERIFY(!site.table.sharedOpenTubeCode());
        site.hearFromTheSite();
        const std::optional<SharedTubeCode> shared = site.table.sharedOpenTubeCode();
        QVERIFY(shared);
        QCOMPARE(shared->tube, tubeCode(1));
        QCOMPARE(shared->otherTable, QStringLiteral("Table 2"));
        QCOMPARE(shared->people, 3);

        // Person 4 was sampled today at another table too: no re-test question is asked
        // first, since the answer could not put them into this tube anyway.
        QVERIFY(
            !site.facts
                 .apply(QJsonArray{QJsonObject{
                            {QStringLiteral("seq"), 2},
                            {QStringLiteral("kind"), QStringLiteral("person_sampled")},
                            {QStringLiteral("station"), kOtherStation},
                            {QStringLiteral("table"), QStringLiteral("Table 2")},
                            {QStringLiteral("person_key"),
                             site.facts.personKey(idTypeCode(resident(4).idType),
                                                  resident(4).idNumber)},
                            {QStringLiteral("tube"), tubeCode(99)},
                            {QStringLiteral("sample_uuid"), QStringLiteral("sample-4")},
                            {QStringLiteral("at"), todayAt(10, 0).toString(Qt::ISODateWithMs)}}},
                        2, site.f.clock()())
                 .isValid());
        const ScanOutcome refused = site.table.scan(residentScan(4), EntryMethod::Scanner);
        QCOMPARE(refused.tone, ScanOutcome::Tone::Refusal);
        QVERIFY(!refused.recorded);
        QVERIFY(refused.tubeCodeShared);
        QVERIFY(refused.fromScan);
        QCOMPARE(refused.tube, tubeCode(1));
        QCOMPARE(refused.count, 3);
        QVERIFY(site.asker.asked.isEmpty());
        QCOMPARE(refused.message,
                 QStringLiteral("Tube %1's code was also used at Table 2: no one more goes into "
                                "it. Seal it now (its 3 people stay in it), mark it for the site "
                                "lead, and open a new tube.")
                     .arg(tubeCode(1)));
        QVERIFY(!refused.message.contains(resident(4).name));
        QCOMPARE(site.f.service->openTubeSnapshot()->count(), 3);

        // Its code scanned again, or another tube's, says the same (not "fill it").
        QVERIFY(site.table.scan(tubeCode(1), EntryMethod::Scanner).tubeCodeShared);
        const ScanOutcome next = site.table.scan(tubeCode(2), EntryMethod::Scanner);
        QVERIFY(next.tubeCodeShared);
        QCOMPARE(next.tone, ScanOutcome::Tone::Refusal);
        QCOMPARE(site.f.service->openTubeSnapshot()->code, tubeCode(1));
        // The manual form goes the same way; so does the service itself, as the CLI uses it.
        QVERIFY(site.table.addResident(resident(5), EntryMethod::Manual).tubeCodeShared);
        const Result<SampleAdded> direct =
            site.f.service->addResident(resident(5), EntryMethod::Scanner, true);
        QCOMPARE(direct.code(), ErrorCode::TubeCodeShared);
        QCOMPARE(site.f.service->openTubeSnapshot()->count(), 3);
    }

    // The batch answer's note (the table that synced second) stops the tube as the facts do.
    void aNoteOfTheBatchAnswerStopsItToo() {
        Site site(2);
        SiteNote note;
        note.uuid = site.f.service->openTubeSnapshot()->uuid;
        note.kind = QStringLiteral("tube_code_reused");
        note.tube = tubeCode(1);
        note.otherStation = kOtherStation;
        note.otherTable = QStringLiteral("Table 2");
        note.reason = QStringLiteral("tube code already used at Table 2");
        QVERIFY(!saveSiteNotes(site.f.db, {note}, site.f.clock()()).isValid());
        const ScanOutcome refused = site.table.scan(residentScan(3), EntryMethod::Scanner);
        QVERIFY(refused.tubeCodeShared);
        QVERIFY2(refused.message.contains(QStringLiteral("its 2 people")),
                 qPrintable(refused.message));
    }

    // Another kind of note on the tube (a person sampled elsewhere) stops nothing.
    void otherNotesStopNothing() {
        Site site(1);
        SiteNote note;
        note.uuid = site.f.service->openTubeSnapshot()->uuid;
        note.kind = QStringLiteral("person_sampled_elsewhere");
        note.reason = QStringLiteral("x");
        QVERIFY(!saveSiteNotes(site.f.db, {note}, site.f.clock()()).isValid());
        QVERIFY(site.table.scan(residentScan(2), EntryMethod::Scanner).recorded);
    }

    // Heard while the tube is open (after a sync pass): said once, as a refusal, not at
    // every pass; said again after the next sign-in.
    void theTableSaysItWhenTheNoteArrives() {
        Site site(3);
        QSignalSpy said(&site.table, &TableWorkflow::outcome);
        site.table.noticeSiteNotes();
        QCOMPARE(said.size(), 0);
        site.hearFromTheSite();
        site.table.noticeSiteNotes();
        QCOMPARE(said.size(), 1);
        const auto o = said.at(0).at(0).value<ScanOutcome>();
        QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
        QVERIFY(o.tubeCodeShared);
        QVERIFY(!o.fromScan);
        QVERIFY2(o.message.contains(QStringLiteral("Table 2")), qPrintable(o.message));
        site.table.noticeSiteNotes();
        QCOMPARE(said.size(), 1);
        const OperatorRef op = site.f.service->currentOperator();
        site.table.lock();
        site.table.noticeSiteNotes(); // nobody to tell
        QCOMPARE(said.size(), 1);
        site.table.signIn(op);
        site.table.noticeSiteNotes();
        QCOMPARE(said.size(), 2);
    }

    // Sealed early with the reason that names the other table, offered first; its people stay
    // in it; the table goes on in a new tube; the sealed tube may be packed (the lab is told
    // through the sync problems list and the manifest).
    void itIsSealedEarlyWithTheReasonOfferedFirst() {
        Site site(3);
        site.hearFromTheSite();
        const QString reason = QStringLiteral("Its code was also used at Table 2");
        QCOMPARE(personalDataInFreeText(reason), QString());
        const ScanOutcome sealed = site.table.sealEarly();
        QCOMPARE(site.asker.asked.size(), 1);
        const TableQuestion &q = site.asker.asked.first();
        QCOMPARE(q.kind, TableQuestion::Kind::Reason);
        QCOMPARE(q.choices.value(0), reason);
        QVERIFY2(q.text.contains(QStringLiteral("Table 2")), qPrintable(q.text));
        // The generic reason is not offered twice.
        QVERIFY(!q.choices.contains(QStringLiteral("Its code was also used at another table")));
        QVERIFY(sealed.recorded);
        QVERIFY(sealed.tubeSealed);
        QVERIFY(sealed.tubeCodeShared);
        QCOMPARE(sealed.tone, ScanOutcome::Tone::Attention);
        QVERIFY2(sealed.message.contains(QStringLiteral("site lead")), qPrintable(sealed.message));
        QCOMPARE(sealReason(site.f, tubeCode(1)), reason);
        const Result<TubeSnapshot> tube = site.f.service->tube(tubeCode(1));
        QCOMPARE(tube->state, TubeState::Sealed);
        QCOMPARE(tube->count(), 3);

        QCOMPARE(site.table.scan(tubeCode(2), EntryMethod::Scanner).tone,
                 ScanOutcome::Tone::Success);
        QVERIFY(!site.table.sharedOpenTubeCode());
        QVERIFY(site.table.scan(residentScan(4), EntryMethod::Scanner).recorded);

        QCOMPARE(site.table.scan(boxCode(1), EntryMethod::Scanner).tone,
                 ScanOutcome::Tone::Success);
        QVERIFY(site.table.scan(tubeCode(1), EntryMethod::Scanner).recorded);
        QVERIFY(site.table.scan(boxCode(1), EntryMethod::Scanner).recorded);
        // Its manifest tells the laboratory which tube shares its code, and with which table.
        labels::PrintQueue queue(nullptr);
        LabelPrintLog log(site.f.db, site.f.clock());
        TablePrinting printing(*site.f.service, log, queue);
        const Result<labels::PrintJob> job =
            printing.jobFor(PrintedDocument::BoxManifest, boxCode(1));
        QVERIFY2(job.ok(), qPrintable(job.message()));
        const auto &manifest = std::get<labels::BoxManifestData>(job->content);
        QCOMPARE(manifest.codeSharedWith,
                 (QHash<QString, QString>{{tubeCode(1), QStringLiteral("Table 2")}}));
    }

    // Table 2 packs its own tube with the shared code: that says nothing of this table's tube,
    // which still waits for a box here (the reconciliation, the dashboard) and is packed here
    // (a tester was refused: "already packed into box BX00000901 at Table 2").
    void theOtherTubeBoxedElsewhereDoesNotStopThisOne() {
        Site site(3);
        site.hearFromTheSite();
        QVERIFY(site.table.sealEarly().tubeSealed);
        QVERIFY(!site.facts
                     .apply(QJsonArray{stateElsewhere(2, tubeCode(1), QStringLiteral("sealed")),
                                       stateElsewhere(3, tubeCode(1), QStringLiteral("boxed")),
                                       // An older server's fact that names no tube.
                                       stateElsewhere(4, tubeCode(1), QStringLiteral("boxed"),
                                                      QString())},
                            4, site.f.clock()())
                     .isValid());
        QCOMPARE(site.table.boxedElsewhere(tubeCode(1)), QString());
        const Reconciliation r = site.table.reconcile();
        QCOMPARE(r.tubesBoxedElsewhere, 0);
        QCOMPARE(r.peopleBoxedElsewhere, 0);
        QCOMPARE(r.unboxedSealedTubes, 1);
        QCOMPARE(r.peopleInUnboxedSealedTubes, 3);
        QVERIFY(r.balanced());
        const Result<dashboard::TubeStateCounts> counts =
            dashboard::ThroughputQueries(site.f.db).tubesByState(site.f.clock()().date());
        QVERIFY2(counts.ok(), qPrintable(counts.message()));
        QCOMPARE(counts->sealed, 1);
        QCOMPARE(counts->boxed, 0);

        QVERIFY(site.table.scan(boxCode(1), EntryMethod::Scanner).recorded);
        const ScanOutcome packed = site.table.scan(tubeCode(1), EntryMethod::Scanner);
        QVERIFY2(packed.recorded, qPrintable(packed.message));
        QCOMPARE(site.f.service->tube(tubeCode(1))->state, TubeState::Boxed);

        // A code this table never opened, packed at Table 2: still refused here.
        QVERIFY(!site.facts
                     .apply(QJsonArray{openedElsewhere(5, tubeCode(7)),
                                       stateElsewhere(6, tubeCode(7), QStringLiteral("sealed")),
                                       stateElsewhere(7, tubeCode(7), QStringLiteral("boxed"))},
                            7, site.f.clock()())
                     .isValid());
        const ScanOutcome refused = site.table.scan(tubeCode(7), EntryMethod::Scanner);
        QVERIFY(!refused.recorded);
        QCOMPARE(refused.tone, ScanOutcome::Tone::Refusal);
        QVERIFY2(refused.message.contains(QStringLiteral("BX00000901")),
                 qPrintable(refused.message));
    }

    // The shared code does not hide a fact about this very tube (its uuid): another table
    // that packed it, it is not packed here again.
    void thisTubeBoxedElsewhereIsStillRefused() {
        Site site(2);
        site.hearFromTheSite();
        QVERIFY(site.table.sealEarly().tubeSealed);
        const QString own = site.f.service->tube(tubeCode(1))->uuid;
        QVERIFY(
            !site.facts
                 .apply(QJsonArray{stateElsewhere(2, tubeCode(1), QStringLiteral("boxed"), own)}, 2,
                        site.f.clock()())
                 .isValid());
        QVERIFY(!site.table.boxedElsewhere(tubeCode(1)).isEmpty());
        QCOMPARE(site.table.reconcile().tubesBoxedElsewhere, 1);
        QVERIFY(site.table.scan(boxCode(1), EntryMethod::Scanner).recorded);
        const ScanOutcome refused = site.table.scan(tubeCode(1), EntryMethod::Scanner);
        QVERIFY(!refused.recorded);
        QVERIFY2(refused.message.contains(QStringLiteral("BX00000901")),
                 qPrintable(refused.message));
    }

    // Without a tube code clash the usual reasons are offered, the new one last (the CLI's
    // numbers for the others stay as they were).
    void theUsualReasonsEndWithTheSharedCode() {
        const QStringList usual = TableWorkflow::sealEarlyReasons();
        QCOMPARE(usual.size(), 5);
        QCOMPARE(usual.first(), QStringLiteral("The shift is ending"));
        QCOMPARE(usual.last(), QStringLiteral("Its code was also used at another table"));
        QCOMPARE(TableWorkflow::sharedCodeSealReason({}),
                 QStringLiteral("Its code was also used at another table"));
    }

    // An empty tube with the code: nobody goes in, and the next tube scanned replaces it.
    void anEmptyTubeIsReplacedByTheNext() {
        Site site(0);
        site.hearFromTheSite();
        const ScanOutcome refused = site.table.scan(residentScan(1), EntryMethod::Scanner);
        QVERIFY(refused.tubeCodeShared);
        QVERIFY2(refused.message.contains(QStringLiteral("scan a new tube")),
                 qPrintable(refused.message));
        QCOMPARE(site.table.scan(tubeCode(2), EntryMethod::Scanner).tone,
                 ScanOutcome::Tone::Success);
        QCOMPARE(site.f.service->tube(tubeCode(1))->state, TubeState::Voided);
        QVERIFY(site.table.scan(residentScan(1), EntryMethod::Scanner).recorded);
    }
};

QTEST_GUILESS_MAIN(TestSharedTubeCode)
#include "tst_sharedtubecode.moc"
