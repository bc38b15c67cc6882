// SPDX-License-Identifier: GPL-3.0-or-later
// A site hub lost for good (stolen, its disk dead) before it relayed what the tables sent it,
// with real processes on loopback: a province server, a site hub and a station
// (sampling-station-cli). The province is down while the station syncs to the hub, so the
// records stop at the hub; then the hub and its database are gone. The station, which keeps
// every record it made, enrolls straight at the province and puts what the hub acknowledged
// back in its outbox (`sync --resend-since`): the province ends with every record once, and
// a second resend only meets duplicates.
#include "tests/models/StationFixture.h"
#include "tests/support/CliSite.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = CliSite::siteCode();

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
        // The internet is down from the start: the hub takes records but relays none.
        CliSite site;
        QString error;
        QVERIFY2(site.startWithHub(&error, CliSite::Upstream::Down), qPrintable(error));
        ServerProcess &province = site.province();
        ServerProcess &hub = site.hub();
        // The province's enrollment code for the station (made in its database); used later.
        const QString stationCode = province.enrollmentCode(kSite);
        QVERIFY(!stationCode.isEmpty());

        const QString station = site.addStation(7, 10, &error);
        QVERIFY2(!station.isEmpty(), qPrintable(error));
        int scanExit = -1;
        CliSite::scan(station, {tubeCode(1), residentScan(1), residentScan(2), residentScan(3)},
                      nullptr, &scanExit);
        QCOMPARE(scanExit, 0);
        QVERIFY2(CliSite::sync(station, &error), qPrintable(error));
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
