// SPDX-License-Identifier: GPL-3.0-or-later
// Each staff operation is one transaction with its audit row (who did it) and an
// operator.changed record for the province; the rules of who may change whom; the first
// sign-in with a one-time PIN; lock-out and unlock; the site passphrase's reset; the staff
// list imported whole or not at all, and exported.
#include "core/domain/Csv.h"
#include "core/staff/StaffService.h"
#include "core/storage/Journal.h"
#include "core/storage/Migrations.h"
#include "tests/support/TempStation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kOwnPin = QStringLiteral("583920");

} // namespace

class tst_StaffService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempStation> m_st;
    std::unique_ptr<StaffService> m_staff;
    PlaintextPersonalDataCodec m_codec; // TempStation's

    void freshStation() {
        m_st = std::make_unique<TempStation>(5);
        QVERIFY(m_st->ok());
        m_staff = std::make_unique<StaffService>(m_st->db(), m_codec, *m_st->store().identity(),
                                                 m_st->clock());
    }
    OperatorRef admin() const { return m_st->op(); }

    // A member with their own PIN (kOwnPin), as after their first sign-in.
    OperatorRef member(const QString &staffId, StaffRole role) {
        const Result<IssuedPin> added =
            m_staff->add({staffId, QStringLiteral("Name ") + staffId, role, QString()}, admin());
        if (!added.ok()) {
            qWarning() << added.message();
            return {};
        }
        const Result<OperatorRef> own = m_staff->setOwnPin(staffId, added->oneTimePin, kOwnPin);
        return own.ok() ? own.value() : OperatorRef{};
    }

    // The last operator.changed record: its payload, and the audit row written with it.
    struct Journaled {
        QJsonObject payload;
        QVariant auditOperator;
        QString auditSubject;
        QJsonObject auditDetail;
    };
    Journaled lastChange() {
        Journaled j;
        QSqlQuery q(m_st->db().connection());
        if (!q.exec(QStringLiteral("SELECT uuid, payload FROM outbox WHERE kind = "
                                   "'operator.changed' ORDER BY seq DESC LIMIT 1")) ||
            !q.next())
            return j;
        const auto bytes =
            outboxPayloadBytes(m_codec, q.value(1).toByteArray(), q.value(0).toString());
        if (bytes)
            j.payload = QJsonDocument::fromJson(*bytes).object();
        if (q.exec(QStringLiteral("SELECT operator_id, subject, detail FROM audit_log WHERE "
                                  "action = 'operator.changed' ORDER BY id DESC LIMIT 1")) &&
            q.next()) {
            j.auditOperator = q.value(0);
            j.auditSubject = q.value(1).toString();
            j.auditDetail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        }
        return j;
    }
    int changes() {
        return m_st->rows(QStringLiteral("outbox"), QStringLiteral("kind = 'operator.changed'"));
    }
    int changeAudits() {
        return m_st->rows(QStringLiteral("audit_log"),
                          QStringLiteral("action = 'operator.changed'"));
    }

    void lockOut(const QString &staffId) {
        for (int i = 0; i < 5; ++i)
            m_st->store().signIn(staffId, QStringLiteral("975310"));
    }

private Q_SLOTS:
    void init() { freshStation(); }

    void eachOperationIsAuditedAndSent_data() {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("change");
        for (const char *op : {"add", "disable", "enable", "reset-pin", "unlock", "set-role",
                               "set-own-pin", "import"}) {
            static const QHash<QString, QString> changeOf{
                {QStringLiteral("add"), QStringLiteral("added")},
                {QStringLiteral("disable"), QStringLiteral("disabled")},
                {QStringLiteral("enable"), QStringLiteral("enabled")},
                {QStringLiteral("reset-pin"), QStringLiteral("pin_reset")},
                {QStringLiteral("unlock"), QStringLiteral("unlocked")},
                {QStringLiteral("set-role"), QStringLiteral("role_set")},
                {QStringLiteral("set-own-pin"), QStringLiteral("pin_set")},
                {QStringLiteral("import"), QStringLiteral("updated")}};
            QTest::newRow(op) << QString::fromLatin1(op) << changeOf.value(QLatin1String(op));
        }
    }
    void eachOperationIsAuditedAndSent() {
        QFETCH(QString, operation);
        QFETCH(QString, change);
        const OperatorRef lead = member(QStringLiteral("L1"), StaffRole::SiteLead);
        QVERIFY(lead.isValid());
        const Result<IssuedPin> target =
            m_staff->add({QStringLiteral("S2"), QStringLiteral("王芳"), StaffRole::Sampler,
                          QStringLiteral("13800000000")},
                         lead);
        QVERIFY(target.ok());
        if (operation == QLatin1String("enable"))
            QVERIFY(m_staff->disable(QStringLiteral("S2"), lead).ok());
        if (operation == QLatin1String("unlock"))
            lockOut(QStringLiteral("S2"));
        const int records = changes();
        const int audits = changeAudits();
        const int outbox = m_st->rows(QStringLiteral("outbox"));

        OperatorRef by = lead;
        Status done = success();
        if (operation == QLatin1String("add")) {
            done = m_staff->add({QStringLiteral("S3"), QStringLiteral("Zhao"), StaffRole::Sampler,
                                 QString()},
                                lead)
                           .ok()
                       ? success()
                       : Status(makeError(ErrorCode::StorageFailure, QStringLiteral("add")));
        } else if (operation == QLatin1String("disable")) {
            done = m_staff->disable(QStringLiteral("S2"), lead);
        } else if (operation == QLatin1String("enable")) {
            done = m_staff->enable(QStringLiteral("S2"), lead);
        } else if (operation == QLatin1String("reset-pin")) {
            const Result<IssuedPin> r = m_staff->resetPin(QStringLiteral("S2"), lead);
            QVERIFY(r.ok());
            QVERIFY(r->oneTimePin != target->oneTimePin);
        } else if (operation == QLatin1String("unlock")) {
            done = m_staff->unlock(QStringLiteral("S2"), lead);
        } else if (operation == QLatin1String("set-role")) {
            done = m_staff->setRole(QStringLiteral("S2"), StaffRole::SiteLead, lead);
        } else if (operation == QLatin1String("set-own-pin")) {
            const Result<OperatorRef> own =
                m_staff->setOwnPin(QStringLiteral("S2"), target->oneTimePin, kOwnPin);
            QVERIFY2(own.ok(), qPrintable(own.message()));
            by = own.value();
        } else if (operation == QLatin1String("import")) {
            const Result<StaffImport> r =
                m_staff->importCsv(QByteArray("S2,王芳,采样点负责人,13800000000\r\n"), lead);
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QCOMPARE(r->updated, QStringList{QStringLiteral("S2")});
        }
        QVERIFY2(done.ok(), qPrintable(done.message()));
        // One record and one audit row, in the same transaction.
        QCOMPARE(changes(), records + 1);
        QCOMPARE(changeAudits(), audits + 1);
        QCOMPARE(m_st->rows(QStringLiteral("outbox")), outbox + 1);
        const Journaled j = lastChange();
        QCOMPARE(j.payload.value(QLatin1String("change")).toString(), change);
        QCOMPARE(j.auditDetail.value(QLatin1String("change")).toString(), change);
        QCOMPARE(j.auditOperator.toLongLong(), by.id); // who did it
        QCOMPARE(j.payload.value(QLatin1String("operator")).toString(), by.staffId);
        const QString subject =
            operation == QLatin1String("add") ? QStringLiteral("S3") : QStringLiteral("S2");
        QCOMPARE(j.auditSubject, subject);
        QCOMPARE(j.payload.value(QLatin1String("staff_id")).toString(), subject);
        QCOMPARE(j.payload.value(QLatin1String("site")).toString(), QStringLiteral("GZ-TH-0001"));
        // Never a PIN, never a phone number.
        const QByteArray text = QJsonDocument(j.payload).toJson();
        QVERIFY(!text.contains("13800000000"));
        QVERIFY(!text.contains(target->oneTimePin.toLatin1()));
        QVERIFY(!text.contains(kOwnPin.toLatin1()));
    }

    // A lead manages samplers and leads, never an administrator; a sampler manages nobody.
    void whoMayChangeWhom() {
        const OperatorRef lead = member(QStringLiteral("L1"), StaffRole::SiteLead);
        const OperatorRef sampler = member(QStringLiteral("S1"), StaffRole::Sampler);
        QVERIFY(lead.isValid() && sampler.isValid());
        const int records = changes();
        const NewStaffMember someone{QStringLiteral("X1"), QStringLiteral("X"), StaffRole::Sampler,
                                     QString()};
        QCOMPARE(m_staff->add(someone, sampler).code(), ErrorCode::NotPermitted);
        QCOMPARE(m_staff->resetPin(QStringLiteral("L1"), sampler).code(), ErrorCode::NotPermitted);
        NewStaffMember anAdministrator = someone;
        anAdministrator.role = StaffRole::Administrator;
        QCOMPARE(m_staff->add(anAdministrator, lead).code(), ErrorCode::NotPermitted);
        QCOMPARE(m_staff->setRole(QStringLiteral("S1"), StaffRole::Administrator, lead).code(),
                 ErrorCode::NotPermitted);
        // Taking an administrator's PIN would make the lead one.
        QCOMPARE(m_staff->resetPin(admin().staffId, lead).code(), ErrorCode::NotPermitted);
        QCOMPARE(m_staff->disable(admin().staffId, lead).code(), ErrorCode::NotPermitted);
        // Nobody disables, demotes or resets themselves.
        QCOMPARE(m_staff->disable(QStringLiteral("L1"), lead).code(), ErrorCode::NotPermitted);
        QCOMPARE(m_staff->setRole(QStringLiteral("L1"), StaffRole::Sampler, lead).code(),
                 ErrorCode::NotPermitted);
        QCOMPARE(m_staff->resetPin(QStringLiteral("L1"), lead).code(), ErrorCode::NotPermitted);
        QCOMPARE(changes(), records); // refusals write nothing
        // A lead makes another lead; the administrator makes an administrator.
        QVERIFY(m_staff->setRole(QStringLiteral("S1"), StaffRole::SiteLead, lead).ok());
        QVERIFY(m_staff->setRole(QStringLiteral("S1"), StaffRole::Administrator, admin()).ok());
    }

    // An administrator cannot disable or demote themselves, so the station always keeps one;
    // another administrator can, and a lead cannot touch an administrator.
    void theStationKeepsAnAdministrator() {
        QCOMPARE(m_staff->disable(admin().staffId, admin()).code(), ErrorCode::NotPermitted);
        QCOMPARE(m_staff->setRole(admin().staffId, StaffRole::SiteLead, admin()).code(),
                 ErrorCode::NotPermitted);
        const OperatorRef second = member(QStringLiteral("A2"), StaffRole::Administrator);
        QVERIFY(second.isValid());
        QVERIFY(m_staff->setRole(admin().staffId, StaffRole::SiteLead, second).ok());
        const OperatorRef nowLead = m_staff->member(admin().staffId)->ref();
        QCOMPARE(m_staff->setRole(QStringLiteral("A2"), StaffRole::Sampler, nowLead).code(),
                 ErrorCode::NotPermitted);
        QCOMPARE(m_staff->disable(QStringLiteral("A2"), nowLead).code(), ErrorCode::NotPermitted);
        QCOMPARE(m_staff->list().size(), 2);
    }

    void firstSignInWithAOneTimePin() {
        const Result<IssuedPin> added = m_staff->add(
            {QStringLiteral("S2"), QStringLiteral("王芳"), StaffRole::Sampler, QString()}, admin());
        QVERIFY(added.ok());
        QCOMPARE(added->oneTimePin.size(), 8);
        QVERIFY(StationStore::validatePin(added->oneTimePin).ok());
        const Result<OperatorRef> first =
            m_st->store().signIn(QStringLiteral("S2"), added->oneTimePin);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QVERIFY(first->mustSetOwnPin);
        // The new PIN follows the PIN rules and is not the one-time PIN.
        QCOMPARE(
            m_staff->setOwnPin(QStringLiteral("S2"), added->oneTimePin, QStringLiteral("123456"))
                .code(),
            ErrorCode::InvalidInput);
        QCOMPARE(
            m_staff->setOwnPin(QStringLiteral("S2"), added->oneTimePin, added->oneTimePin).code(),
            ErrorCode::InvalidInput);
        // A wrong current PIN is refused and counted towards the lock-out.
        QCOMPARE(m_staff->setOwnPin(QStringLiteral("S2"), QStringLiteral("975310"), kOwnPin).code(),
                 ErrorCode::WrongPin);
        QCOMPARE(m_staff->member(QStringLiteral("S2"))->failedAttempts, 1);
        const Result<OperatorRef> own =
            m_staff->setOwnPin(QStringLiteral("S2"), added->oneTimePin, kOwnPin);
        QVERIFY2(own.ok(), qPrintable(own.message()));
        QVERIFY(!own->mustSetOwnPin);
        QCOMPARE(m_staff->member(QStringLiteral("S2"))->failedAttempts, 0);
        QCOMPARE(m_st->store().signIn(QStringLiteral("S2"), added->oneTimePin).code(),
                 ErrorCode::WrongPin);
        const Result<OperatorRef> again = m_st->store().signIn(QStringLiteral("S2"), kOwnPin);
        QVERIFY(again.ok());
        QVERIFY(!again->mustSetOwnPin);
    }

    void unlockAfterALockOut() {
        QVERIFY(member(QStringLiteral("S2"), StaffRole::Sampler).isValid());
        QCOMPARE(m_staff->unlock(QStringLiteral("S2"), admin()).code(), ErrorCode::InvalidInput);
        lockOut(QStringLiteral("S2"));
        QCOMPARE(m_st->store().signIn(QStringLiteral("S2"), kOwnPin).code(),
                 ErrorCode::OperatorLocked);
        QVERIFY(m_staff->member(QStringLiteral("S2"))->isLockedAt(m_st->now()));
        QVERIFY(m_staff->unlock(QStringLiteral("S2"), admin()).ok());
        QCOMPARE(lastChange().auditDetail.value(QLatin1String("failed_attempts")).toInt(), 5);
        QVERIFY(m_st->store().signIn(QStringLiteral("S2"), kOwnPin).ok());
    }

    void aDisabledOperatorCannotSignIn() {
        QVERIFY(member(QStringLiteral("S2"), StaffRole::Sampler).isValid());
        QVERIFY(m_staff->disable(QStringLiteral("S2"), admin()).ok());
        QCOMPARE(m_st->store().signIn(QStringLiteral("S2"), kOwnPin).code(),
                 ErrorCode::OperatorDisabled);
        QVERIFY(!m_staff->member(QStringLiteral("S2"))->active);
        QCOMPARE(m_staff->disable(QStringLiteral("S2"), admin()).code(), ErrorCode::InvalidInput);
        QVERIFY(m_staff->enable(QStringLiteral("S2"), admin()).ok());
        QVERIFY(m_st->store().signIn(QStringLiteral("S2"), kOwnPin).ok());
    }

    // At night, with no lead: the site passphrase resets a PIN (and clears a lock-out).
    void theSitePassphraseResetsAPin() {
        QVERIFY(member(QStringLiteral("L1"), StaffRole::SiteLead).isValid());
        lockOut(QStringLiteral("L1"));
        const int records = changes();
        QCOMPARE(m_staff
                     ->resetPinWithSitePassphrase(QStringLiteral("L1"),
                                                  QStringLiteral("wrong horse battery"))
                     .code(),
                 ErrorCode::WrongPin);
        QCOMPARE(changes(), records);
        const Result<IssuedPin> reset =
            m_staff->resetPinWithSitePassphrase(QStringLiteral("L1"), kTestSitePassphrase);
        QVERIFY2(reset.ok(), qPrintable(reset.message()));
        const Journaled j = lastChange();
        QVERIFY(j.auditOperator.isNull()); // no operator did it
        QCOMPARE(j.payload.value(QLatin1String("authorised_by")).toString(),
                 QStringLiteral("site_passphrase"));
        const Result<OperatorRef> signedIn =
            m_st->store().signIn(QStringLiteral("L1"), reset->oneTimePin);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message()));
        QVERIFY(signedIn->mustSetOwnPin);
    }

    // A station set up before roles (the schema before the migration that adds them):
    // its operators become administrators, keeping what they could do; nobody holds a
    // one-time PIN.
    void operatorsOfAnOlderStationBecomeAdministrators() {
        int before = -1;
        for (int v = 0; v < int(schemaMigrations().size()) && before < 0; ++v) {
            for (const QString &statement : schemaMigrations().at(v)) {
                if (statement.contains(QLatin1String("ADD COLUMN role")))
                    before = v;
            }
        }
        QVERIFY(before > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        {
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema6"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(before)));
            for (int v = 0; v < before; ++v) {
                for (const QString &statement : schemaMigrations().at(v))
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            for (const char *id : {"S001", "S002"})
                QVERIFY(q.exec(QStringLiteral("INSERT INTO operators (staff_id, name, pin_hash, "
                                              "created_at) VALUES ('%1', 'x', 'h', '2026-11-01')")
                                   .arg(QLatin1String(id))));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema6"));
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM operators WHERE role = "
                                      "'administrator' AND must_set_pin = 0 AND phone IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // New rows default to the least role.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO operators (staff_id, name, pin_hash, "
                                      "created_at) VALUES ('S003', 'x', 'h', '2026-11-02')")));
        QVERIFY(q.exec(QStringLiteral("SELECT role FROM operators WHERE staff_id = 'S003'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sampler"));
        QVERIFY(!q.exec(QStringLiteral("UPDATE operators SET role = 'chef'")));
    }

    void importAsExcelWritesIt() {
        const OperatorRef lead = member(QStringLiteral("L1"), StaffRole::SiteLead);
        const QByteArray csv =
            Csv::byteOrderMark() + QByteArray("工号,姓名,角色,手机号\r\n"
                                              "S10,\"Li, Xiao\",采样员,138 0000 0001\r\n"
                                              "S11,\"Wang \"\"Big\"\" Fang\",site lead,\r\n"
                                              "S12,张三,Sampler,\r\n"
                                              "L1,Name L1,lead,\r\n");
        const int records = changes();
        const Result<StaffImport> r = m_staff->importCsv(csv, lead);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->added.size(), 3); // L1 is listed as they are: nothing to change
        QVERIFY(r->updated.isEmpty());
        QCOMPARE(changes(), records + 3);
        const std::optional<StaffMember> s10 = m_staff->member(QStringLiteral("S10"));
        QVERIFY(s10);
        QCOMPARE(s10->name, QStringLiteral("Li, Xiao"));
        QCOMPARE(s10->phone, QStringLiteral("138 0000 0001"));
        QVERIFY(s10->mustSetOwnPin);
        QCOMPARE(m_staff->member(QStringLiteral("S11"))->name, QStringLiteral("Wang \"Big\" Fang"));
        QCOMPARE(m_staff->member(QStringLiteral("S11"))->role, StaffRole::SiteLead);
        for (const IssuedPin &issued : r->added)
            QVERIFY(m_st->store().signIn(issued.member.staffId, issued.oneTimePin).ok());
        // The export imports as it is, by a lead too (the administrator it lists is unchanged):
        // nothing added, nothing changed.
        const Result<QByteArray> exported = m_staff->exportCsv(lead);
        QVERIFY(exported.ok());
        QVERIFY(exported->startsWith(Csv::byteOrderMark()));
        QVERIFY(exported->contains("S10,\"Li, Xiao\",sampler,138 0000 0001\r\n"));
        QVERIFY(exported->contains("S001,"));
        const Result<StaffImport> again = m_staff->importCsv(exported.value(), lead);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY(again->added.isEmpty());
        QVERIFY(again->updated.isEmpty());
        // A sampler takes no phone numbers away.
        const OperatorRef sampler = member(QStringLiteral("S20"), StaffRole::Sampler);
        QCOMPARE(m_staff->exportCsv(sampler).code(), ErrorCode::NotPermitted);
    }

    void aBadRowImportsNothing_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        const QByteArray good = "staff id,name,role,phone\r\nS10,Li,sampler,\r\n";
        QTest::newRow("bad role") << QByteArray(good + "S11,Wang,chef,\r\nS12,Zhao,lead,\r\n")
                                  << QStringLiteral("Line 3: unknown role \"chef\"");
        QTest::newRow("listed twice") << QByteArray(good + "S10,Li,lead,\r\nS 11,Wang,,\r\n")
                                      << QStringLiteral("Line 3: staff ID S10 is listed twice");
        QTest::newRow("no name") << QByteArray(good + "\r\nS12,,lead,\r\n")
                                 << QStringLiteral("Line 4: The operator's name is required");
        QTest::newRow("bad phone") << QByteArray(good + "S13,Zhao,lead,call me\r\n")
                                   << QStringLiteral("Line 3: The phone number");
        QTest::newRow("administrator by a lead")
            << QByteArray(good + "S14,Sun,设备管理员,\r\n")
            << QStringLiteral("Line 3: A site lead may not manage station administrators");
        QTest::newRow("unclosed quote")
            << QByteArray(good + "S15,\"Qian,lead,\r\n") << QStringLiteral("Line 3: a quoted");
    }
    void aBadRowImportsNothing() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const OperatorRef lead = member(QStringLiteral("L1"), StaffRole::SiteLead);
        const int operators = m_st->rows(QStringLiteral("operators"));
        const int outbox = m_st->rows(QStringLiteral("outbox"));
        const int audit = m_st->rows(QStringLiteral("audit_log"));
        const Result<StaffImport> r = m_staff->importCsv(csv, lead);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().startsWith(error), qPrintable(r.message()));
        QCOMPARE(m_st->rows(QStringLiteral("operators")), operators);
        QCOMPARE(m_st->rows(QStringLiteral("outbox")), outbox);
        QCOMPARE(m_st->rows(QStringLiteral("audit_log")), audit);
    }
};

QTEST_GUILESS_MAIN(tst_StaffService)
#include "tst_staffservice.moc"
