// SPDX-License-Identifier: GPL-3.0-or-later
// A site lead's audited look at the names and phone numbers of a recalled tube's people
// (core/security/RecallContact): who may, the PIN and its lock-out, the audit rows and outbox
// records written in one transaction without personal data, another table's tube.
#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/security/IdReveal.h"
#include "core/security/RecallContact.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/Journal.h"
#include "core/sync/SiteFactsStore.h"
#include "tests/support/TempStation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kAdminPin = QStringLiteral("246810"); // TempStation's administrator
const QString kLeadPin = QStringLiteral("583920");
const QString kSamplerPin = QStringLiteral("470251");
const QString kWrongPin = QStringLiteral("111111");
const QByteArray kSiteKey = QByteArray(32, '\x5a');
const QString kOtherStation = QStringLiteral("gz-th-0001-t02");

QStringList *g_captured = nullptr;
QMutex g_capturedMutex;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    QMutexLocker lock(&g_capturedMutex);
    if (g_captured)
        g_captured->append(QString::fromLatin1(context.category ? context.category : "") +
                           QLatin1Char(' ') + message);
}

// A station with its samples encrypted under a real data key, a lead and a sampler, a pooled
// tube of four people here (tubeCode(1)) and one of another table (tubeCode(90)), both
// recalled by the site's facts.
struct RecalledTube {
    RecalledTube()
        : codec(SecretKey::random())
        , service(st.db(), codec, *st.store().identity(), st.clock())
        , contact(st.db(), st.store(), codec, st.clock())
        , facts(st.db(), kSiteKey, st.store().identity()->deviceId) {
        QVERIFY(st.ok());
        st.db().setAuditSigner(
            std::shared_ptr<const PersonalDataCodec>(std::shared_ptr<void>(), &codec));
        const Result<OperatorRef> l = st.store().addOperator(
            {QStringLiteral("L1"), QStringLiteral("Lead One"), kLeadPin, StaffRole::SiteLead},
            st.op());
        const Result<OperatorRef> s = st.store().addOperator(
            {QStringLiteral("S1"), QStringLiteral("Sampler One"), kSamplerPin, StaffRole::Sampler},
            st.op());
        QVERIFY2(l.ok() && s.ok(), qPrintable(l.message() + s.message()));
        lead = l.value();
        sampler = s.value();
        service.setOperator(st.op());
        QVERIFY(service.openTube(tubeCode(1), 10).ok());
        for (int n = 1; n <= 4; ++n) {
            ResidentCode r = makeResident(n);
            if (n == 3)
                r.phone.clear(); // a code without a phone number
            residents.append(r);
            const Result<SampleAdded> added = service.addResident(r, EntryMethod::Scanner);
            QVERIFY2(added.ok(), qPrintable(added.message()));
            samples.append(added->sampleUuid);
        }
        QVERIFY(service.sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
        QJsonArray recalls;
        qint64 seq = 0;
        for (int i = 0; i < samples.size(); ++i)
            recalls.append(fact(++seq, residents.at(i), tubeCode(1), samples.at(i),
                                st.store().identity()->deviceId, QStringLiteral("Table 7")));
        recalls.append(fact(++seq, makeResident(50), tubeCode(90), QStringLiteral("elsewhere-50"),
                            kOtherStation, QStringLiteral("Table 2")));
        QVERIFY(!facts.apply(recalls, seq, st.now()).isValid());
        lastSeq = seq;
    }

    QJsonObject fact(qint64 seq, const ResidentCode &r, const QString &tube,
                     const QString &sampleUuid, const QString &station, const QString &table,
                     const QString &state = QStringLiteral("open")) const {
        return {{QStringLiteral("seq"), seq},
                {QStringLiteral("kind"), QStringLiteral("recall")},
                {QStringLiteral("station"), station},
                {QStringLiteral("table"), table},
                {QStringLiteral("person_key"), facts.personKey(idTypeCode(r.idType), r.idNumber)},
                {QStringLiteral("tube"), tube},
                {QStringLiteral("sample_uuid"), sampleUuid},
                {QStringLiteral("outcome"), QStringLiteral("positive")},
                {QStringLiteral("state"), state},
                {QStringLiteral("at"), st.now().toString(Qt::ISODateWithMs)}};
    }

    int failedAttempts(const OperatorRef &op) {
        QSqlQuery q(st.db().connection());
        q.prepare(QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"));
        q.addBindValue(op.id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    int reveals() {
        return st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'id.revealed'"));
    }
    int revealRecords() {
        return st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'id.revealed'"));
    }
    // Every stored outbox payload of a reveal, opened with the data key.
    QList<QByteArray> revealPayloads() {
        QList<QByteArray> payloads;
        QSqlQuery q(st.db().connection());
        if (q.exec(QStringLiteral("SELECT uuid, payload FROM outbox WHERE kind = 'id.revealed' "
                                  "ORDER BY seq"))) {
            while (q.next()) {
                const std::optional<QByteArray> p =
                    outboxPayloadBytes(codec, q.value(1).toByteArray(), q.value(0).toString());
                payloads.append(p.value_or(QByteArray("unreadable")));
            }
        }
        return payloads;
    }

    TempStation st;
    EncryptedPersonalDataCodec codec;
    SamplingService service;
    RecallContact contact;
    SiteFactsStore facts;
    OperatorRef lead;
    OperatorRef sampler;
    QList<ResidentCode> residents;
    QStringList samples;
    qint64 lastSeq = 0;
};

} // namespace

class TestRecallContact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void leadSeesTheTubesPeopleAndItIsRecorded();
    void samplerIsRefusedBeforeThePin();
    void wrongPinShowsNothingAndCounts();
    void anotherTablesTubeSaysWhere();
    void onlyThoseStillToCall();
    void refusedWithoutWriting();
    void nothingPersonalInTheLogs();
    void idRevealRefusesThePurpose();
};

void TestRecallContact::leadSeesTheTubesPeopleAndItIsRecorded() {
    RecalledTube t;
    const int outboxBefore = t.st.rows(QStringLiteral("outbox"));
    const Result<RecalledContacts> shown = t.contact.reveal(t.lead, tubeCode(1), kLeadPin);
    QVERIFY2(shown.ok(), qPrintable(shown.message()));
    QCOMPARE(shown->tube, tubeCode(1));
    QCOMPARE(shown->people.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const RecalledContact &c = shown->people.at(i);
        QCOMPARE(c.position, i + 1);
        QCOMPARE(c.sampleUuid, t.samples.at(i));
        QCOMPARE(c.name, t.residents.at(i).name);
        QCOMPARE(c.phone, t.residents.at(i).phone); // empty for person 3
        QCOMPARE(c.idMasked, maskIdNumber(t.residents.at(i).idNumber));
    }

    // One audit row and one record per person shown, written together; none carries the
    // name, the phone or the ID number.
    QCOMPARE(t.reveals(), 4);
    QCOMPARE(t.revealRecords(), 4);
    QCOMPARE(t.st.rows(QStringLiteral("outbox")), outboxBefore + 4);
    QSqlQuery q(t.st.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT operator_id, subject, detail, at FROM audit_log WHERE "
                                  "action = 'id.revealed' ORDER BY id")));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), t.lead.id);
        QCOMPARE(q.value(1).toString(), t.samples.at(i));
        const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("contact_recalled"));
        QCOMPARE(detail.value(QStringLiteral("tube")).toString(), tubeCode(1));
        QCOMPARE(detail.value(QStringLiteral("position")).toInt(), i + 1);
        const QJsonArray fields = detail.value(QStringLiteral("shown")).toArray();
        QCOMPARE(fields.contains(QStringLiteral("phone")), i != 2);
        QCOMPARE(q.value(3).toString(), isoUtc(shown->revealedAt));
    }
    QVERIFY(!q.next());
    const QList<QByteArray> payloads = t.revealPayloads();
    QCOMPARE(payloads.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject content = QJsonDocument::fromJson(payloads.at(i)).object();
        QCOMPARE(content.value(QStringLiteral("sample_uuid")).toString(), t.samples.at(i));
        QCOMPARE(content.value(QStringLiteral("operator")).toString(), QStringLiteral("L1"));
        QCOMPARE(content.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("contact_recalled"));
        QCOMPARE(content.value(QStringLiteral("tube")).toString(), tubeCode(1));
    }
    for (const ResidentCode &r : std::as_const(t.residents)) {
        for (const QString &personal : {r.name, r.idNumber, r.idNumber.right(8), r.phone}) {
            if (personal.isEmpty())
                continue;
            QCOMPARE(t.st.rows(QStringLiteral("audit_log"),
                               QStringLiteral("instr(detail, '%1') > 0").arg(personal)),
                     0);
            for (const QByteArray &p : payloads)
                QVERIFY2(!p.contains(personal.toUtf8()), p.constData());
        }
    }
    // The chain still verifies, and the lead's log of reveals lists them with their purpose.
    const IntegrityReport report = checkIntegrity(t.st.db());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    IdReveal idReveal(t.st.db(), t.st.store(), t.codec, t.st.clock());
    const Result<QList<RevealLogEntry>> log = idReveal.log(t.lead, shown->revealedAt.addSecs(-60));
    QVERIFY2(log.ok(), qPrintable(log.message()));
    QCOMPARE(log->size(), 4);
    QCOMPARE(log->first().purpose, RevealPurpose::ContactRecalled);
    QCOMPARE(log->first().staffId, QStringLiteral("L1"));

    // The administrator may too (Permissions); one PIN for the whole tube again.
    const Result<RecalledContacts> again = t.contact.reveal(t.st.op(), tubeCode(1), kAdminPin);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(t.reveals(), 8);
}

void TestRecallContact::samplerIsRefusedBeforeThePin() {
    RecalledTube t;
    const int auditBefore = t.st.rows(QStringLiteral("audit_log"));
    const Result<ContactRequest> refused = t.contact.prepare(t.sampler, tubeCode(1));
    QCOMPARE(refused.code(), ErrorCode::NotPermitted);
    QVERIFY2(refused.message().contains(StaffRoleText::displayName(StaffRole::Sampler)) &&
                 refused.message().contains(QLatin1String("site lead")),
             qPrintable(refused.message()));
    // Even with the right PIN, whatever the caller skipped.
    QCOMPARE(t.contact.reveal(t.sampler, tubeCode(1), kSamplerPin).code(), ErrorCode::NotPermitted);
    QCOMPARE(t.st.rows(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(t.revealRecords(), 0);
    QCOMPARE(t.failedAttempts(t.sampler), 0);

    // A role changed after prepare() counts at complete(): read in its transaction.
    const Result<ContactRequest> request = t.contact.prepare(t.lead, tubeCode(1));
    QVERIFY2(request.ok(), qPrintable(request.message()));
    QSqlQuery q(t.st.db().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE operators SET role = 'sampler' WHERE staff_id = 'L1'")));
    QCOMPARE(t.contact.complete(request.value(), true).code(), ErrorCode::NotPermitted);
    QCOMPARE(t.reveals(), 0);
    QCOMPARE(t.revealRecords(), 0);
}

void TestRecallContact::wrongPinShowsNothingAndCounts() {
    RecalledTube t;
    const int outboxBefore = t.st.rows(QStringLiteral("outbox"));
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const Result<RecalledContacts> refused = t.contact.reveal(t.lead, tubeCode(1), kWrongPin);
        QCOMPARE(refused.code(), ErrorCode::WrongPin);
        QCOMPARE(t.failedAttempts(t.lead), attempt);
    }
    QCOMPARE(
        t.st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'operator.wrong_pin'")), 4);
    QSqlQuery q(t.st.db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT detail FROM audit_log WHERE action = 'operator.wrong_pin' ORDER BY id LIMIT 1")));
    QVERIFY(q.next());
    const QJsonObject detail = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("purpose")).toString(),
             QStringLiteral("contact_recalled"));
    QCOMPARE(t.reveals(), 0);
    QCOMPARE(t.st.rows(QStringLiteral("outbox")), outboxBefore);

    // The fifth locks, like a wrong sign-in PIN; then even the right PIN is refused.
    QCOMPARE(t.contact.reveal(t.lead, tubeCode(1), kWrongPin).code(), ErrorCode::OperatorLocked);
    QCOMPARE(t.contact.reveal(t.lead, tubeCode(1), kLeadPin).code(), ErrorCode::OperatorLocked);
    QCOMPARE(t.st.store().signIn(QStringLiteral("L1"), kLeadPin).code(), ErrorCode::OperatorLocked);
    QCOMPARE(t.reveals(), 0);
    QCOMPARE(t.revealRecords(), 0);
}

void TestRecallContact::anotherTablesTubeSaysWhere() {
    RecalledTube t;
    const int auditBefore = t.st.rows(QStringLiteral("audit_log"));
    const Result<ContactRequest> refused = t.contact.prepare(t.lead, tubeCode(90));
    QCOMPARE(refused.code(), ErrorCode::SampleNotFound);
    QVERIFY2(refused.message().contains(QLatin1String("Table 2")) &&
                 refused.message().contains(QLatin1String("recall list")) &&
                 refused.message().contains(tubeCode(90)),
             qPrintable(refused.message()));
    QCOMPARE(t.contact.reveal(t.lead, tubeCode(90), kLeadPin).code(), ErrorCode::SampleNotFound);
    QCOMPARE(t.st.rows(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(t.failedAttempts(t.lead), 0);
}

void TestRecallContact::onlyThoseStillToCall() {
    RecalledTube t;
    // Person 2 was sampled again alone here; person 4's recall is closed.
    t.service.setOperator(t.st.op());
    const Result<SampleAdded> alone = t.service.addResidentAlone(
        t.residents.at(1), EntryMethod::Scanner, tubeCode(2),
        t.facts.personKey(idTypeCode(t.residents.at(1).idType), t.residents.at(1).idNumber));
    QVERIFY2(alone.ok(), qPrintable(alone.message()));
    QVERIFY(!t.facts
                 .apply(QJsonArray{t.fact(t.lastSeq + 1, t.residents.at(3), tubeCode(1),
                                          t.samples.at(3), t.st.store().identity()->deviceId,
                                          QStringLiteral("Table 7"), QStringLiteral("closed"))},
                        t.lastSeq + 1, t.st.now())
                 .isValid());
    const Result<RecalledContacts> shown = t.contact.reveal(t.lead, tubeCode(1), kLeadPin);
    QVERIFY2(shown.ok(), qPrintable(shown.message()));
    QCOMPARE(shown->people.size(), 2);
    QCOMPARE(shown->people.at(0).sampleUuid, t.samples.at(0));
    QCOMPARE(shown->people.at(1).sampleUuid, t.samples.at(2));
    // Both left out are counted, so that the list can say why: person 2 sampled again here,
    // person 4 whose recall is closed.
    QCOMPARE(shown->sampledAgain, 2);
    QCOMPARE(t.reveals(), 2);
    QCOMPARE(t.revealRecords(), 2);
}

void TestRecallContact::refusedWithoutWriting() {
    RecalledTube t;
    const int auditBefore = t.st.rows(QStringLiteral("audit_log"));
    const int outboxBefore = t.st.rows(QStringLiteral("outbox"));
    QCOMPARE(t.contact.prepare(OperatorRef(), tubeCode(1)).code(), ErrorCode::NoOperator);
    QCOMPARE(t.contact.prepare(t.lead, QStringLiteral("  ")).code(), ErrorCode::InvalidInput);
    const Result<ContactRequest> unknown = t.contact.prepare(t.lead, tubeCode(55));
    QCOMPARE(unknown.code(), ErrorCode::TubeNotFound);
    QVERIFY(unknown.message().contains(tubeCode(55)));
    // Personal data erased by retention: nothing to show, no PIN asked.
    QSqlQuery q(t.st.db().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE samples SET purged_at = '2026-12-01T00:00:00.000Z', "
                                  "name = x'', phone = NULL")));
    const Result<ContactRequest> erased = t.contact.prepare(t.lead, tubeCode(1));
    QCOMPARE(erased.code(), ErrorCode::SampleNotFound);
    QVERIFY2(erased.message().contains(QLatin1String("erased")), qPrintable(erased.message()));
    QCOMPARE(t.st.rows(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(t.st.rows(QStringLiteral("outbox")), outboxBefore);
}

void TestRecallContact::nothingPersonalInTheLogs() {
    RecalledTube t;
    QStringList captured;
    {
        QMutexLocker lock(&g_capturedMutex);
        g_captured = &captured;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QCOMPARE(t.contact.reveal(t.lead, tubeCode(1), kWrongPin).code(), ErrorCode::WrongPin);
    const Result<RecalledContacts> shown = t.contact.reveal(t.lead, tubeCode(1), kLeadPin);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    {
        QMutexLocker lock(&g_capturedMutex);
        g_captured = nullptr;
    }
    QVERIFY2(shown.ok(), qPrintable(shown.message()));
    QVERIFY(!captured.isEmpty()); // the reveal is logged, without the data
    const QString all = captured.join(QLatin1Char('\n'));
    for (const ResidentCode &r : std::as_const(t.residents)) {
        for (const QString &personal : {r.name, r.idNumber, r.phone}) {
            if (!personal.isEmpty())
                QVERIFY2(!all.contains(personal), qPrintable(all));
        }
    }
}

void TestRecallContact::idRevealRefusesThePurpose() {
    RecalledTube t;
    IdReveal idReveal(t.st.db(), t.st.store(), t.codec, t.st.clock());
    QCOMPARE(idReveal.prepare(t.lead, t.samples.first(), RevealPurpose::ContactRecalled).code(),
             ErrorCode::InvalidInput);
    QVERIFY(!allRevealPurposes().contains(RevealPurpose::ContactRecalled));
}

QTEST_GUILESS_MAIN(TestRecallContact)
#include "tst_recallcontact.moc"
