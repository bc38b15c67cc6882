// SPDX-License-Identifier: GPL-3.0-or-later
// The fault-injecting proxy of the test support library, against an in-process TCP peer
// that answers every chunk it reads with "OK:" and the chunk.
#include "tests/support/FaultInjectingProxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using station::test::FaultInjectingProxy;

namespace {

class AnsweringPeer : public QObject {
public:
    AnsweringPeer() {
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    received += data;
                    if (!data.startsWith('\x16')) // handshake-looking bytes get no answer
                        socket->write("OK:" + data);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    QTcpServer m_server;
};

QByteArray tlsRecord(char type, int length) {
    QByteArray record;
    record.append(type).append('\x03').append('\x03');
    record.append(char(length >> 8)).append(char(length & 0xff));
    record.append(QByteArray(length, 'x'));
    return record;
}

} // namespace

class tst_FaultInjectingProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainRequests_data() {
        QTest::addColumn<double>("drop");
        QTest::addColumn<double>("reset");
        QTest::addColumn<double>("stall");
        QTest::addColumn<bool>("serverGetsRequest");
        QTest::addColumn<bool>("clientGetsAnswer");
        QTest::newRow("pass") << 0.0 << 0.0 << 0.0 << true << true;
        QTest::newRow("drop response") << 1.0 << 0.0 << 0.0 << true << false;
        QTest::newRow("reset") << 0.0 << 1.0 << 0.0 << false << false;
        QTest::newRow("stall") << 0.0 << 0.0 << 1.0 << true << true;
    }

    void plainRequests() {
        QFETCH(double, drop);
        QFETCH(double, reset);
        QFETCH(double, stall);
        QFETCH(bool, serverGetsRequest);
        QFETCH(bool, clientGetsAnswer);
        AnsweringPeer peer;
        FaultInjectingProxy proxy(peer.port());
        QVERIFY(proxy.listen());
        proxy.setFaults({drop, reset, stall, 200});

        QTcpSocket client;
        QByteArray answer;
        bool closed = false;
        connect(&client, &QTcpSocket::readyRead, this, [&] { answer += client.readAll(); });
        connect(&client, &QTcpSocket::disconnected, this, [&] { closed = true; });
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /v1/health");
        if (clientGetsAnswer) {
            QTRY_COMPARE_WITH_TIMEOUT(answer, QByteArray("OK:GET /v1/health"), 10000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(closed, 10000);
            QCOMPARE(answer, QByteArray());
        }
        QTRY_COMPARE_WITH_TIMEOUT(!peer.received.isEmpty(), serverGetsRequest, 10000);
        if (serverGetsRequest)
            QCOMPARE(peer.received, QByteArray("GET /v1/health"));
        const FaultInjectingProxy::Counters counters = proxy.counters();
        QCOMPARE(counters.requests, 1);
        QCOMPARE(counters.droppedResponses, drop > 0 ? 1 : 0);
        QCOMPARE(counters.resets, reset > 0 ? 1 : 0);
        QCOMPARE(counters.stalls, stall > 0 ? 1 : 0);
    }

    void tlsHandshakeIsNotARequest() {
        // Below TLS the proxy must let the handshake through and strike at the first
        // sizeable application-data record: the request.
        AnsweringPeer peer;
        FaultInjectingProxy proxy(peer.port());
        QVERIFY(proxy.listen());
        proxy.setFaults({0.0, 1.0, 0.0, 0});
        QTcpSocket client;
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray hello = tlsRecord('\x16', 200);
        const QByteArray finished = tlsRecord('\x17', 69); // TLS 1.3 Finished (SHA-384)
        client.write(hello + finished);
        QTRY_COMPARE_WITH_TIMEOUT(peer.received, hello + finished, 10000);
        QCOMPARE(proxy.counters().requests, 0);
        client.write(tlsRecord('\x17', 400));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(proxy.counters().requests, 1);
        QCOMPARE(proxy.counters().resets, 1);
        QCOMPARE(peer.received, hello + finished);
    }

    void keptAliveConnectionRollsPerRequest() {
        AnsweringPeer peer;
        FaultInjectingProxy proxy(peer.port());
        QVERIFY(proxy.listen());
        QTcpSocket client;
        QByteArray answer;
        connect(&client, &QTcpSocket::readyRead, this, [&] { answer += client.readAll(); });
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
        QVERIFY(client.waitForConnected(5000));
        for (int i = 0; i < 3; ++i) {
            answer.clear();
            const QByteArray request = "request " + QByteArray::number(i);
            client.write(request);
            QTRY_COMPARE_WITH_TIMEOUT(answer, "OK:" + request, 10000);
        }
        QCOMPARE(proxy.counters().requests, 3);
        QCOMPARE(proxy.counters().connections, 1);
    }

    void unreachableTargetClosesTheClient() {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
            closedPort = probe.serverPort();
        }
        FaultInjectingProxy proxy(closedPort);
        QVERIFY(proxy.listen());
        QTcpSocket client;
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("anything");
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_FaultInjectingProxy)
#include "tst_fault_injecting_proxy.moc"
