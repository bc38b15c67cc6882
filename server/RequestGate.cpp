// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RequestGate.h"

#include "server/Logging.h"

#include <QTcpSocket>
#include <QTimer>

namespace station::server {

namespace {

// After a refusal, the body still on its way is read and dropped, up to this much and for
// at most kDrainMs; then the connection is closed regardless.
constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
constexpr int kDrainMs = 10000;

std::optional<RequestHead> parseHead(const QByteArray &head) {
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3)
        return std::nullopt;
    RequestHead parsed;
    parsed.method = requestLine.at(0);
    parsed.path = requestLine.at(1).split('?').first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            parsed.contentLength = value.toLongLong(&ok);
            if (!ok || parsed.contentLength < 0)
                return std::nullopt;
        } else if (name == "transfer-encoding") {
            parsed.chunked = value.toLower().contains("chunked");
        } else if (name == "authorization") {
            parsed.authorization = value;
        }
    }
    return parsed;
}

// Follows one connection request by request: where each head ends and how much body follows.
class RequestWatcher : public QObject {
public:
    RequestWatcher(QTcpSocket *socket, const GatedSslServer::Screen &screen)
        : QObject(socket)
        , m_socket(socket)
        , m_screen(screen) {
        connect(socket, &QTcpSocket::readyRead, this, &RequestWatcher::onReadyRead);
    }

private:
    void onReadyRead() {
        // QHttpServer's own reader runs after this one and consumes what is available, so
        // what is unread now is exactly what arrived since.
        consume(m_socket->peek(m_socket->bytesAvailable()));
    }

    void consume(QByteArray data) {
        while (!data.isEmpty()) {
            if (m_bodyLeft > 0) {
                const qint64 taken = qMin<qint64>(m_bodyLeft, data.size());
                m_bodyLeft -= taken;
                data.remove(0, taken);
                continue;
            }
            m_head += data;
            data.clear();
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > GatedSslServer::kMaxHeadBytes)
                    refuse({431, QByteArrayLiteral("Request Header Fields Too Large"),
                            QByteArrayLiteral("{\"error\":\"bad_request\",\"reason\":\"the "
                                              "request head is too large\"}")},
                           0);
                return;
            }
            const QByteArray head = m_head.left(end);
            data = m_head.mid(end + 4); // the start of the body, or of the next request
            m_head.clear();
            const std::optional<RequestHead> parsed = parseHead(head);
            if (!parsed)
                return stopWatching(); // QHttpServer answers what it cannot parse
            if (const std::optional<EarlyRefusal> refusal = m_screen(*parsed))
                return refuse(*refusal, parsed->contentLength - data.size());
            if (parsed->chunked)
                return stopWatching(); // refused above unless the screen allows it
            m_bodyLeft = parsed->contentLength;
        }
    }

    void stopWatching() {
        disconnect(m_socket, &QTcpSocket::readyRead, this, &RequestWatcher::onReadyRead);
    }

    void refuse(const EarlyRefusal &refusal, qint64 bodyStillComing) {
        qCInfo(lcServer) << "refused a request on its head with HTTP" << refusal.status;
        // QHttpServer must not read (and buffer) anything more from this connection.
        disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->readAll();
        QByteArray answer = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(refusal.status) +
                            ' ' + refusal.reasonPhrase +
                            QByteArrayLiteral("\r\nContent-Type: application/json\r\n"
                                              "Connection: close\r\nContent-Length: ") +
                            QByteArray::number(refusal.jsonBody.size()) +
                            QByteArrayLiteral("\r\n\r\n") + refusal.jsonBody;
        m_socket->write(answer);
        m_drainLeft = qBound<qint64>(0, bodyStillComing, kMaxDrainBytes);
        connect(m_socket, &QTcpSocket::readyRead, this, &RequestWatcher::drain);
        QTimer::singleShot(kDrainMs, this, [this] { m_socket->abort(); });
        drain();
    }

    // Reads and drops the rest of a refused body: the client, still sending it, then gets
    // to read the answer instead of a connection reset.
    void drain() {
        m_drainLeft -= m_socket->skip(m_socket->bytesAvailable());
        if (m_drainLeft <= 0)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    GatedSslServer::Screen m_screen;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0;
};

} // namespace

GatedSslServer::GatedSslServer(Screen screen, QObject *parent)
    : QSslServer(parent)
    , m_screen(std::move(screen)) {}

QTcpSocket *GatedSslServer::nextPendingConnection() {
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket) // before QHttpServer connects its reader, so this one runs first
        new RequestWatcher(socket, m_screen);
    return socket;
}

} // namespace station::server
