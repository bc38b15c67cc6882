// SPDX-License-Identifier: GPL-3.0-or-later
// Failing database calls: for each station operation, iteration i fails the i-th I/O
// call SQLite makes (read, write, sync or truncate, through the "powercut" shim) until
// the operation runs through without reaching call i. After each failure the station
// must be consistent, the operation fully there or fully absent, and the next operation
// must succeed — both when the station carries on and when it restarts. The station runs on
// its encrypted store (ScanWorkload unlocks the data key), and the checks are the deep ones.
#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "tests/reliability/PowerCutVfs.h"
#include "tests/reliability/RecoveryCheck.h"
#include "tests/reliability/ScanWorkload.h"
#include "tests/support/TempStation.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace station;
using namespace station::reliability;

namespace {

using Action = std::function<Status(SamplingService &)>;

template <typename T> Status status(const Result<T> &r) {
    return r.ok() ? success() : Status(r.error());
}

const QString kUriOption = QStringLiteral("QSQLITE_OPEN_URI");

QString uriFor(const QString &path) {
    return QStringLiteral("file:") + path + QStringLiteral("?vfs=powercut");
}

// Everything an operation can change, without the random UUIDs.
QString stateSignature(Database &db) {
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM outbox) || '/' || (SELECT count(*) FROM audit_log) || '/' "
        "|| (SELECT ifnull(group_concat(s, ','), '') FROM (SELECT state || position AS s FROM "
        "samples ORDER BY id)) || '/' || (SELECT ifnull(group_concat(s, ','), '') FROM (SELECT "
        "code || state AS s FROM tubes ORDER BY id)) || '/' || (SELECT ifnull(group_concat(s, "
        "','), '') FROM (SELECT code || state AS s FROM boxes ORDER BY id))");
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("unreadable: ") + q.lastError().text();
    return q.value(0).toString();
}

bool copyStation(const QString &from, const QString &to) {
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

struct Sweep {
    int iterations = 0;
    int failedOperations = 0; // the operation reported the failure
    int reportedButKept = 0;  // reported failed, yet present after a restart
    int callsOfOperation = 0; // I/O calls the operation makes with no failure
    QStringList problems;
};

} // namespace

class FaultSweep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFailedCallRecovers_data();
    void everyFailedCallRecovers();

private:
    QTemporaryDir m_dir;
};

void FaultSweep::initTestCase() {
    QLoggingCategory::setFilterRules(
        QStringLiteral("station.*.info=false\nstation.*.warning=false"));
    QCOMPARE(powercut_vfs_register(), 0);
    QVERIFY(m_dir.isValid());
}

void FaultSweep::everyFailedCallRecovers_data() {
    QTest::addColumn<Action>("prepare");
    QTest::addColumn<Action>("operation");
    auto tubeWith = [](int pool, int people) {
        return [pool, people](SamplingService &s) -> Status {
            if (auto t = s.openTube(test::tubeCode(1), pool); !t.ok())
                return t.error();
            for (int n = 1; n <= people; ++n)
                if (auto a = s.addResident(test::makeResident(n), EntryMethod::Scanner); !a.ok())
                    return a.error();
            return success();
        };
    };
    const Action addResident = [](SamplingService &s) {
        return status(s.addResident(test::makeResident(500), EntryMethod::Scanner));
    };
    QTest::newRow("add resident") << Action(tubeWith(10, 3)) << addResident;
    QTest::newRow("add resident, tube seals") << Action(tubeWith(5, 4)) << addResident;
    QTest::newRow("remove sample") << Action(tubeWith(10, 3)) << Action([](SamplingService &s) {
        // Reading the tube may be the call that fails: then nothing is removed.
        const auto open = s.openTubeSnapshot();
        if (!open || open->count() < 2)
            return Status(makeError(ErrorCode::StorageFailure, QStringLiteral("unreadable")));
        return status(s.removeSample(open->members.at(1).sampleId, QStringLiteral("wrong person")));
    });
    QTest::newRow("seal early") << Action(tubeWith(10, 3)) << Action([](SamplingService &s) {
        return status(s.sealOpenTubeEarly(QStringLiteral("end of queue")));
    });
    QTest::newRow("void tube") << Action(tubeWith(10, 3)) << Action([](SamplingService &s) {
        return status(s.voidTube(test::tubeCode(1), QStringLiteral("tube dropped")));
    });
    QTest::newRow("open tube") << Action(tubeWith(5, 5)) << Action([](SamplingService &s) {
        return status(s.openTube(test::tubeCode(2), 10));
    });
    const Action sealedTubeAndBox = [tubeWith](SamplingService &s) -> Status {
        if (Status t = tubeWith(5, 5)(s); !t.ok())
            return t;
        return status(s.openBox(test::boxCode(1)));
    };
    QTest::newRow("tube into box")
        << sealedTubeAndBox
        << Action([](SamplingService &s) { return status(s.addTubeToBox(test::tubeCode(1))); });
}

void FaultSweep::everyFailedCallRecovers() {
    QFETCH(Action, prepare);
    QFETCH(Action, operation);
    const QString base = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
        QStringLiteral(".db"));
    const QString work = base + QStringLiteral(".work");
    powercut_reset();

    // The station before the operation, checkpointed into one file; and the operation's
    // result when nothing fails.
    QString before, after;
    {
        Database db;
        QVERIFY(db.open(base).ok());
        ScanWorkload w(db, 1, [](const QString &) { return true; });
        QVERIFY(w.start().ok());
        const Status prepared = prepare(w.service());
        QVERIFY2(prepared.ok(), qPrintable(prepared.message()));
    }
    {
        QVERIFY(copyStation(base, work));
        Database db;
        QVERIFY(db.open(uriFor(work), kUriOption).ok());
        ScanWorkload w(db, 1, [](const QString &) { return true; });
        QVERIFY(w.start().ok());
        before = stateSignature(db);
        powercut_fail_call(0);
        const Status done = operation(w.service());
        QVERIFY2(done.ok(), qPrintable(done.message()));
        after = stateSignature(db);
        QVERIFY(before != after);
    }

    Sweep sweep;
    for (int i = 1; i < 2000; ++i) {
        for (const bool restart : {false, true}) {
            QVERIFY(copyStation(base, work));
            powercut_reset();
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(uriFor(work), kUriOption).ok());
            auto w = std::make_unique<ScanWorkload>(db.get()[0], 2,
                                                    [](const QString &) { return true; });
            QVERIFY(w->start().ok());

            powercut_fail_call(i);
            const Status done = operation(w->service());
            const bool fired = powercut_fail_fired();
            const long long calls = powercut_calls_seen();
            powercut_fail_call(0);
            if (!fired) {
                QVERIFY2(done.ok(), qPrintable(done.message()));
                sweep.callsOfOperation = int(calls);
                i = 1 << 30; // the operation no longer reaches call i: the sweep is done
                break;
            }
            ++sweep.iterations;
            if (!done.ok())
                ++sweep.failedOperations;

            if (restart) {
                w.reset();
                db = std::make_unique<Database>();
                QVERIFY(db->open(uriFor(work), kUriOption).ok());
                w = std::make_unique<ScanWorkload>(db.get()[0], 3,
                                                   [](const QString &) { return true; });
                QVERIFY(w->start().ok());
            }
            const QString now = stateSignature(*db);
            const QString tag = QStringLiteral("call %1%2: ")
                                    .arg(i)
                                    .arg(restart ? QStringLiteral(" then restart") : QString());
            if (done.ok() && now != after)
                sweep.problems << tag + QStringLiteral("reported done but not all there");
            if (!done.ok() && now != before) {
                if (restart && now == after)
                    ++sweep.reportedButKept;
                else
                    sweep.problems << tag + QStringLiteral("partly applied: ") + now;
            }
            // The deep check, with the station's unlocked key: every audit MAC verifies and
            // every stored field and payload opens.
            const IntegrityReport integrity = checkIntegrity(*db, &w->codec());
            if (!integrity.ok())
                sweep.problems << tag + integrity.problems.join(QLatin1Char(' '));
            // The next operation at the table succeeds.
            const Status next = w->step();
            if (!next.ok())
                sweep.problems << tag + QStringLiteral("next operation failed: ") + next.message();
            if (!checkIntegrity(*db, &w->codec()).ok())
                sweep.problems << tag + QStringLiteral("inconsistent after the next operation");
        }
    }
    qInfo("fault sweep %s: %d I/O calls, %d injected failures, %d reported to the operator, "
          "%d reported failed but kept after a restart",
          QTest::currentDataTag(), sweep.callsOfOperation, sweep.iterations, sweep.failedOperations,
          sweep.reportedButKept);
    // Two findings of this sweep (docs/reliability.md) are fixed in SamplingService: a
    // read failure inside a transaction now ends the operation (SQLite may have rolled
    // the transaction back), and a tube's members are counted inside the transaction.
    QVERIFY2(sweep.problems.isEmpty(), qPrintable(sweep.problems.join(QLatin1Char('\n'))));
    QVERIFY(sweep.callsOfOperation > 0);
    QVERIFY(sweep.iterations >= sweep.callsOfOperation);
}

QTEST_GUILESS_MAIN(FaultSweep)
#include "tst_faultsweep.moc"
