// SPDX-License-Identifier: GPL-3.0-or-later
// A recall (待复核) through a site hub, with real processes on loopback: a province server, a
// site hub (province-server --site-hub) and a station (sampling-station-cli) enrolled at the
// hub. The station's pool reaches the province through the hub; the province recalls the
// tube; the hub's RecallPuller copies the recall into the hub's facts under the hub's person
// keys (the hub's site key is not the province's); the station receives it from the hub,
// samples the recalled person alone, and the recall closes at the province once that sample
// is relayed, which the station hears too. A province that stops (SIGSTOP) while it holds the
// hub's recall poll is noticed by the hub at the poll's transfer timeout (the province is not
// asked during the wait: server/RecallPuller.cpp says why), the hub's health says so, and a
// recall raised once it goes on reaches the hub and the station.
#include "core/domain/IdDocument.h"
#include "tests/models/StationFixture.h"
#include "tests/support/CliSite.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = CliSite::siteCode();
constexpr int kWaitMs = 60000; // a bound on waiting, never a measure
// The hub's recall poll (RecallPuller::Timing): the province holds it 25 s; a province that
// stops while holding it is given up on at the poll's transfer timeout (the wait plus 15 s).
constexpr int kPollTransferTimeoutMs = 25000 + 15000;

// The `recalls` object of the hub's `upstream` health: the recall poll's state.
QJsonObject recallPoll(const CliSite &site) {
    return site.hubUpstream().value(QStringLiteral("recalls")).toObject();
}

// Recalls of `tube` among `recalls`.
int recallsOfTube(const QList<QJsonObject> &recalls, const QString &tube) {
    int count = 0;
    for (const QJsonObject &r : recalls)
        count += r.value(QStringLiteral("tube")).toString() == tube;
    return count;
}

} // namespace

class tst_RecallThroughHub : public QObject {
    Q_OBJECT

    CliSite m_site;
    QString m_station;

    // The station syncs to the hub and the hub has relayed everything to the province.
    bool syncThroughHub() { return m_site.syncThroughHub(m_station); }
    // The station's recalls after fetching the hub's facts, once `done` holds for them.
    bool recallsUntil(const std::function<bool(const QList<QJsonObject> &)> &done,
                      QList<QJsonObject> *last) {
        return QTest::qWaitFor(
            [&] {
                *last = CliSite::recalls(m_station);
                return done(*last);
            },
            kWaitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_site.startWithHub(&error), qPrintable(error));
        m_station = m_site.addStation(7, 10, &error);
        QVERIFY2(!m_station.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() {
        m_site.hub().kill();
        m_site.province().kill();
    }

    void recallReachesTheStationThroughTheHubAndCloses() {
        const QList<QJsonObject> pooled =
            CliSite::scan(m_station, {tubeCode(1), residentScan(1), residentScan(2)});
        QCOMPARE(pooled.size(), 3);
        QVERIFY(syncThroughHub());

        int exitCode = -1;
        m_site.province().runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                                    QStringLiteral("--tube"), tubeCode(1)},
                                   &exitCode);
        QCOMPARE(exitCode, 0);
        QList<QJsonObject> recalls;
        QVERIFY2(recallsUntil([](const QList<QJsonObject> &l) { return l.size() == 2; }, &recalls),
                 qPrintable(QString::number(recalls.size())));
        for (const QJsonObject &r : recalls) {
            QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QVERIFY(r.value(QStringLiteral("here")).toBool()); // this station's samples
            const QString who = r.value(QStringLiteral("who")).toString();
            QVERIFY2(who.contains(QLatin1Char('*')), qPrintable(who)); // masked, never whole
            QVERIFY(!who.contains(resident(1).idNumber) && !who.contains(resident(2).idNumber));
        }

        // The hub's person keys match the station's: person 1 is recognised and goes alone.
        const QList<QJsonObject> alone =
            CliSite::scan(m_station, {tubeCode(2), residentScan(1), tubeCode(3)});
        QCOMPARE(alone.size(), 3);
        QCOMPARE(alone.at(1).value(QStringLiteral("question")).toString(),
                 QStringLiteral("tube_code"));
        QVERIFY(alone.at(2).value(QStringLiteral("recall")).toBool());
        QCOMPARE(alone.at(2).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QCOMPARE(alone.at(2).value(QStringLiteral("tube")).toString(), tubeCode(3));
        QVERIFY(syncThroughHub());
        QVERIFY(recallsUntil(
            [](const QList<QJsonObject> &l) {
                int closed = 0;
                for (const QJsonObject &r : l)
                    closed +=
                        r.value(QStringLiteral("state")).toString() == QLatin1String("closed");
                return l.size() == 2 && closed == 1;
            },
            &recalls));
    }

    // Station B samples a recalled person of station A's pool alone while the province is
    // out of reach: the hub has B's sample (its person fact with pool_size 1) but no closed
    // fact. Station A sees the recall as sampled again at B's table, and a scan of that
    // person at A names B's table and tube instead of asking for another single tube.
    void sampledAloneAtAnotherTableShowsAtTheFirst() {
        QString error;
        const QString first = m_site.addStation(8, 10, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QString second = m_site.addStation(9, 10, &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QCOMPARE(CliSite::scan(first, {tubeCode(4), residentScan(3), residentScan(4)}).size(), 3);
        QVERIFY(m_site.syncThroughHub(first));
        int exitCode = -1;
        m_site.province().runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                                    QStringLiteral("--tube"), tubeCode(4)},
                                   &exitCode);
        QCOMPARE(exitCode, 0);
        const auto openOfTube4 = [](const QList<QJsonObject> &l) {
            int open = 0;
            for (const QJsonObject &r : l)
                open += r.value(QStringLiteral("tube")).toString() == tubeCode(4) &&
                        r.value(QStringLiteral("state")).toString() == QLatin1String("open");
            return open;
        };
        QList<QJsonObject> recalls;
        QVERIFY(QTest::qWaitFor(
            [&] {
                recalls = CliSite::recalls(second);
                return openOfTube4(recalls) == 2;
            },
            kWaitMs));
        QVERIFY(QTest::qWaitFor(
            [&] {
                recalls = CliSite::recalls(first);
                return openOfTube4(recalls) == 2;
            },
            kWaitMs));

        // The province goes away: no closed fact can come back through the hub.
        m_site.province().kill();
        const QList<QJsonObject> alone = CliSite::scan(second, {residentScan(3), tubeCode(6)});
        QCOMPARE(alone.size(), 2);
        QCOMPARE(alone.at(0).value(QStringLiteral("question")).toString(),
                 QStringLiteral("tube_code"));
        QCOMPARE(alone.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QCOMPARE(alone.at(1).value(QStringLiteral("tube")).toString(), tubeCode(6));
        QString syncError;
        QVERIFY2(CliSite::sync(second, &syncError), qPrintable(syncError));

        // Station A: the recall is still open (the province has not closed it) and shows as
        // sampled again at table 9 into tube 6; the other person's recall does not.
        const auto sampledAgainAtSecond = [](const QList<QJsonObject> &l) {
            for (const QJsonObject &r : l) {
                if (r.value(QStringLiteral("state")).toString() == QLatin1String("open") &&
                    r.value(QStringLiteral("sampled_again_tube")).toString() == tubeCode(6))
                    return r;
            }
            return QJsonObject();
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                recalls = CliSite::recalls(first);
                return !sampledAgainAtSecond(recalls).isEmpty();
            },
            kWaitMs));
        const QJsonObject resampled = sampledAgainAtSecond(recalls);
        QVERIFY(resampled.value(QStringLiteral("here")).toBool()); // A's own pooled sample
        QVERIFY(!resampled.value(QStringLiteral("sampled_again_station")).toString().isEmpty());
        // B's label as B enrolled it, in the CLI's language ("Table 9", "9号台").
        const QString secondTable =
            resampled.value(QStringLiteral("sampled_again_table")).toString();
        QVERIFY2(secondTable.contains(QLatin1Char('9')), qPrintable(secondTable));
        int notYet = 0;
        for (const QJsonObject &r : recalls)
            notYet += r.value(QStringLiteral("tube")).toString() == tubeCode(4) &&
                      r.value(QStringLiteral("sampled_again_at")).toString().isEmpty();
        QCOMPARE(notYet, 1);

        // Scanned at A (its pooled tube 4 still open): not asked for a single tube but the
        // re-test question, naming B's table and tube; declined, nothing is recorded.
        const QList<QJsonObject> again =
            CliSite::scan(first, {residentScan(3), QStringLiteral("no")});
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).value(QStringLiteral("question")).toString(),
                 QStringLiteral("retest"));
        QCOMPARE(again.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("refused"));
        QVERIFY(!again.at(1).value(QStringLiteral("recall")).toBool());
        QCOMPARE(again.at(1).value(QStringLiteral("count")).toInt(), 2); // tube 4 as it was
        for (const QJsonObject &line : again) {
            const QString message = line.value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(tubeCode(6)) && message.contains(secondTable),
                     qPrintable(message));
            QVERIFY(!message.contains(resident(3).idNumber));
        }

        // The province back: B's sample reaches it through the hub and the recall closes.
        QVERIFY2(m_site.province().restart(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [&] {
                recalls = CliSite::recalls(first);
                return openOfTube4(recalls) == 1;
            },
            2 * kWaitMs)); // the hub's retries back off during the outage
    }

    // The province's process stops (SIGSTOP) while it holds the hub's recall poll (its kernel
    // keeps the connection; nobody answers). The hub gives the poll up at its transfer
    // timeout (40 s) and says in its health that the province did not answer. Once the
    // province goes on, the hub
    // polls again (with its backoff), and a recall raised then reaches the hub and the
    // station; every recall is there once.
    void aProvinceStoppedWhileHoldingTheRecallPollIsNoticed() {
        QString error;
        const QString station = m_site.addStation(10, 10, &error);
        QVERIFY2(!station.isEmpty(), qPrintable(error));
        QCOMPARE(CliSite::scan(station, {tubeCode(11), residentScan(11), residentScan(12)}).size(),
                 3);
        QVERIFY(m_site.syncThroughHub(station));
        int exitCode = -1;
        m_site.province().runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                                    QStringLiteral("--tube"), tubeCode(11)},
                                   &exitCode);
        QCOMPARE(exitCode, 0);
        QList<QJsonObject> recalls;
        QVERIFY(QTest::qWaitFor(
            [&] {
                recalls = CliSite::recalls(station);
                return recallsOfTube(recalls, tubeCode(11)) == 2;
            },
            kWaitMs));
        // The hub asked again as soon as it had the recall: the province holds that poll now.
        QTest::qWait(2000);
        QJsonObject poll = recallPoll(m_site);
        QVERIFY2(poll.value(QStringLiteral("connected")).toBool(),
                 qPrintable(QString::fromUtf8(QJsonDocument(poll).toJson(QJsonDocument::Compact))));

        m_site.province().pause();
        QElapsedTimer stopped;
        stopped.start();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         poll = recallPoll(m_site);
                         return !poll.value(QStringLiteral("connected")).toBool(true);
                     },
                     kWaitMs),
                 qPrintable(m_site.hub().serverLog().right(2000)));
        const qint64 noticedMs = stopped.elapsed();
        qInfo("the hub noticed the province stopped while holding its poll after %lld ms",
              noticedMs);
        const QString why = poll.value(QStringLiteral("last_error")).toString();
        QVERIFY2(why.contains(QLatin1String("recalls")) && why.contains(QLatin1String("no answer")),
                 qPrintable(why));
        // The transfer timeout less the 2 s the poll had been held, with room for a loaded
        // machine.
        QVERIFY2(noticedMs < kPollTransferTimeoutMs + 10000,
                 qPrintable(QString::number(noticedMs)));

        m_site.province().resume();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         poll = recallPoll(m_site);
                         return poll.value(QStringLiteral("connected")).toBool() &&
                                poll.value(QStringLiteral("last_error")).toString().isEmpty();
                     },
                     kWaitMs),
                 qPrintable(m_site.hub().serverLog().right(2000)));
        // Another table's tube (this table's tube 11 is still open).
        const QString other = m_site.addStation(11, 10, &error);
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        QCOMPARE(CliSite::scan(other, {tubeCode(12), residentScan(13), residentScan(14)}).size(),
                 3);
        QVERIFY(m_site.syncThroughHub(other));
        m_site.province().runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                                    QStringLiteral("--tube"), tubeCode(12)},
                                   &exitCode);
        QCOMPARE(exitCode, 0);
        QElapsedTimer raised;
        raised.start();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         recalls = CliSite::recalls(station);
                         return recallsOfTube(recalls, tubeCode(12)) >= 2;
                     },
                     kWaitMs),
                 qPrintable(m_site.hub().serverLog().right(800)));
        qInfo("the recall raised after the province went on reached the station after %lld ms",
              raised.elapsed());
        // Soon: the poll asked again right after the province went on is answered at once.
        QVERIFY2(raised.elapsed() < 20000, qPrintable(QString::number(raised.elapsed())));
        QCOMPARE(recallsOfTube(recalls, tubeCode(11)), 2);
        QCOMPARE(recallsOfTube(recalls, tubeCode(12)), 2);
        QVERIFY(!recallPoll(m_site).value(QStringLiteral("last_success_at")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RecallThroughHub)
#include "tst_recall_through_hub.moc"
