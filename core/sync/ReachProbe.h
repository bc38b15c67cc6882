// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpSocket;
class QTimer;

namespace station {

// Whether a server can be reached at all: one plain TCP connection to its host and port,
// closed as soon as it is made, given at most a timeout. Asynchronous (QTcpSocket on the
// caller's thread): it never blocks, and answers with finished(), never before start()
// returns.
//
// It says nothing of what the server would answer: a server that takes the connection may
// still refuse the station (401) or never answer the request. Only a clear sign that nobody
// is there (connection refused, host unknown, network unreachable, no connection within the
// timeout) is Unreachable; any other failure is Inconclusive and the caller asks the server
// as usual.
class ReachProbe : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Connected, Unreachable, Inconclusive };
    Q_ENUM(Outcome)

    explicit ReachProbe(QObject *parent = nullptr);
    ~ReachProbe() override;

    // One probe at a time: a start() while one runs is ignored.
    void start(const QUrl &server, int timeoutMs);
    bool isRunning() const { return m_socket != nullptr; }
    // Ends a probe without an answer.
    void abort();

Q_SIGNALS:
    // `reason`: why it is Unreachable or Inconclusive (the socket's words), for the status.
    void finished(station::ReachProbe::Outcome outcome, const QString &reason);

private:
    void finish(Outcome outcome, const QString &reason);

    QPointer<QTcpSocket> m_socket;
    QTimer *m_timer;
    int m_timeoutMs = 0;
};

} // namespace station
