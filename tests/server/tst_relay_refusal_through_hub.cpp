// SPDX-License-Identifier: GPL-3.0-or-later
// A record the province refuses after a site hub accepted it, with real processes on
// loopback: a province server, a site hub (province-server --site-hub) and two stations
// (sampling-station-cli). A station of another site takes tube code TB00000005 first, straight
// at the province; then the hub's station samples into the same code. Only the province
// knows every site's tube codes: the hub accepts the sample, the province rejects it when
// the hub relays it (tube_code_of_other_site). The hub keeps the refusal (relay-status) and
// never sends the record again; the station learns it from the hub's facts and lists it as a
// sync problem, once, with what to do, and without personal data.
#include "core/domain/IdDocument.h"
#include "tests/models/StationFixture.h"
#include "tests/support/CliSite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kOtherSite = QStringLiteral("GZ-YX-0002");
constexpr int kWaitMs = 60000; // a bound on waiting, never a measure

} // namespace

class tst_RelayRefusalThroughHub : public QObject {
    Q_OBJECT

    CliSite m_site;
    QString m_station; // at the hub
    QString m_other;   // of the other site, at the province

    // The station syncs to the hub and the hub has had the province's answer to everything.
    bool syncThroughHub() { return m_site.syncThroughHub(m_station); }
    QList<QJsonObject> syncProblems() {
        CliSite::run(m_station, QStringLiteral("site-facts"));
        return CliSite::jsonLines(
            CliSite::run(m_station, QStringLiteral("sync-problems"), {QStringLiteral("--json")})
                .out);
    }
    static QList<QJsonObject> refusals(const QList<QJsonObject> &problems) {
        QList<QJsonObject> list;
        for (const QJsonObject &p : problems) {
            if (p.value(QStringLiteral("kind")).toString() == QLatin1String("relay_refused"))
                list.append(p);
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_site.startWithHub(&error), qPrintable(error));
        m_station = m_site.addStation(7, 10, &error);
        QVERIFY2(!m_station.isEmpty(), qPrintable(error));
        m_other = m_site.addProvinceStation(kOtherSite, 7, 10, &error);
        QVERIFY2(!m_other.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() {
        m_site.hub().kill();
        m_site.province().kill();
    }

    void provinceRefusalReachesTheStationAsASyncProblem() {
        // The other site takes the tube code first, straight at the province.
        QCOMPARE(CliSite::scan(m_other, {tubeCode(5), residentScan(3)}).size(), 2);
        QString error;
        QVERIFY2(CliSite::sync(m_other, &error), qPrintable(error));

        // The hub's station samples into the same code: the hub cannot know, and accepts.
        const QList<QJsonObject> scanned = CliSite::scan(m_station, {tubeCode(5), residentScan(1)});
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanned.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QVERIFY(syncThroughHub());

        // The hub keeps the province's refusal with its code and reason.
        int exitCode = -1;
        const QString status = m_site.hub().runAdmin({QStringLiteral("relay-status")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(status.contains(QLatin1String("rejected: 1")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("tube_code_of_other_site")), qPrintable(status));

        // The station lists it, once it has read the hub's facts.
        QList<QJsonObject> problems;
        QVERIFY(QTest::qWaitFor(
            [&] {
                problems = syncProblems();
                return !refusals(problems).isEmpty();
            },
            kWaitMs));
        const QList<QJsonObject> refused = refusals(problems);
        QCOMPARE(refused.size(), 1);
        const QJsonObject problem = refused.first();
        QCOMPARE(problem.value(QStringLiteral("code")).toString(),
                 QStringLiteral("tube_code_of_other_site"));
        QCOMPARE(problem.value(QStringLiteral("record_kind")).toString(),
                 QStringLiteral("sample.taken"));
        QCOMPARE(problem.value(QStringLiteral("tube")).toString(), tubeCode(5));
        const QString uuid = problem.value(QStringLiteral("record")).toString();
        QVERIFY(!uuid.isEmpty());
        QVERIFY2(status.contains(uuid), qPrintable(status)); // the same record as at the hub
        QVERIFY(problem.value(QStringLiteral("problem")).toString().contains(tubeCode(5)));
        QVERIFY(!problem.value(QStringLiteral("what_to_do")).toString().isEmpty());
        QVERIFY(problem.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String("another site")));
        const QString text = CliSite::run(m_station, QStringLiteral("sync-problems")).out;
        QVERIFY2(text.contains(uuid), qPrintable(text));
        QVERIFY(!text.contains(resident(1).idNumber)); // never personal data
        for (const QJsonObject &p : problems)
            QVERIFY(!QJsonDocument(p).toJson().contains(resident(1).idNumber.toUtf8()));

        // Exactly once: not sent again, still listed at the hub, listed once at the station.
        QVERIFY(syncThroughHub());
        QTest::qWait(1500);
        QCOMPARE(m_site.hubUpstream().value(QStringLiteral("pending")).toInt(-1), 0);
        const QString again = m_site.hub().runAdmin({QStringLiteral("relay-status")}, &exitCode);
        QVERIFY2(again.contains(QLatin1String("rejected: 1")), qPrintable(again));
        QVERIFY2(again.contains(uuid), qPrintable(again));
        QCOMPARE(refusals(syncProblems()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RelayRefusalThroughHub)
#include "tst_relay_refusal_through_hub.moc"
