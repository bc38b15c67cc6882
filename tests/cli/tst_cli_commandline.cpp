// SPDX-License-Identifier: GPL-3.0-or-later
// sampling-station-cli's command line: every command's --help names the command, unknown
// options are usage errors that say where the options are listed, and `sync` tells a missing
// passphrase from a wrong one, refuses a server address that is not one (saving nothing), and
// stops at once on a CA file it cannot use instead of waiting for ever.
#include "core/sync/SyncSettings.h"
#include "tests/support/CliRun.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using station::test::CliRun;
using station::test::runCli;

namespace {

// The commands `sampling-station-cli --help` lists.
QStringList listedCommands() {
    const CliRun r = runCli({QStringLiteral("--help")});
    QStringList commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*) "));
    for (const QString &l : r.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            commands << m.captured(1);
    }
    return commands;
}

// A command may run much longer than this only if it waits for something it should not.
constexpr int kPromptMs = 60000;

} // namespace

class tst_CliCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCommandIsListed() {
        const QStringList commands = listedCommands();
        for (const char *name :
             {"init", "check", "export", "sync", "tube-code", "tube", "operator", "purge", "backup",
              "signed-codes", "scan", "label", "print", "report", "decode"})
            QVERIFY2(commands.contains(QLatin1String(name)), name);
    }

    void helpNamesTheCommand() {
        for (const QString &command : listedCommands()) {
            const CliRun r = runCli({command, QStringLiteral("--help")}, kPromptMs);
            QVERIFY2(r.exitCode == 0, qPrintable(command + QLatin1Char(' ') + r.err));
            const QString first = r.out.section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(
                first.startsWith(QStringLiteral("Usage: sampling-station-cli %1 ").arg(command)),
                qPrintable(command + QStringLiteral(": ") + first));
        }
    }

    void unknownOptionIsAUsageError() {
        for (const QString &command : listedCommands()) {
            const CliRun r = runCli({command, QStringLiteral("--no-such-option")}, kPromptMs);
            QVERIFY2(r.exitCode == 2, qPrintable(command + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.contains(QLatin1String("no-such-option")),
                     qPrintable(command + QLatin1Char(' ') + r.err));
            // The way to the options: the command's own --help, or its usage.
            QVERIFY2(r.err.contains(QStringLiteral("sampling-station-cli %1").arg(command)),
                     qPrintable(command + QLatin1Char(' ') + r.err));
        }
        const CliRun top = runCli({QStringLiteral("--no-such-option")});
        QCOMPARE(top.exitCode, 2);
        QVERIFY2(top.err.contains(QLatin1String("Unknown option: --no-such-option")),
                 qPrintable(top.err));
    }

    void syncTellsMissingFromWrongPassphrase() {
        QTemporaryDir dir;
        CliRun r = runCli(station::test::cliInitArgs(dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9")};
        r = runCli(sync, kPromptMs, {{QStringLiteral("STATION_SITE_PASSPHRASE"), QString()}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("No site passphrase was given")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("wrong")), qPrintable(r.err));

        r = runCli(sync, kPromptMs,
                   {{QStringLiteral("STATION_SITE_PASSPHRASE"), QStringLiteral("not it")}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("passphrase is wrong")), qPrintable(r.err));
    }

    void syncRefusesAnAddressThatIsNotOne_data() {
        QTest::addColumn<QString>("server");
        QTest::newRow("placeholder port") << QStringLiteral("https://HOST:PORT");
        QTest::newRow("plain http") << QStringLiteral("http://sync.example.org:8443");
        QTest::newRow("no scheme") << QStringLiteral("sync.example.org:8443");
        QTest::newRow("no host") << QStringLiteral("https://:8443");
    }

    void syncRefusesAnAddressThatIsNotOne() {
        QFETCH(QString, server);
        QTemporaryDir dir;
        CliRun r = runCli(station::test::cliInitArgs(dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--server"), server},
                   kPromptMs);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(server) && r.err.contains(QLatin1String("https://HOST:PORT")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("No server address is set")), qPrintable(r.err));
        // Nothing saved, in particular no empty address.
        QSettings ini(QDir(dir.path()).filePath(QStringLiteral("settings.ini")),
                      QSettings::IniFormat);
        QVERIFY(!ini.contains(QStringLiteral("sync/server_url")));
    }

    void syncAcceptsAHostAndPort() {
        QTemporaryDir dir;
        CliRun r = runCli(station::test::cliInitArgs(dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Port 9 (discard) on loopback: nobody answers; the address is still saved.
        r = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9")},
                   kPromptMs);
        QVERIFY2(!r.err.contains(QLatin1String("No server address is set")), qPrintable(r.err));
        QCOMPARE(station::loadSyncSettings(dir.path()).serverUrl,
                 QUrl(QStringLiteral("https://127.0.0.1:9")));
    }

    // A CA that cannot be read stops the command at once, naming the file; so does a pinned
    // CA that went missing since, even on the way to enrollment (which used to wait for ever).
    void syncStopsOnAnUnusableCa() {
        QTemporaryDir dir;
        CliRun r = runCli(station::test::cliInitArgs(dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString missing = QDir(dir.path()).filePath(QStringLiteral("no-such-ca.pem"));
        r = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
                    QStringLiteral("--ca"), missing},
                   kPromptMs);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(missing)), qPrintable(r.err));

        station::SyncSettings settings;
        settings.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
        settings.pinnedCaPath = missing;
        QVERIFY(station::saveSyncSettings(dir.path(), settings).ok());
        r = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("--enroll-code"), QStringLiteral("ABCD-EFGH")},
                   kPromptMs);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Enrollment failed")) &&
                     r.err.contains(QDir::toNativeSeparators(missing)),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliCommandLine)
#include "tst_cli_commandline.moc"
