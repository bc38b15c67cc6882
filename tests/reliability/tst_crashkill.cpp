// SPDX-License-Identifier: GPL-3.0-or-later
// Process crash: SIGKILL station-scan-driver at random moments, restart it, and check
// after every kill that all it acknowledged survived and the station is consistent.
// STATION_RELIABILITY_KILLS sets the number of kills (50 here; scripts/reliability
// crash --kills 1000 for the full run).
#include "core/storage/Database.h"
#include "tests/reliability/AckLog.h"
#include "tests/reliability/RecoveryCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
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

struct KillRun {
    int kills = 0;
    int lost = 0;
    int acknowledged = 0;
    int opened = 0; // personal fields and outbox payloads the last check opened
    int earlyExits = 0;
    QStringList problems;
};

// Kills the driver `kills` times (stopping at the first loss when `stopAtLoss`).
KillRun runKills(const QString &dir, int kills, quint32 seed, bool control, bool stopAtLoss) {
    KillRun run;
    const QString dbPath = dir + QStringLiteral("/station.db");
    const QString ackPath = dir + QStringLiteral("/ack.log");
    const QString driver =
        QCoreApplication::applicationDirPath() + QStringLiteral("/station-scan-driver");
    QRandomGenerator random(seed);
    for (int i = 1; i <= kills; ++i) {
        QProcess p;
        QStringList args = {QStringLiteral("--db"),      dbPath,
                            QStringLiteral("--ack-log"), ackPath,
                            QStringLiteral("--seed"),    QString::number(seed + i)};
        if (control)
            args << QStringLiteral("--control-ack-before-commit");
        p.start(driver, args);
        if (!p.waitForStarted()) {
            run.problems << QStringLiteral("driver did not start: ") + p.errorString();
            return run;
        }
        // A random moment: one kill in ten during start-up (opening, migrating,
        // provisioning); the others once scanning runs (mid-transaction, mid-ack, between
        // scans), so a slow start on a loaded machine does not turn them into no-ops.
        const bool duringStartUp = random.bounded(10) == 0;
        if (!duringStartUp && !p.waitForReadyRead(60000)) {
            run.problems << QStringLiteral("driver never started scanning: ") +
                                QString::fromLocal8Bit(p.readAllStandardError());
            return run;
        }
        const int delayMs = int(duringStartUp ? random.bounded(0, 60) : random.bounded(0, 300));
        if (p.waitForFinished(delayMs)) {
            ++run.earlyExits;
            run.problems << QStringLiteral("driver stopped by itself: ") +
                                QString::fromLocal8Bit(p.readAllStandardError());
            return run;
        }
        p.kill(); // SIGKILL
        p.waitForFinished();
        ++run.kills;

        Database db;
        if (Status s = db.open(dbPath); !s.ok()) {
            run.problems << QStringLiteral("reopen after kill %1 failed: ").arg(i) + s.message();
            return run;
        }
        const RecoveryReport report = checkRecovery(db, AckLog::read(ackPath));
        run.acknowledged = report.acknowledged;
        run.opened = report.fieldsOpened + report.payloadsOpened;
        run.lost += report.lost;
        if (!report.ok()) {
            run.problems << QStringLiteral("after kill %1:").arg(i) << report.problems;
            if (stopAtLoss || report.lost == 0)
                return run;
        }
    }
    return run;
}

} // namespace

class CrashKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    }
    void acknowledgedScansSurviveKills();
    void controlAckBeforeCommitIsCaught();
};

void CrashKill::acknowledgedScansSurviveKills() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int kills = envCount("STATION_RELIABILITY_KILLS", 50);
    // A fresh station every 100 kills keeps each check's cost bounded in long runs.
    KillRun run;
    for (int done = 0, epoch = 0; done < kills; done += 100, ++epoch) {
        const QString epochDir = dir.filePath(QString::number(epoch));
        QVERIFY(QDir().mkpath(epochDir));
        const KillRun part =
            runKills(epochDir, qMin(100, kills - done), 20261125 + 1000 * epoch, false, false);
        run.kills += part.kills;
        run.lost += part.lost;
        run.acknowledged += part.acknowledged;
        run.opened += part.opened;
        run.problems << part.problems;
        if (!part.problems.isEmpty())
            break;
        if (epoch % 2 == 1)
            qInfo("crash: %d kills so far, %d acknowledged, %d lost", run.kills, run.acknowledged,
                  run.lost);
    }
    qInfo("crash: %d kills, %d records acknowledged, %d lost; the last check of each station "
          "opened %d encrypted fields and payloads",
          run.kills, run.acknowledged, run.lost, run.opened);
    // Every check unlocked the key and opened what the station stored.
    QVERIFY(run.opened > 0);
    QVERIFY2(run.problems.isEmpty(), qPrintable(run.problems.join(QLatin1Char('\n'))));
    QCOMPARE(run.kills, kills);
    QCOMPARE(run.lost, 0);
    // The kills hit a station at work, not one still starting up.
    QVERIFY2(run.acknowledged >= kills, qPrintable(QString::number(run.acknowledged)));
}

// A driver that acknowledges before its commit must be caught: the harness can fail.
void CrashKill::controlAckBeforeCommitIsCaught() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const KillRun run = runKills(dir.path(), 200, 7, true, true);
    qInfo("crash control: %d kills until %d acknowledged records were lost", run.kills, run.lost);
    QVERIFY2(run.lost > 0, "the control lost nothing: the harness cannot see a lost record");
    QCOMPARE(run.earlyExits, 0);
}

QTEST_GUILESS_MAIN(CrashKill)
#include "tst_crashkill.moc"
