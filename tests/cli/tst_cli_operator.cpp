// SPDX-License-Identifier: GPL-3.0-or-later
// The command line obeys the window's rules: commands that record or reserve act as an
// operator who proves their PIN, a locked-out operator is refused (in core, not in a
// widget), and `tube seal|void` closes the tube a crash left open, with the same audit and
// outbox rows as the window.
#include "core/sampling/SamplingService.h"
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "table/TableWorkflow.h"
#include "tests/support/CliRun.h"
#include "tests/support/TempStation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

using Run = station::test::CliRun;

const QString kPinVariable = QStringLiteral("STATION_OPERATOR_PIN");

Run cli(const QStringList &args, const QMap<QString, QString> &environment = {}) {
    return station::test::runCli(args, 180000, environment);
}

int count(const QString &dir, const QString &sql) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString tubeState(const QString &dir, const QString &code) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT state FROM tubes WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// What a crash in the middle of a tube leaves: a tube open with `people` in it.
bool leaveTubeOpen(const QString &dir, int people) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return false;
    StationStore store(db);
    const auto codec = unlockPersonalData(db, test::kTestSitePassphrase);
    const auto op = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
    if (!codec || !op)
        return false;
    SamplingService service(db, *codec.value(), *store.identity());
    service.setOperator(op.value());
    if (!service.openTube(test::tubeCode(1), 10))
        return false;
    for (int n = 1; n <= people; ++n) {
        if (!service.addResident(test::makeResident(n), EntryMethod::Scanner))
            return false;
    }
    return true;
}

QStringList simulateArgs(const QString &dir) {
    return {
        QStringLiteral("simulate"),    QStringLiteral("--data-dir"), dir,
        QStringLiteral("--residents"), QStringLiteral("4"),          QStringLiteral("--operator"),
        QStringLiteral("S001")};
}

} // namespace

class TestCliOperator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commandsThatRecordNeedThePin();
    void aLockedOutOperatorCannotSimulate();
    void sealsTheTubeACrashLeftOpen();
    void voidsTheTubeACrashLeftOpen();
    void tubeRefusesBadUse();
    void tubeOffersTheUsualReasonsByNumber();
};

void TestCliOperator::commandsThatRecordNeedThePin() {
    QTemporaryDir dir;
    QVERIFY(test::provisionCliStation(dir.path()));
    const int audits = count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const QStringList reserve{
        QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir.path(),
        QStringLiteral("--next"),    QStringLiteral("--operator"), QStringLiteral("S001")};
    for (const QStringList &args : {simulateArgs(dir.path()), reserve}) {
        // No PIN at all (no file, no environment, no terminal): a usage error.
        Run r = cli(args, {{kPinVariable, QString()}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("No PIN")), qPrintable(r.err));
        // A wrong PIN: refused, and counted towards the lock-out.
        r = cli(args, {{kPinVariable, QStringLiteral("975310")}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Wrong PIN")), qPrintable(r.err));
    }
    // Nothing was recorded or reserved: only the wrong PINs are in the audit log.
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM samples")), 0);
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log")), audits + 2);
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'operator.wrong_pin'")),
             2);
    // The right PIN from a file works; the failures are forgiven.
    QTemporaryDir secrets;
    const QString pinFile = secrets.filePath(QStringLiteral("pin"));
    QFile f(pinFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("246810\n");
    f.close();
    const Run r = cli(reserve + QStringList{QStringLiteral("--pin-file"), pinFile},
                      {{kPinVariable, QString()}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.trimmed().isEmpty());
}

void TestCliOperator::aLockedOutOperatorCannotSimulate() {
    QTemporaryDir dir;
    QVERIFY(test::provisionCliStation(dir.path()));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(cli(simulateArgs(dir.path()), {{kPinVariable, QStringLiteral("975310")}}).exitCode,
                 3);
    // Locked: even the right PIN is refused, and nothing is recorded in the operator's name.
    const Run r = cli(simulateArgs(dir.path()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("locked")), qPrintable(r.err));
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM samples")), 0);
}

void TestCliOperator::sealsTheTubeACrashLeftOpen() {
    QTemporaryDir dir;
    QVERIFY(test::provisionCliStation(dir.path()));
    QVERIFY(leaveTubeOpen(dir.path(), 3));
    Run r = cli(simulateArgs(dir.path()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("tube is open")), qPrintable(r.err));

    const int outbox = count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox"));
    const int audits = count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log"));
    r = cli({QStringLiteral("tube"), QStringLiteral("seal"), QStringLiteral("--data-dir"),
             dir.path(), QStringLiteral("--operator"), QStringLiteral("S001"),
             QStringLiteral("--reason"), QStringLiteral("station crashed")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(test::tubeCode(1)), qPrintable(r.out));
    QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("sealed"));
    // As the window does it: the seal travels to the server and is audited with its reason.
    QVERIFY(count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox")) > outbox);
    QVERIFY(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log")) > audits);
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                              "'%station crashed%'")),
             1);
    // The table goes on.
    r = cli(simulateArgs(dir.path()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliOperator::voidsTheTubeACrashLeftOpen() {
    QTemporaryDir dir;
    QVERIFY(test::provisionCliStation(dir.path()));
    QVERIFY(leaveTubeOpen(dir.path(), 2));
    const int outbox = count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox"));
    Run r = cli({QStringLiteral("tube"), QStringLiteral("void"), QStringLiteral("--data-dir"),
                 dir.path(), QStringLiteral("--operator"), QStringLiteral("S001"),
                 QStringLiteral("--reason"), QStringLiteral("disk full mid-tube")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("sampled again")), qPrintable(r.out));
    QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("voided"));
    QVERIFY(count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox")) > outbox);
    QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                              "'%disk full mid-tube%'")),
             1);
    // Nothing is open any more.
    r = cli({QStringLiteral("tube"), QStringLiteral("seal"), QStringLiteral("--data-dir"),
             dir.path(), QStringLiteral("--operator"), QStringLiteral("S001"),
             QStringLiteral("--reason"), QStringLiteral("again")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("No tube is open")), qPrintable(r.err));
}

void TestCliOperator::tubeRefusesBadUse() {
    QTemporaryDir dir;
    QVERIFY(test::provisionCliStation(dir.path()));
    QVERIFY(leaveTubeOpen(dir.path(), 1));
    const QStringList base{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--operator"),
                           QStringLiteral("S001")};
    // No action, an unknown one, no reason: usage errors.
    for (const QStringList &args :
         {QStringList{QStringLiteral("tube")} + base +
              QStringList{QStringLiteral("--reason"), QStringLiteral("x")},
          QStringList{QStringLiteral("tube"), QStringLiteral("close")} + base,
          QStringList{QStringLiteral("tube"), QStringLiteral("seal")} + base}) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
    // A wrong PIN closes nothing.
    const Run r = cli(QStringList{QStringLiteral("tube"), QStringLiteral("void")} + base +
                          QStringList{QStringLiteral("--reason"), QStringLiteral("x")},
                      {{kPinVariable, QStringLiteral("975310")}});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("open"));
}

// The window's usual reasons, numbered as there: listed by --help and by the refusal of a
// missing reason, and a number picks one (its text is recorded), as a number key does.
void TestCliOperator::tubeOffersTheUsualReasonsByNumber() {
    QTemporaryDir dir;
    QVERIFY(test::provisionCliStation(dir.path()));
    QVERIFY(leaveTubeOpen(dir.path(), 2));
    const QStringList base{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--operator"),
                           QStringLiteral("S001")};
    const QStringList voidUsual = TableWorkflow::voidReasons();
    const QStringList sealUsual = TableWorkflow::sealEarlyReasons();
    QVERIFY(voidUsual.size() >= 4);
    auto listsNumbered = [](const QString &text, const QStringList &reasons) {
        for (int i = 0; i < reasons.size(); ++i) {
            if (!text.contains(QStringLiteral("%1  %2").arg(i + 1).arg(reasons.at(i))))
                return false;
        }
        return true;
    };

    Run r = cli({QStringLiteral("tube"), QStringLiteral("void"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(listsNumbered(r.out, voidUsual), qPrintable(r.out));
    QVERIFY2(!r.out.contains(sealUsual.first()), qPrintable(r.out));
    r = cli({QStringLiteral("tube"), QStringLiteral("seal"), QStringLiteral("--help")});
    QVERIFY2(listsNumbered(r.out, sealUsual), qPrintable(r.out));
    r = cli({QStringLiteral("tube"), QStringLiteral("--help")});
    QVERIFY2(listsNumbered(r.out, sealUsual) && listsNumbered(r.out, voidUsual), qPrintable(r.out));

    // No reason, or a number that is none of them: refused with the list, nothing closed.
    r = cli(QStringList{QStringLiteral("tube"), QStringLiteral("void")} + base);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(listsNumbered(r.err, voidUsual), qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("tube"), QStringLiteral("seal")} + base);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(listsNumbered(r.err, sealUsual), qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("tube"), QStringLiteral("void")} + base +
            QStringList{QStringLiteral("--reason"), QString::number(voidUsual.size() + 1)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(listsNumbered(r.err, voidUsual), qPrintable(r.err));
    QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("open"));

    // Number 3 records the third usual reason's words.
    r = cli(QStringList{QStringLiteral("tube"), QStringLiteral("void")} + base +
            QStringList{QStringLiteral("--reason"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("voided"));
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT void_reason FROM tubes WHERE code = ?"));
    q.addBindValue(test::tubeCode(1));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), voidUsual.at(2));
}

QTEST_GUILESS_MAIN(TestCliOperator)
#include "tst_cli_operator.moc"
