// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>

#include <functional>

namespace station::test {

class ProxiedConnection;

// A TCP proxy on 127.0.0.1 that forwards to a local target port and injects faults per
// request: it drops the response after the server has read the request, resets the
// connection before the request reaches the server, or stalls the request. It works
// below TLS: a request is recognised as the first TLS application-data record of more
// than 100 bytes that the client sends after the server last answered (plain TCP: any
// client data after the server last answered), so it needs no keys and the client
// still verifies the real server certificate end to end.
class FaultInjectingProxy : public QObject {
    Q_OBJECT
public:
    // Probabilities per request; they are tried in this order and must add up to <= 1.
    struct Faults {
        double dropResponse = 0.0;
        double reset = 0.0;
        double stall = 0.0;
        int stallMs = 0;
    };
    struct Counters {
        int connections = 0;
        int requests = 0;
        int droppedResponses = 0;
        int resets = 0;
        int stalls = 0;
    };

    explicit FaultInjectingProxy(quint16 targetPort, quint32 seed = 1, QObject *parent = nullptr);
    ~FaultInjectingProxy() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    void setTargetPort(quint16 port) { m_targetPort = port; }
    void setFaults(const Faults &faults) { m_faults = faults; }
    Counters counters() const { return m_counters; }
    // Runs when a request is recognised, before its bytes go on to the server: a test stops
    // the server there (SIGSTOP), so that the request is all sent and no answer ever begins.
    void setRequestHook(std::function<void()> hook) { m_requestHook = std::move(hook); }
    // Aborts every open connection (both sides).
    void closeAllConnections();

private:
    friend class ProxiedConnection;
    enum class Fault { None, DropResponse, Reset, Stall };
    Fault nextFault();
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    Faults m_faults;
    Counters m_counters;
    QRandomGenerator m_random;
    QList<QPointer<ProxiedConnection>> m_connections;
    std::function<void()> m_requestHook;
};

} // namespace station::test
