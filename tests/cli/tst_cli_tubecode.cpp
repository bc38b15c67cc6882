// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli tube-code`: checking codes and reserving station-generated ones,
// run as a site would.
#include "core/domain/StationTubeCode.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

using Run = station::test::CliRun;

Run cli(const QStringList &args) {
    return station::test::runCli(args);
}

bool initStation(const QString &dir) {
    return station::test::provisionCliStation(dir);
}

QString generated(int table, qint64 n) {
    return stationtubecode::format(table, n).value_or(QString());
}

} // namespace

class TestCliTubeCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Reserving codes writes a signed audit row: the site passphrase unlocks the key.
    void initTestCase() { qputenv("STATION_SITE_PASSPHRASE", "correct horse battery"); }
    void checksCodes_data();
    void checksCodes();
    void reservesCodesInSequence();
    void obeysTheSiteCheckDigit();
    void refusesBadUse_data();
    void refusesBadUse();
};

void TestCliTubeCode::checksCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("station code") << generated(3, 1) << 0 << QStringLiteral("table 3, number 1");
    QString wrong = generated(3, 1);
    std::swap(wrong[wrong.size() - 1], wrong[wrong.size() - 2]);
    QTest::newRow("two digits swapped") << wrong << 1 << QStringLiteral("check digit");
    QTest::newRow("pre-printed") << QStringLiteral("GZ0000000042") << 0
                                 << QStringLiteral("pre-printed");
    QTest::newRow("not a tube code")
        << QStringLiteral("hello") << 1 << QStringLiteral("not a tube code");
}

void TestCliTubeCode::checksCodes() {
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir empty;
    const Run r = cli({QStringLiteral("tube-code"), QStringLiteral("--data-dir"), empty.path(),
                       QStringLiteral("--check"), code});
    QCOMPARE(r.exitCode, exitCode);
    const QString shown = exitCode == 0 ? r.out : r.err;
    QVERIFY2(shown.contains(says), qPrintable(shown));
    QVERIFY2(shown.contains(code), qPrintable(shown));
}

void TestCliTubeCode::reservesCodesInSequence() {
    QTemporaryDir dir;
    QVERIFY(initStation(dir.path()));
    Run r = cli({QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--next"), QStringLiteral("--count"), QStringLiteral("3"),
                 QStringLiteral("--operator"), QStringLiteral("S001")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{generated(7, 1), generated(7, 2), generated(7, 3)}));
    // The next run continues after them: a code is never handed out twice.
    r = cli({QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir.path(),
             QStringLiteral("--next"), QStringLiteral("--operator"), QStringLiteral("S001")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), generated(7, 4));
    r = cli({QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir.path(),
             QStringLiteral("--check"), generated(7, 4)});
    QCOMPARE(r.exitCode, 0);
}

void TestCliTubeCode::obeysTheSiteCheckDigit() {
    QTemporaryDir dir;
    const Run init = cli(station::test::cliInitArgs(dir.path()) +
                         QStringList{QStringLiteral("--tube-check-digit"), QStringLiteral("luhn")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const auto check = [&](const QString &code) {
        return cli({QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--check"), code});
    };
    Run r = check(QStringLiteral("GZ79927398713"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Luhn")), qPrintable(r.out));
    r = check(QStringLiteral("GZ79927398731"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("fails the site's check digit (Luhn)")),
             qPrintable(r.err));
    // The station's own codes keep their Damm check digit.
    r = check(generated(7, 1));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const Run wrong =
        cli(station::test::cliInitArgs(QDir(dir.path()).filePath(QStringLiteral("other"))) +
            QStringList{QStringLiteral("--tube-check-digit"), QStringLiteral("crc")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QStringLiteral("--tube-check-digit")));
}

void TestCliTubeCode::refusesBadUse_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("provisioned");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("neither --check nor --next") << QStringList{} << true << 2;
    QTest::newRow("both") << QStringList{QStringLiteral("--next"), QStringLiteral("--check"),
                                         QStringLiteral("GZ0000000042")}
                          << true << 2;
    QTest::newRow("count 0") << QStringList{QStringLiteral("--next"), QStringLiteral("--count"),
                                            QStringLiteral("0")}
                             << true << 2;
    QTest::newRow("count too big")
        << QStringList{QStringLiteral("--next"), QStringLiteral("--count"), QStringLiteral("1001")}
        << true << 2;
    QTest::newRow("count without --next")
        << QStringList{QStringLiteral("--check"), QStringLiteral("GZ0000000042"),
                       QStringLiteral("--count"), QStringLiteral("2")}
        << true << 2;
    QTest::newRow("no station") << QStringList{QStringLiteral("--next")} << false << 3;
    // Reserving writes the audit log in an operator's name.
    QTest::newRow("--next without --operator")
        << QStringList{QStringLiteral("--next")} << true << 2;
}

void TestCliTubeCode::refusesBadUse() {
    QFETCH(QStringList, options);
    QFETCH(bool, provisioned);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    if (provisioned)
        QVERIFY(initStation(dir.path()));
    const Run r =
        cli(QStringList{QStringLiteral("tube-code"), QStringLiteral("--data-dir"), dir.path()} +
            options);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTubeCode)
#include "tst_cli_tubecode.moc"
