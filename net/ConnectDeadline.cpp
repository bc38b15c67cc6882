// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectDeadline.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace station {

namespace {
const char *const kSilence = "station_silence";
const char *const kSilentFor = "station_silent_for_ms";
constexpr int kIdleConnectionSecs = 2;

// Watches one reply; a child of it, so it ends with it.
class SilenceWatch : public QObject {
public:
    SilenceWatch(QNetworkReply *reply, int connectMs, int holdMs)
        : QObject(reply)
        , m_reply(reply)
        , m_connectMs(connectMs)
        , m_quietMs(holdMs + connectMs) {
        m_connect.setSingleShot(true);
        m_quiet.setSingleShot(true);
        m_probeDeadline.setSingleShot(true);
        connect(&m_connect, &QTimer::timeout, this,
                [this] { giveUp(Silence::NotHeard, m_connectMs); });
        connect(&m_quiet, &QTimer::timeout, this, &SilenceWatch::probe);
        connect(&m_probeDeadline, &QTimer::timeout, this, &SilenceWatch::probeUnanswered);
        connect(reply, &QNetworkReply::encrypted, this, &SilenceWatch::moved);
        connect(reply, &QNetworkReply::requestSent, this, &SilenceWatch::moved);
        connect(reply, &QNetworkReply::metaDataChanged, this, &SilenceWatch::moved);
        connect(reply, &QNetworkReply::readyRead, this, &SilenceWatch::moved);
        connect(reply, &QNetworkReply::downloadProgress, this, &SilenceWatch::moved);
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
            if (sent > 0)
                moved();
        });
        connect(reply, &QNetworkReply::finished, this, &SilenceWatch::stop);
        m_connect.start(connectMs);
    }

private:
    // The server was heard: the connect deadline is met, and the quiet time starts again.
    void moved() {
        if (!m_reply || m_reply->isFinished())
            return;
        m_connect.stop();
        endProbe();
        m_sinceHeard.start();
        m_quiet.start(m_quietMs);
    }

    // Nothing moved for the quiet time: is anyone still there? A fresh handshake tells a busy
    // server (it answers between two requests) from a stopped one. Nothing is sent over it;
    // the certificate is not the question here, so it is not checked.
    void probe() {
        if (!m_reply)
            return;
        const QUrl url = m_reply->url();
        auto *socket = new QSslSocket(this);
        m_probe = socket;
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, socket](QAbstractSocket::SocketError error) {
                    if (socket != m_probe)
                        return;
                    // A handshake that failed was still answered by somebody.
                    if (error == QAbstractSocket::SslHandshakeFailedError)
                        return probeAnswered();
                    probeUnanswered();
                });
        m_probeDeadline.start(m_connectMs);
        if (url.scheme() == QLatin1String("https")) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->setSslConfiguration(tls);
            connect(socket, &QSslSocket::encrypted, this, &SilenceWatch::probeAnswered);
            socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        } else {
            // Plain HTTP (tests, a proxy in front): a taken connection is all there is to hear.
            connect(socket, &QAbstractSocket::connected, this, &SilenceWatch::probeAnswered);
            socket->connectToHost(url.host(), quint16(url.port(80)));
        }
    }

    void probeAnswered() {
        endProbe();
        if (!m_reply || m_reply->isFinished())
            return;
        // Busy or holding the answer on purpose, not gone: its answer is waited for, and its
        // silence counts from here (the "no answer for N s" said is the server's, not the
        // request's: a long poll held 25 s by a province that answered every probe and then
        // stopped has been silent since its last probe).
        m_sinceHeard.start();
        m_quiet.start(m_quietMs);
    }

    void probeUnanswered() {
        endProbe();
        giveUp(Silence::StoppedAnswering,
               int(m_sinceHeard.isValid() ? m_sinceHeard.elapsed() : m_quietMs + m_connectMs));
    }

    void endProbe() {
        m_probeDeadline.stop();
        if (QSslSocket *socket = m_probe) {
            m_probe = nullptr;
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater(); // it may be inside its own signal
        }
    }

    void giveUp(Silence why, int silentMs) {
        stop();
        if (!m_reply || m_reply->isFinished())
            return;
        m_reply->setProperty(kSilence, int(why));
        m_reply->setProperty(kSilentFor, silentMs);
        m_reply->abort();
    }

    void stop() {
        m_connect.stop();
        m_quiet.stop();
        endProbe();
    }

    QPointer<QNetworkReply> m_reply;
    const int m_connectMs;
    const int m_quietMs;
    QTimer m_connect;
    QTimer m_quiet;
    QTimer m_probeDeadline;
    QPointer<QSslSocket> m_probe;
    QElapsedTimer m_sinceHeard; // since a byte moved or a probe was answered
};
} // namespace

void limitSilence(QNetworkReply *reply, int connectMs, int holdMs) {
    new SilenceWatch(reply, connectMs, qMax(0, holdMs));
}

Silence silenceOf(const QNetworkReply *reply) {
    return Silence(reply->property(kSilence).toInt());
}

int silentForMs(const QNetworkReply *reply) {
    return reply->property(kSilentFor).toInt();
}

void keepConnectionBriefly(QNetworkRequest *request) {
    request->setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute,
                          kIdleConnectionSecs);
}

} // namespace station
