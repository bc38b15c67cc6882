// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FaultInjectingProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace station::test {

namespace {
constexpr char kTlsHandshake = 0x16;
constexpr char kTlsApplicationData = 0x17;
// Larger than any TLS 1.3 Finished message (69 bytes with SHA-384), smaller than any
// HTTP request with its headers.
constexpr int kRequestRecordMinimum = 100;
// How long a dropped response's connection stays up after the server began answering,
// so that the server has surely read and handled the request.
constexpr int kDropSettleMs = 150;
constexpr int kDropGiveUpMs = 10000;
} // namespace

// One client connection and its upstream twin.
class ProxiedConnection : public QObject {
public:
    ProxiedConnection(FaultInjectingProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this)) {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { fromClient(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            if (m_upstream->state() == QAbstractSocket::ConnectedState)
                m_upstream->disconnectFromHost();
            finishLater();
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            if (!m_stalled)
                flushToUpstream();
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { fromUpstream(); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            if (m_dropping)
                m_client->abort(); // an answer being dropped never reaches the client
            else if (m_client->state() == QAbstractSocket::ConnectedState)
                m_client->disconnectFromHost();
            finishLater();
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                abortBoth();
        });
        m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), proxy->m_targetPort);
    }

    void abortBoth() {
        m_client->abort();
        m_upstream->abort();
        finishLater();
    }

private:
    void finishLater() {
        if (!m_finishing) {
            m_finishing = true;
            QTimer::singleShot(0, this, [this] {
                if (m_client->state() == QAbstractSocket::UnconnectedState &&
                    m_upstream->state() == QAbstractSocket::UnconnectedState)
                    deleteLater();
                else
                    m_finishing = false;
            });
        }
    }

    // True when `data` begins a new request (see the class comment).
    bool startsRequest(const QByteArray &data) {
        if (!m_framingKnown && !data.isEmpty()) {
            m_framingKnown = true;
            m_tls = data.at(0) == kTlsHandshake;
        }
        if (!m_tls)
            return !m_awaitingResponse;
        bool found = false;
        m_recordBuffer += data;
        while (true) {
            if (m_recordRemaining > 0) {
                const int take = int(qMin<qint64>(m_recordRemaining, m_recordBuffer.size()));
                m_recordRemaining -= take;
                m_recordBuffer.remove(0, take);
                if (m_recordRemaining > 0)
                    break;
            }
            if (m_recordBuffer.size() < 5)
                break;
            const char type = m_recordBuffer.at(0);
            const int length = (quint8(m_recordBuffer.at(3)) << 8) | quint8(m_recordBuffer.at(4));
            m_recordBuffer.remove(0, 5);
            m_recordRemaining = length;
            if (type == kTlsApplicationData && length > kRequestRecordMinimum &&
                !m_awaitingResponse && !found)
                found = true;
        }
        return found;
    }

    void fromClient() {
        const QByteArray data = m_client->readAll();
        if (!m_dropping && startsRequest(data)) {
            m_awaitingResponse = true;
            ++m_proxy->m_counters.requests;
            if (m_proxy->m_requestHook) {
                const std::function<void()> hook = m_proxy->m_requestHook; // it may reset itself
                hook();
            }
            switch (m_proxy->nextFault()) {
            case FaultInjectingProxy::Fault::Reset:
                ++m_proxy->m_counters.resets;
                abortBoth();
                return;
            case FaultInjectingProxy::Fault::DropResponse:
                ++m_proxy->m_counters.droppedResponses;
                m_dropping = true;
                QTimer::singleShot(kDropGiveUpMs, this, [this] { abortBoth(); });
                break;
            case FaultInjectingProxy::Fault::Stall:
                ++m_proxy->m_counters.stalls;
                m_stalled = true;
                QTimer::singleShot(m_proxy->m_faults.stallMs, this, [this] {
                    m_stalled = false;
                    flushToUpstream();
                });
                break;
            case FaultInjectingProxy::Fault::None:
                break;
            }
        }
        m_toUpstream += data;
        if (!m_stalled)
            flushToUpstream();
    }

    void flushToUpstream() {
        if (m_upstream->state() != QAbstractSocket::ConnectedState || m_toUpstream.isEmpty())
            return;
        m_upstream->write(m_toUpstream);
        m_toUpstream.clear();
    }

    void fromUpstream() {
        const QByteArray data = m_upstream->readAll();
        m_awaitingResponse = false;
        if (m_dropping) {
            // The server is answering: it has the request. Discard the answer and hang
            // up on the client a moment later.
            if (!m_dropScheduled) {
                m_dropScheduled = true;
                QTimer::singleShot(kDropSettleMs, this, [this] {
                    m_client->abort();
                    m_upstream->disconnectFromHost();
                    finishLater();
                });
            }
            return;
        }
        m_client->write(data);
    }

    FaultInjectingProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QByteArray m_toUpstream;
    QByteArray m_recordBuffer;
    qint64 m_recordRemaining = 0;
    bool m_framingKnown = false;
    bool m_tls = false;
    bool m_awaitingResponse = false;
    bool m_dropping = false;
    bool m_dropScheduled = false;
    bool m_stalled = false;
    bool m_finishing = false;
};

FaultInjectingProxy::FaultInjectingProxy(quint16 targetPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_random(seed) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultInjectingProxy::onNewConnection);
}

FaultInjectingProxy::~FaultInjectingProxy() {
    closeAllConnections();
}

bool FaultInjectingProxy::listen() {
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

void FaultInjectingProxy::closeAllConnections() {
    for (const QPointer<ProxiedConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->abortBoth();
    }
    m_connections.clear();
}

FaultInjectingProxy::Fault FaultInjectingProxy::nextFault() {
    const double roll = m_random.generateDouble();
    double limit = m_faults.dropResponse;
    if (roll < limit)
        return Fault::DropResponse;
    limit += m_faults.reset;
    if (roll < limit)
        return Fault::Reset;
    limit += m_faults.stall;
    if (roll < limit)
        return Fault::Stall;
    return Fault::None;
}

void FaultInjectingProxy::onNewConnection() {
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_counters.connections;
        m_connections.removeAll(nullptr);
        m_connections.append(new ProxiedConnection(this, client));
    }
}

} // namespace station::test
