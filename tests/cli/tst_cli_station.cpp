// SPDX-License-Identifier: GPL-3.0-or-later
// The station commands of sampling-station-cli, run as a user would: init, simulate,
// check, export, and their refusals.
#include "tests/support/CliRun.h"
#include "tests/support/TempStation.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFileInfo>
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

Run cli(const QStringList &args, const QMap<QString, QString> &environment = {}) {
    return station::test::runCli(args, 180000, environment);
}

const QString kPassphraseVariable = QStringLiteral("STATION_SITE_PASSPHRASE");
const QString kPinVariable = QStringLiteral("STATION_OPERATOR_PIN");

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
                 QStringLiteral("--residents"), QStringLiteral("5")},
                {{kPassphraseVariable, QStringLiteral("wrong passphrase")}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("passphrase is wrong")), qPrintable(r.err));
        r = cli({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--residents"), QStringLiteral("60"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--operator"), QStringLiteral("S001")});
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
        // An option, or (starting with STATION_) a secret's environment variable.
        QTest::newRow("pool size") << "--pool-size"
                                   << "7"
                                   << "1, 5, 10 or 20";
        QTest::newRow("table") << "--table"
                               << "x"
                               << "table number";
        QTest::newRow("short pin") << kPinVariable << "1234"
                                   << "6 to 12 digits";
        QTest::newRow("trivial pin") << kPinVariable << "123456"
                                     << "too easy to guess";
        QTest::newRow("same digit pin") << kPinVariable << "000000"
                                        << "too easy to guess";
        QTest::newRow("pattern") << "--tube-pattern"
                                 << "(["
                                 << "";
        QTest::newRow("short passphrase") << kPassphraseVariable << "short"
                                          << "8 characters";
        // Secrets are never taken as command-line values (/proc/PID/cmdline is public).
        QTest::newRow("passphrase on the command line") << "--site-passphrase"
                                                        << "correct horse battery"
                                                        << "Unknown option";
        QTest::newRow("pin on the command line") << "--operator-pin"
                                                 << "246810"
                                                 << "Unknown option";
    }
    void initValidatesBeforeWriting() {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("station"));
        QStringList args = station::test::cliInitArgs(sub);
        QMap<QString, QString> environment;
        if (option.startsWith(QLatin1String("STATION_"))) {
            environment.insert(option, value);
        } else {
            const int at = args.indexOf(option);
            if (at >= 0)
                args[at + 1] = value;
            else
                args << option << value;
        }
        const Run r = cli(args, environment);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(!QFile::exists(sub));
    }

    void initReadsSecretsFromFilesAndStandardInput() {
        QTemporaryDir dir;
        const QString pinFile = dir.filePath(QStringLiteral("pin"));
        QFile f(pinFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("246810\n");
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(kPassphraseVariable);
        env.remove(kPinVariable);
        p.setProcessEnvironment(env);
        const QString station = dir.filePath(QStringLiteral("station"));
        p.start(station::test::cliExecutable(),
                station::test::cliInitArgs(station)
                    << QStringLiteral("--operator-pin-file") << pinFile
                    << QStringLiteral("--site-passphrase-file") << QStringLiteral("-"));
        QVERIFY(p.waitForStarted());
        p.write("a passphrase from standard input\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        // The passphrase read from standard input is the one that unlocks the station.
        Run r = cli({QStringLiteral("export"), QStringLiteral("--data-dir"), station},
                    {{kPassphraseVariable, QStringLiteral("a passphrase from standard input")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void filesAreTheOwnersOnly() {
        QTemporaryDir dir;
        const QString station = dir.filePath(QStringLiteral("station"));
        Run r = cli(station::test::cliInitArgs(station));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("simulate"), QStringLiteral("--data-dir"), station,
                 QStringLiteral("--residents"), QStringLiteral("3"), QStringLiteral("--operator"),
                 QStringLiteral("S001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(station).permissions() & (owner | QFileDevice::ExeOwner | others),
                 owner | QFileDevice::ExeOwner);
        int files = 0;
        for (const QFileInfo &file :
             QDir(station).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
            QVERIFY2((file.permissions() & others) == 0, qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStation)
#include "tst_cli_station.moc"
