// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli join` with the code `province-server admin join-code` prints, against
// a real server over TLS on loopback: the station joins and `sync` then uploads; the code read
// from standard input works the same; a code whose fingerprint is not the server's changes
// nothing; `join --fallback` with a second server's code enrolls it as the fallback, and the
// first server's own code is refused as one.
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/SyncSettings.h"
#include "protocol/JoinCode.h"
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

bool makeStation(const QString &dir, int residents, int table = 7) {
    if (!provisionCliStation(dir, table))
        return false;
    if (residents == 0)
        return true;
    const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir,
                               QStringLiteral("--residents"), QString::number(residents)});
    return sim.exitCode == 0;
}

QString printedJoinCode(const ServerProcess &server, int uses = 0) {
    QStringList args{QStringLiteral("join-code"),  QStringLiteral("--site"),
                     QStringLiteral("GZ-TH-0001"), QStringLiteral("--url"),
                     server.baseUrl().toString(),  QStringLiteral("--cert"),
                     server.certificatePath()};
    if (uses > 0)
        args << QStringLiteral("--uses") << QString::number(uses);
    const QString out = server.runAdmin(args);
    return out.trimmed().section(QLatin1Char('\n'), -1);
}

} // namespace

class tst_JoinCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinsThenSyncs() {
        QTemporaryDir dir;
        QVERIFY(makeStation(dir.path(), 12));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString code = printedJoinCode(server);
        QVERIFY2(protocol::parseJoinCode(code), qPrintable(code));

        const CliRun join =
            runCli({QStringLiteral("join"), QStringLiteral("--data-dir"), dir.path(), code});
        QVERIFY2(join.exitCode == 0, qPrintable(join.err));
        QVERIFY(join.out.contains(server.baseUrl().toString()));
        QCOMPARE(loadSyncSettings(dir.path()).serverUrl, server.baseUrl());

        // No --server, no --ca, no --enroll-code: the join saved all of it.
        const CliRun sync =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(sync.out.contains(QLatin1String(" 0 pending")), qPrintable(sync.out));
    }

    void readsTheCodeFromStandardInput() {
        QTemporaryDir dir;
        QVERIFY(makeStation(dir.path(), 0));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        cli.setProcessEnvironment(environment);
        cli.start(cliExecutable(),
                  {QStringLiteral("join"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(cli.waitForStarted());
        // As a handheld scanner in a terminal types it: the code, then Enter.
        cli.write(printedJoinCode(server).toUtf8() + "\r\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(!readDeviceToken(dir.path()).isEmpty());
    }

    void wrongFingerprintChangesNothing() {
        QTemporaryDir dir;
        QVERIFY(makeStation(dir.path(), 0));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        protocol::JoinCode code = *protocol::parseJoinCode(printedJoinCode(server));
        code.certificateSha256.fill('\x42');
        const QByteArray settingsBefore = fileBytes(settingsPath(dir.path()));

        const CliRun join = runCli({QStringLiteral("join"), QStringLiteral("--data-dir"),
                                    dir.path(), protocol::formatJoinCode(code)});
        QCOMPARE(join.exitCode, 3);
        QVERIFY2(join.err.contains(QLatin1String("different certificate")), qPrintable(join.err));
        QCOMPARE(fileBytes(settingsPath(dir.path())), settingsBefore);
        QCOMPARE(fileBytes(deviceTokenPath(dir.path())), QByteArray("<absent>"));
        QCOMPARE(fileBytes(pinnedCaCopyPath(dir.path())), QByteArray("<absent>"));
    }

    void joinsTheProvinceAsFallback() {
        QTemporaryDir dir;
        QVERIFY(makeStation(dir.path(), 0));
        ServerProcess hub;
        ServerProcess province;
        QString error;
        QVERIFY2(hub.prepare(&error), qPrintable(error));
        QVERIFY2(hub.start(&error), qPrintable(error));
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const CliRun hubJoin = runCli({QStringLiteral("join"), QStringLiteral("--data-dir"),
                                       dir.path(), printedJoinCode(hub)});
        QVERIFY2(hubJoin.exitCode == 0, qPrintable(hubJoin.err));
        const QByteArray hubToken = fileBytes(deviceTokenPath(dir.path()));
        // The hub's own code is no fallback: refused, nothing changed.
        const QByteArray settingsBefore = fileBytes(settingsPath(dir.path()));
        const CliRun same =
            runCli({QStringLiteral("join"), QStringLiteral("--fallback"),
                    QStringLiteral("--data-dir"), dir.path(), printedJoinCode(hub)});
        QCOMPARE(same.exitCode, 2);
        QVERIFY2(same.err.contains(QLatin1String("not a fallback")), qPrintable(same.err));
        QCOMPARE(fileBytes(settingsPath(dir.path())), settingsBefore);

        const CliRun fallback =
            runCli({QStringLiteral("join"), QStringLiteral("--fallback"),
                    QStringLiteral("--data-dir"), dir.path(), printedJoinCode(province)});
        QVERIFY2(fallback.exitCode == 0, qPrintable(fallback.err));
        QVERIFY2(fallback.out.contains(QLatin1String("as the fallback")), qPrintable(fallback.out));
        const SyncSettings settings = loadSyncSettings(dir.path());
        QCOMPARE(settings.serverUrl, hub.baseUrl());
        QCOMPARE(settings.fallbackUrl, province.baseUrl());
        QVERIFY(!readFallbackToken(dir.path()).isEmpty());
        QCOMPARE(fileBytes(deviceTokenPath(dir.path())), hubToken);
        // `sync` goes to the hub, the fallback being only for when it is out of reach.
        const CliRun sync =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(!sync.out.contains(QLatin1String("straight to the province")),
                 qPrintable(sync.out));
    }

    // The wizard's default table 1 a second time: refused, naming the number taken and free
    // ones; nothing saved. Another number joins; so does the
    // first station again (its own number).
    void aTableNumberTakenAtTheSiteIsRefused() {
        QTemporaryDir first, second, third;
        QVERIFY(makeStation(first.path(), 0, 1));
        QVERIFY(makeStation(second.path(), 0, 1));
        QVERIFY(makeStation(third.path(), 0, 2));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString code = printedJoinCode(server, 5);
        const auto join = [&](const QString &dir, const QString &language) {
            return runCli({QStringLiteral("join"), QStringLiteral("--data-dir"), dir, code}, 120000,
                          {{QStringLiteral("LANGUAGE"), language}});
        };
        const CliRun joined = join(first.path(), QStringLiteral("en"));
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));

        const QByteArray settingsBefore = fileBytes(settingsPath(second.path()));
        const CliRun refused = join(second.path(), QStringLiteral("en"));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("Table number 1 is already used by another "
                                                    "station of this site (tables in use: 1)")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("Free table numbers: 2, 3, 4")),
                 qPrintable(refused.err));
        QCOMPARE(fileBytes(settingsPath(second.path())), settingsBefore);
        QCOMPARE(fileBytes(deviceTokenPath(second.path())), QByteArray("<absent>"));

        const CliRun other = join(third.path(), QStringLiteral("en"));
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        const CliRun nowTaken = join(second.path(), QStringLiteral("en"));
        QVERIFY2(nowTaken.err.contains(QLatin1String("(tables in use: 1, 2)")) &&
                     nowTaken.err.contains(QLatin1String("Free table numbers: 3, 4, 5")),
                 qPrintable(nowTaken.err));
        const CliRun again = join(first.path(), QStringLiteral("en"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));

        // The refusal says how to go on, and it works: a free number, chosen at joining.
        QVERIFY2(nowTaken.err.contains(QLatin1String("join --table N")), qPrintable(nowTaken.err));
        const QStringList asTable3{QStringLiteral("join"), QStringLiteral("--data-dir"),
                                   second.path(),          QStringLiteral("--table"),
                                   QStringLiteral("3"),    QStringLiteral("--operator"),
                                   QStringLiteral("S001"), code};
        const CliRun renumbered =
            runCli(asTable3, 120000, {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
        QVERIFY2(renumbered.exitCode == 0, qPrintable(renumbered.out + renumbered.err));
        QVERIFY2(renumbered.out.contains(QLatin1String("This station is table 3 now.")),
                 qPrintable(renumbered.out));
        {
            Database db;
            QVERIFY(db.open(databasePath(second.path())).ok());
            QCOMPARE(StationStore(db).identity()->tableNumber, 3);
        }
        // Joined, the number is the server's to know: no longer changed.
        QStringList asTable4 = asTable3;
        asTable4[4] = QStringLiteral("4");
        const CliRun late =
            runCli(asTable4, 120000, {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
        QCOMPARE(late.exitCode, 3);
        QVERIFY2(late.err.contains(QLatin1String("cannot change now")), qPrintable(late.err));
        Database db;
        QVERIFY(db.open(databasePath(second.path())).ok());
        QCOMPARE(StationStore(db).identity()->tableNumber, 3);
    }

    void refusesWhatIsNoJoinCode() {
        QTemporaryDir dir;
        QVERIFY(makeStation(dir.path(), 0));
        const CliRun join = runCli({QStringLiteral("join"), QStringLiteral("--data-dir"),
                                    dir.path(), QStringLiteral("GZ2611250001")});
        QCOMPARE(join.exitCode, 2);
        QVERIFY2(join.err.contains(QLatin1String("not a join code")), qPrintable(join.err));
    }
};

QTEST_GUILESS_MAIN(tst_JoinCli)
#include "tst_join_cli.moc"
