// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ReachProbe.h"

#include <QTcpSocket>
#include <QTimer>

namespace station {

ReachProbe::ReachProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(Outcome::Unreachable,
               tr("no connection within %1 ms").arg(QString::number(m_timeoutMs)));
    });
}

ReachProbe::~ReachProbe() {
    abort();
}

void ReachProbe::start(const QUrl &server, int timeoutMs) {
    if (m_socket)
        return;
    m_timeoutMs = timeoutMs;
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QAbstractSocket::connected, this,
            [this] { finish(Outcome::Connected, QString()); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                switch (error) {
                case QAbstractSocket::ConnectionRefusedError:
                case QAbstractSocket::HostNotFoundError:
                case QAbstractSocket::SocketTimeoutError:
                case QAbstractSocket::NetworkError: // no route to the host, network down
                    return finish(Outcome::Unreachable, socket->errorString());
                default:
                    return finish(Outcome::Inconclusive, socket->errorString());
                }
            });
    m_timer->start(timeoutMs);
    // From the event loop: a refusal on loopback may come back within connectToHost(), and
    // the answer never comes before start() returns.
    QMetaObject::invokeMethod(
        socket,
        [socket, host = server.host(), port = quint16(server.port(443))] {
            socket->connectToHost(host, port);
        },
        Qt::QueuedConnection);
}

void ReachProbe::abort() {
    m_timer->stop();
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    // Later: abort() may run inside the socket's own signal.
    socket->deleteLater();
}

void ReachProbe::finish(Outcome outcome, const QString &reason) {
    if (!m_socket)
        return;
    abort();
    Q_EMIT finished(outcome, reason);
}

} // namespace station
