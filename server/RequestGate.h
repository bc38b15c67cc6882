// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QSslServer>

#include <functional>
#include <optional>

namespace station::server {

// The head of one HTTP request: what can be judged before its body is read.
struct RequestHead {
    QByteArray method;
    QByteArray path; // without the query
    QByteArray authorization;
    qint64 contentLength = 0;
    bool chunked = false;
};

// An answer given on the head alone; the connection is closed after it.
struct EarlyRefusal {
    int status = 400;
    QByteArray reasonPhrase; // "Unauthorized"
    QByteArray jsonBody;
};

// Qt HTTP Server 6.4 reads a request's whole body into memory before any handler runs,
// and has no hook in between. This TLS server hands QHttpServer its connections with a
// watcher in front: the watcher sees each request's head as soon as it has arrived,
// asks `screen` about it and, on a refusal, answers at once, stops QHttpServer from
// reading that connection, and discards the rest of the body (never buffered) before
// closing, so that the client reads the answer instead of a reset.
class GatedSslServer : public QSslServer {
    Q_OBJECT
public:
    using Screen = std::function<std::optional<EarlyRefusal>(const RequestHead &)>;

    explicit GatedSslServer(Screen screen, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;

    // Requests whose head is larger than this are refused (431).
    static constexpr int kMaxHeadBytes = 64 * 1024;

private:
    Screen m_screen;
};

} // namespace station::server
