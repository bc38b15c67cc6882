// SPDX-License-Identifier: GPL-3.0-or-later
// The sampling table's operations against a real SQLite station: the flow, every
// refusal (nothing changes), and one transaction per mutation.
#include "tests/support/TempStation.h"

#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

// Stores personal fields reversed and prefixed, so a test can tell that every read and
// write went through the codec.
class MarkingCodec final : public PersonalDataCodec {
public:
    QByteArray seal(const QString &plain, const QString &, const QString &,
                    const QDate &) const override {
        QString r(plain.size(), QChar());
        std::reverse_copy(plain.begin(), plain.end(), r.begin());
        return "enc:" + r.toUtf8();
    }
    std::optional<QString> open(const QByteArray &stored, const QString &,
                                const QString &) const override {
        if (!stored.startsWith("enc:"))
            return std::nullopt;
        const QString r = QString::fromUtf8(stored.mid(4));
        QString plain(r.size(), QChar());
        std::reverse_copy(r.begin(), r.end(), plain.begin());
        return plain;
    }
    QString personKey(IdType, const QString &number, const QDate &) const override {
        return QStringLiteral("k-") + number.right(6);
    }
};

} // namespace

class TestSamplingService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensTubeWithDefaultPool() {
        TempStation st;
        QVERIFY(st.ok());
        auto t = st.service().openTube(tubeCode(1));
        QVERIFY2(t.ok(), qPrintable(t.message()));
        QCOMPARE(t->code, tubeCode(1));
        QCOMPARE(t->poolSize, 10);
        QCOMPARE(t->state, TubeState::Open);
        QCOMPARE(t->count(), 0);
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'tube.opened'")), 1);
        QCOMPARE(st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'tube.opened'")), 1);
    }

    void refusesBadTubeInput_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("pool");
        QTest::addColumn<int>("error");
        QTest::newRow("not a tube code")
            << QStringLiteral("hello") << 10 << int(ErrorCode::InvalidCode);
        QTest::newRow("box code") << boxCode(1) << 10 << int(ErrorCode::InvalidCode);
        QTest::newRow("pool 3") << tubeCode(1) << 3 << int(ErrorCode::InvalidPoolSize);
        QTest::newRow("pool 0") << tubeCode(1) << 0 << int(ErrorCode::InvalidPoolSize);
    }
    void refusesBadTubeInput() {
        QFETCH(QString, code);
        QFETCH(int, pool);
        QFETCH(int, error);
        TempStation st;
        const int outbox = st.rows(QStringLiteral("outbox"));
        auto t = st.service().openTube(code, pool);
        QVERIFY(!t.ok());
        QCOMPARE(int(t.code()), error);
        QVERIFY(!t.message().isEmpty());
        QCOMPARE(st.rows(QStringLiteral("tubes")), 0);
        QCOMPARE(st.rows(QStringLiteral("outbox")), outbox);
    }

    // A resident's code read where a tube or box code belongs (a scan into the single-tube
    // question of a recall, review 36): the refusal says what was read, never the code with
    // its name and ID number; an ID number typed there is described, not repeated.
    void refusalNamesAResidentCodeWithoutEchoingIt() {
        TempStation st;
        QVERIFY(st.ok());
        const ResidentCode resident = makeResident(7);
        const QString scanned = QString::fromUtf8(encodeResidentCode(resident));
        const Result<TubeSnapshot> tube = st.service().openTube(scanned);
        QVERIFY(!tube.ok());
        QCOMPARE(tube.code(), ErrorCode::InvalidCode);
        QVERIFY2(tube.message().contains(QStringLiteral("resident's code")),
                 qPrintable(tube.message()));
        const Result<BoxSnapshot> box = st.service().openBox(scanned);
        QVERIFY(!box.ok());
        QVERIFY2(box.message().contains(QStringLiteral("resident's code")),
                 qPrintable(box.message()));
        const Result<TubeSnapshot> typed = st.service().openTube(resident.idNumber);
        QVERIFY(!typed.ok());
        QVERIFY2(typed.message().contains(QStringLiteral("looks like an ID number")),
                 qPrintable(typed.message()));
        for (const QString &message : {tube.message(), box.message(), typed.message()}) {
            QVERIFY2(!message.contains(resident.idNumber), qPrintable(message));
            QVERIFY2(!message.contains(resident.idNumber.right(6)), qPrintable(message));
            QVERIFY2(!message.contains(resident.name), qPrintable(message));
        }
        // A box code where a tube belongs is only a code: said whole.
        const Result<TubeSnapshot> boxAsTube = st.service().openTube(boxCode(1));
        QVERIFY(boxAsTube.message().contains(boxCode(1)));
    }

    // A reason is kept in the clear (audit log, outbox): a resident's code, an ID number or
    // a phone number in it is refused and nothing is written; a tube code in it is fine
    // (review 36: a resident's code typed into the void reason was stored).
    void reasonsCarryNoPersonalData() {
        TempStation st;
        QVERIFY(st.ok());
        SamplingService &s = st.service();
        const ResidentCode resident = makeResident(3);
        QVERIFY(s.openTube(tubeCode(1)).ok());
        QVERIFY(s.addResident(resident, EntryMethod::Scanner).ok());
        const int audit = st.rows(QStringLiteral("audit_log"));
        const int outbox = st.rows(QStringLiteral("outbox"));
        for (const QString &reason : {QString::fromUtf8(encodeResidentCode(resident)),
                                      QStringLiteral("wrong person %1").arg(resident.idNumber),
                                      QStringLiteral("call back on %1").arg(resident.phone)}) {
            const Result<TubeSnapshot> sealed = s.sealOpenTubeEarly(reason);
            QVERIFY(!sealed.ok());
            QVERIFY2(sealed.message().contains(QStringLiteral("unencrypted")),
                     qPrintable(sealed.message()));
            QVERIFY(!s.undoLastSample(reason).ok());
            QVERIFY(!s.voidTube(tubeCode(1), reason).ok());
        }
        QCOMPARE(st.rows(QStringLiteral("audit_log")), audit);
        QCOMPARE(st.rows(QStringLiteral("outbox")), outbox);
        QCOMPARE(s.openTubeSnapshot()->count(), 1);
        // A tube code is no person's data.
        QVERIFY2(s.sealOpenTubeEarly(QStringLiteral("%1 cracked, sealing").arg(tubeCode(1))).ok(),
                 "a reason naming a tube code is refused");
    }

    void twentyFiveResidentsIntoTubesOfTen() {
        TempStation st;
        SamplingService &s = st.service();
        int sealedByCapacity = 0;
        int person = 0;
        for (int tube = 1; tube <= 3; ++tube) {
            QVERIFY(s.openTube(tubeCode(tube)).ok());
            for (int i = 0; i < 10 && person < 25; ++i) {
                st.advance(20);
                auto added = s.addResident(makeResident(person++), EntryMethod::Scanner);
                QVERIFY2(added.ok(), qPrintable(added.message()));
                QCOMPARE(added->position, i + 1);
                if (added->tubeSealed)
                    ++sealedByCapacity;
                QCOMPARE(added->tubeSealed, i == 9);
            }
        }
        QCOMPARE(sealedByCapacity, 2);
        auto open = s.openTubeSnapshot();
        QVERIFY(open.has_value());
        QCOMPARE(open->code, tubeCode(3));
        QCOMPARE(open->count(), 5);
        auto early = s.sealOpenTubeEarly(QStringLiteral("end of queue"));
        QVERIFY2(early.ok(), qPrintable(early.message()));
        QCOMPARE(early->state, TubeState::Sealed);
        QCOMPARE(early->sealReason, QStringLiteral("end of queue"));
        QCOMPARE(early->count(), 5);
        QVERIFY(!s.openTubeSnapshot().has_value());

        QCOMPARE(st.rows(QStringLiteral("samples"), QStringLiteral("state = 'active'")), 25);
        QCOMPARE(st.rows(QStringLiteral("tubes"), QStringLiteral("state = 'sealed'")), 3);
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'sample.taken'")), 25);
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'tube.sealed'")), 3);
        QCOMPARE(st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'sample.taken'")),
                 25);
        auto first = s.tube(tubeCode(1));
        QVERIFY(first.ok());
        QVERIFY(first->sealReason.isEmpty());
        QVERIFY(first->firstSwabAt.isValid());
        QCOMPARE(first->members.size(), 10);
        QCOMPARE(first->members.first().idMasked, maskIdNumber(residentCardNumber(0)));
    }

    void refusalsChangeNothing() {
        TempStation st;
        SamplingService &s = st.service();
        auto snapshotRows = [&st] {
            return QList<int>{st.rows(QStringLiteral("tubes")), st.rows(QStringLiteral("samples")),
                              st.rows(QStringLiteral("outbox")),
                              st.rows(QStringLiteral("audit_log"))};
        };

        // Resident with no open tube.
        auto before = snapshotRows();
        auto noTube = s.addResident(makeResident(1), EntryMethod::Scanner);
        QCOMPARE(noTube.code(), ErrorCode::NoOpenTube);
        QCOMPARE(snapshotRows(), before);

        QVERIFY(s.openTube(tubeCode(1)).ok());
        QVERIFY(s.addResident(makeResident(1), EntryMethod::Scanner).ok());

        // Another tube while this one is open and not empty.
        before = snapshotRows();
        auto second = s.openTube(tubeCode(2));
        QCOMPARE(second.code(), ErrorCode::TubeAlreadyOpen);
        QVERIFY(second.message().contains(tubeCode(1)));
        QCOMPARE(snapshotRows(), before);

        // The same person again in this tube.
        auto again = s.addResident(makeResident(1), EntryMethod::Camera);
        QCOMPARE(again.code(), ErrorCode::PersonAlreadyInTube);
        QVERIFY(again.message().contains(maskIdNumber(residentCardNumber(1))));
        QCOMPARE(snapshotRows(), before);

        // A used tube code, even after the tube is sealed.
        QVERIFY(s.sealOpenTubeEarly(QStringLiteral("shift end")).ok());
        before = snapshotRows();
        auto reused = s.openTube(tubeCode(1));
        QCOMPARE(reused.code(), ErrorCode::TubeCodeUsed);
        QCOMPARE(snapshotRows(), before);

        // Sealing early needs a reason; an empty tube cannot be sealed.
        QVERIFY(s.openTube(tubeCode(2)).ok());
        before = snapshotRows();
        QCOMPARE(s.sealOpenTubeEarly(QStringLiteral("  ")).code(), ErrorCode::ReasonRequired);
        QCOMPARE(s.sealOpenTubeEarly(QStringLiteral("why")).code(), ErrorCode::TubeNotOpen);
        QCOMPARE(snapshotRows(), before);
    }

    void sameDayRetestNeedsConfirmation() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1), 1).ok());
        QVERIFY(s.addResident(makeResident(5), EntryMethod::Scanner)->tubeSealed);
        QVERIFY(s.sampledToday(makeResident(5)));
        QVERIFY(s.openTube(tubeCode(2)).ok());
        const int samples = st.rows(QStringLiteral("samples"));
        auto asked = s.addResident(makeResident(5), EntryMethod::Scanner);
        QCOMPARE(asked.code(), ErrorCode::RetestNeedsConfirmation);
        QVERIFY(asked.message().contains(tubeCode(1)));
        QCOMPARE(st.rows(QStringLiteral("samples")), samples);
        auto confirmed = s.addResident(makeResident(5), EntryMethod::Scanner, true);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.message()));
        QCOMPARE(st.rows(QStringLiteral("samples"), QStringLiteral("retest_confirmed = 1")), 1);
        QCOMPARE(st.rows(QStringLiteral("audit_log"),
                         QStringLiteral("action = 'sample.taken' AND detail LIKE "
                                        "'%retest_confirmed%'")),
                 1);
        // The next day the same person is an ordinary scan.
        st.advance(24 * 3600);
        QVERIFY(s.sealOpenTubeEarly(QStringLiteral("day over")).ok());
        QVERIFY(s.openTube(tubeCode(3)).ok());
        QVERIFY(s.addResident(makeResident(5), EntryMethod::Scanner).ok());
    }

    void replacingAnEmptyTubeVoidsIt() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1)).ok());
        auto second = s.openTube(tubeCode(2));
        QVERIFY2(second.ok(), qPrintable(second.message()));
        auto first = s.tube(tubeCode(1));
        QCOMPARE(first->state, TubeState::Voided);
        QVERIFY(first->voidReason.contains(tubeCode(2)));
        QCOMPARE(s.openTube(tubeCode(1)).code(), ErrorCode::TubeCodeUsed);
    }

    void poolSizeChangesOnlyBeforeFirstPerson() {
        TempStation st;
        SamplingService &s = st.service();
        QCOMPARE(s.changePoolSize(5).code(), ErrorCode::NoOpenTube);
        QVERIFY(s.openTube(tubeCode(1)).ok());
        QCOMPARE(s.changePoolSize(7).code(), ErrorCode::InvalidPoolSize);
        auto changed = s.changePoolSize(5);
        QVERIFY(changed.ok());
        QCOMPARE(changed->poolSize, 5);
        QVERIFY(s.addResident(makeResident(1), EntryMethod::Scanner).ok());
        QCOMPARE(s.changePoolSize(20).code(), ErrorCode::PoolSizeLocked);
        for (int i = 2; i <= 4; ++i)
            QVERIFY(!s.addResident(makeResident(i), EntryMethod::Scanner)->tubeSealed);
        QVERIFY(s.addResident(makeResident(5), EntryMethod::Scanner)->tubeSealed);
    }

    void removeAndUndo() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i)
            ids << s.addResident(makeResident(i), EntryMethod::Scanner)->sampleId;
        QCOMPARE(s.removeSample(ids[1], QString()).code(), ErrorCode::ReasonRequired);
        auto removed = s.removeSample(ids[1], QStringLiteral("wrong person scanned"));
        QVERIFY2(removed.ok(), qPrintable(removed.message()));
        QCOMPARE(removed->count(), 2);
        QCOMPARE(s.removeSample(ids[1], QStringLiteral("again")).code(), ErrorCode::SampleNotFound);
        // The freed position 2 is taken by the next person.
        QCOMPARE(s.addResident(makeResident(9), EntryMethod::Manual)->position, 2);
        auto undone = s.undoLastSample(QStringLiteral("scanned twice by mistake"));
        QVERIFY(undone.ok());
        QCOMPARE(undone->count(), 2);
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'sample.removed'")), 2);
        QCOMPARE(st.rows(QStringLiteral("samples"), QStringLiteral("state = 'removed'")), 2);
    }

    void undoReopensATubeThatSealedItself() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
        QCOMPARE(s.tube(tubeCode(1))->state, TubeState::Sealed);
        auto undone = s.undoLastSample(QStringLiteral("wrong code shown"));
        QVERIFY2(undone.ok(), qPrintable(undone.message()));
        QCOMPARE(undone->state, TubeState::Open);
        QCOMPARE(undone->count(), 4);
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'tube.reopened'")), 1);
        // A tube sealed early stays sealed.
        QVERIFY(s.sealOpenTubeEarly(QStringLiteral("queue empty")).ok());
        QCOMPARE(s.undoLastSample(QStringLiteral("oops")).code(), ErrorCode::TubeNotOpen);
    }

    void voidListsPeopleToResample() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
        QCOMPARE(s.voidTube(tubeCode(1), QString()).code(), ErrorCode::ReasonRequired);
        QCOMPARE(s.voidTube(tubeCode(9), QStringLiteral("x")).code(), ErrorCode::TubeNotFound);
        auto voided = s.voidTube(tubeCode(1), QStringLiteral("tube dropped"));
        QVERIFY2(voided.ok(), qPrintable(voided.message()));
        QCOMPARE(voided->toResample.size(), 3);
        QCOMPARE(voided->toResample.first().name, makeResident(1).name);
        QCOMPARE(voided->tube.state, TubeState::Voided);
        QCOMPARE(st.rows(QStringLiteral("samples"), QStringLiteral("state = 'voided'")), 3);
        QCOMPARE(s.voidTube(tubeCode(1), QStringLiteral("again")).code(), ErrorCode::TubeNotOpen);
        // Their swabs are lost: re-sampling them today needs no confirmation.
        QVERIFY(!s.sampledToday(makeResident(1)));
        QVERIFY(s.openTube(tubeCode(2)).ok());
        QVERIFY(s.addResident(makeResident(1), EntryMethod::Scanner).ok());
    }

    // The tube whose label Ctrl+P prints: the last opened that was not voided.
    void latestTubeSkipsVoided() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(!s.latestTube());
        QVERIFY(s.openTube(tubeCode(1), 1).ok());
        QVERIFY(s.addResident(makeResident(1), EntryMethod::Scanner).ok()); // seals itself
        st.advance(1);
        QCOMPARE(s.latestTube()->code, tubeCode(1));
        QCOMPARE(s.latestTube()->state, TubeState::Sealed);
        QVERIFY(s.openTube(tubeCode(2), 5).ok());
        st.advance(1);
        QCOMPARE(s.latestTube()->code, tubeCode(2));
        QVERIFY(s.voidTube(tubeCode(2), QStringLiteral("tube dropped")).ok());
        QCOMPARE(s.latestTube()->code, tubeCode(1));
    }

    void signInRequired() {
        TempStation st;
        st.service().setOperator({});
        QCOMPARE(st.service().openTube(tubeCode(1)).code(), ErrorCode::NoOperator);
    }

    // One transaction per mutation: a failure at the last statement leaves no partial
    // rows. The failure is injected with a trigger on the table written last.
    void failureMidTransactionLeavesNothing_data() {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<bool>("fillTube");
        QTest::newRow("audit insert fails")
            << QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON audit_log BEGIN SELECT "
                              "RAISE(ABORT, 'injected'); END")
            << false;
        QTest::newRow("outbox insert fails")
            << QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON outbox BEGIN SELECT "
                              "RAISE(ABORT, 'injected'); END")
            << false;
        QTest::newRow("auto-seal record fails")
            << QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON outbox WHEN NEW.kind = "
                              "'tube.sealed' BEGIN SELECT RAISE(ABORT, 'injected'); END")
            << true;
    }
    void failureMidTransactionLeavesNothing() {
        QFETCH(QString, trigger);
        QFETCH(bool, fillTube);
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        if (fillTube) {
            for (int i = 1; i <= 4; ++i)
                QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
        }
        const int samples = st.rows(QStringLiteral("samples"));
        const int outbox = st.rows(QStringLiteral("outbox"));
        const int audit = st.rows(QStringLiteral("audit_log"));
        QSqlQuery q(st.db().connection());
        QVERIFY2(q.exec(trigger), qPrintable(q.lastError().text()));
        auto added = s.addResident(makeResident(99), EntryMethod::Scanner);
        QVERIFY(!added.ok());
        QCOMPARE(added.code(), ErrorCode::StorageFailure);
        QVERIFY(!added.message().contains(QLatin1String("injected"))); // no raw SQL text
        QCOMPARE(st.rows(QStringLiteral("samples")), samples);
        QCOMPARE(st.rows(QStringLiteral("outbox")), outbox);
        QCOMPARE(st.rows(QStringLiteral("audit_log")), audit);
        QCOMPARE(s.openTubeSnapshot()->state, TubeState::Open);
        QCOMPARE(s.openTubeSnapshot()->firstSwabAt.isValid(), fillTube);
        // With the fault gone the same scan goes through.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.boom")));
        QVERIFY(s.addResident(makeResident(99), EntryMethod::Scanner).ok());
    }

    void personalFieldsGoThroughTheCodec() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite3"))).ok());
        StationStore store(db);
        QVERIFY(
            store
                .provision(testIdentity(),
                           {QStringLiteral("S1"), QStringLiteral("A"), QStringLiteral("135791")},
                           kTestSitePassphrase, PassphraseCost::minimal())
                .ok());
        MarkingCodec codec;
        SamplingService s(db, codec, *store.identity());
        s.setOperator(store.signIn(QStringLiteral("S1"), QStringLiteral("135791")).value());
        QVERIFY(s.openTube(tubeCode(1)).ok());
        const ResidentCode r = makeResident(3);
        QVERIFY(s.addResident(r, EntryMethod::Scanner).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, id_number, phone, person_key FROM samples")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toByteArray().startsWith("enc:"));
        QVERIFY(q.value(1).toByteArray().startsWith("enc:"));
        QVERIFY(q.value(2).toByteArray().startsWith("enc:"));
        QVERIFY(!q.value(1).toByteArray().contains(r.idNumber.toUtf8()));
        QCOMPARE(q.value(3).toString(), QStringLiteral("k-") + r.idNumber.right(6));
        QCOMPARE(s.openTubeSnapshot()->members.first().name, r.name);
        QCOMPARE(s.todaysSamples().first().name, r.name);
    }

    void todaysListFilters() {
        TempStation st;
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(11), 5).ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
        QCOMPARE(s.todaysSamples().size(), 3);
        const QString tail = residentCardNumber(2).right(4);
        const auto byTail = s.todaysSamples(tail);
        QVERIFY(!byTail.isEmpty());
        for (const SampleListEntry &e : byTail)
            QVERIFY(e.idMasked.endsWith(tail) || e.tubeCode.contains(tail));
        QCOMPARE(s.todaysSamples(QStringLiteral("GZ00000000")).size(), 3);
        QCOMPARE(s.todaysSamples(QStringLiteral("NOPE")).size(), 0);
        QCOMPARE(s.todaysSamples().first().operatorStaffId, QStringLiteral("S001"));
        st.advance(24 * 3600);
        QCOMPARE(s.todaysSamples().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSamplingService)
#include "tst_samplingservice.moc"
