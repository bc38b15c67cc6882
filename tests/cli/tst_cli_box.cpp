// SPDX-License-Identifier: GPL-3.0-or-later
// `box list|show|hand-over` obeys the table's rules (table/TableWorkflow): a box another
// table of the site sealed (the site's facts kept in the station, as `site-facts` keeps
// them) is listed with its table and handed over here once, with box_station in the record.
#include "core/domain/Clock.h"
#include "core/domain/ResidentCode.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SiteFactsStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/CliSite.h"
#include "tests/support/TempStation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

const QString kBox = QStringLiteral("BX00077777");
const QString kStation = QStringLiteral("gz-th-0001-t05");
const QString kTable = QStringLiteral("Table 5");

test::CliRun cli(const QStringList &args) {
    return test::runCli(args, 180000);
}

// The facts of a box Table 5 packed with two of its tubes and sealed, as the feed keeps them
// (`box` with the tubes `tubeNumbers`, its facts numbered after `seq`).
bool applyFactsOfSealedBox(const QString &dir, const QString &box = kBox,
                           const QList<int> &tubeNumbers = {8, 9}, qint64 seq = 0) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = isoUtc(now.addSecs(-1800));
    QJsonArray facts;
    QJsonArray tubes;
    const QString boxUuid = QStringLiteral("box-uuid-") + box;
    for (int n : tubeNumbers) {
        const QJsonObject tube{{QStringLiteral("kind"), QStringLiteral("tube_state")},
                               {QStringLiteral("station"), kStation},
                               {QStringLiteral("table"), kTable},
                               {QStringLiteral("tube"), test::tubeCode(n)},
                               {QStringLiteral("tube_uuid"), QStringLiteral("uuid-%1").arg(n)},
                               {QStringLiteral("at"), at}};
        QJsonObject sealed = tube;
        sealed.insert(QStringLiteral("seq"), ++seq);
        sealed.insert(QStringLiteral("state"), QStringLiteral("sealed"));
        sealed.insert(QStringLiteral("people"), 10);
        QJsonObject boxed = tube;
        boxed.insert(QStringLiteral("seq"), ++seq);
        boxed.insert(QStringLiteral("state"), QStringLiteral("boxed"));
        boxed.insert(QStringLiteral("box"), box);
        boxed.insert(QStringLiteral("box_uuid"), boxUuid);
        facts << sealed << boxed;
        tubes.append(QJsonObject{{QStringLiteral("tube"), test::tubeCode(n)},
                                 {QStringLiteral("tube_uuid"), QStringLiteral("uuid-%1").arg(n)},
                                 {QStringLiteral("people"), 10},
                                 {QStringLiteral("station"), kStation},
                                 {QStringLiteral("table"), kTable}});
    }
    facts.append(QJsonObject{{QStringLiteral("seq"), ++seq},
                             {QStringLiteral("kind"), QStringLiteral("box_state")},
                             {QStringLiteral("station"), kStation},
                             {QStringLiteral("table"), kTable},
                             {QStringLiteral("at"), at},
                             {QStringLiteral("box"), box},
                             {QStringLiteral("box_uuid"), boxUuid},
                             {QStringLiteral("state"), QStringLiteral("sealed")},
                             {QStringLiteral("tube_count"), int(tubeNumbers.size())},
                             {QStringLiteral("person_count"), 10 * int(tubeNumbers.size())},
                             {QStringLiteral("tubes"), tubes}});
    SiteFactsStore store(db, QByteArray(), QStringLiteral("this-station"));
    return !store.apply(facts, seq, now).isValid();
}

int count(const QString &dir, const QString &sql) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCliBox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boxOfAnotherTableIsListedAndHandedOverOnce() {
        QTemporaryDir dir;
        QVERIFY(test::provisionCliStation(dir.path()));
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        test::CliRun r = cli(QStringList{QStringLiteral("box"), QStringLiteral("list")} + dataDir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("No sealed box")), qPrintable(r.out));

        QVERIFY(applyFactsOfSealedBox(dir.path()));
        r = cli(QStringList{QStringLiteral("box"), QStringLiteral("list")} + dataDir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(kBox) && r.out.contains(kTable), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("20 people")), qPrintable(r.out));

        const QStringList handOver = QStringList{QStringLiteral("box"),
                                                 QStringLiteral("hand-over"),
                                                 kBox,
                                                 QStringLiteral("--carried-by"),
                                                 QStringLiteral("Courier Wang"),
                                                 QStringLiteral("--operator"),
                                                 QStringLiteral("S001")} +
                                     dataDir;
        // Nobody to carry it: a usage error, nothing recorded.
        r = cli(handOver.mid(0, 3) + handOver.mid(5));
        QCOMPARE(r.exitCode, 2);
        r = cli(handOver);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(kBox) && r.out.contains(kTable), qPrintable(r.out));
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = "
                                                  "'box.handed_over'")),
                 1);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM site_box_hand_overs "
                                                  "WHERE box_station = 'gz-th-0001-t05'")),
                 1);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE subject "
                                                  "= 'BX00077777'")),
                 1);

        // Once: a second hand-over is refused, and the box no longer waits.
        r = cli(handOver);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already handed over")), qPrintable(r.err));
        r = cli(QStringList{QStringLiteral("box"), QStringLiteral("list")} + dataDir);
        QVERIFY2(!r.out.contains(kBox), qPrintable(r.out));
        r = cli(QStringList{QStringLiteral("box"), QStringLiteral("show"), kBox} + dataDir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("handed over")), qPrintable(r.out));
        QVERIFY2(r.out.contains(test::tubeCode(8)), qPrintable(r.out));
    }

    // Several boxes to one courier in one command, as the window's picker does: each by its
    // own rules; one the station does not know is refused, the others are handed over.
    void severalBoxesAreHandedOverInOneCommand() {
        QTemporaryDir dir;
        QVERIFY(test::provisionCliStation(dir.path()));
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        const QString second = QStringLiteral("BX00088888");
        QVERIFY(applyFactsOfSealedBox(dir.path()));
        QVERIFY(applyFactsOfSealedBox(dir.path(), second, {10}, 10));
        test::CliRun r = cli(QStringList{QStringLiteral("box"), QStringLiteral("list")} + dataDir);
        QVERIFY2(r.out.contains(kBox) && r.out.contains(second), qPrintable(r.out));

        const QStringList fields{QStringLiteral("--carried-by"), QStringLiteral("Courier Wang"),
                                 QStringLiteral("--operator"), QStringLiteral("S001")};
        const QString unknown = QStringLiteral("BX00099999");
        r = cli(
            QStringList{QStringLiteral("box"), QStringLiteral("hand-over"), kBox, unknown, second} +
            fields + dataDir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(unknown), qPrintable(r.err));
        QVERIFY2(r.out.contains(kBox) && r.out.contains(second), qPrintable(r.out));
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = "
                                                  "'box.handed_over'")),
                 2);
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM site_box_hand_overs")), 2);
        r = cli(QStringList{QStringLiteral("box"), QStringLiteral("list")} + dataDir);
        QVERIFY2(r.out.contains(QStringLiteral("No sealed box")), qPrintable(r.out));
    }

    void boxSealedByScanNamesTheCommandThatHandsItOver() {
        // The workflow's words are the CLI's too: the window's key (Ctrl+H) means nothing
        // at a terminal, the command does.
        QTemporaryDir dir;
        QVERIFY(test::provisionCliStation(dir.path(), 7, 1));
        const QString tube = test::tubeCode(1);
        const QString box = test::boxCode(1);
        const QString person = QString::fromUtf8(encodeResidentCode(test::makeResident(1)));
        QString errors;
        const QList<QJsonObject> outcomes =
            test::CliSite::scan(dir.path(), {tube, person, box, tube, box}, &errors);
        QVERIFY2(outcomes.size() == 5, qPrintable(errors));
        const QJsonObject sealed = outcomes.last();
        QCOMPARE(sealed.value(QStringLiteral("box")).toString(), box);
        const QString message = sealed.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("box hand-over %1").arg(box)),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Ctrl")), qPrintable(message));
        QCOMPARE(count(dir.path(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = "
                                                  "'box.sealed'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBox)
#include "tst_cli_box.moc"
