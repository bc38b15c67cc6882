// SPDX-License-Identifier: GPL-3.0-or-later
// Recall (待复核) end to end, against a real province-server process over TLS on loopback:
// table 1 (in process, the window's TableWorkflow with its facts feed on its own thread) and
// table 7 (sampling-station-cli processes: scan, sync, site-facts, recalls) sample pools; a
// recall is raised for one of table 1's tubes (`admin raise-recall`, as a matched positive
// result would); both stations receive it; the recalled people scanned again at either table
// end in single tubes while the pooled tubes stay open; the recalls close when those samples
// reach the server, and both stations hear that too.
#include "core/domain/IdDocument.h"
#include "core/sync/SiteFactsFeed.h"
#include "tests/support/CliSite.h"
#include "tests/support/InProcessSiteStation.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace station;
using namespace station::test;

namespace {

const QString kSiteCode = QStringLiteral("GZ-TH-0001");

// Answers a tube-code question with `tubeAnswer` and every reason with a word.
class Asker : public TableAsker {
public:
    QString tubeAnswer;
    QList<TableQuestion> asked;
    std::optional<QString> ask(const TableQuestion &question) override {
        asked.append(question);
        if (question.kind == TableQuestion::Kind::TubeCode)
            return tubeAnswer.isEmpty() ? std::nullopt : std::optional<QString>(tubeAnswer);
        return QStringLiteral("end of the queue");
    }
};

// Table 1: a station on the real clock, enrolled at the server, its table in process.
struct InProcessStation : InProcessSiteStation {
    Asker asker;
    bool setUp(const ServerProcess &server, QString *error) {
        return InProcessSiteStation::setUp(server, 1, &asker, error);
    }
};

} // namespace

class tst_RecallEndToEnd : public QObject {
    Q_OBJECT

    CliSite m_site;
    ServerProcess &m_server = m_site.server();
    InProcessStation m_first; // Table 1
    QString m_cliStation;     // Table 7

    bool cliSync() { return CliSite::sync(m_cliStation); }
    QList<QJsonObject> cliScan(const QString &dir, const QStringList &lines, QString *errors) {
        return CliSite::scan(dir, lines, errors);
    }
    static QList<QJsonObject> cliRecalls(const QString &dir) { return CliSite::recalls(dir); }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        QVERIFY2(m_first.setUp(m_server, &error), qPrintable(error));
        m_cliStation = m_site.addStation(7, 10, &error);
        QVERIFY2(!m_cliStation.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_server.kill(); }

    void recalledPeopleAreSampledAloneAndTheRecallCloses() {
        InProcessStation &a = m_first;
        // Both tables sample pools and send them.
        QVERIFY(a.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        for (int person : {1, 2, 3})
            QVERIFY(a.table->scan(residentScan(person), EntryMethod::Scanner).recorded);
        QVERIFY(a.table->sealEarly().recorded);
        QVERIFY(a.sync(m_server));
        QString errors;
        const QList<QJsonObject> pooled =
            cliScan(m_cliStation, {tubeCode(71), residentScan(4), residentScan(5)}, &errors);
        QCOMPARE(pooled.size(), 3);
        for (const QJsonObject &o : pooled)
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("recorded"));
        QVERIFY(cliSync());

        // Table 1 listens; the province recalls tube 1 (a positive result).
        SiteFactsFeedThread feed(databasePath(a.dir.path()), quickSyncSettings(m_server), a.token);
        feed.start();
        int exitCode = -1;
        const QString raised =
            m_server.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSiteCode,
                               QStringLiteral("--tube"), tubeCode(1), QStringLiteral("--outcome"),
                               QStringLiteral("positive")},
                              &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(raised.contains(QLatin1String(": 3 people")), qPrintable(raised));
        QTRY_COMPARE_WITH_TIMEOUT(a.recallCounts(), qMakePair(3, 0), 20000);
        // Table 7 has them too, without names: they were sampled at table 1.
        const QList<QJsonObject> atSeven = cliRecalls(m_cliStation);
        QCOMPARE(atSeven.size(), 3);
        for (const QJsonObject &r : atSeven) {
            QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QVERIFY(!r.value(QStringLiteral("here")).toBool());
            QCOMPARE(r.value(QStringLiteral("tube")).toString(), tubeCode(1));
            QCOMPARE(r.value(QStringLiteral("table")).toString(), QStringLiteral("Table 1"));
            const QString who = r.value(QStringLiteral("who")).toString();
            QVERIFY2(who.contains(tubeCode(1)) && !who.contains(QStringLiteral("Resident")),
                     qPrintable(who));
        }

        // Person 1 comes to table 7: the CLI asks for a new tube and samples them alone; the
        // pooled tube 71 stays open and takes the next person.
        const QList<QJsonObject> alone =
            cliScan(m_cliStation, {residentScan(1), tubeCode(72), residentScan(6)}, &errors);
        QCOMPARE(alone.size(), 3);
        QCOMPARE(alone.at(0).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("question"));
        QCOMPARE(alone.at(0).value(QStringLiteral("question")).toString(),
                 QStringLiteral("tube_code"));
        QCOMPARE(alone.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QVERIFY(alone.at(1).value(QStringLiteral("recall")).toBool());
        QCOMPARE(alone.at(1).value(QStringLiteral("tube")).toString(), tubeCode(72));
        QVERIFY2(alone.at(1).value(QStringLiteral("message")).toString().contains(tubeCode(71)),
                 qPrintable(alone.at(1).value(QStringLiteral("message")).toString()));
        QCOMPARE(alone.at(2).value(QStringLiteral("tube")).toString(), tubeCode(71));
        QCOMPARE(alone.at(2).value(QStringLiteral("count")).toInt(), 3);

        // Person 2 comes back to table 1, where a new pool is open.
        QVERIFY(a.table->scan(tubeCode(2), EntryMethod::Scanner).recorded);
        QVERIFY(a.table->scan(residentScan(7), EntryMethod::Scanner).recorded);
        a.asker.tubeAnswer = tubeCode(3);
        const ScanOutcome second = a.table->scan(residentScan(2), EntryMethod::Scanner);
        QVERIFY(second.recall);
        QVERIFY(second.recorded);
        QCOMPARE(a.service->tube(tubeCode(3))->poolSize, 1);
        QCOMPARE(a.service->openTubeSnapshot()->code, tubeCode(2));
        QCOMPARE(a.service->openTubeSnapshot()->count(), 1);

        // The samples reach the province: both recalls close, person 3's stays open, and both
        // stations hear it.
        QVERIFY(a.sync(m_server));
        QVERIFY(cliSync());
        QTRY_COMPARE_WITH_TIMEOUT(a.recallCounts(), qMakePair(1, 2), 20000);
        const QString open = m_server.runAdmin({QStringLiteral("recalls"), QStringLiteral("--site"),
                                                kSiteCode, QStringLiteral("--open")},
                                               &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(open.count(tubeCode(1)), 1);
        int closedAtSeven = 0;
        for (const QJsonObject &r : cliRecalls(m_cliStation))
            closedAtSeven += r.value(QStringLiteral("state")).toString() == QLatin1String("closed");
        QCOMPARE(closedAtSeven, 2);
        // Sent again, nothing closes twice or anew.
        QVERIFY(cliSync());
        QCOMPARE(cliRecalls(m_cliStation).size(), 3);
        feed.shutdown();
    }
};

QTEST_GUILESS_MAIN(tst_RecallEndToEnd)
#include "tst_recall_end_to_end.moc"
