// SPDX-License-Identifier: GPL-3.0-or-later
// Tubes under station-generated codes: the sequence is taken in the transaction that opens
// the tube, never issued twice (void, undo, replacement, refusal, reopening), distinct
// between tables, and added to an existing schema-3 database by migration step 4.
#include "core/domain/StationTubeCode.h"
#include "core/sampling/TubeCodeReservation.h"
#include "core/storage/Journal.h"
#include "core/storage/Migrations.h"
#include "core/storage/StationPaths.h"
#include "core/storage/TubeCodeSequence.h"
#include "tests/support/TempStation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;
namespace code = station::stationtubecode;

namespace {

QString generated(int table, qint64 n) {
    return code::format(table, n).value_or(QString());
}

qint64 lastIssued(TempStation &st) {
    return lastIssuedTubeCodeSequence(st.db().connection());
}

// The JSON of the newest outbox record of `kind`.
QJsonObject lastOutbox(TempStation &st, const QString &kind) {
    QSqlQuery q(st.db().connection());
    q.prepare(QStringLiteral("SELECT uuid, payload FROM outbox WHERE kind = ? ORDER BY seq DESC "
                             "LIMIT 1"));
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return {};
    PlaintextPersonalDataCodec codec;
    const auto bytes = outboxPayloadBytes(codec, q.value(1).toByteArray(), q.value(0).toString());
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

// Ends the open tube the quickest way: voided while empty.
bool voidOpenTube(TempStation &st) {
    const auto open = st.service().openTubeSnapshot();
    return open && st.service().voidTube(open->code, QStringLiteral("test")).ok();
}

} // namespace

class TestTubeCodeIssuing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensGeneratedTubesInSequence();
    void numbersAreNeverIssuedTwice_data();
    void numbersAreNeverIssuedTwice();
    void refusalTakesNoNumber();
    void reservedCodesAreSkippedAndOpenWhenScanned();
    void wrongCheckDigitIsRefused();
    void twoTablesIssueDisjointCodes();
    void sequenceSurvivesReopening();
    void sequenceOnlyMovesForward_data();
    void sequenceOnlyMovesForward();
    void migratesSchema3Database();
};

void TestTubeCodeIssuing::opensGeneratedTubesInSequence() {
    TempStation st;
    QVERIFY(st.ok());
    QCOMPARE(lastIssued(st), qint64(0));
    const auto first = st.service().openGeneratedTube(5);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(first->code, generated(7, 1));
    QCOMPARE(first->poolSize, 5);
    QCOMPARE(first->state, TubeState::Open);
    QCOMPARE(lastIssued(st), qint64(1));
    // One transaction: the tube, its outbox record (marked as a station code) and audit row.
    const QJsonObject opened = lastOutbox(st, QStringLiteral("tube.opened"));
    QCOMPARE(opened.value(QStringLiteral("tube")).toString(), first->code);
    QCOMPARE(opened.value(QStringLiteral("code_source")).toString(), QStringLiteral("station"));
    QCOMPARE(st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'tube.opened' AND "
                                                                 "detail LIKE '%generated%'")),
             1);

    for (int i = 1; i <= 5; ++i)
        QVERIFY(st.service().addResident(makeResident(i), EntryMethod::Scanner).ok());
    QCOMPARE(st.service().tube(first->code)->state, TubeState::Sealed);
    const auto second = st.service().openGeneratedTube();
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QCOMPARE(second->code, generated(7, 2));
    QCOMPARE(second->poolSize, 10); // the station's default when none is given
}

void TestTubeCodeIssuing::numbersAreNeverIssuedTwice_data() {
    QTest::addColumn<QString>("ending");
    QTest::newRow("voided empty") << QStringLiteral("void");
    QTest::newRow("person undone, then voided") << QStringLiteral("undo");
    QTest::newRow("replaced by a pre-printed tube") << QStringLiteral("replace");
    QTest::newRow("sealed early") << QStringLiteral("seal");
}

void TestTubeCodeIssuing::numbersAreNeverIssuedTwice() {
    QFETCH(QString, ending);
    TempStation st;
    QVERIFY(st.ok());
    SamplingService &s = st.service();
    QSet<QString> issued;
    for (int round = 1; round <= 5; ++round) {
        const auto t = s.openGeneratedTube();
        QVERIFY2(t.ok(), qPrintable(t.message()));
        QCOMPARE(t->code, generated(7, round));
        QVERIFY(!issued.contains(t->code));
        issued.insert(t->code);
        if (ending == QLatin1String("void")) {
            QVERIFY(voidOpenTube(st));
        } else if (ending == QLatin1String("undo")) {
            QVERIFY(s.addResident(makeResident(round), EntryMethod::Scanner).ok());
            QVERIFY(s.undoLastSample(QStringLiteral("wrong person")).ok());
            QVERIFY(voidOpenTube(st));
        } else if (ending == QLatin1String("replace")) {
            QVERIFY(s.openTube(tubeCode(round)).ok());
            QCOMPARE(s.tube(t->code)->state, TubeState::Voided);
            QVERIFY(voidOpenTube(st));
        } else {
            QVERIFY(s.addResident(makeResident(round), EntryMethod::Scanner).ok());
            QVERIFY(s.sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
        }
    }
    QCOMPARE(lastIssued(st), qint64(5));
    QCOMPARE(st.rows(QStringLiteral("tubes"), QStringLiteral("code LIKE 'SG%'")), 5);
}

void TestTubeCodeIssuing::refusalTakesNoNumber() {
    TempStation st;
    QVERIFY(st.ok());
    SamplingService &s = st.service();
    QVERIFY(s.openTube(tubeCode(1)).ok());
    QVERIFY(s.addResident(makeResident(1), EntryMethod::Scanner).ok());
    const int outbox = st.rows(QStringLiteral("outbox"));
    const int audit = st.rows(QStringLiteral("audit_log"));
    // A non-empty tube is open: refused inside the transaction, which is rolled back with
    // the number it took. No tube and no label ever carried that number.
    const auto refused = s.openGeneratedTube();
    QCOMPARE(refused.code(), ErrorCode::TubeAlreadyOpen);
    QCOMPARE(lastIssued(st), qint64(0));
    QCOMPARE(st.rows(QStringLiteral("outbox")), outbox);
    QCOMPARE(st.rows(QStringLiteral("audit_log")), audit);
    QCOMPARE(s.openGeneratedTube(3).code(), ErrorCode::InvalidPoolSize);

    s.setOperator({});
    QCOMPARE(s.openGeneratedTube().code(), ErrorCode::NoOperator);
    s.setOperator(st.op());
    QVERIFY(s.sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
    QCOMPARE(s.openGeneratedTube()->code, generated(7, 1));
}

void TestTubeCodeIssuing::reservedCodesAreSkippedAndOpenWhenScanned() {
    TempStation st;
    QVERIFY(st.ok());
    SamplingService &s = st.service();
    const auto sheet = reserveTubeCodes(st.db(), s.identity(), 3, st.now(), st.op().id);
    QVERIFY2(sheet.ok(), qPrintable(sheet.message()));
    QCOMPARE(sheet.value(), (QStringList{generated(7, 1), generated(7, 2), generated(7, 3)}));
    QCOMPARE(st.rows(QStringLiteral("audit_log"), QStringLiteral("action = "
                                                                 "'tube_codes.reserved'")),
             1);
    QCOMPARE(st.rows(QStringLiteral("tubes")), 0);
    QCOMPARE(reserveTubeCodes(st.db(), s.identity(), 0, st.now()).code(), ErrorCode::InvalidInput);
    QCOMPARE(reserveTubeCodes(st.db(), s.identity(), 1001, st.now()).code(),
             ErrorCode::InvalidInput);

    const auto next = s.openGeneratedTube();
    QCOMPARE(next->code, generated(7, 4));
    // A reserved label scanned later opens its tube like a pre-printed code (and replaces
    // the empty generated tube).
    const auto scanned = s.openTube(sheet->at(1));
    QVERIFY2(scanned.ok(), qPrintable(scanned.message()));
    QCOMPARE(scanned->code, generated(7, 2));
    QCOMPARE(s.tube(generated(7, 4))->state, TubeState::Voided);
}

void TestTubeCodeIssuing::wrongCheckDigitIsRefused() {
    TempStation st;
    QVERIFY(st.ok());
    QString wrong = generated(7, 1);
    wrong[wrong.size() - 1] =
        wrong.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const auto refused = st.service().openTube(wrong);
    QCOMPARE(refused.code(), ErrorCode::InvalidCode);
    QVERIFY2(refused.message().contains(wrong), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("check digit")),
             qPrintable(refused.message()));
    QCOMPARE(st.rows(QStringLiteral("tubes")), 0);
    QCOMPARE(st.rows(QStringLiteral("outbox")), 0);
    // Pre-printed codes carry no check digit of ours and open as before.
    QVERIFY(st.service().openTube(tubeCode(1)).ok());
}

void TestTubeCodeIssuing::twoTablesIssueDisjointCodes() {
    TempStation a;
    TempStation b;
    QVERIFY(a.ok() && b.ok());
    StationIdentity table8 = *b.store().identity();
    table8.tableNumber = 8;
    QVERIFY(b.store().updateIdentity(table8, b.op()).ok());
    b.service().setIdentity(*b.store().identity());

    QSet<QString> codes;
    for (TempStation *st : {&a, &b}) {
        for (int i = 1; i <= 30; ++i) {
            const auto t = st->service().openGeneratedTube();
            QVERIFY2(t.ok(), qPrintable(t.message()));
            QCOMPARE(code::parse(t->code)->tableNumber, st->service().identity().tableNumber);
            QVERIFY2(!codes.contains(t->code), qPrintable(t->code));
            codes.insert(t->code);
            QVERIFY(voidOpenTube(*st));
        }
    }
    QCOMPARE(codes.size(), 60);
}

void TestTubeCodeIssuing::sequenceSurvivesReopening() {
    TempStation st;
    QVERIFY(st.ok());
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(st.service().openGeneratedTube().ok());
        QVERIFY(voidOpenTube(st));
    }
    QVERIFY(reserveTubeCodes(st.db(), st.service().identity(), 2, st.now()).ok());
    // The connection goes away as in a restart (or a crash: every number was committed).
    st.db().close();
    const Status reopened = st.db().open(databasePath(st.dataDir()));
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QCOMPARE(lastIssued(st), qint64(5));
    const auto t = st.service().openGeneratedTube();
    QVERIFY2(t.ok(), qPrintable(t.message()));
    QCOMPARE(t->code, generated(7, 6));
}

void TestTubeCodeIssuing::sequenceOnlyMovesForward_data() {
    QTest::addColumn<QString>("sql");
    QTest::newRow("back to 0") << QStringLiteral("UPDATE tube_code_sequence SET last_issued = 0");
    QTest::newRow("same number") << QStringLiteral(
        "UPDATE tube_code_sequence SET last_issued = last_issued");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM tube_code_sequence");
    QTest::newRow("second row") << QStringLiteral(
        "INSERT INTO tube_code_sequence (id, last_issued) VALUES (2, 0)");
}

void TestTubeCodeIssuing::sequenceOnlyMovesForward() {
    QFETCH(QString, sql);
    TempStation st;
    QVERIFY(st.ok());
    QVERIFY(st.service().openGeneratedTube().ok());
    QSqlQuery q(st.db().connection());
    QVERIFY(!q.exec(sql));
    QCOMPARE(lastIssued(st), qint64(1));
}

void TestTubeCodeIssuing::migratesSchema3Database() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = databasePath(dir.path());
    {
        // A station database as version 3 of the application left it: provisioned, one
        // operator, one sealed pre-printed tube.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema3"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (3)")));
        for (int v = 0; v < 3; ++v) {
            for (const QString &statement : schemaMigrations().at(v))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO station VALUES (1, 'GZ-TH-0001', 'Site', '440106', 12, 'dev-12', 10, "
            "'^[A-Z]{0,4}[0-9]{8,16}$', '^BX[0-9A-Z]{6,18}$', '2026-11-01T08:00:00Z')")));
        const QString pinHash = StationStore::hashPin(QStringLiteral("246810"));
        q.prepare(QStringLiteral("INSERT INTO operators (id, staff_id, name, pin_hash, "
                                 "created_at) VALUES (1, 'S001', 'Li', ?, "
                                 "'2026-11-01T08:00:00Z')"));
        q.addBindValue(pinHash);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO tubes (uuid, code, pool_size, state, opened_at, opened_by, sealed_at) "
            "VALUES ('u-1', 'GZ0000000001', 10, 'sealed', '2026-11-01T08:01:00Z', 1, "
            "'2026-11-01T08:30:00Z')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema3"));

    Database db;
    const Status opened = db.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(db.schemaVersion() >= 4);
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(lastIssuedTubeCodeSequence(db.connection()), qint64(0));

    StationStore store(db);
    const auto identity = store.identity();
    QVERIFY(identity);
    QCOMPARE(identity->tableNumber, 12);
    // A station from before the site check digit: none, until the site sets one.
    QCOMPARE(identity->patterns.tubeCheckDigit, CheckDigitScheme::None);
    const auto op = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
    QVERIFY2(op.ok(), qPrintable(op.message()));
    PlaintextPersonalDataCodec codec;
    SamplingService service(db, codec, *identity);
    service.setOperator(op.value());
    QCOMPARE(service.tube(QStringLiteral("GZ0000000001"))->state, TubeState::Sealed);
    const auto t = service.openGeneratedTube();
    QVERIFY2(t.ok(), qPrintable(t.message()));
    QCOMPARE(t->code, generated(12, 1));
}

QTEST_GUILESS_MAIN(TestTubeCodeIssuing)
#include "tst_tubecodeissuing.moc"
