// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning is one transaction: the station, its first operator and its wrapped data key
// commit together or not at all. Iteration i fails the i-th I/O call SQLite makes during
// provisioning (the fault sweep), or cuts the power just before its i-th write or sync
// (every unsynced write is undone). After each, and after a restart, the station is either
// wholly provisioned (and its personal data opens with the passphrase) or not provisioned at
// all, and then provisioning runs again — never a station without a key.
#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"
#include "tests/reliability/PowerCutVfs.h"
#include "tests/support/TempStation.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

const QString kUriOption = QStringLiteral("QSQLITE_OPEN_URI");
const NewOperator kFirst{QStringLiteral("S001"), QStringLiteral("李护士"),
                         QStringLiteral("246810")};

QString uriFor(const QString &path) {
    return QStringLiteral("file:") + path + QStringLiteral("?vfs=powercut");
}

bool copyStation(const QString &from, const QString &to) {
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

int rows(Database &db, const QString &table) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

// "all", "none", or what is half there.
QString provisioningState(Database &db) {
    const int station = rows(db, QStringLiteral("station"));
    const int operators = rows(db, QStringLiteral("operators"));
    const int keyring = rows(db, QStringLiteral("keyring"));
    const int audit = rows(db, QStringLiteral("audit_log"));
    if (station == 1 && operators == 1 && keyring == 1 && audit == 1)
        return QStringLiteral("all");
    if (station == 0 && operators == 0 && keyring == 0 && audit == 0)
        return QStringLiteral("none");
    return QStringLiteral("station %1, operators %2, keyring %3, audit %4")
        .arg(station)
        .arg(operators)
        .arg(keyring)
        .arg(audit);
}

} // namespace

class ProvisionSweep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allOrNothing_data();
    void allOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_empty; // a migrated, empty station database
    QString m_pinHash;
    WrappedDataKey m_key;
};

void ProvisionSweep::initTestCase() {
    QLoggingCategory::setFilterRules(
        QStringLiteral("station.*.info=false\nstation.*.warning=false"));
    QCOMPARE(powercut_vfs_register(), 0);
    QVERIFY(m_dir.isValid());
    m_empty = m_dir.filePath(QStringLiteral("empty.db"));
    {
        Database db;
        QVERIFY(db.open(m_empty).ok());
        QCOMPARE(provisioningState(db), QStringLiteral("none"));
    }
    // The slow parts, once: what the wizard computes on its worker thread.
    m_pinHash = StationStore::hashPin(kFirst.pin);
    const Result<WrappedDataKey> key =
        StationKeyring::wrapNewDataKey(test::kTestSitePassphrase, PassphraseCost::minimal());
    QVERIFY(key.ok());
    m_key = key.value();
}

void ProvisionSweep::allOrNothing_data() {
    QTest::addColumn<bool>("powerCut");
    QTest::newRow("failed I/O call") << false;
    QTest::newRow("power cut") << true;
}

void ProvisionSweep::allOrNothing() {
    QFETCH(bool, powerCut);
    const QString work = m_dir.filePath(QStringLiteral("work.db"));
    QStringList problems;
    int faults = 0, provisioned = 0, notProvisioned = 0;
    bool swept = false;
    for (int i = 1; i < 2000 && !swept; ++i) {
        for (const bool restart : {false, true}) {
            QVERIFY(copyStation(m_empty, work));
            powercut_reset();
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(uriFor(work), kUriOption).ok());
            Status done = success();
            bool fired = false;
            {
                StationStore store(*db);
                if (!powerCut) {
                    powercut_fail_call(i);
                    done = store.provision(test::testIdentity(), kFirst, m_pinHash, m_key);
                    fired = powercut_fail_fired();
                    powercut_fail_call(0);
                } else {
                    powercut_arm_cut(i);
                    done = store.provision(test::testIdentity(), kFirst, m_pinHash, m_key);
                    fired = powercut_is_off();
                    powercut_arm_cut(0);
                }
            }
            if (!fired) {
                QVERIFY2(done.ok(), qPrintable(done.message()));
                QCOMPARE(provisioningState(*db), QStringLiteral("all"));
                swept = true;
                break;
            }
            ++faults;
            // A power cut always restarts: nothing reaches the disk until the power is back.
            if (restart || powerCut) {
                db.reset();
                powercut_power_on();
                db = std::make_unique<Database>();
                QVERIFY(db->open(uriFor(work), kUriOption).ok());
            }
            const QString tag =
                QStringLiteral("%1 %2%3: ")
                    .arg(!powerCut ? QStringLiteral("call") : QStringLiteral("cut at"))
                    .arg(i)
                    .arg(restart ? QStringLiteral(" then restart") : QString());
            const QString state = provisioningState(*db);
            StationStore store(*db);
            if (state == QLatin1String("all")) {
                ++provisioned;
                // Wholly there: the key opens with the passphrase, a second init is refused.
                if (!unlockPersonalData(*db, test::kTestSitePassphrase).ok())
                    problems << tag + QStringLiteral("provisioned, but the data key does not open");
                if (store.provision(test::testIdentity(), kFirst, m_pinHash, m_key).ok())
                    problems << tag + QStringLiteral("provisioned twice");
            } else if (state == QLatin1String("none")) {
                ++notProvisioned;
                if (done.ok())
                    problems << tag + QStringLiteral("reported done but nothing is there");
                // Nothing there: provisioning can run again, and then all is there.
                const Status again =
                    store.provision(test::testIdentity(), kFirst, m_pinHash, m_key);
                if (!again.ok() || provisioningState(*db) != QLatin1String("all"))
                    problems << tag + QStringLiteral("provisioning again failed: ") +
                                    again.message();
            } else {
                problems << tag + QStringLiteral("half provisioned: ") + state;
            }
            if (powerCut)
                break; // the restart is the only case
        }
    }
    qInfo("provision sweep (%s): %d faults, %d left the station provisioned, %d left nothing",
          QTest::currentDataTag(), faults, provisioned, notProvisioned);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(swept);
    QVERIFY(faults > 0);
    QVERIFY(notProvisioned > 0);
}

QTEST_GUILESS_MAIN(ProvisionSweep)
#include "tst_provisionsweep.moc"
