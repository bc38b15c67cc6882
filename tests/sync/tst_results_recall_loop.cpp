// SPDX-License-Identifier: GPL-3.0-or-later
// Results and recall, the whole loop with real processes (issue 19): a province-server and
// two sampling-station-cli stations of one site (tables 7 and 8) sample pools of 5, pack
// them into boxes, hand the boxes over and sync; a lab (its own token, POST /v1/results)
// posts a result for each pool, one positive; the server is killed and restarted; the
// recall reaches both stations through their facts; the recalled people are scanned again,
// at either table, and end in single-person tubes; those samples sync and the recalls
// close. Nothing is matched or raised twice: results posted again, before and after the
// restart and after the close, are duplicates.
#include "tests/models/StationFixture.h"
#include "tests/support/CliSite.h"
#include "tests/support/TestHttpsClient.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kLab = QStringLiteral("KingMed-GZ");
const QString kLabDevice = QStringLiteral("kingmed-gz-lis");

// Tube, box and people of each table: table 7 fills tubes 11 and 12 (persons 1-10) into
// box 71; table 8 fills tube 21 (persons 11-15) into box 81. Tube 11 is positive.
QStringList pool(int tube, int firstPerson) {
    QStringList lines{tubeCode(tube)};
    for (int p = firstPerson; p < firstPerson + 5; ++p)
        lines << residentScan(p);
    return lines;
}

// A query on a database file another process wrote (a station's, the server's SQLite).
class FileQuery {
public:
    explicit FileQuery(const QString &path)
        : m_name(QStringLiteral("loop-%1").arg(++s_count)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~FileQuery() { QSqlDatabase::removeDatabase(m_name); }
    QString scalar(const QString &sql) const {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace

class tst_ResultsRecallLoop : public QObject {
    Q_OBJECT

    CliSite m_site;
    QString m_seven;
    QString m_eight;
    QString m_labToken;
    QJsonArray m_results;
    QString m_testedAt;

    QJsonObject postResults() {
        TestHttpsClient client(m_site.server().certificate());
        client.setBaseUrl(m_site.server().baseUrl());
        client.setBearerToken(m_labToken);
        const HttpResult answer = client.post(QStringLiteral("/v1/results"),
                                              QJsonObject{{QStringLiteral("results"), m_results}});
        return answer.status == 200 ? answer.json() : QJsonObject();
    }
    QString serverScalar(const QString &sql) const {
        return FileQuery(m_site.server().sqlitePath()).scalar(sql);
    }
    static QString stationScalar(const QString &dir, const QString &sql) {
        return FileQuery(databasePath(dir)).scalar(sql);
    }
    static QStringList states(const QList<QJsonObject> &recalls) {
        QStringList list;
        for (const QJsonObject &r : recalls)
            list << r.value(QStringLiteral("state")).toString();
        list.sort();
        return list;
    }
    // Scans `lines` at a station: no line refused.
    static bool scanned(const QString &dir, const QStringList &lines) {
        QString errors;
        const QList<QJsonObject> outcomes = CliSite::scan(dir, lines, &errors);
        for (const QJsonObject &o : outcomes) {
            if (o.value(QStringLiteral("outcome")).toString() == QLatin1String("refused")) {
                qWarning() << o;
                return false;
            }
        }
        if (outcomes.size() != lines.size())
            qWarning() << outcomes.size() << "outcomes for" << lines.size() << "lines" << errors;
        return outcomes.size() == lines.size();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        m_seven = m_site.addStation(7, 5, &error);
        QVERIFY2(!m_seven.isEmpty(), qPrintable(error));
        m_eight = m_site.addStation(8, 5, &error);
        QVERIFY2(!m_eight.isEmpty(), qPrintable(error));
        m_labToken = m_site.enrollLab(kLab, kLabDevice, &error);
        QVERIFY2(!m_labToken.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_site.server().kill(); }

    void poolsAreSampledBoxedAndHandedOver() {
        // A full tube of 5 seals itself; the box code opens a box, the tubes go in, the box
        // code again seals it.
        QVERIFY(scanned(m_seven,
                        pool(11, 1) + pool(12, 6) +
                            QStringList{boxCode(71), tubeCode(11), tubeCode(12), boxCode(71)}));
        QVERIFY(
            scanned(m_eight, pool(21, 11) + QStringList{boxCode(81), tubeCode(21), boxCode(81)}));
        for (const auto &[dir, box] : {qMakePair(m_seven, 71), qMakePair(m_eight, 81)}) {
            const CliRun handed = CliSite::run(
                dir, QStringLiteral("box"),
                {QStringLiteral("hand-over"), boxCode(box), QStringLiteral("--carried-by"),
                 QStringLiteral("Courier Wang"), QStringLiteral("--operator"), kStaffId});
            QVERIFY2(handed.exitCode == 0, qPrintable(handed.out + handed.err));
            QString error;
            QVERIFY2(CliSite::sync(dir, &error), qPrintable(error));
        }
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM tubes WHERE handed_over_at "
                                             "IS NOT NULL")),
                 QStringLiteral("3"));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM tube_people")),
                 QStringLiteral("15"));
    }

    void aLabPostsOnePositiveAndTheServerRestarts() {
        m_testedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const auto &[tube, outcome] :
             {qMakePair(11, QStringLiteral("positive")), qMakePair(12, QStringLiteral("negative")),
              qMakePair(21, QStringLiteral("negative"))})
            m_results.append(QJsonObject{
                {QStringLiteral("tube"), tubeCode(tube)},
                {QStringLiteral("lab"), kLab},
                {QStringLiteral("result"), outcome},
                {QStringLiteral("ct"), QJsonObject{{QStringLiteral("N"), tube == 11 ? 27.5 : 0}}},
                {QStringLiteral("tested_at"), m_testedAt}});
        const QJsonObject first = postResults();
        QCOMPARE(first.value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("matched")).toInt(), 3);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM recalls")), QStringLiteral("5"));

        // Killed (a crash, a power cut) and started again: what was stored stays, and the
        // results posted again are duplicates that match and raise nothing anew.
        QString error;
        QVERIFY2(m_site.server().restart(&error), qPrintable(error));
        const QJsonObject again = postResults();
        QCOMPARE(again.value(QStringLiteral("duplicate")).toInt(), 3);
        QCOMPARE(again.value(QStringLiteral("accepted")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("matched")).toInt(), 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM results")), QStringLiteral("3"));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE match_state = "
                                             "'matched'")),
                 QStringLiteral("3"));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM recalls")), QStringLiteral("5"));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM site_facts WHERE kind = "
                                             "'recall'")),
                 QStringLiteral("5"));
    }

    void theRecallReachesBothStations() {
        const QList<QJsonObject> atSeven = CliSite::recalls(m_seven);
        const QList<QJsonObject> atEight = CliSite::recalls(m_eight);
        QCOMPARE(atSeven.size(), 5);
        QCOMPARE(atEight.size(), 5);
        for (const QJsonObject &r : atSeven + atEight) {
            QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(r.value(QStringLiteral("tube")).toString(), tubeCode(11));
            QCOMPARE(r.value(QStringLiteral("table")).toString(), QStringLiteral("Table 7"));
            QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("positive"));
        }
        // In Chinese the other table is named as the interface names it, "7号台".
        const CliRun zh =
            runCli({QStringLiteral("recalls"), QStringLiteral("--data-dir"), m_eight}, 180000,
                   {{QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}});
        QVERIFY2(zh.out.contains(QStringLiteral("7号台")) &&
                     !zh.out.contains(QStringLiteral("Table 7")),
                 qPrintable(zh.out));
        // Table 7 sampled them: it names them by the masked ID number; table 8 does not.
        for (const QJsonObject &r : atSeven)
            QVERIFY(r.value(QStringLiteral("here")).toBool());
        for (const QJsonObject &r : atEight) {
            QVERIFY(!r.value(QStringLiteral("here")).toBool());
            for (int p = 1; p <= 5; ++p)
                QVERIFY(!r.value(QStringLiteral("who"))
                             .toString()
                             .contains(resident(p).idNumber.right(4)));
        }
    }

    void theRecalledAreSampledAloneAndTheRecallsClose() {
        // Persons 1 and 2 come to table 8, persons 3, 4 and 5 back to table 7: each is asked
        // a new tube and sampled alone in it.
        struct Again {
            QString dir;
            int person;
            int tube;
        };
        const QList<Again> again{{m_eight, 1, 22},
                                 {m_eight, 2, 23},
                                 {m_seven, 3, 13},
                                 {m_seven, 4, 14},
                                 {m_seven, 5, 15}};
        for (const Again &a : again) {
            QString errors;
            const QList<QJsonObject> outcomes =
                CliSite::scan(a.dir, {residentScan(a.person), tubeCode(a.tube)}, &errors);
            QCOMPARE(outcomes.size(), 2);
            QCOMPARE(outcomes.at(0).value(QStringLiteral("question")).toString(),
                     QStringLiteral("tube_code"));
            QCOMPARE(outcomes.at(1).value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("recorded"));
            QVERIFY(outcomes.at(1).value(QStringLiteral("recall")).toBool());
            QCOMPARE(outcomes.at(1).value(QStringLiteral("tube")).toString(), tubeCode(a.tube));
            // In the station's own database: a tube of one, holding that person only.
            const QString tube = QStringLiteral("FROM tubes t JOIN samples s ON s.tube_id = t.id "
                                                "WHERE s.state = 'active' AND t.code = '%1'")
                                     .arg(tubeCode(a.tube));
            QCOMPARE(stationScalar(a.dir, QStringLiteral("SELECT MAX(t.pool_size) ") + tube),
                     QStringLiteral("1"));
            QCOMPARE(stationScalar(a.dir, QStringLiteral("SELECT COUNT(*) ") + tube),
                     QStringLiteral("1"));
        }
        // Scanned again before the province's `closed` fact: table 8 says when and into which
        // tube person 1 was sampled alone, and asks for no other tube (no pooled tube is open
        // there, so nothing is recorded either).
        {
            QString errors;
            const QList<QJsonObject> outcomes = CliSite::scan(m_eight, {residentScan(1)}, &errors);
            QCOMPARE(outcomes.size(), 1);
            QCOMPARE(outcomes.at(0).value(QStringLiteral("outcome")).toString(),
                     QStringLiteral("refused"));
            QVERIFY(!outcomes.at(0).value(QStringLiteral("recall")).toBool());
            const QString message = outcomes.at(0).value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(tubeCode(22)) && message.contains(QStringLiteral("ALONE")),
                     qPrintable(message));
        }
        // Not yet at the province: all still open there. Each station shows at once those
        // it sampled again itself (not the other table's, which it hears of from the
        // province).
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM recalls WHERE state = 'open'")),
                 QStringLiteral("5"));
        for (const auto &[dir, tubes] :
             {qMakePair(m_seven, QStringList{tubeCode(13), tubeCode(14), tubeCode(15)}),
              qMakePair(m_eight, QStringList{tubeCode(22), tubeCode(23)})}) {
            QStringList alone;
            for (const QJsonObject &r : CliSite::recalls(dir)) {
                QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
                if (!r.value(QStringLiteral("sampled_again_at")).toString().isEmpty())
                    alone << r.value(QStringLiteral("sampled_again_tube")).toString();
            }
            alone.sort();
            QCOMPARE(alone, tubes);
            const CliRun listed = CliSite::run(dir, QStringLiteral("recalls"));
            QCOMPARE(int(listed.out.count(QStringLiteral("not yet at the province"))),
                     int(tubes.size()));
        }

        QString error;
        QVERIFY2(CliSite::sync(m_seven, &error), qPrintable(error));
        QVERIFY2(CliSite::sync(m_eight, &error), qPrintable(error));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM recalls WHERE state = "
                                             "'closed'")),
                 QStringLiteral("5"));
        const QStringList closed(5, QStringLiteral("closed"));
        // `sync` brought the site's facts with it, as the window's feed does: the station
        // synced last lists all five closed without a `site-facts` of its own.
        QCOMPARE(
            states(CliSite::jsonLines(
                CliSite::run(m_eight, QStringLiteral("recalls"), {QStringLiteral("--json")}).out)),
            closed);
        QCOMPARE(states(CliSite::recalls(m_seven)), closed);
        QCOMPARE(states(CliSite::recalls(m_eight)), closed);

        // Sent again: the samples are duplicates, the results too; nothing closes, matches or
        // is raised anew.
        QVERIFY2(CliSite::sync(m_seven, &error), qPrintable(error));
        const QJsonObject results = postResults();
        QCOMPARE(results.value(QStringLiteral("duplicate")).toInt(), 3);
        QCOMPARE(results.value(QStringLiteral("matched")).toInt(), 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM recalls")), QStringLiteral("5"));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM site_facts WHERE kind = "
                                             "'recall'")),
                 QStringLiteral("10")); // five raised, five closed
        QCOMPARE(states(CliSite::recalls(m_eight)), closed);
    }
};

QTEST_GUILESS_MAIN(tst_ResultsRecallLoop)
#include "tst_results_recall_loop.moc"
