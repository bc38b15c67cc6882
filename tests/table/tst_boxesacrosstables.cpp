// SPDX-License-Identifier: GPL-3.0-or-later
// Boxes across the tables of a site (issue 18), at the table without widgets and without a
// server: the site's facts are applied to SiteFactsStore as the feed keeps them (the wire
// contract of docs/sync-protocol.md), and TableWorkflow (as the window and `scan` drive it)
// packs tubes sealed at other tables, refuses those it must, hands over boxes other tables
// sealed, and shows where this table's tubes and boxes went.
#include "core/dashboard/ThroughputQueries.h"
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/Journal.h"
#include "core/sync/SiteFactsStore.h"
#include "labels/PrintQueue.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"
#include "translations/StationTranslation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace station;
using namespace station::test;
using station::dashboard::BoxAge;
using station::dashboard::ThroughputQueries;

namespace {

const QByteArray kSiteKey = QByteArray(32, '\x5a');
const QString kOtherStation = QStringLiteral("gz-th-0001-t05");
const QString kOtherTable = QStringLiteral("Table 5");
const QString kBox = QStringLiteral("BX00012345");
const QString kOtherBox = QStringLiteral("BX00077777");

QString at(int hour, int minute) {
    return QDateTime(QDate(2026, 6, 4), QTime(hour, minute), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject tubeFact(qint64 seq, int tube, const QString &state, const QString &when,
                     const QString &station = kOtherStation, const QString &table = kOtherTable) {
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("kind"), QStringLiteral("tube_state")},
                  {QStringLiteral("station"), station},
                  {QStringLiteral("table"), table},
                  {QStringLiteral("tube"), tubeCode(tube)},
                  {QStringLiteral("tube_uuid"), QStringLiteral("tube-uuid-%1").arg(tube)},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("at"), when}};
    if (state == QLatin1String("sealed"))
        o.insert(QStringLiteral("people"), 10);
    return o;
}

QJsonObject boxedFact(qint64 seq, int tube, const QString &box, const QString &boxUuid,
                      const QString &station = kOtherStation, const QString &table = kOtherTable) {
    QJsonObject o = tubeFact(seq, tube, QStringLiteral("boxed"), at(10, 0), station, table);
    o.insert(QStringLiteral("box"), box);
    o.insert(QStringLiteral("box_uuid"), boxUuid);
    return o;
}

QJsonObject sealedBoxFact(qint64 seq, const QList<int> &tubes, int tubeCount, int personCount) {
    QJsonArray list;
    for (int t : tubes)
        list.append(
            QJsonObject{{QStringLiteral("tube"), tubeCode(t)},
                        {QStringLiteral("tube_uuid"), QStringLiteral("tube-uuid-%1").arg(t)},
                        {QStringLiteral("people"), 10},
                        {QStringLiteral("station"), kOtherStation},
                        {QStringLiteral("table"), kOtherTable}});
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("kind"), QStringLiteral("box_state")},
            {QStringLiteral("station"), kOtherStation},
            {QStringLiteral("table"), kOtherTable},
            {QStringLiteral("at"), at(10, 30)},
            {QStringLiteral("box"), kOtherBox},
            {QStringLiteral("box_uuid"), QStringLiteral("other-box-uuid")},
            {QStringLiteral("state"), QStringLiteral("sealed")},
            {QStringLiteral("tube_count"), tubeCount},
            {QStringLiteral("person_count"), personCount},
            {QStringLiteral("tubes"), list}};
}

QJsonObject handedOverFact(qint64 seq, const QString &box, const QString &boxUuid,
                           const QString &boxStation, const QString &station,
                           const QString &table) {
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("kind"), QStringLiteral("box_state")},
            {QStringLiteral("station"), station},
            {QStringLiteral("table"), table},
            {QStringLiteral("at"), at(11, 0)},
            {QStringLiteral("box"), box},
            {QStringLiteral("box_uuid"), boxUuid},
            {QStringLiteral("box_station"), boxStation},
            {QStringLiteral("state"), QStringLiteral("handed_over")}};
}

// The table of one station with the site's facts, signed in.
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
    // The content of the newest outbox record of `kind`.
    QJsonObject lastRecord(const QString &kind) {
        QSqlQuery q(f.db.connection());
        q.prepare(
            QStringLiteral("SELECT uuid, payload FROM outbox WHERE kind = ? ORDER BY seq DESC"));
        q.addBindValue(kind);
        if (!q.exec() || !q.next())
            return {};
        const std::optional<QByteArray> bytes =
            outboxPayloadBytes(f.codec, q.value(1).toByteArray(), q.value(0).toString());
        return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    }
    // A tube of this table with one person, sealed (pool of one).
    void sealOwnTube(int tube, int person) {
        QVERIFY(f.service->openTube(tubeCode(tube), 1).ok());
        const Result<SampleAdded> added =
            f.service->addResident(resident(person), EntryMethod::Scanner);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QVERIFY(added->tubeSealed);
    }
    ScanOutcome scan(const QString &code) { return table->scan(code, EntryMethod::Scanner); }
};

} // namespace

class TestBoxesAcrossTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void factsKeepTheBoxMembersAndIgnoreWhatTheyDoNotKnow() {
        Table t;
        QJsonObject future = tubeFact(3, 9, QStringLiteral("sealed"), at(9, 0));
        future.insert(QStringLiteral("colour"), QStringLiteral("blue")); // a member unknown here
        QVERIFY(t.apply({tubeFact(1, 9, QStringLiteral("opened"), at(8, 0)),
                         QJsonObject{{QStringLiteral("seq"), 2},
                                     {QStringLiteral("kind"), QStringLiteral("weather")},
                                     {QStringLiteral("station"), kOtherStation},
                                     {QStringLiteral("at"), at(8, 30)}},
                         future}));
        const std::optional<SiteTubeWhereabouts> where = t.facts->tubeWhereabouts(tubeCode(9));
        QVERIFY(where);
        QCOMPARE(where->state, QStringLiteral("sealed"));
        QCOMPARE(where->tubeUuid, QStringLiteral("tube-uuid-9"));
        QCOMPARE(where->people, 10);
        QCOMPARE(where->sealedTable, kOtherTable);
        QCOMPARE(where->openedAt, QDateTime(QDate(2026, 6, 4), QTime(8, 0), Qt::UTC));
        QVERIFY(!t.facts->tubeWhereabouts(tubeCode(8)));
        // The other table's tube code is still refused for a new tube here.
        QVERIFY(t.facts->tubeUsedElsewhere(tubeCode(9)));
    }

    void tubeSealedAtAnotherTableIsPacked() {
        Table t;
        QVERIFY(t.apply({tubeFact(1, 9, QStringLiteral("opened"), at(8, 0)),
                         tubeFact(2, 9, QStringLiteral("sealed"), at(9, 0))}));
        QVERIFY(t.scan(kBox).recorded);
        const int outbox = t.rows(QStringLiteral("outbox"));
        const int audit = t.rows(QStringLiteral("audit_log"));
        const ScanOutcome o = t.scan(tubeCode(9));
        QVERIFY2(o.recorded, qPrintable(o.message));
        QVERIFY2(o.message.contains(kOtherTable), qPrintable(o.message));
        // One transaction: the box's row, its outbox record and its audit row.
        QCOMPARE(t.rows(QStringLiteral("outbox")), outbox + 1);
        QCOMPARE(t.rows(QStringLiteral("audit_log")), audit + 1);
        const QJsonObject added = t.lastRecord(QStringLiteral("box.tube_added"));
        QCOMPARE(added.value(QStringLiteral("tube")).toString(), tubeCode(9));
        QCOMPARE(added.value(QStringLiteral("tube_uuid")).toString(),
                 QStringLiteral("tube-uuid-9"));
        QCOMPARE(added.value(QStringLiteral("people")).toInt(), 10);
        QCOMPARE(added.value(QStringLiteral("tube_station")).toString(), kOtherStation);
        QCOMPARE(added.value(QStringLiteral("tube_table")).toString(), kOtherTable);
        QCOMPARE(added.value(QStringLiteral("box")).toString(), kBox);

        const std::optional<BoxSnapshot> box = t.f.service->openBoxSnapshot();
        QVERIFY(box);
        QCOMPARE(box->tubeCount(), 1);
        QCOMPARE(box->personCount(), 10);
        QCOMPARE(box->tubes.first().table, kOtherTable);
        QVERIFY(box->tubes.first().isFromOtherTable());
        // The 4-hour clock counts from the tube's opening at the other table at the latest.
        QCOMPARE(box->earliestSwabAt, QDateTime(QDate(2026, 6, 4), QTime(8, 0), Qt::UTC));
        // The lead's dashboard counts it and ages the box from it.
        const Result<QList<BoxAge>> ages = ThroughputQueries(t.f.db).boxesByAge(t.f.clock()());
        QVERIFY(ages.ok());
        QCOMPARE(ages->size(), 1);
        QCOMPARE(ages->first().tubes, 1);
        QCOMPARE(ages->first().earliestSwab, box->earliestSwabAt);

        // Scanned again: already in this box.
        const ScanOutcome again = t.scan(tubeCode(9));
        QVERIFY(!again.recorded);
        QVERIFY2(again.message.contains(kBox), qPrintable(again.message));
        // The box seals with it.
        QVERIFY(t.scan(kBox).recorded);
    }

    void sealedBoxListsEachTubesTable() {
        Table t;
        QVERIFY(t.apply({tubeFact(1, 9, QStringLiteral("sealed"), at(9, 0))}));
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        QVERIFY(t.scan(tubeCode(9)).recorded);
        QVERIFY(t.scan(kBox).recorded);
        const QJsonObject sealed = t.lastRecord(QStringLiteral("box.sealed"));
        QCOMPARE(sealed.value(QStringLiteral("tube_count")).toInt(), 2);
        QCOMPARE(sealed.value(QStringLiteral("person_count")).toInt(), 11);
        const QJsonArray tubes = sealed.value(QStringLiteral("tubes")).toArray();
        QCOMPARE(tubes.size(), 2);
        int fromOther = 0;
        for (const QJsonValue &v : tubes) {
            const QJsonObject tube = v.toObject();
            QVERIFY(!tube.value(QStringLiteral("tube_uuid")).toString().isEmpty());
            if (tube.value(QStringLiteral("tube")).toString() == tubeCode(9)) {
                ++fromOther;
                QCOMPARE(tube.value(QStringLiteral("tube_table")).toString(), kOtherTable);
            } else {
                QVERIFY(!tube.contains(QStringLiteral("tube_table")));
            }
        }
        QCOMPARE(fromOther, 1);
        // The table's own box hands over as before: the counts agree.
        const Result<BoxSnapshot> handed = t.table->handOver(
            kBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 6.0});
        QVERIFY2(handed.ok(), qPrintable(handed.message()));
    }

    // The manifest the table prints lists the tubes under the table each was sealed at:
    // this table's under its own number, the other's under its label.
    void manifestGroupsTheTubesByTable() {
        Table t;
        labels::PrintQueue queue(nullptr);
        LabelPrintLog log(t.f.db, t.f.clock());
        TablePrinting printing(*t.f.service, log, queue);
        t.table->setPrinting(&printing);
        QVERIFY(t.apply({tubeFact(1, 9, QStringLiteral("sealed"), at(9, 0))}));
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(9)).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        QVERIFY(t.scan(kBox).recorded);
        const Result<labels::PrintJob> job = printing.jobFor(PrintedDocument::BoxManifest, kBox);
        QVERIFY2(job.ok(), qPrintable(job.message()));
        const auto &manifest = std::get<labels::BoxManifestData>(job->content);
        const QVector<labels::ManifestTableGroup> groups = manifest.tableGroups();
        QCOMPARE(groups.size(), 2);
        QStringList tables;
        for (const labels::ManifestTableGroup &g : groups)
            tables << QStringLiteral("%1:%2:%3").arg(g.table).arg(g.tubeCount()).arg(g.personCount);
        tables.sort();
        QCOMPARE(tables,
                 (QStringList{QStringLiteral("Table 3:1:1"), QStringLiteral("Table 5:1:10")}));
        QCOMPARE(manifest.personCount(), 11);

        // A box another table sealed: its manifest too, by its code, from the site's facts.
        QVERIFY(t.apply({tubeFact(2, 8, QStringLiteral("sealed"), at(8, 50)),
                         boxedFact(3, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                         sealedBoxFact(4, {8}, 1, 10)}));
        const Result<labels::PrintJob> other =
            printing.jobFor(PrintedDocument::BoxManifest, kOtherBox);
        QVERIFY2(other.ok(), qPrintable(other.message()));
        const auto &otherManifest = std::get<labels::BoxManifestData>(other->content);
        QCOMPARE(otherManifest.tubeCount(), 1);
        QCOMPARE(otherManifest.tubes.first().table, kOtherTable);
        t.table->setPrinting(nullptr);
    }

    void tubesThatMustNotBePackedAreRefused_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("still open there") << QStringLiteral("opened") << QStringLiteral("open");
        QTest::newRow("voided there") << QStringLiteral("voided") << QStringLiteral("voided");
        QTest::newRow("already in a box") << QStringLiteral("boxed") << kOtherBox;
        QTest::newRow("unknown to the site") << QString() << QStringLiteral("hub");
    }
    void tubesThatMustNotBePackedAreRefused() {
        QFETCH(QString, state);
        QFETCH(QString, mustSay);
        Table t;
        QJsonArray list{tubeFact(1, 9, QStringLiteral("opened"), at(8, 0))};
        if (state == QLatin1String("voided"))
            list.append(tubeFact(2, 9, state, at(9, 0)));
        if (state == QLatin1String("boxed")) {
            list.append(tubeFact(2, 9, QStringLiteral("sealed"), at(9, 0)));
            list.append(boxedFact(3, 9, kOtherBox, QStringLiteral("other-box-uuid")));
        }
        if (!state.isEmpty())
            QVERIFY(t.apply(list));
        QVERIFY(t.scan(kBox).recorded);
        const int outbox = t.rows(QStringLiteral("outbox"));
        const ScanOutcome o = t.scan(tubeCode(9));
        QVERIFY(!o.recorded);
        QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
        QVERIFY2(o.message.contains(mustSay), qPrintable(o.message));
        QVERIFY2(o.message.contains(tubeCode(9)), qPrintable(o.message));
        if (!state.isEmpty())
            QVERIFY2(o.message.contains(kOtherTable), qPrintable(o.message));
        QCOMPARE(t.rows(QStringLiteral("outbox")), outbox);
        QCOMPARE(t.rows(QStringLiteral("box_site_tubes")), 0);
    }

    void withoutSiteFactsAForeignTubeIsRefused() {
        StationFixture f;
        f.signIn();
        TableWorkflow table(*f.service);
        table.signIn(f.service->currentOperator());
        QVERIFY(table.scan(kBox, EntryMethod::Scanner).recorded);
        const ScanOutcome o = table.scan(tubeCode(9), EntryMethod::Scanner);
        QVERIFY(!o.recorded);
        QVERIFY2(o.message.contains(QStringLiteral("its own table")), qPrintable(o.message));
    }

    void ownTubePackedElsewhereNoLongerWaits() {
        Table t;
        t.sealOwnTube(1, 1);
        t.sealOwnTube(2, 2);
        Reconciliation before = t.table->reconcile();
        QCOMPARE(before.unboxedSealedTubes, 2);
        QVERIFY(t.apply(
            {tubeFact(1, 1, QStringLiteral("sealed"), at(9, 0), t.own(), QStringLiteral("Table 3")),
             boxedFact(2, 1, kOtherBox, QStringLiteral("other-box-uuid"))}));
        const Reconciliation r = t.table->reconcile();
        QCOMPARE(r.unboxedSealedTubes, 1);
        QCOMPARE(r.peopleInUnboxedSealedTubes, 1);
        QCOMPARE(r.tubesBoxedElsewhere, 1);
        QCOMPARE(r.peopleBoxedElsewhere, 1);
        QVERIFY(r.balanced());
        const QString where = t.table->boxedElsewhere(tubeCode(1));
        QVERIFY2(where.contains(kOtherBox) && where.contains(kOtherTable), qPrintable(where));
        QVERIFY(t.table->boxedElsewhere(tubeCode(2)).isEmpty());
        // Packing it here as well would send it twice.
        QVERIFY(t.scan(kBox).recorded);
        const ScanOutcome o = t.scan(tubeCode(1));
        QVERIFY(!o.recorded);
        QVERIFY2(o.message.contains(kOtherBox) && o.message.contains(kOtherTable),
                 qPrintable(o.message));
        QVERIFY(t.scan(tubeCode(2)).recorded);
        // The local row is not changed behind the operator's back: derived from the facts.
        QCOMPARE(t.rows(QStringLiteral("tubes"), QStringLiteral("state = 'sealed'")), 1);
    }

    void boxOfAnotherTableIsHandedOverHere() {
        Table t;
        QVERIFY(t.apply({tubeFact(1, 8, QStringLiteral("opened"), at(8, 0)),
                         tubeFact(2, 8, QStringLiteral("sealed"), at(8, 50)),
                         tubeFact(3, 9, QStringLiteral("sealed"), at(9, 0)),
                         boxedFact(4, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                         boxedFact(5, 9, kOtherBox, QStringLiteral("other-box-uuid")),
                         sealedBoxFact(6, {8, 9}, 2, 20)}));
        QList<BoxSnapshot> waiting = t.table->boxesWaiting();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().code, kOtherBox);
        QCOMPARE(waiting.first().packedAtTable, kOtherTable);
        QCOMPARE(waiting.first().tubeCount(), 2);
        QCOMPARE(waiting.first().personCount(), 20);
        // This table has no box of its own: the other table's is shown, to hand over here.
        const std::optional<BoxSnapshot> shown = t.table->boxOnScreen();
        QVERIFY(shown);
        QCOMPARE(shown->code, kOtherBox);
        const Result<BoxSnapshot> next = t.table->boxToHandOver();
        QVERIFY(next.ok());
        QCOMPARE(next->code, kOtherBox);

        // The box is more than 2 hours old (first tube opened at 08:00, now 12:00).
        Result<BoxSnapshot> handed = t.table->handOver(
            kOtherBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), std::nullopt});
        QVERIFY(!handed.ok());
        QVERIFY2(handed.message().contains(QStringLiteral("temperature")),
                 qPrintable(handed.message()));
        const int audit = t.rows(QStringLiteral("audit_log"));
        handed = t.table->handOver(
            kOtherBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5});
        QVERIFY2(handed.ok(), qPrintable(handed.message()));
        QCOMPARE(t.rows(QStringLiteral("audit_log")), audit + 1);
        const QJsonObject record = t.lastRecord(QStringLiteral("box.handed_over"));
        QCOMPARE(record.value(QStringLiteral("box")).toString(), kOtherBox);
        QCOMPARE(record.value(QStringLiteral("box_uuid")).toString(),
                 QStringLiteral("other-box-uuid"));
        QCOMPARE(record.value(QStringLiteral("box_station")).toString(), kOtherStation);
        QCOMPARE(record.value(QStringLiteral("tube_count")).toInt(), 2);
        QCOMPARE(record.value(QStringLiteral("person_count")).toInt(), 20);
        QCOMPARE(record.value(QStringLiteral("carried_by")).toString(), QStringLiteral("Courier"));
        // Handed over here: no longer waiting, and not twice.
        QVERIFY(t.table->boxesWaiting().isEmpty());
        QVERIFY(!t.table
                     ->handOver(kOtherBox,
                                HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5})
                     .ok());
        QCOMPARE(t.table->box(kOtherBox)->state, BoxState::HandedOver);
    }

    // A manifest printed here for another table's box after its hand-over here carries the
    // hand-over as this table's own boxes' manifests do: who handed it over, who carries it,
    // when, the temperature; also once the site's facts bring that hand-over back.
    void manifestOfABoxHandedOverHereCarriesTheHandOver() {
        Table t;
        labels::PrintQueue queue(nullptr);
        LabelPrintLog log(t.f.db, t.f.clock());
        TablePrinting printing(*t.f.service, log, queue);
        t.table->setPrinting(&printing);
        QVERIFY(t.apply({tubeFact(1, 8, QStringLiteral("sealed"), at(10, 0)),
                         boxedFact(2, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                         sealedBoxFact(3, {8}, 1, 10)}));
        // Before the hand-over: no names on it.
        Result<labels::PrintJob> job = printing.jobFor(PrintedDocument::BoxManifest, kOtherBox);
        QVERIFY2(job.ok(), qPrintable(job.message()));
        QVERIFY(std::get<labels::BoxManifestData>(job->content).handOver.carriedBy.isEmpty());

        const Result<BoxSnapshot> handed = t.table->handOver(
            kOtherBox, HandOver{QStringLiteral("Lead Li"), QStringLiteral("Courier Wang"), 5.5});
        QVERIFY2(handed.ok(), qPrintable(handed.message()));
        const auto check = [&](const char *when) {
            const Result<labels::PrintJob> printed =
                printing.jobFor(PrintedDocument::BoxManifest, kOtherBox);
            QVERIFY2(printed.ok(), qPrintable(printed.message()));
            const labels::HandOverData &h =
                std::get<labels::BoxManifestData>(printed->content).handOver;
            QVERIFY2(h.handedOverBy == QLatin1String("Lead Li"), when);
            QVERIFY2(h.carriedBy == QLatin1String("Courier Wang"), when);
            QVERIFY2(h.handedOverAt.isValid() && h.handedOverAt == handed->handedOverAt, when);
            QVERIFY2(h.temperatureCelsius && *h.temperatureCelsius == 5.5, when);
            QVERIFY2(std::get<labels::BoxManifestData>(printed->content).tubeCount() == 1, when);
        };
        check("after the hand-over here");
        // The hub sends this station's hand-over back as a site fact.
        QVERIFY(t.apply({handedOverFact(4, kOtherBox, QStringLiteral("other-box-uuid"),
                                        kOtherStation, t.own(), QStringLiteral("Table 3"))}));
        check("once the site's facts name the hand-over");
        const Result<BoxSnapshot> shown = t.table->box(kOtherBox);
        QVERIFY(shown.ok());
        QCOMPARE(shown->state, BoxState::HandedOver);
        QCOMPARE(shown->carriedBy, QStringLiteral("Courier Wang"));
        t.table->setPrinting(nullptr);
    }

    // Several boxes waiting (this table's and another's): the courier takes the chosen ones in
    // one action, checked together first (names, the temperature any of them needs), then
    // each by its own rules; a refused one leaves the others handed over.
    void severalBoxesAreHandedOverInOneAction() {
        Table t;
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        QVERIFY(t.scan(kBox).recorded);
        // Another table's box, its first tube opened at 08:00: over 2 hours by noon.
        QVERIFY(t.apply({tubeFact(1, 8, QStringLiteral("opened"), at(8, 0)),
                         tubeFact(2, 8, QStringLiteral("sealed"), at(8, 50)),
                         boxedFact(3, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                         sealedBoxFact(4, {8}, 1, 10)}));
        const QList<BoxSnapshot> offered = t.table->boxesToHandOver();
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered.at(0).code, kBox); // the one on screen first
        QCOMPARE(offered.at(1).code, kOtherBox);
        QCOMPARE(offered.at(1).packedAtTable, kOtherTable);

        const int outbox = t.rows(QStringLiteral("outbox"));
        const HandOver noTemperature{QStringLiteral("Lead"), QStringLiteral("Courier"),
                                     std::nullopt};
        TableWorkflow::BoxesHandedOver done =
            t.table->handOverBoxes({kBox, kOtherBox}, noTemperature);
        QVERIFY2(done.refusedAll.contains(kOtherBox), qPrintable(done.refusedAll));
        QVERIFY(done.handedOver.isEmpty());
        QCOMPARE(t.rows(QStringLiteral("outbox")), outbox); // not half of them
        done = t.table->handOverBoxes({}, noTemperature);
        QVERIFY(!done.refusedAll.isEmpty());
        done = t.table->handOverBoxes({kBox}, HandOver{QStringLiteral("Lead"), {}, 5.0});
        QVERIFY(!done.refusedAll.isEmpty());
        QCOMPARE(t.rows(QStringLiteral("outbox")), outbox);

        done = t.table->handOverBoxes(
            {kBox, kOtherBox, kBox},
            HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 4.5});
        QVERIFY2(done.complete(), qPrintable(done.refusedAll + done.refused.value(0).second));
        QCOMPARE(done.handedOver.size(), 2);
        QCOMPARE(t.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'box.handed_over'")), 2);
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::HandedOver);
        QCOMPARE(t.table->box(kOtherBox)->state, BoxState::HandedOver);
        QVERIFY(t.table->boxesWaiting().isEmpty());
        QVERIFY(t.table->boxesToHandOver().isEmpty());
    }

    void aRefusedBoxLeavesTheOthersHandedOver() {
        Table t;
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        QVERIFY(t.scan(kBox).recorded);
        // The other table's box lists 3 tubes at its seal but the facts know 1: refused.
        QVERIFY(t.apply({tubeFact(1, 8, QStringLiteral("sealed"), at(10, 0)),
                         boxedFact(2, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                         sealedBoxFact(3, {8}, 3, 30)}));
        const TableWorkflow::BoxesHandedOver done = t.table->handOverBoxes(
            {kOtherBox, kBox}, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.0});
        QVERIFY(done.refusedAll.isEmpty());
        QCOMPARE(done.handedOver.size(), 1);
        QCOMPARE(done.handedOver.first().code, kBox);
        QCOMPARE(done.refused.size(), 1);
        QCOMPARE(done.refused.first().first, kOtherBox);
        QVERIFY2(done.refused.first().second.contains(QStringLiteral("site lead")),
                 qPrintable(done.refused.first().second));
        QVERIFY(!done.complete());
        const QList<BoxSnapshot> still = t.table->boxesToHandOver();
        QCOMPARE(still.size(), 1);
        QCOMPARE(still.first().code, kOtherBox);
    }

    void boxOfAnotherTableThatDoesNotReconcileIsRefused_data() {
        QTest::addColumn<int>("setup");
        QTest::newRow("counts of the seal differ from its tubes") << 0;
        QTest::newRow("a tube of it was voided since") << 1;
        QTest::newRow("a tube of it is now in another box") << 2;
        QTest::newRow("handed over at another table already") << 3;
    }
    void boxOfAnotherTableThatDoesNotReconcileIsRefused() {
        QFETCH(int, setup);
        Table t;
        QJsonArray list{tubeFact(1, 8, QStringLiteral("sealed"), at(10, 0)),
                        tubeFact(2, 9, QStringLiteral("sealed"), at(10, 0)),
                        boxedFact(3, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                        boxedFact(4, 9, kOtherBox, QStringLiteral("other-box-uuid")),
                        sealedBoxFact(5, {8, 9}, setup == 0 ? 3 : 2, setup == 0 ? 30 : 20)};
        if (setup == 1)
            list.append(tubeFact(6, 9, QStringLiteral("voided"), at(11, 0)));
        if (setup == 2)
            list.append(boxedFact(6, 9, QStringLiteral("BX00055555"), QStringLiteral("third-box"),
                                  QStringLiteral("gz-th-0001-t02"), QStringLiteral("Table 2")));
        if (setup == 3)
            list.append(handedOverFact(6, kOtherBox, QStringLiteral("other-box-uuid"),
                                       kOtherStation, QStringLiteral("gz-th-0001-t02"),
                                       QStringLiteral("Table 2")));
        QVERIFY(t.apply(list));
        const int outbox = t.rows(QStringLiteral("outbox"));
        const Result<BoxSnapshot> handed = t.table->handOver(
            kOtherBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5});
        QVERIFY(!handed.ok());
        if (setup == 3) {
            QVERIFY2(handed.message().contains(QStringLiteral("Table 2")),
                     qPrintable(handed.message()));
            QVERIFY(t.table->boxesWaiting().isEmpty());
        } else {
            QCOMPARE(handed.code(), ErrorCode::BoxDoesNotReconcile);
            QVERIFY2(handed.message().contains(QStringLiteral("site lead")),
                     qPrintable(handed.message()));
        }
        if (setup == 2)
            QVERIFY2(handed.message().contains(QStringLiteral("BX00055555")),
                     qPrintable(handed.message()));
        QCOMPARE(t.rows(QStringLiteral("outbox")), outbox);
    }

    // The refusal's sentences meet as Chinese writes them: "…6 人。另外：…。请勿交接…", no
    // space after a full-width 。.
    void aBoxThatDoesNotReconcileIsRefusedAsChineseWritesIt() {
        QTranslator zh;
        QVERIFY(loadStationTranslation(zh, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&zh);
        const auto english = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
        Table t;
        QVERIFY(t.apply({tubeFact(1, 8, QStringLiteral("sealed"), at(10, 0)),
                         tubeFact(2, 9, QStringLiteral("sealed"), at(10, 0)),
                         boxedFact(3, 8, kOtherBox, QStringLiteral("other-box-uuid")),
                         boxedFact(4, 9, kOtherBox, QStringLiteral("other-box-uuid")),
                         sealedBoxFact(5, {8, 9}, 2, 20),
                         tubeFact(6, 9, QStringLiteral("voided"), at(11, 0))}));
        const Result<BoxSnapshot> handed = t.table->handOver(
            kOtherBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5});
        QCOMPARE(handed.code(), ErrorCode::BoxDoesNotReconcile);
        const QString message = handed.message();
        QVERIFY2(message.contains(QStringLiteral("人。另外：")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("作废。请勿交接，请联系采样点负责人。")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("。 ")), qPrintable(message));
    }

    void ownBoxHandedOverElsewhereShowsAsHandedOver() {
        Table t;
        t.sealOwnTube(1, 1);
        QVERIFY(t.scan(kBox).recorded);
        QVERIFY(t.scan(tubeCode(1)).recorded);
        QVERIFY(t.scan(kBox).recorded);
        QCOMPARE(t.table->boxesWaiting().size(), 1);
        // The lead's dashboard ages it while it waits, not once another table handed it over.
        const ThroughputQueries dashboard(t.f.db);
        QCOMPARE(dashboard.boxesByAge(t.f.clock()())->size(), 1);
        const QString uuid = t.f.service->box(kBox)->uuid;
        QVERIFY(t.apply({handedOverFact(1, kBox, uuid, t.own(), kOtherStation, kOtherTable)}));
        QVERIFY(t.table->boxesWaiting().isEmpty());
        QVERIFY(!t.table->boxOnScreen());
        QVERIFY(dashboard.boxesByAge(t.f.clock()())->isEmpty());
        const Result<BoxSnapshot> shown = t.table->box(kBox);
        QVERIFY(shown.ok());
        QCOMPARE(shown->state, BoxState::HandedOver);
        QCOMPARE(shown->handedOverAtTable, kOtherTable);
        const Result<BoxSnapshot> again = t.table->handOver(
            kBox, HandOver{QStringLiteral("Lead"), QStringLiteral("Courier"), 5.5});
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(kOtherTable), qPrintable(again.message()));
    }
};

QTEST_GUILESS_MAIN(TestBoxesAcrossTables)
#include "tst_boxesacrosstables.moc"
