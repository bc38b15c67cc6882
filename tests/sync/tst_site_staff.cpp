// SPDX-License-Identifier: GPL-3.0-or-later
// The staff list is the site's: two stations of one site (made by `init`, each with its own
// administrator S001) and a real province-server over TLS on loopback, driven with
// `sampling-station-cli operator` and `sync` as a site would. A lead added at one table signs
// in at the other; a PIN reset or chosen at one works at the other; an operator disabled at
// one is refused at the other; two tables changing one person apart end the same; a list
// imported at the server reaches both. No PIN verifier goes into records or logs.
// Each station's first operator (made by `init`) joins the site's list too, and a staff id
// two people were given at two tables is taken over at neither: both list the problem.
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SiteStaffSync.h"
#include "core/sync/SyncSettings.h"
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

using Run = station::test::CliRun;

const QString kSite = QStringLiteral("GZ-TH-0001"); // cliInitArgs()'s site
const QString kAdmin = QStringLiteral("S001");      // each station's own administrator
const QString kAdminPin = QStringLiteral("246810");

QMap<QString, QString> as(const QString &pin, const QString &newPin = {}) {
    return {{QStringLiteral("STATION_OPERATOR_PIN"), pin},
            {QStringLiteral("STATION_NEW_OPERATOR_PIN"), newPin}};
}

QString oneTimePin(const QString &text) {
    static const QRegularExpression pin(QStringLiteral("One-time PIN for \\S+: (\\d+)"));
    return pin.match(text).captured(1);
}

// role, active, one-time flag, PIN verifier and version of an operator, as a station holds it.
QString row(const QString &dir, const QString &staffId) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return QStringLiteral("(no database)");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT role, active, must_set_pin, pin_hash, site_changed_at, "
                             "site_changed_station FROM operators WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec() || !q.next())
        return QStringLiteral("(none)");
    QStringList cells;
    for (int i = 0; i < 6; ++i)
        cells << q.value(i).toString();
    return cells.join(QLatin1Char(' '));
}

QString operatorName(const QString &dir, const QString &staffId) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return QStringLiteral("(no database)");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM operators WHERE staff_id = ?"));
    q.addBindValue(staffId);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

} // namespace

class tst_SiteStaff : public QObject {
    Q_OBJECT

    QTemporaryDir m_a;
    QTemporaryDir m_b;
    ServerProcess m_server;
    QString m_everythingSaid; // all the CLI printed, for the no-verifier check

    Run cli(const QStringList &args, const QMap<QString, QString> &environment = {}) {
        const Run r = runCli(args, 180000, environment);
        m_everythingSaid += r.out + r.err;
        return r;
    }
    Run op(const QTemporaryDir &station, const QStringList &args, const QString &acting,
           const QMap<QString, QString> &environment) {
        return cli(QStringList{QStringLiteral("operator")} + args +
                       QStringList{QStringLiteral("--data-dir"), station.path(),
                                   QStringLiteral("--operator"), acting},
                   environment);
    }
    // Signs `staffId` in at `station` with `pin` (the CLI's PIN check); with a one-time PIN
    // they choose `newPin` there and then.
    Run signIn(const QTemporaryDir &station, const QString &staffId, const QString &pin,
               const QString &newPin = {}) {
        return op(station, {QStringLiteral("set-pin")}, staffId,
                  as(pin, newPin.isEmpty() ? QStringLiteral("975318") : newPin));
    }
    bool sync(const QTemporaryDir &station) {
        const Run r = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station.path()});
        if (r.exitCode != 0)
            qWarning("sync: %s %s", qPrintable(r.out), qPrintable(r.err));
        return r.exitCode == 0;
    }
    // Both ways: A's changes up, B's up and A's down, B's down to A.
    bool syncBoth() { return sync(m_a) && sync(m_b) && sync(m_a); }

    // `init` as a site runs it, at `site` with its own first operator, then enrolled at the
    // server (whose first sync runs a staff pass).
    bool initAndEnroll(const QTemporaryDir &station, const QString &site, int table,
                       const QString &staffId, const QString &name, const QString &pin) {
        QStringList args = cliInitArgs(station.path(), table);
        args[args.indexOf(QStringLiteral("--site-code")) + 1] = site;
        args[args.indexOf(QStringLiteral("--operator-id")) + 1] = staffId;
        args[args.indexOf(QStringLiteral("--operator-name")) + 1] = name;
        const Run init = cli(args, {{QStringLiteral("STATION_OPERATOR_PIN"), pin}});
        if (init.exitCode != 0) {
            qWarning("init: %s %s", qPrintable(init.out), qPrintable(init.err));
            return false;
        }
        const Run enrolled =
            cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station.path(),
                 QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--ca"),
                 m_server.certificatePath(), QStringLiteral("--enroll-code"),
                 m_server.enrollmentCode(site)});
        if (enrolled.exitCode != 0)
            qWarning("enroll: %s %s", qPrintable(enrolled.out), qPrintable(enrolled.err));
        return enrolled.exitCode == 0;
    }
    // 0 when `staffId` signs in at `station` with `pin` (`operator export -`, which signs in
    // and which a first operator, an administrator, may run).
    int signsIn(const QTemporaryDir &station, const QString &staffId, const QString &pin) {
        return op(station, {QStringLiteral("export"), QStringLiteral("-")}, staffId, as(pin))
            .exitCode;
    }
    QString syncProblems(const QTemporaryDir &station) {
        return cli({QStringLiteral("sync-problems"), QStringLiteral("--data-dir"), station.path()})
            .out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_a.isValid() && m_b.isValid());
        QString error;
        // The stations' server stands in for their hub, which serves the site's staff list.
        m_server.setExtraArguments({QStringLiteral("--site-staff")});
        QVERIFY2(m_server.prepare(&error) && m_server.start(&error), qPrintable(error));
        int table = 0;
        for (const QTemporaryDir *station : {&m_a, &m_b}) {
            // Two tables of one site: two table numbers (the site refuses a second one).
            QVERIFY(provisionCliStation(station->path(), ++table));
            const Run enrolled =
                cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station->path(),
                     QStringLiteral("--server"), m_server.baseUrl().toString(),
                     QStringLiteral("--ca"), m_server.certificatePath(),
                     QStringLiteral("--enroll-code"), m_server.enrollmentCode(kSite)});
            QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.out + enrolled.err));
            QVERIFY2(enrolled.out.contains(QLatin1String("Staff list: ")),
                     qPrintable(enrolled.out));
        }
    }

    void cleanupTestCase() { m_server.kill(); }

    void leadAddedAtOneTableSignsInAtTheOther() {
        const Run added =
            op(m_a,
               {QStringLiteral("add"), QStringLiteral("--staff-id"), QStringLiteral("L100"),
                QStringLiteral("--name"), QStringLiteral("王组长"), QStringLiteral("--role"),
                QStringLiteral("lead")},
               kAdmin, as(kAdminPin));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString pin = oneTimePin(added.out);
        QVERIFY(!pin.isEmpty());
        // Not at B before the tables synchronise.
        QVERIFY(signIn(m_b, QStringLiteral("L100"), pin).exitCode != 0);
        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));
        // B now knows the lead: their one-time PIN works there, and they choose their own.
        const Run first = signIn(m_b, QStringLiteral("L100"), pin, QStringLiteral("135792"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        // The PIN chosen at B works at A once both synchronised; the one-time PIN no longer.
        QVERIFY(syncBoth());
        QCOMPARE(row(m_a.path(), QStringLiteral("L100")), row(m_b.path(), QStringLiteral("L100")));
        const Run lead =
            op(m_a, {QStringLiteral("list")}, QStringLiteral("L100"), as(QStringLiteral("135792")));
        QVERIFY2(lead.exitCode == 0, qPrintable(lead.err));
        QVERIFY(op(m_a, {QStringLiteral("export"), QStringLiteral("-")}, QStringLiteral("L100"),
                   as(QStringLiteral("135792")))
                    .exitCode == 0);
        QVERIFY(op(m_a, {QStringLiteral("export"), QStringLiteral("-")}, QStringLiteral("L100"),
                   as(pin))
                    .exitCode != 0);
    }

    void pinResetAtOneTableWorksAtTheOther() {
        const Run reset =
            op(m_b, {QStringLiteral("reset-pin"), QStringLiteral("L100")}, kAdmin, as(kAdminPin));
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        const QString pin = oneTimePin(reset.out);
        QVERIFY(!pin.isEmpty());
        QVERIFY(sync(m_b));
        QVERIFY(sync(m_a));
        const Run atA = signIn(m_a, QStringLiteral("L100"), pin, QStringLiteral("864202"));
        QVERIFY2(atA.exitCode == 0, qPrintable(atA.err));
        QVERIFY(syncBoth());
        QVERIFY(op(m_b, {QStringLiteral("export"), QStringLiteral("-")}, QStringLiteral("L100"),
                   as(QStringLiteral("864202")))
                    .exitCode == 0);
        // The PIN before the reset is gone at both.
        const Run old = op(m_b, {QStringLiteral("export"), QStringLiteral("-")},
                           QStringLiteral("L100"), as(QStringLiteral("135792")));
        QVERIFY(old.exitCode != 0);
        QVERIFY2(old.err.contains(QLatin1String("Wrong PIN")), qPrintable(old.err));
    }

    void disabledAtOneTableIsRefusedAtTheOther() {
        const Run disabled =
            op(m_a, {QStringLiteral("disable"), QStringLiteral("L100")}, kAdmin, as(kAdminPin));
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));
        const Run refused = op(m_b, {QStringLiteral("export"), QStringLiteral("-")},
                               QStringLiteral("L100"), as(QStringLiteral("864202")));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("disabled")), qPrintable(refused.err));
        // Applied with its own audit row, and no operator.changed record at B: A sent that.
        Database db;
        QVERIFY(db.open(databasePath(m_b.path())).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'operator.site_changed' AND subject = 'L100'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3); // added, PIN reset elsewhere, disabled
    }

    void changesMadeApartEndTheSame() {
        const Run added =
            op(m_a,
               {QStringLiteral("add"), QStringLiteral("--staff-id"), QStringLiteral("S300"),
                QStringLiteral("--name"), QStringLiteral("孙采样")},
               kAdmin, as(kAdminPin));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(syncBoth());
        QVERIFY(sync(m_b));
        QCOMPARE(row(m_b.path(), QStringLiteral("S300")), row(m_a.path(), QStringLiteral("S300")));
        // Apart: A makes S300 a lead, then B (later) disables them and resets their PIN.
        QCOMPARE(op(m_a,
                    {QStringLiteral("set-role"), QStringLiteral("S300"), QStringLiteral("--role"),
                     QStringLiteral("lead")},
                    kAdmin, as(kAdminPin))
                     .exitCode,
                 0);
        QCOMPARE(op(m_b, {QStringLiteral("disable"), QStringLiteral("S300")}, kAdmin, as(kAdminPin))
                     .exitCode,
                 0);
        // Whichever synchronises first, the newer change wins at both: B's.
        QVERIFY(syncBoth());
        QVERIFY(sync(m_b));
        const QString atA = row(m_a.path(), QStringLiteral("S300"));
        QCOMPARE(atA, row(m_b.path(), QStringLiteral("S300")));
        QVERIFY2(atA.startsWith(QLatin1String("sampler 0 ")), qPrintable(atA));
    }

    void listImportedAtTheServerReachesEveryTable() {
        const QString path = m_server.temporaryPath() + QStringLiteral("/site-staff.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("staff_id,name,role,phone\nI400,赵采样,采样员,13800000000\n");
        file.close();
        int exitCode = -1;
        QString standardError;
        const QString out = m_server.runAdmin(
            {QStringLiteral("import-staff"), QStringLiteral("--site"), kSite, path}, &exitCode,
            &standardError);
        QVERIFY2(exitCode == 0, qPrintable(standardError));
        m_everythingSaid += out + standardError;
        const QString pin = QRegularExpression(QStringLiteral("I400\\s+one-time PIN (\\d+)"))
                                .match(out)
                                .captured(1);
        QVERIFY2(!pin.isEmpty(), qPrintable(out));
        QVERIFY(sync(m_a));
        QVERIFY(sync(m_b));
        const Run atA = signIn(m_a, QStringLiteral("I400"), pin, QStringLiteral("246813"));
        QVERIFY2(atA.exitCode == 0, qPrintable(atA.err));
        QVERIFY(syncBoth());
        const Run atB =
            signIn(m_b, QStringLiteral("I400"), QStringLiteral("246813"), QStringLiteral("975319"));
        QVERIFY2(atB.exitCode == 0, qPrintable(atB.err));
        QVERIFY(syncBoth());
        QCOMPARE(row(m_a.path(), QStringLiteral("I400")), row(m_b.path(), QStringLiteral("I400")));
    }

    // Two tables of one site, each set up by `init` with its own first operator: each of
    // them signs in at the other table once both synchronised (review 36: S002 of table 2
    // was unknown at table 1). A rename made at one table of the other's first operator
    // reaches that table: the same person, renamed, is no collision.
    void firstOperatorsSignInAtEveryTable() {
        const QString site = QStringLiteral("GZ-TH-0002");
        QTemporaryDir one;
        QTemporaryDir two;
        QVERIFY(initAndEnroll(one, site, 1, QStringLiteral("A100"), QStringLiteral("王芳"),
                              QStringLiteral("246810")));
        QVERIFY(initAndEnroll(two, site, 2, QStringLiteral("S002"), QStringLiteral("张伟"),
                              QStringLiteral("135790")));
        // Not before table 1 heard of table 2's operator.
        QVERIFY(signsIn(one, QStringLiteral("S002"), QStringLiteral("135790")) != 0);
        QVERIFY(sync(one));
        QCOMPARE(signsIn(one, QStringLiteral("S002"), QStringLiteral("135790")), 0);
        QCOMPARE(signsIn(two, QStringLiteral("A100"), QStringLiteral("246810")), 0);
        QVERIFY(signsIn(two, QStringLiteral("A100"), QStringLiteral("135790")) != 0);
        QCOMPARE(row(one.path(), QStringLiteral("S002")), row(two.path(), QStringLiteral("S002")));
        QCOMPARE(row(one.path(), QStringLiteral("A100")), row(two.path(), QStringLiteral("A100")));

        // Table 1's lead corrects the name of table 2's first operator by a staff list file.
        const QString file = one.path() + QStringLiteral("/rename.csv");
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("staff_id,name,role,phone\nS002,张伟明,administrator,\n");
        csv.close();
        const Run renamed = op(one, {QStringLiteral("import"), file}, QStringLiteral("A100"),
                               as(QStringLiteral("246810")));
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.out + renamed.err));
        QVERIFY(sync(one));
        QVERIFY(sync(two));
        QCOMPARE(operatorName(two.path(), QStringLiteral("S002")), QStringLiteral("张伟明"));
        QCOMPARE(signsIn(two, QStringLiteral("S002"), QStringLiteral("135790")), 0);
        QVERIFY(!syncProblems(one).contains(QLatin1String("S002")));
        QVERIFY(!syncProblems(two).contains(QLatin1String("S002")));
    }

    // Review 36: table 1 and table 2 were each set up with staff id S001, for two people.
    // Neither table's S001 is replaced by the other's (name, PIN), whichever synchronises
    // first or changes later, and both list the problem with what to do; the refused entry
    // is not sent again and again.
    void oneStaffIdTwoPeopleIsNoTakeOver() {
        const QString site = QStringLiteral("GZ-TH-0003");
        QTemporaryDir one;
        QTemporaryDir two;
        QVERIFY(initAndEnroll(one, site, 1, QStringLiteral("S001"), QStringLiteral("护士1"),
                              QStringLiteral("246810")));
        QVERIFY(initAndEnroll(two, site, 2, QStringLiteral("S001"), QStringLiteral("Nurse One"),
                              QStringLiteral("135790")));
        // Table 1 learns of it from the hub's collisions: its staff pass (as the window runs
        // it, idle table or not) says the sync problems changed, so the alert shows it; once.
        for (const int expected : {1, 0}) {
            SiteStaffSync pass(databasePath(one.path()), loadSyncSettings(one.path()),
                               readDeviceToken(one.path()));
            QSignalSpy noted(&pass, &SiteStaffSync::syncProblemsNoted);
            QSignalSpy finished(&pass, &SiteStaffSync::passFinished);
            pass.start();
            pass.syncNow();
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(pass.lastError()));
            QCOMPARE(noted.size(), expected);
            pass.stop();
        }
        QVERIFY(sync(two));
        // Table 2 changes its S001 later (a newer entry): still no take-over at table 1.
        QCOMPARE(op(two, {QStringLiteral("set-pin")}, QStringLiteral("S001"),
                    as(QStringLiteral("135790"), QStringLiteral("864213")))
                     .exitCode,
                 0);
        QVERIFY(sync(two));
        QVERIFY(sync(one));
        QCOMPARE(operatorName(one.path(), QStringLiteral("S001")), QStringLiteral("护士1"));
        QCOMPARE(operatorName(two.path(), QStringLiteral("S001")), QStringLiteral("Nurse One"));
        QCOMPARE(signsIn(one, QStringLiteral("S001"), QStringLiteral("246810")), 0);
        QVERIFY(signsIn(one, QStringLiteral("S001"), QStringLiteral("864213")) != 0);
        QCOMPARE(signsIn(two, QStringLiteral("S001"), QStringLiteral("864213")), 0);
        QVERIFY(signsIn(two, QStringLiteral("S001"), QStringLiteral("246810")) != 0);
        // Both tables list it: who S001 is where, and what to do.
        const QString atOne = syncProblems(one);
        QVERIFY2(atOne.contains(QStringLiteral("Staff ID S001 is Nurse One at Table 2; this "
                                               "station's S001 is 护士1")),
                 qPrintable(atOne));
        const QString atTwo = syncProblems(two);
        QVERIFY2(atTwo.contains(QStringLiteral("Staff ID S001 is 护士1 at Table 1; this "
                                               "station's S001 is Nurse One")),
                 qPrintable(atTwo));
        for (const QString &problems : {atOne, atTwo})
            QVERIFY2(problems.contains(QLatin1String("another staff ID in F9")) &&
                         problems.contains(QLatin1String("1 sync problem.")),
                     qPrintable(problems));
        // The refused entry left the queue with its answer: the next pass sends nothing.
        const Run again = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), two.path()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("Staff list: 0 changes sent")),
                 qPrintable(again.out));
    }

    // Last: the records the stations sent (operator.changed among them) and every log.
    void verifiersNeverInRecordsNorLogs() {
        QVERIFY(syncBoth());
        m_server.kill();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server"));
            db.setDatabaseName(m_server.sqlitePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*), sum(content LIKE '%argon2%') FROM records WHERE kind = "
                "'operator.changed'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 5);
            QCOMPARE(q.value(1).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records WHERE content LIKE "
                                          "'%argon2%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("server"));
        QVERIFY(!m_server.serverLog().contains(QLatin1String("argon2")));
        QVERIFY(!m_everythingSaid.contains(QLatin1String("argon2")));
        QVERIFY(m_everythingSaid.contains(QLatin1String("Staff list: ")));
    }
};

QTEST_MAIN(tst_SiteStaff)
#include "tst_site_staff.moc"
