// SPDX-License-Identifier: GPL-3.0-or-later
// The audited full display of one ID number: PIN, purpose, audit row, outbox record.
#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/security/IdReveal.h"
#include "core/staff/StaffService.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/Journal.h"
#include "tests/support/TempStation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kPin = QStringLiteral("246810");
const QString kWrongPin = QStringLiteral("111111");

// Every message of every category, debug included, while a test runs.
QStringList *g_captured = nullptr;
QMutex g_capturedMutex;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    QMutexLocker lock(&g_capturedMutex);
    if (g_captured)
        g_captured->append(QString::fromLatin1(context.category ? context.category : "") +
                           QLatin1Char(' ') + message);
}

// A station whose samples are encrypted under a real data key.
struct EncryptedTable {
    EncryptedTable()
        : codec(SecretKey::random())
        , service(st.db(), codec, *st.store().identity(), st.clock())
        , reveal(st.db(), st.store(), codec, st.clock()) {
        QVERIFY(st.ok());
        // A keyed station (provisioning wrote its keyring row): every audit row is signed
        // with the key (the codec is the fixture's, not owned here).
        st.db().setAuditSigner(
            std::shared_ptr<const PersonalDataCodec>(std::shared_ptr<void>(), &codec));
        service.setOperator(st.op());
        QVERIFY(service.openTube(tubeCode(1)).ok());
        const Result<SampleAdded> added = service.addResident(resident, EntryMethod::Scanner);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        sampleUuid = added->sampleUuid;
    }

    int failedAttempts() {
        QSqlQuery q(st.db().connection());
        q.prepare(QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"));
        q.addBindValue(st.op().id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    TempStation st;
    ResidentCode resident = makeResident(7);
    EncryptedPersonalDataCodec codec;
    SamplingService service;
    IdReveal reveal;
    QString sampleUuid;
};

} // namespace

class TestIdReveal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rightPinRevealsAndAudits();
    void wrongPinShowsNothingAndCounts_data();
    void wrongPinShowsNothingAndCounts();
    void revealPinFailuresLockSignInToo();
    void refusedWithoutWriting_data();
    void refusedWithoutWriting();
    void numberNeverLogged();
    void refusedWhileHoldingAOneTimePin();
};

void TestIdReveal::rightPinRevealsAndAudits() {
    EncryptedTable t;
    QCOMPARE(t.failedAttempts(), 0);
    // One wrong attempt first: a right PIN afterwards resets the count.
    QCOMPARE(t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::ResidentRequest, {}, kWrongPin)
                 .code(),
             ErrorCode::WrongPin);
    QCOMPARE(t.failedAttempts(), 1);

    const Result<RevealedId> shown = t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::Other,
                                                     QStringLiteral("card photo unreadable"), kPin);
    QVERIFY2(shown.ok(), qPrintable(shown.message()));
    QCOMPARE(shown->idNumber, t.resident.idNumber);
    QCOMPARE(shown->idMasked, maskIdNumber(t.resident.idNumber));
    QCOMPARE(shown->sampleUuid, t.sampleUuid);
    QCOMPARE(t.failedAttempts(), 0);

    // The audit row: who, which sample, why; not the number.
    QSqlQuery q(t.st.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT operator_id, subject, detail, at FROM audit_log "
                                  "WHERE action = 'id.revealed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), t.st.op().id);
    QCOMPARE(q.value(1).toString(), t.sampleUuid);
    const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("purpose")).toString(), QStringLiteral("other"));
    QCOMPARE(detail.value(QStringLiteral("note")).toString(),
             QStringLiteral("card photo unreadable"));
    QCOMPARE(detail.value(QStringLiteral("tube")).toString(), tubeCode(1));
    QCOMPARE(q.value(3).toString(), isoUtc(shown->revealedAt));
    QVERIFY(!q.next());
    QCOMPARE(t.st.rows(QStringLiteral("audit_log"),
                       QStringLiteral("instr(detail, '%1') > 0").arg(t.resident.idNumber)),
             0);

    // The outbox record for the province, opened with the data key: no number either.
    QVERIFY(q.exec(QStringLiteral("SELECT uuid, payload FROM outbox WHERE kind = 'id.revealed'")));
    QVERIFY(q.next());
    const std::optional<QByteArray> payload =
        outboxPayloadBytes(t.codec, q.value(1).toByteArray(), q.value(0).toString());
    QVERIFY(payload);
    const QJsonObject content = QJsonDocument::fromJson(*payload).object();
    QCOMPARE(content.value(QStringLiteral("sample_uuid")).toString(), t.sampleUuid);
    QCOMPARE(content.value(QStringLiteral("operator")).toString(), t.st.op().staffId);
    QCOMPARE(content.value(QStringLiteral("purpose")).toString(), QStringLiteral("other"));
    QVERIFY(!payload->contains(t.resident.idNumber.toUtf8()));
    QVERIFY(!payload->contains(t.resident.idNumber.right(8).toUtf8()));
    QVERIFY(!q.next());

    // The hash chain still verifies with the new rows in it.
    const IntegrityReport report = checkIntegrity(t.st.db());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // The log a site lead reads: the reveal (not the refused attempt), who and why.
    const Result<QList<RevealLogEntry>> log =
        t.reveal.log(t.st.op(), shown->revealedAt.addSecs(-60));
    QVERIFY2(log.ok(), qPrintable(log.message()));
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().staffId, t.st.op().staffId);
    QCOMPARE(log->first().sampleUuid, t.sampleUuid);
    QCOMPARE(log->first().tubeCode, tubeCode(1));
    QCOMPARE(log->first().purpose, RevealPurpose::Other);
    QCOMPARE(log->first().note, QStringLiteral("card photo unreadable"));
    QCOMPARE(log->first().at, shown->revealedAt);
    QVERIFY(t.reveal.log(t.st.op(), shown->revealedAt.addSecs(1))->isEmpty());
}

void TestIdReveal::wrongPinShowsNothingAndCounts_data() {
    QTest::addColumn<int>("attempts");
    QTest::addColumn<ErrorCode>("lastError");
    QTest::addColumn<ErrorCode>("rightPinAfterwards");
    QTest::newRow("one") << 1 << ErrorCode::WrongPin << ErrorCode::None;
    QTest::newRow("four") << 4 << ErrorCode::WrongPin << ErrorCode::None;
    // The fifth wrong PIN locks the operator: even the right PIN is refused for a while.
    QTest::newRow("five") << 5 << ErrorCode::OperatorLocked << ErrorCode::OperatorLocked;
}

void TestIdReveal::wrongPinShowsNothingAndCounts() {
    QFETCH(int, attempts);
    QFETCH(ErrorCode, lastError);
    QFETCH(ErrorCode, rightPinAfterwards);
    EncryptedTable t;
    const int outboxBefore = t.st.rows(QStringLiteral("outbox"));
    Result<RevealedId> last = makeError(ErrorCode::None, {});
    for (int i = 0; i < attempts; ++i)
        last =
            t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::ResultMatching, {}, kWrongPin);
    QCOMPARE(last.code(), lastError);
    QVERIFY(!last.message().contains(t.resident.idNumber));
    QCOMPARE(t.failedAttempts(), attempts);
    QCOMPARE(t.st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'id.revealed'")), 0);
    QCOMPARE(
        t.st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'operator.wrong_pin'")),
        attempts);
    QCOMPARE(t.st.rows(QStringLiteral("outbox")), outboxBefore);

    const Result<RevealedId> right =
        t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::ResultMatching, {}, kPin);
    QCOMPARE(right.code(), rightPinAfterwards);
    if (right.ok())
        QCOMPARE(right->idNumber, t.resident.idNumber);
    const IntegrityReport report = checkIntegrity(t.st.db());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestIdReveal::revealPinFailuresLockSignInToo() {
    EncryptedTable t;
    for (int i = 0; i < 4; ++i)
        QCOMPARE(
            t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::CorrectEntry, {}, kWrongPin)
                .code(),
            ErrorCode::WrongPin);
    // The same counter as sign-in: one more wrong PIN at the login screen locks.
    QCOMPARE(t.st.store().signIn(t.st.op().staffId, kWrongPin).code(), ErrorCode::OperatorLocked);
    QCOMPARE(t.st.store().signIn(t.st.op().staffId, kPin).code(), ErrorCode::OperatorLocked);
    // After the lock-out delay the operator signs in again.
    t.st.advance(31);
    QVERIFY(t.st.store().signIn(t.st.op().staffId, kPin).ok());
    QCOMPARE(t.failedAttempts(), 0);
}

void TestIdReveal::refusedWithoutWriting_data() {
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("note");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("other without note") << QString() << int(RevealPurpose::Other)
                                        << QStringLiteral("  ") << ErrorCode::ReasonRequired;
    QTest::newRow("number in note")
        << QString() << int(RevealPurpose::ResidentRequest) << QStringLiteral("phone 13800001111")
        << ErrorCode::InvalidInput;
    QTest::newRow("note too long") << QString() << int(RevealPurpose::SupervisorCheck)
                                   << QString(201, QLatin1Char('a')) << ErrorCode::InvalidInput;
    QTest::newRow("unknown sample") << QStringLiteral("unknown") << int(RevealPurpose::Other)
                                    << QStringLiteral("x") << ErrorCode::SampleNotFound;
    QTest::newRow("erased by retention") << QStringLiteral("purged") << int(RevealPurpose::Other)
                                         << QStringLiteral("x") << ErrorCode::SampleNotFound;
    QTest::newRow("nobody signed in") << QStringLiteral("signed out") << int(RevealPurpose::Other)
                                      << QStringLiteral("x") << ErrorCode::NoOperator;
}

void TestIdReveal::refusedWithoutWriting() {
    QFETCH(QString, situation);
    QFETCH(int, purpose);
    QFETCH(QString, note);
    QFETCH(ErrorCode, expected);
    EncryptedTable t;
    QString uuid = t.sampleUuid;
    OperatorRef by = t.st.op();
    if (situation == QLatin1String("unknown"))
        uuid = newRecordUuid();
    if (situation == QLatin1String("signed out"))
        by = OperatorRef{};
    if (situation == QLatin1String("purged")) {
        QSqlQuery q(t.st.db().connection());
        q.prepare(QStringLiteral(
            "UPDATE samples SET id_number = X'', name = X'', purged_at = ? WHERE uuid = ?"));
        q.addBindValue(isoUtc(t.st.now()));
        q.addBindValue(uuid);
        QVERIFY(q.exec());
    }
    const int auditBefore = t.st.rows(QStringLiteral("audit_log"));
    const int outboxBefore = t.st.rows(QStringLiteral("outbox"));
    const Result<RevealedId> shown =
        t.reveal.reveal(by, uuid, static_cast<RevealPurpose>(purpose), note, kPin);
    QCOMPARE(shown.code(), expected);
    QVERIFY(!shown.message().isEmpty());
    QCOMPARE(t.st.rows(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(t.st.rows(QStringLiteral("outbox")), outboxBefore);
}

void TestIdReveal::numberNeverLogged() {
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QStringList captured;
    {
        QMutexLocker lock(&g_capturedMutex);
        g_captured = &captured;
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QString number;
    {
        EncryptedTable t;
        number = t.resident.idNumber;
        QVERIFY(
            !t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::ResidentRequest, {}, kWrongPin)
                 .ok());
        const Result<RevealedId> shown =
            t.reveal.reveal(t.st.op(), t.sampleUuid, RevealPurpose::ResidentRequest, {}, kPin);
        QVERIFY(shown.ok());
        QCOMPARE(shown->idNumber, number);
    }
    qInstallMessageHandler(previous);
    {
        QMutexLocker lock(&g_capturedMutex);
        g_captured = nullptr;
    }
    QLoggingCategory::setFilterRules(QString());
    // The harness heard the reveal (so it would have heard the number too).
    QVERIFY(captured.join(QLatin1Char('\n')).contains(QStringLiteral("full ID number shown")));
    for (const QString &line : captured) {
        QVERIFY2(!line.contains(number), qPrintable(line));
        QVERIFY2(!line.contains(number.left(14)), qPrintable(line));
    }
}

// The roles table is read where the reveal is authorised: an operator who has not yet
// replaced the site lead's one-time PIN sees nothing, even with that PIN right.
void TestIdReveal::refusedWhileHoldingAOneTimePin() {
    EncryptedTable t;
    StaffService staff(t.st.db(), t.codec, *t.st.store().identity(), t.st.clock());
    const Result<IssuedPin> issued = staff.add(
        {QStringLiteral("S002"), QStringLiteral("Wang Fang"), StaffRole::Sampler, {}}, t.st.op());
    QVERIFY2(issued.ok(), qPrintable(issued.message()));
    const int revealsBefore =
        t.st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'id.revealed'"));
    const int outboxBefore = t.st.rows(QStringLiteral("outbox"));
    const Result<RevealedId> shown = t.reveal.reveal(
        issued->member.ref(), t.sampleUuid, RevealPurpose::ResidentRequest, {}, issued->oneTimePin);
    QCOMPARE(shown.code(), ErrorCode::PinChangeRequired);
    QVERIFY(!shown.message().isEmpty());
    QCOMPARE(t.st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'id.revealed'")),
             revealsBefore);
    QCOMPARE(t.st.rows(QStringLiteral("outbox")), outboxBefore);
}

QTEST_GUILESS_MAIN(TestIdReveal)
#include "tst_idreveal.moc"
