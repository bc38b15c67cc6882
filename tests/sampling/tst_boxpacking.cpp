// SPDX-License-Identifier: GPL-3.0-or-later
// Boxes: packing sealed tubes, refusals, sealing, reconciliation, hand-over.
#include "core/storage/IntegrityCheck.h"
#include "protocol/BoxAge.h"
#include "tests/support/TempStation.h"

#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

class TestBoxPacking : public QObject {
    Q_OBJECT

    // Three tubes: 1 sealed full (5), 2 sealed early (2), 3 open (1); 4 voided.
    void prepare(TempStation &st) {
        SamplingService &s = st.service();
        int person = 0;
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(s.addResident(makeResident(person++), EntryMethod::Scanner).ok());
        QVERIFY(s.openTube(tubeCode(2), 5).ok());
        for (int i = 0; i < 2; ++i)
            QVERIFY(s.addResident(makeResident(person++), EntryMethod::Scanner).ok());
        QVERIFY(s.sealOpenTubeEarly(QStringLiteral("queue empty")).ok());
        QVERIFY(s.openTube(tubeCode(4), 5).ok());
        QVERIFY(s.addResident(makeResident(person++), EntryMethod::Scanner).ok());
        QVERIFY(s.voidTube(tubeCode(4), QStringLiteral("dropped")).ok());
        QVERIFY(s.openTube(tubeCode(3), 5).ok());
        QVERIFY(s.addResident(makeResident(person++), EntryMethod::Scanner).ok());
    }

private Q_SLOTS:
    void packSealReconcileHandOver() {
        TempStation st;
        prepare(st);
        SamplingService &s = st.service();
        QCOMPARE(s.addTubeToBox(tubeCode(1)).code(), ErrorCode::NoOpenBox);
        QCOMPARE(s.openBox(QStringLiteral("XX1")).code(), ErrorCode::InvalidCode);
        auto box = s.openBox(boxCode(1));
        QVERIFY2(box.ok(), qPrintable(box.message()));
        QCOMPARE(s.openBox(boxCode(2)).code(), ErrorCode::BoxAlreadyOpen);
        QCOMPARE(s.sealBox().code(), ErrorCode::BoxEmpty);

        QCOMPARE(s.addTubeToBox(tubeCode(3)).code(), ErrorCode::TubeNotSealed); // open
        QCOMPARE(s.addTubeToBox(tubeCode(4)).code(), ErrorCode::TubeNotSealed); // voided
        QCOMPARE(s.addTubeToBox(tubeCode(9)).code(), ErrorCode::TubeNotFound);
        QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
        QCOMPARE(s.addTubeToBox(tubeCode(1)).code(), ErrorCode::TubeAlreadyBoxed);
        auto packed = s.addTubeToBox(tubeCode(2));
        QVERIFY(packed.ok());
        QCOMPARE(packed->tubeCount(), 2);
        QCOMPARE(packed->personCount(), 7);
        QVERIFY(packed->earliestSwabAt.isValid());

        Reconciliation r = s.reconcile();
        QCOMPARE(r.peopleInClosedTubes, 7);
        QCOMPARE(r.peopleInBoxes, 7);
        QCOMPARE(r.peopleInUnboxedSealedTubes, 0);
        QVERIFY(r.balanced());

        QCOMPARE(s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), {}})
                     .code(),
                 ErrorCode::BoxNotSealed);
        auto sealed = s.sealBox();
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->state, BoxState::Sealed);
        QCOMPARE(s.handOverBox(boxCode(1), {QString(), QStringLiteral("王师傅"), {}}).code(),
                 ErrorCode::InvalidInput);
        auto handed =
            s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), {}});
        QVERIFY2(handed.ok(), qPrintable(handed.message()));
        QCOMPARE(handed->state, BoxState::HandedOver);
        QCOMPARE(s.tube(tubeCode(1))->state, TubeState::HandedOver);
        QCOMPARE(s.handOverBox(boxCode(1), {QStringLiteral("a"), QStringLiteral("b"), {}}).code(),
                 ErrorCode::BoxNotSealed);
        QCOMPARE(s.openBox(boxCode(1)).code(), ErrorCode::BoxCodeUsed);
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind LIKE 'box.%'")), 5);
        QVERIFY(checkIntegrity(st.db()).ok());
    }

    void temperatureRequiredAfterTwoHours() {
        TempStation st;
        prepare(st);
        SamplingService &s = st.service();
        QVERIFY(s.openBox(boxCode(1)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
        QVERIFY(s.sealBox().ok());
        st.advance(kBoxTemperatureAfterSecs + 60);
        auto refused =
            s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), {}});
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY(refused.message().contains(QLatin1String("2")));
        auto handed =
            s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), 6.5});
        QVERIFY(handed.ok());
        QCOMPARE(handed->temperatureC, 6.5);
    }

    // 99 and -300 °C (typos) are refused, the box stays sealed and nothing is queued; a
    // reading a thermometer gives is then taken.
    void aTemperatureNoTransportBoxReadsIsRefused() {
        TempStation st;
        prepare(st);
        SamplingService &s = st.service();
        QVERIFY(s.openBox(boxCode(1)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
        QVERIFY(s.sealBox().ok());
        const qint64 queued = st.rows(QStringLiteral("outbox"), QStringLiteral("1 = 1"));
        for (const double wrong : {99.0, -300.0}) {
            auto refused = s.handOverBox(
                boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), wrong});
            QCOMPARE(refused.code(), ErrorCode::InvalidInput);
            QVERIFY2(refused.message().contains(QLatin1String("thermometer")),
                     qPrintable(refused.message()));
        }
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("1 = 1")), queued);
        QVERIFY(s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), 4.5})
                    .ok());
    }

    void tamperedBoxDoesNotReconcile() {
        TempStation st;
        prepare(st);
        SamplingService &s = st.service();
        QVERIFY(s.openBox(boxCode(1)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
        QVERIFY(s.sealBox().ok());
        // A row changed behind the station's back (e.g. a botched manual repair).
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "UPDATE samples SET state = 'removed' WHERE id = (SELECT min(s.id) FROM samples s "
                "JOIN tubes t ON t.id = s.tube_id WHERE t.code = '") +
            tubeCode(1) + QStringLiteral("')")));
        auto refused =
            s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), {}});
        QCOMPARE(refused.code(), ErrorCode::BoxDoesNotReconcile);
        const IntegrityReport report = checkIntegrity(st.db());
        QVERIFY(!report.ok());
        QVERIFY(report.problems.join(QLatin1Char('\n')).contains(boxCode(1)));
    }

    // Sealed boxes waiting for the courier are listed from the database, oldest seal first,
    // and are found again after the station restarts.
    void sealedBoxesAwaitingHandOverSurviveRestart() {
        TempStation st;
        prepare(st);
        SamplingService &s = st.service();
        QVERIFY(s.sealedBoxesAwaitingHandOver().isEmpty());
        QVERIFY(s.openBox(boxCode(1)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
        QVERIFY(s.sealedBoxesAwaitingHandOver().isEmpty()); // open, not sealed
        QVERIFY(s.sealBox().ok());
        st.advance(60);
        QVERIFY(s.openBox(boxCode(2)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(2)).ok());
        QVERIFY(s.sealBox().ok());
        st.advance(60);
        QVERIFY(s.openBox(boxCode(3)).ok()); // being packed: not waiting for hand-over

        QList<BoxSnapshot> waiting = s.sealedBoxesAwaitingHandOver();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).code, boxCode(1));
        QCOMPARE(waiting.at(1).code, boxCode(2));

        QVERIFY(st.reopen());
        SamplingService &after = st.service();
        waiting = after.sealedBoxesAwaitingHandOver();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).code, boxCode(1));
        QCOMPARE(waiting.at(0).state, BoxState::Sealed);
        QCOMPARE(waiting.at(0).tubeCount(), 1);
        QCOMPARE(waiting.at(0).personCount(), 5);
        QVERIFY(waiting.at(0).earliestSwabAt.isValid());
        QCOMPARE(waiting.at(1).code, boxCode(2));
        QCOMPARE(waiting.at(1).personCount(), 2);
        QCOMPARE(after.openBoxSnapshot()->code, boxCode(3));

        auto handed =
            after.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), {}});
        QVERIFY2(handed.ok(), qPrintable(handed.message()));
        waiting = after.sealedBoxesAwaitingHandOver();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).code, boxCode(2));
    }
};

QTEST_GUILESS_MAIN(TestBoxPacking)
#include "tst_boxpacking.moc"
