// SPDX-License-Identifier: GPL-3.0-or-later
// A recall (待复核) through a site hub, with real processes on loopback: a province server, a
// site hub (province-server --site-hub) and a station (sampling-station-cli) enrolled at the
// hub. The station's pool reaches the province through the hub; the province recalls the
// tube; the hub's RecallPuller copies the recall into the hub's facts under the hub's person
// keys (the hub's site key is not the province's); the station receives it from the hub,
// samples the recalled person alone, and the recall closes at the province once that sample
// is relayed, which the station hears too.
#include "core/domain/IdDocument.h"
#include "tests/models/StationFixture.h"
#include "tests/support/CliSite.h"

#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = CliSite::siteCode();
constexpr int kWaitMs = 60000; // a bound on waiting, never a measure

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
};

QTEST_GUILESS_MAIN(tst_RecallThroughHub)
#include "tst_recall_through_hub.moc"
