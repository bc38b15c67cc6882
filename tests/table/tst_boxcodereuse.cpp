// SPDX-License-Identifier: GPL-3.0-or-later
// A box code is used once at a site (issue 18, boxes across tables): a box is packed at one
// table and takes tubes of any table there, so a code another table opened, sealed or handed
// over is refused when this table starts a box with it (the site's facts, as for a tube
// code); a clash the facts bring only later (the table was cut off) is kept as a sync
// problem, box_code_reused, with what to do. Without widgets and without a server: the facts
// are applied to SiteFactsStore as the feed keeps them, and TableWorkflow is driven as the
// window and `sampling-station-cli scan` drive it.
#include "core/sampling/SamplingService.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SiteNotes.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QByteArray kSiteKey = QByteArray(32, '\x5a');
const QString kOtherStation = QStringLiteral("gz-th-0001-t02");
const QString kOtherTable = QStringLiteral("Table 2");
const QString kThirdStation = QStringLiteral("gz-th-0001-t03");
const QString kThirdTable = QStringLiteral("Table 3");
const QString kBox = QStringLiteral("BX00000201");
const QString kOtherUuid = QStringLiteral("other-box-uuid");

QString at(int hour, int minute) {
    return QDateTime(QDate(2026, 6, 4), QTime(hour, minute), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString hhmm(int hour, int minute) {
    return QDateTime(QDate(2026, 6, 4), QTime(hour, minute), Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("HH:mm"));
}

QJsonObject boxFact(qint64 seq, const QString &state, const QString &when,
                    const QString &station = kOtherStation, const QString &table = kOtherTable,
                    const QString &uuid = kOtherUuid) {
    QJsonObject o{
        {QStringLiteral("seq"), seq},         {QStringLiteral("kind"), QStringLiteral("box_state")},
        {QStringLiteral("station"), station}, {QStringLiteral("table"), table},
        {QStringLiteral("at"), when},         {QStringLiteral("box"), kBox},
        {QStringLiteral("box_uuid"), uuid},   {QStringLiteral("state"), state}};
    if (state == QLatin1String("sealed")) {
        o.insert(QStringLiteral("tube_count"), 1);
        o.insert(QStringLiteral("person_count"), 2);
        o.insert(QStringLiteral("tubes"), QJsonArray());
    }
    if (state == QLatin1String("handed_over"))
        o.insert(QStringLiteral("box_station"), kOtherStation);
    return o;
}

struct Table {
    StationFixture f;
    std::unique_ptr<SiteFactsStore> facts;
    std::unique_ptr<TableWorkflow> table;
    qint64 seq = 0;

    Table() {
        f.signIn();
        facts = std::make_unique<SiteFactsStore>(f.db, kSiteKey, f.store->identity()->deviceId);
        table = std::make_unique<TableWorkflow>(*f.service);
        table->setSiteFacts(facts.get());
        table->signIn(f.service->currentOperator());
    }
    QString own() const { return f.store->identity()->deviceId; }
    bool apply(const QJsonArray &list) {
        seq += list.size();
        return !facts->apply(list, seq, f.clock()()).isValid();
    }
    int rows(const QString &table, const QString &where = QStringLiteral("1")) {
        QSqlQuery q(f.db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
        return q.next() ? q.value(0).toInt() : -1;
    }
    ScanOutcome scan(const QString &code) { return table->scan(code, EntryMethod::Scanner); }
    // A tube of this table with one person, sealed (pool of one).
    void sealOwnTube(int tube, int person) {
        QVERIFY(f.service->openTube(tubeCode(tube), 1).ok());
        const Result<SampleAdded> added =
            f.service->addResident(resident(person), EntryMethod::Scanner);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QVERIFY(added->tubeSealed);
    }
    // Nothing was written for a refused box: no box, no record, no audit row.
    void verifyNothingWritten(int outbox, int audit) {
        QCOMPARE(rows(QStringLiteral("boxes")), 0);
        QCOMPARE(rows(QStringLiteral("outbox")), outbox);
        QCOMPARE(rows(QStringLiteral("audit_log")), audit);
        QVERIFY(!f.service->openBoxSnapshot());
    }
};

} // namespace

class TestBoxCodeReuse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The tester's case: table 2 sealed and handed over BX00000201; table 1 scans it.
    void aBoxHandedOverAtAnotherTableIsRefused() {
        Table t;
        QVERIFY(t.apply(
            {boxFact(1, QStringLiteral("opened"), at(8, 30)),
             boxFact(2, QStringLiteral("sealed"), at(8, 40)),
             boxFact(3, QStringLiteral("handed_over"), at(8, 55), kThirdStation, kThirdTable)}));
        const int outbox = t.rows(QStringLiteral("outbox"));
        const int audit = t.rows(QStringLiteral("audit_log"));
        const ScanOutcome out = t.scan(kBox);
        QCOMPARE(out.tone, ScanOutcome::Tone::Refusal);
        QVERIFY(!out.recorded);
        QVERIFY2(out.message.contains(kBox), qPrintable(out.message));
        // Where it was packed, and where and when it went to the courier.
        QVERIFY2(out.message.contains(QStringLiteral("Table 2")), qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("Table 3")), qPrintable(out.message));
        QVERIFY2(out.message.contains(hhmm(8, 55)), qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("Use a new box")), qPrintable(out.message));
        t.verifyNothingWritten(outbox, audit);
    }

    void aBoxSealedAtAnotherTableIsRefused() {
        Table t;
        QVERIFY(t.apply({boxFact(1, QStringLiteral("opened"), at(8, 30)),
                         boxFact(2, QStringLiteral("sealed"), at(8, 40))}));
        const int outbox = t.rows(QStringLiteral("outbox"));
        const int audit = t.rows(QStringLiteral("audit_log"));
        const ScanOutcome out = t.scan(kBox);
        QCOMPARE(out.tone, ScanOutcome::Tone::Refusal);
        QVERIFY2(out.message.contains(QStringLiteral("sealed at Table 2 (%1)").arg(hhmm(8, 40))),
                 qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("Use a new box")), qPrintable(out.message));
        t.verifyNothingWritten(outbox, audit);
    }

    // Its opening fact gone (older than two days) or not in yet: the seal alone says the code
    // was used.
    void aSealWithoutItsOpeningIsEnough() {
        Table t;
        QVERIFY(t.apply({boxFact(1, QStringLiteral("sealed"), at(8, 40))}));
        QCOMPARE(t.scan(kBox).tone, ScanOutcome::Tone::Refusal);
    }

    // A box is packed at one table (tubes of this table may go into it there): another box
    // with its code here would be a second box with one code.
    void aBoxBeingPackedAtAnotherTableIsRefused() {
        Table t;
        QVERIFY(t.apply({boxFact(1, QStringLiteral("opened"), at(8, 30))}));
        const int outbox = t.rows(QStringLiteral("outbox"));
        const int audit = t.rows(QStringLiteral("audit_log"));
        const ScanOutcome out = t.scan(kBox);
        QCOMPARE(out.tone, ScanOutcome::Tone::Refusal);
        QVERIFY2(out.message.contains(QStringLiteral("being packed at Table 2")),
                 qPrintable(out.message));
        QVERIFY2(out.message.contains(hhmm(8, 30)), qPrintable(out.message));
        t.verifyNothingWritten(outbox, audit);
    }

    // This table's own box comes back in the facts: not a use "elsewhere". Another code, or
    // a box another table handed over but this one packed, is not refused either.
    void ownBoxesAndOtherCodesAreNotRefused() {
        Table t;
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        const QString uuid = t.f.service->box(kBox)->uuid;
        QVERIFY(t.apply({boxFact(1, QStringLiteral("opened"), at(8, 30), t.own(),
                                 QStringLiteral("Table 1"), uuid)}));
        QVERIFY(!t.facts->boxCodeUsedElsewhere(kBox));
        // Scanning the open box again seals it, as before.
        const ScanOutcome sealed = t.scan(kBox);
        QVERIFY2(sealed.recorded, qPrintable(sealed.message));
        QCOMPARE(t.rows(QStringLiteral("site_notes")), 0);
        QVERIFY(t.scan(QStringLiteral("BX00000202")).recorded);
    }

    // Offline: this table opened the code, and only later the facts say table 2 had opened
    // it too. The box stays (a real box); the clash is a sync problem with what to do, once.
    void aClashFoundLaterIsASyncProblem() {
        Table t;
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        const QString uuid = t.f.service->box(kBox)->uuid;
        QVERIFY(t.apply({boxFact(1, QStringLiteral("opened"), at(8, 30)),
                         boxFact(2, QStringLiteral("sealed"), at(8, 40))}));
        QSqlError error;
        const QList<SiteNote> notes = siteNotes(t.f.db, &error);
        QVERIFY(!error.isValid());
        QCOMPARE(notes.size(), 1);
        const SiteNote &note = notes.first();
        QCOMPARE(note.uuid, uuid);
        QCOMPARE(note.kind, QStringLiteral("box_code_reused"));
        QCOMPARE(note.recordKind, QStringLiteral("box.opened"));
        QCOMPARE(note.box, kBox);
        QCOMPARE(note.otherStation, kOtherStation);
        QCOMPARE(note.otherTable, kOtherTable);
        const QString problem = siteNoteProblem(note, QStringLiteral("Table 2"));
        QVERIFY2(problem.contains(kBox) && problem.contains(QStringLiteral("Table 2")),
                 qPrintable(problem));
        const QString advice = siteNoteAdvice(note, QStringLiteral("Table 2"));
        QVERIFY2(advice.contains(QStringLiteral("keep the boxes apart")), qPrintable(advice));
        // The box is this table's still: it may be sealed.
        QVERIFY(t.f.service->openBoxSnapshot());
        QVERIFY(t.scan(kBox).recorded);
        // The same facts again, and a hand-over fact: still one note.
        QVERIFY(t.apply({boxFact(3, QStringLiteral("handed_over"), at(9, 0))}));
        QCOMPARE(siteNotes(t.f.db, &error).size(), 1);
    }

    // At a third table, two boxes with one code are not offered for hand-over, and the code
    // is refused naming both tables: this table cannot tell which one the courier has.
    void twoBoxesWithOneCodeAreNotHandedOverByTheirCode() {
        Table t;
        QVERIFY(t.apply({boxFact(1, QStringLiteral("opened"), at(8, 30)),
                         boxFact(2, QStringLiteral("sealed"), at(8, 40)),
                         boxFact(3, QStringLiteral("opened"), at(8, 45), kThirdStation, kThirdTable,
                                 QStringLiteral("third-box-uuid")),
                         boxFact(4, QStringLiteral("sealed"), at(8, 50), kThirdStation, kThirdTable,
                                 QStringLiteral("third-box-uuid"))}));
        QVERIFY(t.table->boxesWaiting().isEmpty());
        const int outbox = t.rows(QStringLiteral("outbox"));
        const Result<BoxSnapshot> handed = t.table->handOver(
            kBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5});
        QVERIFY(!handed.ok());
        QCOMPARE(handed.code(), ErrorCode::BoxCodeUsed);
        QVERIFY2(handed.message().contains(QStringLiteral("Table 2")) &&
                     handed.message().contains(QStringLiteral("Table 3")),
                 qPrintable(handed.message()));
        QCOMPARE(t.rows(QStringLiteral("outbox")), outbox);
    }

    // This table's own box shares the code with one of another table: its own is handed over
    // here; the other table's is not offered here (handed over where it was packed).
    void anOwnBoxSharingItsCodeIsTheOneHandedOverHere() {
        Table t;
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.apply({boxFact(1, QStringLiteral("opened"), at(8, 30)),
                         boxFact(2, QStringLiteral("sealed"), at(8, 40))}));
        const QList<BoxSnapshot> waiting = t.table->boxesWaiting();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().uuid, t.f.service->box(kBox)->uuid);
        const Result<BoxSnapshot> handed = t.table->handOver(
            kBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5});
        QVERIFY2(handed.ok(), qPrintable(handed.message()));
        QCOMPARE(handed->uuid, t.f.service->box(kBox)->uuid);
    }
};

QTEST_GUILESS_MAIN(TestBoxCodeReuse)
#include "tst_boxcodereuse.moc"
