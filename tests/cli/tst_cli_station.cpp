// SPDX-License-Identifier: GPL-3.0-or-later
// The station commands of sampling-station-cli, run as a user would: init, simulate,
// check, export, and their refusals.
#include "tests/support/CliRun.h"
#include "tests/support/TempStation.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

using Run = station::test::CliRun;

Run cli(const QStringList &args) {
    return station::test::runCli(args);
}

} // namespace

class TestCliStation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version() {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("sampling-station-cli ")));
    }

    void initSimulateCheckExport() {
        QTemporaryDir dir;
        Run r = cli(station::test::cliInitArgs(dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A second init is refused and changes nothing.
        r = cli(station::test::cliInitArgs(dir.path()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("already provisioned")));

        // Personal data is locked: simulate needs the passphrase.
        r = cli({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--residents"), QStringLiteral("5"),
                 QStringLiteral("--site-passphrase"), QStringLiteral("wrong passphrase")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("passphrase is wrong")), qPrintable(r.err));
        r = cli({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--residents"), QStringLiteral("60"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--site-passphrase"),
                 QStringLiteral("correct horse battery")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(check.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(check.value(QStringLiteral("residents")).toInt(), 60);
        const int samples = check.value(QStringLiteral("samples")).toInt();
        QVERIFY(samples >= 55);
        QVERIFY(check.value(QStringLiteral("outbox_pending")).toInt() > samples);

        r = cli({QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject exported = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray rows = exported.value(QStringLiteral("samples")).toArray();
        int active = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("state")).toString() == QLatin1String("active"))
                ++active;
            QVERIFY(o.value(QStringLiteral("id_masked")).toString().contains(QLatin1Char('*')));
        }
        QCOMPARE(active, samples);
        QVERIFY(!exported.value(QStringLiteral("tubes")).toArray().isEmpty());
        // No full ID number anywhere in an export.
        static const QRegularExpression fullId(QStringLiteral("[0-9]{17}[0-9X]"));
        QVERIFY(!fullId.match(r.out).hasMatch());

        r = cli({QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--what"),
                 QStringLiteral("tubes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("code,pool_size,state,people")));
        QVERIFY(!fullId.match(r.out).hasMatch());
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("check with no station")
            << QStringList{QStringLiteral("check"), QStringLiteral("--data-dir"),
                           QStringLiteral("/nonexistent/station")}
            << 3 << QStringLiteral("No station");
        QTest::newRow("export bad format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << 2 << QStringLiteral("xml");
    }
    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void initValidatesBeforeWriting_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("pool size") << "--pool-size"
                                   << "7"
                                   << "1, 5, 10 or 20";
        QTest::newRow("table") << "--table"
                               << "x"
                               << "table number";
        QTest::newRow("pin") << "--operator-pin"
                             << "12"
                             << "PIN";
        QTest::newRow("pattern") << "--tube-pattern"
                                 << "(["
                                 << "";
        QTest::newRow("short passphrase") << "--site-passphrase"
                                          << "short"
                                          << "8 characters";
    }
    void initValidatesBeforeWriting() {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("station"));
        QStringList args = station::test::cliInitArgs(sub);
        const int at = args.indexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args << option << value;
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(sub));
    }
};

QTEST_GUILESS_MAIN(TestCliStation)
#include "tst_cli_station.moc"
