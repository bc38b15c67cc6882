// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli recalls --contact TUBE`: the command line obeys core's rule for a
// recalled tube's contact details (RecallContact): a site lead with their PIN sees the names
// and phone numbers of the tube's people sampled here; a sampler is refused before any PIN,
// a wrong PIN counts, another table's tube says where.
#include "core/sampling/SamplingService.h"
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/SiteFactsStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/TempStation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

using Run = station::test::CliRun;

const QString kPinVariable = QStringLiteral("STATION_OPERATOR_PIN");
const QString kLeadPin = QStringLiteral("583920");
const QString kSamplerPin = QStringLiteral("470251");
const QByteArray kSiteKey = QByteArray(32, '\x5a');

Run cli(const QStringList &args, const QString &pin) {
    return runCli(args, 180000, {{kPinVariable, pin}});
}

int count(const QString &dir, const QString &sql) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// A lead (L1) and a sampler (S2); a tube of three people here, recalled, and a recalled tube
// of table 2.
bool seedRecall(const QString &dir) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return false;
    StationStore store(db);
    const auto codec = unlockPersonalData(db, kTestSitePassphrase);
    const auto admin = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
    if (!codec || !admin)
        return false;
    if (!store.addOperator(
            {QStringLiteral("L1"), QStringLiteral("Lead One"), kLeadPin, StaffRole::SiteLead},
            admin.value()) ||
        !store.addOperator(
            {QStringLiteral("S2"), QStringLiteral("Sampler Two"), kSamplerPin, StaffRole::Sampler},
            admin.value()))
        return false;
    SamplingService service(db, *codec.value(), *store.identity());
    service.setOperator(admin.value());
    if (!service.openTube(tubeCode(1), 10))
        return false;
    SiteFactsStore facts(db, kSiteKey, store.identity()->deviceId);
    QJsonArray recalls;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto fact = [&](int person, const QString &tube, const QString &sample, const QString &station,
                    const QString &table) {
        const ResidentCode r = makeResident(person);
        return QJsonObject{
            {QStringLiteral("seq"), recalls.size() + 1},
            {QStringLiteral("kind"), QStringLiteral("recall")},
            {QStringLiteral("station"), station},
            {QStringLiteral("table"), table},
            {QStringLiteral("person_key"), facts.personKey(idTypeCode(r.idType), r.idNumber)},
            {QStringLiteral("tube"), tube},
            {QStringLiteral("sample_uuid"), sample},
            {QStringLiteral("outcome"), QStringLiteral("positive")},
            {QStringLiteral("state"), QStringLiteral("open")},
            {QStringLiteral("at"), at}};
    };
    for (int n = 1; n <= 3; ++n) {
        const auto added = service.addResident(makeResident(n), EntryMethod::Scanner);
        if (!added)
            return false;
        recalls.append(fact(n, tubeCode(1), added->sampleUuid, store.identity()->deviceId,
                            QStringLiteral("Table 7")));
    }
    recalls.append(fact(40, tubeCode(90), QStringLiteral("elsewhere-40"),
                        QStringLiteral("gz-th-0001-t02"), QStringLiteral("Table 2")));
    return !facts.apply(recalls, recalls.size(), QDateTime::currentDateTimeUtc()).isValid();
}

QStringList contactArgs(const QString &dir, const QString &tube, const QString &op) {
    return {QStringLiteral("recalls"),
            QStringLiteral("--data-dir"),
            dir,
            QStringLiteral("--contact"),
            tube,
            QStringLiteral("--operator"),
            op};
}

} // namespace

class TestCliRecallContact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void leadSeesTheTubesContacts() {
        QTemporaryDir dir;
        QVERIFY(provisionCliStation(dir.path()));
        QVERIFY(seedRecall(dir.path()));
        const QString reveals =
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'id.revealed'");
        const QString records =
            QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'id.revealed'");
        const QString failures =
            QStringLiteral("SELECT failed_attempts FROM operators WHERE staff_id = '%1'");

        // A sampler: refused with why, before the PIN is checked (nothing counted).
        Run r = cli(contactArgs(dir.path(), tubeCode(1), QStringLiteral("S2")), kSamplerPin);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("may not")) &&
                     r.err.contains(QLatin1String("site lead")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(makeResident(1).name));
        QCOMPARE(count(dir.path(), failures.arg(QStringLiteral("S2"))), 0);

        // The lead with a wrong PIN: nothing shown, the failure counted.
        r = cli(contactArgs(dir.path(), tubeCode(1), QStringLiteral("L1")),
                QStringLiteral("975310"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Wrong PIN")), qPrintable(r.err));
        QVERIFY(!r.out.contains(makeResident(1).name));
        QCOMPARE(count(dir.path(), failures.arg(QStringLiteral("L1"))), 1);
        QCOMPARE(count(dir.path(), reveals), 0);

        // Another table's tube: where its contact details are.
        r = cli(contactArgs(dir.path(), tubeCode(90), QStringLiteral("L1")), kLeadPin);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Table 2")) &&
                     r.err.contains(QLatin1String("recall list")),
                 qPrintable(r.err));

        // The lead with the right PIN: each person of the tube, one record per person.
        r = cli(contactArgs(dir.path(), tubeCode(1), QStringLiteral("L1")), kLeadPin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int n = 1; n <= 3; ++n) {
            const ResidentCode resident = makeResident(n);
            QVERIFY2(r.out.contains(resident.name) && r.out.contains(resident.phone) &&
                         r.out.contains(maskIdNumber(resident.idNumber)) &&
                         !r.out.contains(resident.idNumber),
                     qPrintable(r.out));
        }
        QVERIFY2(r.out.contains(QLatin1String("reported to the province")), qPrintable(r.out));
        QCOMPARE(count(dir.path(), reveals), 3);
        QCOMPARE(count(dir.path(), records), 3);
        QCOMPARE(count(dir.path(), failures.arg(QStringLiteral("L1"))), 0);

        // The lead's log of reveals lists them, with their purpose, never the data.
        r = cli({QStringLiteral("id-reveals"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--operator"), QStringLiteral("L1")},
                kLeadPin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1String("\tcontact_recalled\t")), 3);
        QVERIFY2(!r.out.contains(makeResident(1).name) && !r.out.contains(makeResident(1).phone),
                 qPrintable(r.out));
    }

    void usageErrors() {
        QTemporaryDir dir;
        QVERIFY(provisionCliStation(dir.path()));
        QVERIFY(seedRecall(dir.path()));
        // No operator named.
        Run r = cli({QStringLiteral("recalls"), QStringLiteral("--data-dir"), dir.path(),
                     QStringLiteral("--contact"), tubeCode(1)},
                    kLeadPin);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--operator")), qPrintable(r.err));
        // Contact details are not written as JSON.
        r = cli(contactArgs(dir.path(), tubeCode(1), QStringLiteral("L1")) +
                    QStringList{QStringLiteral("--json")},
                kLeadPin);
        QCOMPARE(r.exitCode, 2);
        // No PIN at all.
        r = cli(contactArgs(dir.path(), tubeCode(1), QStringLiteral("L1")), QString());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("No PIN")), qPrintable(r.err));
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'id.revealed'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRecallContact)
#include "tst_cli_recallcontact.moc"
