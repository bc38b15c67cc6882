// SPDX-License-Identifier: GPL-3.0-or-later
// The roles' table, asserted through what the services really do: for each role and each
// action, the action is attempted at a real station as a member of staff with that role, and
// it is done or refused as the user guide's table says. Actions whose services other parts
// enforce are asked of Permissions::require() against the role stored in the database.
#include "core/security/IdReveal.h"
#include "core/security/RetentionPurge.h"
#include "core/security/StationBackup.h"
#include "core/settings/SettingsAuthority.h"
#include "core/staff/Permissions.h"
#include "core/staff/StaffService.h"
#include "table/TableWorkflow.h"
#include "tests/support/TempStation.h"

#include <QTest>

using namespace station;
using namespace station::test;

Q_DECLARE_METATYPE(station::StaffRole)
Q_DECLARE_METATYPE(station::StaffAction)

namespace {

// Counts the questions the table asks and answers each with a reason.
class CountingAsker : public TableAsker {
public:
    int asked = 0;
    std::optional<QString> ask(const TableQuestion &) override {
        ++asked;
        return QStringLiteral("dropped");
    }
};

const QString kOwnPin = QStringLiteral("583920");

// The user guide's table, written out again: changing Permissions.cpp without changing the
// documentation (and this) fails.
bool documentedMay(StaffRole role, StaffAction action) {
    using A = StaffAction;
    switch (action) {
    case A::RecordSample:
    case A::SealTube:
    case A::HandOverBox:
    case A::RevealFullId:
        return true;
    case A::VoidTubeWithSamples:
    case A::ViewFullIdAudit:
    case A::ContactRecalledPerson:
    case A::ChangeSettings:
    case A::ManageStaff:
        return role != StaffRole::Sampler;
    case A::ManageAdministrators:
    case A::ChangeServer:
    case A::ChangePrinters:
    case A::ChangeRetention:
    case A::Purge:
    case A::BackUp:
        return role == StaffRole::Administrator;
    }
    return false;
}

} // namespace

class tst_Permissions : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempStation> m_st;
    std::unique_ptr<StaffService> m_staff;
    PlaintextPersonalDataCodec m_codec; // TempStation's
    QHash<StaffRole, OperatorRef> m_member;
    int m_tube = 0;
    int m_box = 0;
    int m_backups = 0;
    int m_person = 0;
    int m_newStaff = 0;

    SamplingService &service() { return m_st->service(); }
    OperatorRef admin() const { return m_st->op(); }

    // A tube with one person in it, opened by the administrator.
    QString tubeWithAPerson() {
        service().setOperator(admin());
        const QString code = tubeCode(++m_tube);
        if (!service().openTube(code, 5).ok() ||
            !service().addResident(makeResident(++m_person), EntryMethod::Scanner).ok())
            return {};
        return code;
    }

    // Does `action` as `who` through the service that enforces it; the administrator sets up
    // what it needs and tidies up after a refusal.
    Status attempt(const OperatorRef &who, StaffAction action) {
        switch (action) {
        case StaffAction::RecordSample: {
            service().setOperator(who);
            const Result<TubeSnapshot> opened = service().openTube(tubeCode(++m_tube), 5);
            service().setOperator(admin());
            return opened.ok() ? success() : Status(opened.error());
        }
        case StaffAction::SealTube: {
            if (tubeWithAPerson().isEmpty())
                return makeError(ErrorCode::StorageFailure, QStringLiteral("set-up failed"));
            service().setOperator(who);
            const Result<TubeSnapshot> sealed = service().sealOpenTubeEarly(QStringLiteral("end"));
            service().setOperator(admin());
            if (!sealed.ok())
                service().sealOpenTubeEarly(QStringLiteral("tidy up"));
            return sealed.ok() ? success() : Status(sealed.error());
        }
        case StaffAction::VoidTubeWithSamples: {
            const QString code = tubeWithAPerson();
            if (code.isEmpty())
                return makeError(ErrorCode::StorageFailure, QStringLiteral("set-up failed"));
            service().setOperator(who);
            const Result<VoidedTube> voided = service().voidTube(code, QStringLiteral("dropped"));
            service().setOperator(admin());
            if (!voided.ok())
                service().voidTube(code, QStringLiteral("tidy up"));
            return voided.ok() ? success() : Status(voided.error());
        }
        case StaffAction::HandOverBox: {
            const QString tube = tubeWithAPerson();
            const QString box = boxCode(++m_box);
            if (tube.isEmpty() || !service().sealOpenTubeEarly(QStringLiteral("end")).ok() ||
                !service().openBox(box).ok() || !service().addTubeToBox(tube).ok() ||
                !service().sealBox().ok())
                return makeError(ErrorCode::StorageFailure, QStringLiteral("set-up failed"));
            const HandOver handOver{who.staffId, QStringLiteral("Courier 9"), 4.5};
            service().setOperator(who);
            const Result<BoxSnapshot> handed = service().handOverBox(box, handOver);
            service().setOperator(admin());
            if (!handed.ok())
                service().handOverBox(box, handOver);
            return handed.ok() ? success() : Status(handed.error());
        }
        case StaffAction::ChangeSettings: {
            StationIdentity identity = *m_st->store().identity();
            identity.siteName = QStringLiteral("天河体育中心 %1").arg(who.staffId);
            return m_st->store().updateIdentity(identity, who);
        }
        case StaffAction::ManageStaff:
        case StaffAction::ManageAdministrators: {
            const StaffRole role =
                action == StaffAction::ManageStaff ? StaffRole::Sampler : StaffRole::Administrator;
            const NewStaffMember m{QStringLiteral("N%1").arg(++m_newStaff),
                                   QStringLiteral("New %1").arg(m_newStaff), role, QString()};
            const Result<IssuedPin> added = m_staff->add(m, who);
            return added.ok() ? success() : Status(added.error());
        }
        case StaffAction::ViewFullIdAudit: {
            IdReveal reveal(m_st->db(), m_st->store(), m_codec, m_st->clock());
            const Result<QList<RevealLogEntry>> log = reveal.log(who, m_st->clock()().addDays(-7));
            return log.ok() ? success() : Status(log.error());
        }
        case StaffAction::Purge: {
            const Result<PurgeSummary> purged =
                purgeAcknowledgedPersonalData(m_st->db(), m_codec, 14, m_st->clock(), who.id);
            return purged.ok() ? success() : Status(purged.error());
        }
        case StaffAction::BackUp: {
            const Result<BackupSummary> written = StationBackup::write(
                m_st->db(), m_st->dataDir() + QStringLiteral("/backup-%1.sqlite3").arg(++m_backups),
                kTestSitePassphrase, m_st->clock(), who.id);
            return written.ok() ? success() : Status(written.error());
        }
        case StaffAction::ChangePrinters:
        case StaffAction::ChangeRetention: {
            const QString key = action == StaffAction::ChangePrinters
                                    ? QStringLiteral("labels/printer")
                                    : QStringLiteral("retention/days");
            const QVariantHash before{{key, QStringLiteral("1")}};
            const QVariantHash after{{key, QStringLiteral("2")}};
            return SettingsAuthority::check(m_st->db().connection(), who.id, before, after);
        }
        default:
            // Enforced by the services of other parts (sync):
            // the check they call, against the role stored for `who`.
            return Permissions::require(m_st->db().connection(), who.id, action);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        m_st = std::make_unique<TempStation>(5);
        QVERIFY(m_st->ok());
        m_staff = std::make_unique<StaffService>(m_st->db(), m_codec, *m_st->store().identity(),
                                                 m_st->clock());
        m_member.insert(StaffRole::Administrator, admin());
        QCOMPARE(admin().role, StaffRole::Administrator); // the first operator
        for (const StaffRole role : {StaffRole::SiteLead, StaffRole::Sampler}) {
            const QString id = StaffRoleText::key(role);
            const Result<IssuedPin> added =
                m_staff->add({id, QStringLiteral("Member ") + id, role, QString()}, admin());
            QVERIFY2(added.ok(), qPrintable(added.message()));
            const Result<OperatorRef> own = m_staff->setOwnPin(id, added->oneTimePin, kOwnPin);
            QVERIFY2(own.ok(), qPrintable(own.message()));
            QCOMPARE(own->role, role);
            m_member.insert(role, own.value());
        }
    }

    void tableIsTheDocumentedOne() {
        QCOMPARE(Permissions::allActions().size(), 15);
        for (const StaffAction action : Permissions::allActions()) {
            for (const StaffRole role : StaffRoleText::all())
                QCOMPARE(Permissions::roleMay(role, action), documentedMay(role, action));
        }
    }

    void eachRoleIsAllowedOrRefusedEachAction_data() {
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<StaffAction>("action");
        for (const StaffAction action : Permissions::allActions()) {
            for (const StaffRole role : StaffRoleText::all())
                QTest::newRow(qPrintable(StaffRoleText::key(role) + QLatin1Char(' ') +
                                         Permissions::actionKey(action)))
                    << role << action;
        }
    }
    void eachRoleIsAllowedOrRefusedEachAction() {
        QFETCH(StaffRole, role);
        QFETCH(StaffAction, action);
        const int before = m_st->rows(QStringLiteral("outbox"));
        const Status done = attempt(m_member.value(role), action);
        if (documentedMay(role, action)) {
            QVERIFY2(done.ok(), qPrintable(done.message()));
        } else {
            QCOMPARE(done.code(), ErrorCode::NotPermitted);
            QVERIFY2(done.message().contains(StaffRoleText::displayName(role)),
                     qPrintable(done.message()));
        }
        if (!done.ok() && action >= StaffAction::ChangeSettings)
            QCOMPARE(m_st->rows(QStringLiteral("outbox")), before); // a refusal writes nothing
    }

    // The role is read at the time of the action: a signed-in lead demoted to sampler (or
    // disabled) is refused at their next action, whatever their OperatorRef still says.
    void roleChangedSinceSignInCounts() {
        const OperatorRef lead = m_member.value(StaffRole::SiteLead);
        QVERIFY(attempt(lead, StaffAction::VoidTubeWithSamples).ok());
        QVERIFY(m_staff->setRole(lead.staffId, StaffRole::Sampler, admin()).ok());
        QCOMPARE(attempt(lead, StaffAction::VoidTubeWithSamples).code(), ErrorCode::NotPermitted);
        QVERIFY(m_staff->setRole(lead.staffId, StaffRole::SiteLead, admin()).ok());
        QVERIFY(m_staff->disable(lead.staffId, admin()).ok());
        QCOMPARE(attempt(lead, StaffAction::RecordSample).code(), ErrorCode::OperatorDisabled);
        QVERIFY(m_staff->enable(lead.staffId, admin()).ok());
        QVERIFY(attempt(lead, StaffAction::RecordSample).ok());
    }

    // Until they choose their own PIN, an operator who signed in with a one-time PIN may do
    // nothing, whatever their role.
    void aOneTimePinOpensNothing() {
        const Result<IssuedPin> added = m_staff->add(
            {QStringLiteral("L9"), QStringLiteral("Lead 9"), StaffRole::SiteLead, QString()},
            admin());
        QVERIFY(added.ok());
        const Result<OperatorRef> signedIn =
            m_st->store().signIn(QStringLiteral("L9"), added->oneTimePin);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message()));
        QVERIFY(signedIn->mustSetOwnPin);
        for (const StaffAction action :
             {StaffAction::RecordSample, StaffAction::ManageStaff, StaffAction::ChangeSettings})
            QCOMPARE(attempt(signedIn.value(), action).code(), ErrorCode::PinChangeRequired);
        QVERIFY(m_staff->setOwnPin(QStringLiteral("L9"), added->oneTimePin, kOwnPin).ok());
        QVERIFY(attempt(signedIn.value(), StaffAction::RecordSample).ok());
    }

    // At the table, a sampler who tries to void a tube with people in it is refused before
    // being asked why; a lead is asked and the tube is voided.
    void theTableRefusesBeforeAskingWhy() {
        QVERIFY(!tubeWithAPerson().isEmpty());
        TableWorkflow table(service());
        CountingAsker asker;
        table.setAsker(&asker);
        table.signIn(m_member.value(StaffRole::Sampler));
        const ScanOutcome refused = table.voidTube();
        QVERIFY(!refused.recorded);
        QVERIFY2(refused.message.contains(QLatin1String("may not void a tube")),
                 qPrintable(refused.message));
        QCOMPARE(asker.asked, 0);
        table.signIn(m_member.value(StaffRole::SiteLead));
        const ScanOutcome voided = table.voidTube();
        QVERIFY2(voided.recorded, qPrintable(voided.message));
        QCOMPARE(asker.asked, 1);
        table.setAsker(nullptr);
    }

    void nobodySignedInMayDoNothing() {
        for (const StaffAction action : Permissions::allActions())
            QCOMPARE(Permissions::require(m_st->db().connection(), 0, action).code(),
                     ErrorCode::NoOperator);
    }
};

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
