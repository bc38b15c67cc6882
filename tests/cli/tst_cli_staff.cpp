// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli operator ...` as a site runs it: the administrator `init` made adds a
// lead; the lead signs in with the one-time PIN, chooses their own, and staffs the table; a
// sampler is refused managing staff; a lock-out is cleared; a forgotten PIN is reset by the
// lead and, at night, with the site passphrase alone; a staff list is imported whole or not at
// all. Every change is an audit row and an operator.changed record.
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "tests/support/CliRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

using Run = station::test::CliRun;

const QString kAdminPin = QStringLiteral("246810"); // cliInitArgs()'s operator S001

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

// The one-time PIN a command printed.
QString oneTimePin(const Run &r) {
    static const QRegularExpression pin(QStringLiteral("One-time PIN for \\S+: (\\d+)"));
    return pin.match(r.out).captured(1);
}

QMap<QString, QString> as(const QString &pin, const QString &newPin = {}) {
    QMap<QString, QString> env{{QStringLiteral("STATION_OPERATOR_PIN"), pin}};
    env.insert(QStringLiteral("STATION_NEW_OPERATOR_PIN"), newPin);
    return env;
}

} // namespace

class TestCliStaff : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dir() const { return m_dir.path(); }
    QStringList op(const QStringList &args, const QString &actingOperator) const {
        return QStringList{QStringLiteral("operator")} + args +
               QStringList{QStringLiteral("--data-dir"), dir(), QStringLiteral("--operator"),
                           actingOperator};
    }
    int changes() const {
        return count(dir(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = "
                                           "'operator.changed'"));
    }
    int changeAudits() const {
        return count(dir(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'operator.changed'"));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::provisionCliStation(dir()));
    }

    void aSiteLeadStaffsTheTable() {
        // The administrator adds the lead, who gets a one-time PIN.
        Run r = cli(op({QStringLiteral("add"), QStringLiteral("--staff-id"), QStringLiteral("L1"),
                        QStringLiteral("--name"), QStringLiteral("王芳"), QStringLiteral("--role"),
                        QStringLiteral("采样点负责人")},
                       QStringLiteral("S001")),
                    as(kAdminPin));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString leadOneTime = oneTimePin(r);
        QCOMPARE(leadOneTime.size(), 8);

        // First sign-in with the one-time PIN: the lead chooses their own, then adds a sampler.
        // Without a new PIN nothing happens.
        const QStringList addSampler{QStringLiteral("add"), QStringLiteral("--staff-id"),
                                     QStringLiteral("S2"), QStringLiteral("--name"),
                                     QStringLiteral("Li Xiao")};
        r = cli(op(addSampler, QStringLiteral("L1")), as(leadOneTime));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("must choose their own")), qPrintable(r.err));
        r = cli(op(addSampler, QStringLiteral("L1")), as(leadOneTime, QStringLiteral("583920")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Your new PIN is set")), qPrintable(r.err));
        const QString samplerOneTime = oneTimePin(r);
        QVERIFY(!samplerOneTime.isEmpty());
        // The one-time PIN is spent.
        r = cli(op({QStringLiteral("list")}, QStringLiteral("L1")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("L1 +王芳 +site lead +active"))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("S2 .*one-time PIN"))),
                 qPrintable(r.out));

        // A command that records refuses a one-time PIN and says how to choose one.
        const QStringList reserve{
            QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir(),
            QStringLiteral("--next"),    QStringLiteral("--operator"), QStringLiteral("S2")};
        r = cli(reserve, as(samplerOneTime));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("operator set-pin")), qPrintable(r.err));
        r = cli(op({QStringLiteral("set-pin")}, QStringLiteral("S2")),
                as(samplerOneTime, QStringLiteral("429751")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(reserve, as(QStringLiteral("429751")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A sampler manages nobody.
        const int before = changes();
        r = cli(op({QStringLiteral("add"), QStringLiteral("--staff-id"), QStringLiteral("S3"),
                    QStringLiteral("--name"), QStringLiteral("Zhao")},
                   QStringLiteral("S2")),
                as(QStringLiteral("429751")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("A sampler may not manage the staff")),
                 qPrintable(r.err));
        QCOMPARE(changes(), before);
        // A lead makes no administrator.
        r = cli(op({QStringLiteral("set-role"), QStringLiteral("S2"), QStringLiteral("--role"),
                    QStringLiteral("administrator")},
                   QStringLiteral("L1")),
                as(QStringLiteral("583920")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("may not manage station administrators")),
                 qPrintable(r.err));

        // Five wrong PINs lock the sampler out; the lead unlocks them.
        for (int i = 0; i < 5; ++i)
            cli(reserve, as(QStringLiteral("975310")));
        r = cli(reserve, as(QStringLiteral("429751")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("locked")), qPrintable(r.err));
        r = cli(op({QStringLiteral("unlock"), QStringLiteral("S2")}, QStringLiteral("L1")),
                as(QStringLiteral("583920")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(reserve, as(QStringLiteral("429751")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The sampler forgot their PIN: the lead resets it.
        r = cli(op({QStringLiteral("reset-pin"), QStringLiteral("S2")}, QStringLiteral("L1")),
                as(QStringLiteral("583920")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString reset = oneTimePin(r);
        QVERIFY(!reset.isEmpty());
        QCOMPARE(cli(reserve, as(QStringLiteral("429751"))).exitCode, 3);
        r = cli(op({QStringLiteral("set-pin")}, QStringLiteral("S2")),
                as(reset, QStringLiteral("864213")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Every change is audited and sent: add L1, L1's own PIN, add S2, S2's own PIN,
        // unlock, reset, S2's own PIN again.
        QCOMPARE(changes(), 7);
        QCOMPARE(changeAudits(), 7);
        QCOMPARE(count(dir(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'operator.changed' AND operator_id IS NULL")),
                 0);
    }

    // At night the lead forgot their PIN: the site passphrase alone resets it.
    void theSitePassphraseResetsAPinAtNight() {
        const QStringList args{QStringLiteral("operator"),
                               QStringLiteral("reset-pin"),
                               QStringLiteral("L1"),
                               QStringLiteral("--data-dir"),
                               dir(),
                               QStringLiteral("--site-administrator")};
        Run r = cli(args, {{QStringLiteral("STATION_SITE_PASSPHRASE"),
                            QStringLiteral("not the passphrase")}});
        QCOMPARE(r.exitCode, 3);
        const int before = changes();
        r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!oneTimePin(r).isEmpty());
        QCOMPARE(changes(), before + 1);
        QCOMPARE(count(dir(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'operator.changed' AND operator_id IS NULL")),
                 1);
        // Only reset-pin takes it.
        r = cli({QStringLiteral("operator"), QStringLiteral("disable"), QStringLiteral("L1"),
                 QStringLiteral("--data-dir"), dir(), QStringLiteral("--site-administrator")});
        QCOMPARE(r.exitCode, 2);
    }

    void importsAStaffListWholeOrNotAtAll() {
        QTemporaryDir files;
        const QString bad = files.filePath(QStringLiteral("bad.csv"));
        const QString good = files.filePath(QStringLiteral("good.csv"));
        for (const auto &[path, bytes] :
             {std::pair{bad, QByteArray("\xEF\xBB\xBF"
                                        "工号,姓名,角色,电话\r\nS10,\"Li, Na\",采样员,"
                                        "\r\nS11,Wang,chef,\r\n")},
              std::pair{good, QByteArray("\xEF\xBB\xBF"
                                         "工号,姓名,角色,电话\r\nS10,\"Li, Na\",采样员,"
                                         "138 0000 0001\r\nS11,Wang,site lead,\r\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const int operators = count(dir(), QStringLiteral("SELECT count(*) FROM operators"));
        Run r = cli(op({QStringLiteral("import"), bad}, QStringLiteral("S001")), as(kAdminPin));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Line 3: unknown role \"chef\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Nothing was imported")), qPrintable(r.err));
        QCOMPARE(count(dir(), QStringLiteral("SELECT count(*) FROM operators")), operators);
        r = cli(op({QStringLiteral("import"), good}, QStringLiteral("S001")), as(kAdminPin));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 added, 0 updated")), qPrintable(r.out));
        QCOMPARE(count(dir(), QStringLiteral("SELECT count(*) FROM operators")), operators + 2);

        // The phone is personal data: stored only sealed by the station's key.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile db(databasePath(dir()) + suffix);
            if (db.open(QIODevice::ReadOnly))
                QVERIFY(!db.readAll().contains("138 0000 0001"));
        }

        const QString exported = files.filePath(QStringLiteral("staff.csv"));
        r = cli(op({QStringLiteral("export"), exported}, QStringLiteral("S001")), as(kAdminPin));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF"
                                "staff_id,name,role,phone\r\n"));
        QVERIFY2(text.contains("S10,\"Li, Na\",sampler,138 0000 0001\r\n"), text.constData());
        QVERIFY2(text.contains("S11,Wang,lead,\r\n"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStaff)
#include "tst_cli_staff.moc"
