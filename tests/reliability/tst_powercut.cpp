// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss: scans run through the "powercut" VFS shim; at a random I/O call the power
// is cut (every write not yet fsync'ed is undone), the station restarts and every
// acknowledged record must still be there. STATION_RELIABILITY_CUTS sets the number of
// cuts (60 here; scripts/reliability powercut --cuts 1000 for the full run). The control
// runs the same harness with synchronous=OFF and must report losses.
#include "core/storage/Database.h"
#include "tests/reliability/PowerCutVfs.h"
#include "tests/reliability/RecoveryCheck.h"
#include "tests/reliability/ScanWorkload.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::reliability;

namespace {

int envCount(const char *name, int fallback) {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : fallback;
}

struct CutRun {
    int cuts = 0;
    int lost = 0;
    int acknowledged = 0;
    int opened = 0; // personal fields and outbox payloads the last check opened
    int cutsWithUnsyncedData = 0;
    QStringList problems;
};

const QString kUriOption = QStringLiteral("QSQLITE_OPEN_URI");

// `synchronous`: empty for the station's own setting, else the control's override.
CutRun runCuts(const QString &dir, int cuts, quint32 seed, const QString &synchronous,
               bool stopAtLoss) {
    CutRun run;
    powercut_reset();
    const QString uri = QStringLiteral("file:") + dir + QStringLiteral("/station.db?vfs=powercut");
    QStringList acked; // what the operator saw: not on the station's disk, so never cut
    QRandomGenerator random(seed);
    for (int c = 1; c <= cuts; ++c) {
        // The cut falls on a random write, sync, truncate or delete of this session.
        powercut_arm_cut(random.bounded(1, 600));
        {
            Database db;
            if (db.open(uri, kUriOption).ok()) {
                QSqlQuery q(db.connection());
                if (!synchronous.isEmpty())
                    q.exec(QStringLiteral("PRAGMA synchronous = ") + synchronous);
                ScanWorkload work(db, seed + quint32(c), [&acked](const QString &line) {
                    acked << line;
                    return true;
                });
                Status s = work.start();
                for (int k = 0; s.ok() && k < 20000 && !powercut_is_off(); ++k)
                    s = work.step();
                if (!s.ok() && !powercut_is_off())
                    run.problems << QStringLiteral("round %1 failed with the power on: ").arg(c) +
                                        s.message();
            }
            if (!powercut_is_off())
                powercut_cut_now();
        }
        ++run.cuts;
        powercut_power_on();

        Database db;
        if (Status s = db.open(uri, kUriOption); !s.ok()) {
            run.problems << QStringLiteral("restart after cut %1 failed: ").arg(c) + s.message();
            return run;
        }
        const RecoveryReport report = checkRecovery(db, acked);
        run.acknowledged = report.acknowledged;
        run.opened = report.fieldsOpened + report.payloadsOpened;
        run.lost += report.lost;
        if (!report.ok()) {
            run.problems << QStringLiteral("after cut %1:").arg(c) << report.problems;
            if (stopAtLoss)
                return run;
            // Count each loss once: go on from what survived.
            acked.clear();
        }
        if (!run.problems.isEmpty() && !stopAtLoss && report.lost == 0)
            return run;
    }
    return run;
}

} // namespace

class PowerCut : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void acknowledgedScansSurviveCuts();
    void controlSynchronousOffLosesScans();
    void controlSynchronousNormalLosesScans();
    void controlDamagedStoreIsCaught();
};

void PowerCut::initTestCase() {
    QLoggingCategory::setFilterRules(
        QStringLiteral("station.*.info=false\nstation.*.warning=false"));
    QCOMPARE(powercut_vfs_register(), 0);
}

void PowerCut::acknowledgedScansSurviveCuts() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int cuts = envCount("STATION_RELIABILITY_CUTS", 60);
    // A fresh station every 100 cuts keeps each check's cost bounded in long runs.
    CutRun run;
    for (int done = 0, epoch = 0; done < cuts; done += 100, ++epoch) {
        const QString epochDir = dir.filePath(QString::number(epoch));
        QVERIFY(QDir().mkpath(epochDir));
        const CutRun part =
            runCuts(epochDir, qMin(100, cuts - done), 20261125 + 1000 * epoch, {}, false);
        run.cuts += part.cuts;
        run.lost += part.lost;
        run.acknowledged += part.acknowledged;
        run.opened += part.opened;
        run.problems << part.problems;
        if (!part.problems.isEmpty())
            break;
        if (epoch % 2 == 1)
            qInfo("powercut: %d cuts so far, %d acknowledged, %d lost", run.cuts, run.acknowledged,
                  run.lost);
    }
    qInfo("powercut: %d cuts, %d records acknowledged, %d lost; the last check of each station "
          "opened %d encrypted fields and payloads",
          run.cuts, run.acknowledged, run.lost, run.opened);
    // Every check unlocked the key and opened what the station stored.
    QVERIFY(run.opened > 0);
    QVERIFY2(run.problems.isEmpty(), qPrintable(run.problems.join(QLatin1Char('\n'))));
    QCOMPARE(run.cuts, cuts);
    QCOMPARE(run.lost, 0);
    QVERIFY2(run.acknowledged >= cuts, qPrintable(QString::number(run.acknowledged)));
}

// The same harness with synchronous=OFF must lose acknowledged scans: it can fail.
void PowerCut::controlSynchronousOffLosesScans() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CutRun run = runCuts(dir.path(), 20, 11, QStringLiteral("OFF"), true);
    qInfo("powercut control (synchronous=OFF): lost %d acknowledged records after %d cuts",
          run.lost, run.cuts);
    QVERIFY2(run.lost > 0, "synchronous=OFF lost nothing: the harness cannot see a loss");
}

// WAL with synchronous=NORMAL does not sync at commit: also loses at a power cut.
void PowerCut::controlSynchronousNormalLosesScans() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CutRun run = runCuts(dir.path(), 20, 13, QStringLiteral("NORMAL"), true);
    qInfo("powercut control (synchronous=NORMAL): lost %d acknowledged records after %d cuts",
          run.lost, run.cuts);
    QVERIFY2(run.lost > 0, "synchronous=NORMAL lost nothing: the harness cannot see a loss");
}

// The recovery check opens what it checks: after the cuts, two samples' encrypted names
// swapped (each still a valid ciphertext, under another row) or one audit row's MAC changed
// must fail it, as they fail `check --deep`.
void PowerCut::controlDamagedStoreIsCaught() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CutRun run = runCuts(dir.path(), 5, 17, {}, true);
    QVERIFY2(run.problems.isEmpty(), qPrintable(run.problems.join(QLatin1Char('\n'))));
    Database db;
    QVERIFY(
        db.open(QStringLiteral("file:") + dir.path() + QStringLiteral("/station.db?vfs=powercut"),
                kUriOption)
            .ok());
    RecoveryReport report = checkRecovery(db, {});
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.deep);
    QVERIFY(report.fieldsOpened > 0);
    QVERIFY(report.payloadsOpened > 0);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM samples ORDER BY id")));
    QVERIFY(q.first());
    const qint64 firstId = q.value(0).toLongLong();
    const QByteArray firstName = q.value(1).toByteArray();
    QVERIFY(q.last());
    const qint64 lastId = q.value(0).toLongLong();
    const QByteArray lastName = q.value(1).toByteArray();
    QVERIFY(firstId != lastId);
    const auto setName = [&q](qint64 id, const QByteArray &name) {
        q.prepare(QStringLiteral("UPDATE samples SET name = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(id);
        return q.exec();
    };
    QVERIFY(setName(firstId, lastName) && setName(lastId, firstName));
    report = checkRecovery(db, {});
    qInfo("powercut control (swapped ciphertexts): %s", qPrintable(report.problems.value(0)));
    QVERIFY2(!report.ok(), "swapped ciphertexts passed: the check does not open the fields");
    QVERIFY(setName(firstId, firstName) && setName(lastId, lastName)); // and back
    report = checkRecovery(db, {});
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_append_only")));
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET mac = hash WHERE id = (SELECT max(id) - 1 "
                                  "FROM audit_log)")));
    report = checkRecovery(db, {});
    qInfo("powercut control (audit MAC changed): %s", qPrintable(report.problems.value(0)));
    QVERIFY2(!report.ok(), "a changed audit MAC passed: the check does not verify the MACs");
}

QTEST_GUILESS_MAIN(PowerCut)
#include "tst_powercut.moc"
