// SPDX-License-Identifier: GPL-3.0-or-later
// The site hub's link to the province, with a province, a hub and a station's batches as real
// processes and requests on loopback:
// - what --upstream-ca trusts: the CA that issued the province's certificate, or that
//   certificate itself (a leaf the CA issued), as a station trusts a pinned hub certificate
//   (net/PinnedCertificate.h); another certificate of the same CA is refused, and nothing is
//   relayed;
// - a province gone silent (its process stopped: the kernel takes the connection, nobody
//   answers the handshake) is noticed within the hub's connect deadline, not at its request
//   timeout, and the records go up once it answers again, each once;
// - a province that stops after a batch went out (all of it written, no byte of the answer):
//   the hub says it did not answer, before its request timeout, and every record reaches the
//   province once after it goes on.
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestHttpsClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-0001");
const QString kStation = QStringLiteral("gz-th-0001-t01");
constexpr int kRecords = 40;
constexpr int kWaitMs = 60000; // a bound on waiting, never a measured time
// The hub's request timeout (UpstreamRelay::Timing): what a silent province cost before.
constexpr int kRequestTimeoutMs = 30000;

// The hub's arguments under `province` with --upstream-ca replaced by `trusted`.
QStringList hubArgumentsTrusting(const ServerProcess &province, const QString &trusted,
                                 QString *error) {
    QStringList arguments = province.siteHubArguments(kSite, error);
    const qsizetype at = arguments.indexOf(QStringLiteral("--upstream-ca"));
    if (at < 0 || at + 1 >= arguments.size())
        return {};
    arguments[at + 1] = trusted;
    return arguments;
}

// COUNT(*) and COUNT(DISTINCT uuid) of the site's records at the (stopped) province, and the
// devices enrolled there for the site.
struct ProvinceHolds {
    qint64 records = -1;
    qint64 distinct = -1;
    qint64 devices = -1;
};
ProvinceHolds provinceHolds(const ServerProcess &province) {
    ProvinceHolds holds;
    const QString name = QStringLiteral("hub-upstream-link-province");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(province.sqlitePath());
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT COUNT(*), COUNT(DISTINCT uuid) FROM records WHERE site = ?"));
            query.addBindValue(kSite);
            if (query.exec() && query.next()) {
                holds.records = query.value(0).toLongLong();
                holds.distinct = query.value(1).toLongLong();
            }
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM devices WHERE site = ?"));
            query.addBindValue(kSite);
            if (query.exec() && query.next())
                holds.devices = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return holds;
}

// A station of the site enrolled at `hub`, sending its records there as a station does.
class HubStation {
public:
    explicit HubStation(const ServerProcess &hub)
        : m_client(hub.certificate()) {
        m_client.setBaseUrl(hub.baseUrl());
        const QString token = hub.enrollDevice(kSite, kStation);
        m_client.setBearerToken(token);
        m_enrolled = !token.isEmpty();
    }
    bool enrolled() const { return m_enrolled; }

    // `count` new records; the number the hub accepted.
    int send(int count) {
        QList<QJsonObject> records;
        for (int i = 0; i < count; ++i) {
            SyncTestRecord record;
            record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.seq = ++m_seq;
            record.site = kSite;
            record.station = kStation;
            record.extra.insert(QStringLiteral("tube"),
                                QStringLiteral("TB%1").arg(m_seq / 10, 8, 10, QLatin1Char('0')));
            records.append(record.toJson());
        }
        const HttpResult answer =
            m_client.post(QStringLiteral("/v1/records"), syncBatch(kStation, records));
        int accepted = 0;
        for (const QJsonValue &result : answer.json().value(QStringLiteral("results")).toArray())
            accepted += result.toObject().value(QStringLiteral("status")).toString() ==
                        QLatin1String("accepted");
        return accepted;
    }

private:
    TestHttpsClient m_client;
    qint64 m_seq = 0;
    bool m_enrolled = false;
};

bool relayedAll(const ServerProcess &hub) {
    const QJsonObject state = hub.hubUpstream();
    return state.value(QStringLiteral("connected")).toBool() &&
           state.value(QStringLiteral("pending")).toInt(-1) == 0;
}

// The hub counts the province as out of reach, its last error saying `why`.
bool gaveUpOnProvince(const ServerProcess &hub, QLatin1String why) {
    const QJsonObject state = hub.hubUpstream();
    return !state.value(QStringLiteral("connected")).toBool(true) &&
           state.value(QStringLiteral("last_error")).toString().contains(why);
}

} // namespace

class tst_HubUpstreamLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The province's certificate was issued by a CA. The hub is given, as --upstream-ca, that
    // certificate itself, the CA, or another certificate the same CA issued.
    void upstreamCaTrustsTheCaOrTheProvincesOwnCertificate_data() {
        QTest::addColumn<QString>("trusted");
        QTest::addColumn<bool>("relays");
        QTest::newRow("the province's CA-issued certificate") << QStringLiteral("province") << true;
        QTest::newRow("the CA that issued it") << QStringLiteral("ca") << true;
        QTest::newRow("another certificate of the same CA") << QStringLiteral("other") << false;
    }
    void upstreamCaTrustsTheCaOrTheProvincesOwnCertificate() {
        QFETCH(QString, trusted);
        QFETCH(bool, relays);
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        // "other" first: the last one made is the certificate the province shows.
        QVERIFY2(useCaIssuedCertificate(province, QStringLiteral("other"), false, &error),
                 qPrintable(error));
        QVERIFY2(useCaIssuedCertificate(province, QStringLiteral("province"), false, &error),
                 qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const QString trustedPath = trusted == QLatin1String("ca")
                                        ? issuingCaPath(province)
                                        : caIssuedCertificatePath(province, trusted);
        const QStringList hubArguments = hubArgumentsTrusting(province, trustedPath, &error);
        QVERIFY2(!hubArguments.isEmpty(), qPrintable(error));
        ServerProcess hub;
        QVERIFY2(hub.prepare(&error), qPrintable(error));
        hub.setExtraArguments(hubArguments);
        QVERIFY2(hub.start(&error), qPrintable(error));
        HubStation station(hub);
        QVERIFY(station.enrolled());
        QCOMPARE(station.send(kRecords), kRecords); // the hub takes them whatever its upstream

        if (relays) {
            QVERIFY2(QTest::qWaitFor([&] { return relayedAll(hub); }, kWaitMs),
                     qPrintable(hub.serverLog().right(2000)));
        } else {
            // Refused as "not signed by a trusted authority": the hub neither enrolls at the
            // province nor relays, and says why.
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return hub.hubUpstream()
                                 .value(QStringLiteral("last_error"))
                                 .toString()
                                 .contains(QLatin1String("certificate"));
                         },
                         kWaitMs),
                     qPrintable(hub.serverLog().right(2000)));
            const QJsonObject state = hub.hubUpstream();
            QCOMPARE(state.value(QStringLiteral("connected")).toBool(), false);
            QCOMPARE(state.value(QStringLiteral("pending")).toInt(), kRecords);
        }
        hub.kill();
        province.kill();
        const ProvinceHolds holds = provinceHolds(province);
        QCOMPARE(holds.records, relays ? kRecords : 0);
        QCOMPARE(holds.distinct, holds.records);
        QCOMPARE(holds.devices, relays ? 1 : 0); // the hub, enrolled or not
    }

    // The province's process stops (SIGSTOP) after the hub relayed to it: the hub's next pass
    // connects afresh (the idle connection is not kept), nobody answers the handshake, and the
    // hub says the province is out of reach within its connect deadline (10 s), well before
    // its request timeout (30 s). Once the province goes on, every record reaches it once.
    void aSilentProvinceIsNoticedWithinTheConnectDeadline() {
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const QStringList hubArguments = province.siteHubArguments(kSite, &error);
        QVERIFY2(!hubArguments.isEmpty(), qPrintable(error));
        ServerProcess hub;
        QVERIFY2(hub.prepare(&error), qPrintable(error));
        hub.setExtraArguments(hubArguments);
        QVERIFY2(hub.start(&error), qPrintable(error));
        HubStation station(hub);
        QVERIFY(station.enrolled());
        QCOMPARE(station.send(kRecords), kRecords);
        QVERIFY2(QTest::qWaitFor([&] { return relayedAll(hub); }, kWaitMs),
                 qPrintable(hub.serverLog().right(2000)));
        QTest::qWait(3000); // longer than a connection is kept idle (net/ConnectDeadline.h)

        province.pause();
        QElapsedTimer silent;
        silent.start();
        QCOMPARE(station.send(kRecords), kRecords);
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return gaveUpOnProvince(hub, QLatin1String("no answer within")); }, kWaitMs),
            qPrintable(hub.serverLog().right(2000)));
        const qint64 noticedMs = silent.elapsed();
        qInfo("the hub noticed the silent province after %lld ms", noticedMs);
        QVERIFY2(noticedMs < kRequestTimeoutMs * 2 / 3, qPrintable(QString::number(noticedMs)));
        QCOMPARE(hub.hubUpstream().value(QStringLiteral("pending")).toInt(), kRecords);

        province.resume();
        QVERIFY2(QTest::qWaitFor([&] { return relayedAll(hub); }, 2 * kWaitMs),
                 qPrintable(hub.serverLog().right(2000)));
        hub.kill();
        province.kill();
        const ProvinceHolds holds = provinceHolds(province);
        QCOMPARE(holds.records, 2 * kRecords);
        QCOMPARE(holds.distinct, 2 * kRecords);
    }

    // The hub relays through a proxy on its way to the province; as a batch passes, the
    // province's process stops (SIGSTOP): its kernel takes the batch, nobody answers. The hub
    // gives up on it after its quiet time and an unanswered handshake (10 s each), before its
    // request timeout (30 s), and says why; once the province goes on, every record is there
    // once (the batch it held and the one sent again are the same records).
    void aProvinceThatStopsAfterTheBatchWentOutIsGivenUpOn() {
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        station::test::FaultInjectingProxy wan(province.port());
        QVERIFY(wan.listen());
        const QStringList hubArguments = province.siteHubArguments(
            kSite, &error, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(wan.port())));
        QVERIFY2(!hubArguments.isEmpty(), qPrintable(error));
        ServerProcess hub;
        QVERIFY2(hub.prepare(&error), qPrintable(error));
        hub.setExtraArguments(hubArguments);
        QVERIFY2(hub.start(&error), qPrintable(error));
        HubStation station(hub);
        QVERIFY(station.enrolled());
        QCOMPARE(station.send(kRecords), kRecords);
        QVERIFY2(QTest::qWaitFor([&] { return relayedAll(hub); }, kWaitMs),
                 qPrintable(hub.serverLog().right(2000)));

        bool stopped = false;
        wan.setRequestHook([&] {
            if (!stopped) {
                stopped = true;
                province.pause();
            }
        });
        QCOMPARE(station.send(kRecords), kRecords);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return gaveUpOnProvince(hub, QLatin1String("then no answer came")); },
                     kWaitMs),
                 qPrintable(hub.serverLog().right(2000)));
        QVERIFY(stopped);
        QCOMPARE(hub.hubUpstream().value(QStringLiteral("pending")).toInt(), kRecords);

        province.resume();
        QVERIFY2(QTest::qWaitFor([&] { return relayedAll(hub); }, 2 * kWaitMs),
                 qPrintable(hub.serverLog().right(2000)));
        hub.kill();
        province.kill();
        const ProvinceHolds holds = provinceHolds(province);
        QCOMPARE(holds.records, 2 * kRecords);
        QCOMPARE(holds.distinct, 2 * kRecords);
    }
};

QTEST_GUILESS_MAIN(tst_HubUpstreamLink)
#include "tst_hub_upstream_link.moc"
