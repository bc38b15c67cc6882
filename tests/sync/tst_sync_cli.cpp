// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli sync` run as a site lead would, against a real province-server over
// TLS on loopback: enrollment, simulated shifts arriving exactly once, conflicts and
// rejections, a refused token, refused certificates, a full server disk, and the station
// killed in the middle of an upload.
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SyncSettings.h"
#include "tests/support/CliRun.h"
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"
#include "tests/sync/SyncTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

using Run = station::test::CliRun;

Run cli(const QStringList &args) {
    return station::test::runCli(args);
}

// A provisioned station (the test site's, as `init` makes it: provisionCliStation()), with
// `residents` simulated by `simulate`.
bool makeStation(const QString &dir, int residents) {
    if (!station::test::provisionCliStation(dir))
        return false;
    const Run sim = cli({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dir,
                         QStringLiteral("--residents"), QString::number(residents)});
    if (sim.exitCode != 0)
        qWarning("simulate: %s", qPrintable(sim.err));
    return sim.exitCode == 0;
}

QStringList syncArgs(const QString &dir, const QString &server, const QString &ca) {
    return {QStringLiteral("sync"),
            QStringLiteral("--data-dir"),
            dir,
            QStringLiteral("--server"),
            server,
            QStringLiteral("--ca"),
            ca};
}

int outboxCount(const QString &dir, const QString &where) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return -1;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where);
    return q.next() ? q.value(0).toInt() : -1;
}

QHash<QString, QString> outboxHashes(const QString &dir) {
    Database db;
    db.open(databasePath(dir));
    return stationHashes(db);
}

StationIdentity identityOf(const QString &dir) {
    Database db;
    db.open(databasePath(dir));
    return StationStore(db).identity().value_or(StationIdentity{});
}

struct Fixture {
    QTemporaryDir dir;
    ServerProcess server;
    QString error;
    bool ok = false;
    Fixture(int residents, const QStringList &serverArgs = {}) {
        server.setExtraArguments(serverArgs);
        ok = dir.isValid() && makeStation(dir.path(), residents) && server.prepare(&error) &&
             server.start(&error);
    }
    QString url() const { return server.baseUrl().toString(); }
    Run enrollAndSync() {
        return cli(syncArgs(dir.path(), url(), server.certificatePath())
                   << QStringLiteral("--enroll-code")
                   << server.enrollmentCode(QStringLiteral("GZ-TH-0001")));
    }
};

} // namespace

class tst_SyncCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The stations' personal data is encrypted; init, simulate and sync read the site
    // passphrase from the environment, as a site's scripts would.
    void initTestCase() { qputenv("STATION_SITE_PASSPHRASE", "sync test passphrase"); }

    void simulatedShiftArrivesExactlyOnce_data() {
        QTest::addColumn<int>("residents");
        QTest::newRow("one tube") << 7;
        QTest::newRow("a morning's queue") << 400;
    }

    void simulatedShiftArrivesExactlyOnce() {
        QFETCH(int, residents);
        Fixture f(residents);
        QVERIFY2(f.ok, qPrintable(f.error));
        const int records = outboxCount(f.dir.path(), QStringLiteral("1"));
        QVERIFY(records > residents); // samples plus tube and box events

        const Run first = f.enrollAndSync();
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY(first.out.contains(QStringLiteral("Enrolled as device")));
        QVERIFY(first.out.contains(QStringLiteral("%1 records acknowledged").arg(records)));
        // The token is a credential: only the user may read it.
        const QFileInfo token(deviceTokenPath(f.dir.path()));
        QVERIFY(token.exists());
        QCOMPARE(token.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(loadSyncSettings(f.dir.path()).serverUrl, f.server.baseUrl());

        // A second pass finds nothing to send and sends nothing twice.
        const Run second =
            cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(second.out.contains(QStringLiteral("0 records acknowledged, 0 pending")));
        f.server.kill();
        QCOMPARE(outboxCount(f.dir.path(), QStringLiteral("state = 'acked'")), records);
        const ServerRecords stored =
            compareServerRecords(f.server.sqlitePath(), outboxHashes(f.dir.path()));
        QCOMPARE(stored.stored, records);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.unexpected, 0);
        QCOMPARE(stored.wrongHash, 0);
    }

    // The audit head travels with every batch and the server keeps it: a log cut after it
    // was synchronised is reported by the next sync, and by `check`.
    void auditTailCutAfterSyncIsReported() {
        Fixture f(12);
        QVERIFY2(f.ok, qPrintable(f.error));
        const Run first = f.enrollAndSync();
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        const Run clean =
            cli({QStringLiteral("check"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        {
            // The tamperer removes the last audit rows, then the station works on.
            const QString name = QStringLiteral("tamper");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(databasePath(f.dir.path()));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT seq FROM audit_anchor")) && q.next());
                QVERIFY(q.value(0).toLongLong() > 0);
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
                QVERIFY(q.exec(QStringLiteral(
                    "DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const Run more = cli({QStringLiteral("simulate"), QStringLiteral("--data-dir"),
                              f.dir.path(), QStringLiteral("--residents"), QStringLiteral("3")});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        const Run second =
            cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(second.exitCode == 1, qPrintable(second.out + second.err));
        QVERIFY2(second.err.contains(QStringLiteral("no longer matches")), qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("--acknowledge-anchor-mismatch")),
                 qPrintable(second.err));
        const Run check =
            cli({QStringLiteral("check"), QStringLiteral("--data-dir"), f.dir.path()});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("[audit_anchor_mismatch]")),
                 qPrintable(check.out));
        QVERIFY2(check.out.contains(QStringLiteral("--acknowledge-anchor-mismatch")),
                 qPrintable(check.out));

        // The site lead looked into it: an operator acknowledges the mismatch. The cut rows
        // stay reported (the gap is in the file), the anchor mismatch is named as
        // acknowledged, and sync no longer reports it.
        const QStringList acknowledge = {QStringLiteral("check"),
                                         QStringLiteral("--data-dir"),
                                         f.dir.path(),
                                         QStringLiteral("--acknowledge-anchor-mismatch"),
                                         QStringLiteral("--operator"),
                                         QStringLiteral("S001")};
        const Run noReason = cli(acknowledge);
        QCOMPARE(noReason.exitCode, 2);
        const Run wrongPin = station::test::runCli(
            QStringList(acknowledge) << QStringLiteral("--reason") << QStringLiteral("looked"),
            180000, {{QStringLiteral("STATION_OPERATOR_PIN"), QStringLiteral("975318")}});
        QVERIFY2(wrongPin.exitCode != 0, qPrintable(wrongPin.out));
        QVERIFY(!wrongPin.out.contains(QStringLiteral("ACKNOWLEDGED")));
        const Run acknowledged =
            cli(QStringList(acknowledge)
                << QStringLiteral("--reason") << QStringLiteral("rows cut by a test, seen"));
        QVERIFY2(acknowledged.out.contains(QStringLiteral("acknowledged by S001")),
                 qPrintable(acknowledged.out + acknowledged.err));
        QVERIFY2(acknowledged.out.contains(QStringLiteral("ACKNOWLEDGED: Audit anchor mismatch")),
                 qPrintable(acknowledged.out));
        QVERIFY2(acknowledged.out.contains(QStringLiteral("(S001)")), qPrintable(acknowledged.out));
        QVERIFY2(acknowledged.out.contains(QStringLiteral("rows cut by a test, seen")),
                 qPrintable(acknowledged.out));
        QVERIFY2(!acknowledged.out.contains(QStringLiteral("[audit_anchor_mismatch]")),
                 qPrintable(acknowledged.out));
        QVERIFY2(acknowledged.out.contains(QStringLiteral("[audit_tail_cut]")),
                 qPrintable(acknowledged.out));
        const Run third = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(third.exitCode == 0, qPrintable(third.out + third.err));
        // Nothing left to acknowledge.
        const Run again =
            cli(QStringList(acknowledge) << QStringLiteral("--reason") << QStringLiteral("again"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("no mismatch")), qPrintable(again.err));
    }

    // A station restored from a backup older than its last sync: the log is whole but
    // shorter than the head the server holds. Only the server's answer shows it; sync keeps
    // that head as the anchor, so `check` names the mismatch too, and once acknowledged both
    // pass, the acknowledgement travelling to the server like any record.
    void restoredBackupMismatchIsAcknowledged() {
        Fixture f(8);
        QVERIFY2(f.ok, qPrintable(f.error));
        const Run first = f.enrollAndSync();
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QTemporaryDir backup;
        QVERIFY(backup.isValid());
        const QString db = databasePath(f.dir.path());
        for (const char *suffix : {"", "-wal"}) {
            if (QFileInfo::exists(db + QLatin1String(suffix)))
                QVERIFY(QFile::copy(db + QLatin1String(suffix),
                                    backup.filePath(QStringLiteral("station.db")) +
                                        QLatin1String(suffix)));
        }
        const QStringList simulate = {QStringLiteral("simulate"), QStringLiteral("--data-dir"),
                                      f.dir.path(), QStringLiteral("--residents"),
                                      QStringLiteral("4")};
        QCOMPARE(cli(simulate).exitCode, 0);
        const Run second =
            cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(db + QLatin1String(suffix));
            const QString saved =
                backup.filePath(QStringLiteral("station.db")) + QLatin1String(suffix);
            if (QFileInfo::exists(saved))
                QVERIFY(QFile::copy(saved, db + QLatin1String(suffix)));
        }
        const Run restored =
            cli({QStringLiteral("check"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out));
        QCOMPARE(cli(simulate).exitCode, 0);
        const Run third = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(third.exitCode == 1, qPrintable(third.out + third.err));
        QVERIFY2(third.err.contains(QStringLiteral("--acknowledge-anchor-mismatch")),
                 qPrintable(third.err));
        const Run flagged =
            cli({QStringLiteral("check"), QStringLiteral("--data-dir"), f.dir.path()});
        QCOMPARE(flagged.exitCode, 1);
        QVERIFY2(flagged.out.contains(QStringLiteral("[audit_anchor_mismatch]")),
                 qPrintable(flagged.out));

        const Run acknowledged =
            cli({QStringLiteral("check"), QStringLiteral("--data-dir"), f.dir.path(),
                 QStringLiteral("--acknowledge-anchor-mismatch"), QStringLiteral("--reason"),
                 QStringLiteral("restored from the morning backup"), QStringLiteral("--operator"),
                 QStringLiteral("S001")});
        QVERIFY2(acknowledged.exitCode == 0, qPrintable(acknowledged.out + acknowledged.err));
        QVERIFY2(acknowledged.out.contains(QStringLiteral("restored from the morning backup")),
                 qPrintable(acknowledged.out));
        // Signed like every row: the deep check verifies it.
        const Run deep = cli({QStringLiteral("check"), QStringLiteral("--data-dir"), f.dir.path(),
                              QStringLiteral("--deep"), QStringLiteral("--json")});
        QVERIFY2(deep.exitCode == 0, qPrintable(deep.out + deep.err));
        QVERIFY2(deep.out.contains(QStringLiteral("restored from the morning backup")),
                 qPrintable(deep.out));
        // The server still holds the newer head (a head never moves back), and sync no
        // longer reports it; the acknowledgement reached the server as a record.
        const Run fourth =
            cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(fourth.exitCode == 0, qPrintable(fourth.out + fourth.err));
        QCOMPARE(outboxCount(f.dir.path(), QStringLiteral("kind = 'audit.anchor_acknowledged' AND "
                                                          "state = 'acked'")),
                 1);
        const Run fifth = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(fifth.exitCode == 0, qPrintable(fifth.out + fifth.err));
    }

    void conflictAndRejectionAreKeptWithReasons() {
        Fixture f(20);
        QVERIFY2(f.ok, qPrintable(f.error));
        const StationIdentity identity = identityOf(f.dir.path());
        QString victim;
        {
            Database db;
            QVERIFY(db.open(databasePath(f.dir.path())).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM outbox ORDER BY seq LIMIT 1")));
            QVERIFY(q.next());
            victim = q.value(0).toString();
            // A record the server does not know how to take.
            OutboxRecord bad{
                newRecordUuid(), QStringLiteral("sample.taked"),
                QJsonObject{{QStringLiteral("site"), identity.siteCode},
                            {QStringLiteral("station"), identity.deviceId},
                            {QStringLiteral("at"), QStringLiteral("2026-11-25T08:00:00.000Z")}}};
            auto codec = unlockPersonalData(db, qEnvironmentVariable("STATION_SITE_PASSPHRASE"));
            QVERIFY(codec.ok());
            QVERIFY(
                !appendOutbox(db.connection(), *codec.value(), bad, QDateTime::currentDateTimeUtc())
                     .isValid());
        }
        QString error;
        // Someone else stored the victim's uuid with other content first (a forged or
        // corrupted record): the server keeps it and answers `conflict` to the station.
        const QString forgerToken = enrollStation(f.server, identity, &error);
        QVERIFY2(!forgerToken.isEmpty(), qPrintable(error));
        TestHttpsClient forger(f.server.certificate());
        forger.setBaseUrl(f.server.baseUrl());
        forger.setBearerToken(forgerToken);
        SyncTestRecord forged;
        forged.uuid = victim;
        forged.site = identity.siteCode;
        forged.station = identity.deviceId;
        forged.extra.insert(QStringLiteral("tube"), QStringLiteral("FORGED"));
        QCOMPARE(forger
                     .post(QStringLiteral("/v1/records"),
                           syncBatch(identity.deviceId, {forged.toJson()}))
                     .status,
                 200);
        // The station re-enrolls (same device id: the forger's token is replaced).
        const Run run = f.enrollAndSync();
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("1 in conflict, 1 rejected")));
        Database db;
        QVERIFY(db.open(databasePath(f.dir.path())).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, state, server_reason FROM outbox WHERE state "
                                      "IN ('conflict', 'rejected') ORDER BY state")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), victim);
        QCOMPARE(q.value(1).toString(), QStringLiteral("conflict"));
        QVERIFY(!q.value(2).toString().isEmpty());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("rejected"));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("sample.taked")));
        QCOMPARE(outboxCount(f.dir.path(), QStringLiteral("state = 'pending'")), 0);
        // What the site lead's "Sync problems" list reads.
        QSqlError sqlError;
        const QList<OutboxProblem> problems = OutboxStore(db).problems(&sqlError);
        QVERIFY(!sqlError.isValid());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.first().uuid, victim);
        QCOMPARE(problems.first().state, QStringLiteral("conflict"));
        QCOMPARE(problems.last().kind, QStringLiteral("sample.taked"));
        QVERIFY(!problems.last().reason.isEmpty());
    }

    void relativeCaPathWorksFromAnyFolder() {
        Fixture f(7);
        QVERIFY2(f.ok, qPrintable(f.error));
        const int records = outboxCount(f.dir.path(), QStringLiteral("1"));
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(first.isValid() && second.isValid());
        QVERIFY(QFile::copy(f.server.certificatePath(), first.filePath(QStringLiteral("ca.pem"))));
        const auto runIn = [](const QString &folder, const QStringList &args) {
            QProcess process;
            process.setWorkingDirectory(folder);
            process.start(station::test::cliExecutable(), args);
            process.waitForFinished(180000);
            return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
        };
        // A file that is no certificate is refused and changes nothing.
        QFile junk(first.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("not a certificate\n") > 0);
        junk.close();
        const Run refused =
            runIn(first.path(), syncArgs(f.dir.path(), f.url(), QStringLiteral("junk.pem")));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("no PEM certificate")),
                 qPrintable(refused.err));
        QVERIFY(loadSyncSettings(f.dir.path()).pinnedCaPath.isEmpty());

        // The site lead sets the server up with `--ca ca.pem`, relative to the folder they are
        // in (the station is not enrolled yet, so nothing is sent)...
        const Run configured =
            runIn(first.path(), syncArgs(f.dir.path(), f.url(), QStringLiteral("ca.pem")));
        QCOMPARE(configured.exitCode, 3);
        QVERIFY2(configured.err.contains(QStringLiteral("--enroll-code")),
                 qPrintable(configured.err));
        // ...the station keeps its own copy, saved relative to its folder.
        const QString copy = QDir(f.dir.path()).absoluteFilePath(QStringLiteral("server-ca.pem"));
        QCOMPARE(loadSyncSettings(f.dir.path()).pinnedCaPath, copy);
        QCOMPARE(QSettings(settingsPath(f.dir.path()), QSettings::IniFormat)
                     .value(QStringLiteral("sync/pinned_ca"))
                     .toString(),
                 QStringLiteral("server-ca.pem"));
        // The file given is gone and `sync` runs from elsewhere: enrollment and upload go
        // through the pinned CA all the same.
        QVERIFY(QFile::remove(first.filePath(QStringLiteral("ca.pem"))));
        const Run later =
            runIn(second.path(), {QStringLiteral("sync"), QStringLiteral("--data-dir"),
                                  f.dir.path(), QStringLiteral("--enroll-code"),
                                  f.server.enrollmentCode(QStringLiteral("GZ-TH-0001"))});
        QVERIFY2(later.exitCode == 0, qPrintable(later.out + later.err));
        QVERIFY2(later.out.contains(QStringLiteral("%1 records acknowledged").arg(records)),
                 qPrintable(later.out));
        QCOMPARE(outboxCount(f.dir.path(), QStringLiteral("state = 'acked'")), records);
    }

    void refusalsKeepEveryRecord_data() {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("message");
        QTest::newRow("token refused") << QStringLiteral("token") << QStringLiteral("enroll");
        QTest::newRow("wrong host name")
            << QStringLiteral("host") << QStringLiteral("another host name");
        QTest::newRow("certificate expired")
            << QStringLiteral("expired") << QStringLiteral("expired");
        QTest::newRow("CA not pinned")
            << QStringLiteral("untrusted") << QStringLiteral("not signed by a trusted authority");
    }

    void refusalsKeepEveryRecord() {
        QFETCH(QString, situation);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(makeStation(dir.path(), 30));
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        if (situation == QLatin1String("expired"))
            QVERIFY2(useExpiredCertificate(server, &error), qPrintable(error));
        if (situation == QLatin1String("host"))
            QVERIFY2(useOtherHostCertificate(server, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const int records = outboxCount(dir.path(), QStringLiteral("1"));
        QString url = server.baseUrl().toString();
        QStringList args;
        if (situation != QLatin1String("untrusted")) {
            // A token the server never issued; with a refused certificate it is never sent.
            QVERIFY(writeDeviceToken(dir.path(), QStringLiteral("not-a-token")).ok());
        } else {
            const QString token = enrollStation(server, identityOf(dir.path()), &error);
            QVERIFY2(!token.isEmpty(), qPrintable(error));
            QVERIFY(writeDeviceToken(dir.path(), token).ok());
        }
        if (situation == QLatin1String("untrusted")) // the system's CAs only: no pinned CA
            args = QStringList{QStringLiteral("sync"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--server"), url};
        else
            args = syncArgs(dir.path(), url, server.certificatePath());
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(outboxCount(dir.path(), QStringLiteral("state = 'pending'")), records);
        server.kill();
        QCOMPARE(compareServerRecords(server.sqlitePath(), {}).stored, 0);
    }

    void serverDiskFullThenSpaceIsBack() {
        // 97 pages of 4 KiB hold the schema (86 pages) and credentials but not the shift.
        Fixture f(300, {QStringLiteral("--sqlite-max-pages"), QStringLiteral("97")});
        QVERIFY2(f.ok, qPrintable(f.error));
        const int records = outboxCount(f.dir.path(), QStringLiteral("1"));
        const Run full = f.enrollAndSync();
        QCOMPARE(full.exitCode, 3);
        QVERIFY2(full.err.contains(QStringLiteral("could not store")), qPrintable(full.err));
        QCOMPARE(outboxCount(f.dir.path(), QStringLiteral("state = 'pending'")) +
                     outboxCount(f.dir.path(), QStringLiteral("state = 'acked'")),
                 records);
        // Space is back: the server restarts without the cap, and everything arrives.
        f.server.setExtraArguments({});
        QString error;
        QVERIFY2(f.server.restart(&error), qPrintable(error));
        const Run later = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path()});
        QVERIFY2(later.exitCode == 0, qPrintable(later.err));
        f.server.kill();
        const ServerRecords stored =
            compareServerRecords(f.server.sqlitePath(), outboxHashes(f.dir.path()));
        QCOMPARE(stored.stored, records);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.wrongHash, 0);
    }

    void killedMidUploadThenRestarted() {
        Fixture f(1200);
        QVERIFY2(f.ok, qPrintable(f.error));
        const int records = outboxCount(f.dir.path(), QStringLiteral("1"));
        QString error;
        QVERIFY(writeDeviceToken(f.dir.path(),
                                 enrollStation(f.server, identityOf(f.dir.path()), &error))
                    .ok());
        SyncSettings settings;
        FaultInjectingProxy proxy(f.server.port(), 7);
        QVERIFY(proxy.listen());
        proxy.setFaults({0.3, 0.0, 0.0, 0});
        settings.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
        settings.pinnedCaPath = f.server.certificatePath();
        settings.batchSize = 50;
        settings.requestTimeoutMs = 2000;
        QVERIFY(saveSyncSettings(f.dir.path(), settings).ok());

        QProcess child;
        child.start(station::test::cliExecutable(),
                    {QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path(),
                     QStringLiteral("--retry-for"), QStringLiteral("120")});
        QVERIFY(child.waitForStarted());
        // Killed (SIGKILL, as a crash or a pulled plug) once part of the shift is on its way.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return outboxCount(f.dir.path(), QStringLiteral("state = 'acked'")) >= 150 ||
                       child.state() == QProcess::NotRunning;
            },
            120000));
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        child.waitForFinished();
        QVERIFY(outboxCount(f.dir.path(), QStringLiteral("state = 'pending'")) > 0);

        const Run again = cli({QStringLiteral("sync"), QStringLiteral("--data-dir"), f.dir.path(),
                               QStringLiteral("--retry-for"), QStringLiteral("120")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err.right(3000)));
        f.server.kill();
        QVERIFY(proxy.counters().droppedResponses > 0);
        const ServerRecords stored =
            compareServerRecords(f.server.sqlitePath(), outboxHashes(f.dir.path()));
        QCOMPARE(stored.stored, records);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.unexpected, 0);
        QCOMPARE(stored.wrongHash, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_sync_cli.moc"
