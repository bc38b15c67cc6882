// SPDX-License-Identifier: GPL-3.0-or-later
// ReachProbe (core/sync/ReachProbe): a listening port is Connected, a closed one Unreachable at
// once (refused), a port that never takes the connection Unreachable once the probe's own
// timeout has passed, an unknown host Unreachable; always answered after start() returns.
#include "core/sync/ReachProbe.h"
#include "tests/sync/SyncTestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace station;
using namespace station::test;

Q_DECLARE_METATYPE(station::ReachProbe::Outcome)

namespace {

constexpr int kWaitMs = 60000; // a guard against hanging, not a speed assertion

struct ProbeAnswer {
    bool answered = false;
    ReachProbe::Outcome outcome = ReachProbe::Outcome::Inconclusive;
    QString reason;
};

ProbeAnswer probe(const QUrl &url, int timeoutMs) {
    ReachProbe probe;
    QSignalSpy finished(&probe, &ReachProbe::finished);
    probe.start(url, timeoutMs);
    ProbeAnswer answer;
    if (!finished.isEmpty()) // never before start() returns
        return answer;
    if (!probe.isRunning() || !finished.wait(kWaitMs))
        return answer;
    answer.answered = true;
    answer.outcome = finished.first().at(0).value<ReachProbe::Outcome>();
    answer.reason = finished.first().at(1).toString();
    return answer;
}

} // namespace

class tst_ReachProbe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ReachProbe::Outcome>(); }

    void listeningPortIsConnected() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ProbeAnswer answer =
            probe(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), 3000);
        QVERIFY(answer.answered);
        QCOMPARE(answer.outcome, ReachProbe::Outcome::Connected);
        QVERIFY(answer.reason.isEmpty());
    }

    void closedPortIsUnreachable() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        // A timeout longer than the guard: only the refusal can answer.
        const ProbeAnswer answer =
            probe(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), 10 * kWaitMs);
        QVERIFY(answer.answered);
        QCOMPARE(answer.outcome, ReachProbe::Outcome::Unreachable);
        QVERIFY(!answer.reason.isEmpty());
    }

    void silentPortIsUnreachableAfterTheTimeout() {
        UnansweredPort silent;
        QVERIFY(silent.ok());
        const ProbeAnswer answer = probe(silent.url(), 300);
        QVERIFY(answer.answered);
        QCOMPARE(answer.outcome, ReachProbe::Outcome::Unreachable);
        QVERIFY2(answer.reason.contains(QLatin1String("300 ms")), qPrintable(answer.reason));
    }

    void unknownHostIsUnreachable() {
        const ProbeAnswer answer = probe(QUrl(QStringLiteral("https://hub.invalid:8443")), 10000);
        QVERIFY(answer.answered);
        QCOMPARE(answer.outcome, ReachProbe::Outcome::Unreachable);
    }

    void abortSaysNothing() {
        UnansweredPort silent;
        QVERIFY(silent.ok());
        ReachProbe probe;
        QSignalSpy finished(&probe, &ReachProbe::finished);
        probe.start(silent.url(), 200);
        QVERIFY(probe.isRunning());
        probe.abort();
        QVERIFY(!probe.isRunning());
        // Past the timeout the probe had: still nothing.
        QTest::qWait(400);
        QVERIFY(finished.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ReachProbe)
#include "tst_reach_probe.moc"
