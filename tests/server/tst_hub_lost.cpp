// SPDX-License-Identifier: GPL-3.0-or-later
// A site hub lost for good (stolen, its disk dead) before it relayed what the tables sent it,
// with real processes on loopback: a province server, a site hub and a station
// (sampling-station-cli). The province is down while the station syncs to the hub, so the
// records stop at the hub; then the hub and its database are gone. The station, which keeps
// every record it made, enrolls straight at the province and puts what the hub acknowledged
// back in its outbox (`sync --resend-since`): the province ends with every record once, and
// a second resend only meets duplicates.
#include "tests/models/StationFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-0001"); // the site of cliInitArgs()

// Feeds scans to `sampling-station-cli scan`; its exit code.
int cliScan(const QString &dir, const QStringList &lines) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), dir,
                                QStringLiteral("--operator"), kStaffId});
    if (!cli.waitForStarted())
        return -1;
    cli.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    if (!cli.waitForFinished(180000)) {
        cli.kill();
        cli.waitForFinished();
        return -1;
    }
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

// uuid -> (content hash, state) of a station's outbox.
QHash<QString, QPair<QString, QString>> outbox(const QString &dataDir) {
    QHash<QString, QPair<QString, QString>> rows;
    const QString name = QStringLiteral("outbox-") + dataDir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT uuid, content_hash, state FROM outbox"));
            while (query.next())
                rows.insert(query.value(0).toString(),
                            {query.value(1).toString(), query.value(2).toString()});
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// uuid -> content hash of what a server holds, and how many rows it holds in all.
QHash<QString, QString> serverRecords(const QString &sqlitePath, int *rowCount) {
    QHash<QString, QString> rows;
    *rowCount = 0;
    const QString name = QStringLiteral("server-") + sqlitePath;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT uuid, content_hash FROM records"));
            while (query.next()) {
                rows.insert(query.value(0).toString(), query.value(1).toString());
                ++*rowCount;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class tst_HubLost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stationResendsWhatTheLostHubNeverRelayed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerProcess province;
        ServerProcess hub;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        int exitCode = -1;
        const QString hubCode =
            province
                .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), kSite,
                           QStringLiteral("--role"), QStringLiteral("hub")},
                          &exitCode)
                .trimmed();
        QCOMPARE(exitCode, 0);
        // The province's enrollment code for the station, made while it runs; used later.
        const QString stationCode = province.enrollmentCode(kSite);
        QVERIFY(!stationCode.isEmpty());
        // The internet is down from the start: the hub takes records but relays none.
        province.kill();
        QVERIFY2(hub.prepare(&error), qPrintable(error));
        hub.setExtraArguments({QStringLiteral("--site-hub"), QStringLiteral("--site"), kSite,
                               QStringLiteral("--upstream"), province.baseUrl().toString(),
                               QStringLiteral("--upstream-ca"), province.certificatePath(),
                               QStringLiteral("--upstream-enrollment-code"), hubCode});
        QVERIFY2(hub.start(&error), qPrintable(error));

        const QString station = dir.filePath(QStringLiteral("station"));
        const CliRun init = runCli(cliInitArgs(station));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(cliScan(station, {tubeCode(1), residentScan(1), residentScan(2), residentScan(3)}),
                 0);
        const CliRun toHub = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station,
                                     QStringLiteral("--server"), hub.baseUrl().toString(),
                                     QStringLiteral("--ca"), hub.certificatePath(),
                                     QStringLiteral("--enroll-code"), hub.enrollmentCode(kSite)});
        QVERIFY2(toHub.exitCode == 0, qPrintable(toHub.out + toHub.err));
        const auto made = outbox(station);
        QVERIFY(made.size() >= 4); // a tube opened, three people
        for (const auto &row : made)
            QCOMPARE(row.second, QStringLiteral("acked")); // acknowledged by the hub only

        // The hub is lost with its database before the link came back.
        hub.kill();
        QVERIFY(QFile::remove(hub.sqlitePath()));
        QVERIFY2(province.start(&error), qPrintable(error));
        int held = 0;
        QVERIFY(serverRecords(province.sqlitePath(), &held).isEmpty());

        // Enrolling at the province alone sends nothing: the station believes them delivered.
        const CliRun moved = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station,
                                     QStringLiteral("--server"), province.baseUrl().toString(),
                                     QStringLiteral("--ca"), province.certificatePath(),
                                     QStringLiteral("--enroll-code"), stationCode});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.out + moved.err));
        QCOMPARE(serverRecords(province.sqlitePath(), &held).size(), 0);

        // A bad date is refused and changes nothing.
        const CliRun badDate =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station,
                    QStringLiteral("--resend-since"), QStringLiteral("yesterday")});
        QVERIFY(badDate.exitCode != 0);
        QVERIFY2(badDate.err.contains(QLatin1String("--resend-since")), qPrintable(badDate.err));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const CliRun resent = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station,
                                      QStringLiteral("--resend-since"), today});
        QVERIFY2(resent.exitCode == 0, qPrintable(resent.out + resent.err));
        QVERIFY2(resent.out.contains(QString::number(made.size())), qPrintable(resent.out));
        const QHash<QString, QString> atProvince = serverRecords(province.sqlitePath(), &held);
        QCOMPARE(held, made.size()); // each record once
        for (auto it = made.cbegin(); it != made.cend(); ++it)
            QCOMPARE(atProvince.value(it.key()), it.value().first); // byte for byte
        for (const auto &row : outbox(station))
            QCOMPARE(row.second, QStringLiteral("acked"));

        // Resending again only meets duplicates: the province still holds each record once.
        const CliRun again = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), station,
                                     QStringLiteral("--resend-since"), today});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        serverRecords(province.sqlitePath(), &held);
        QCOMPARE(held, made.size());
        // The resend is in the audit log, which still checks out whole.
        const CliRun checked =
            runCli({QStringLiteral("check"), QStringLiteral("--data-dir"), station});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        province.kill();
    }
};

QTEST_GUILESS_MAIN(tst_HubLost)
#include "tst_hub_lost.moc"
