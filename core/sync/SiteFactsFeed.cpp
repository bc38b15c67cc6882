// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SiteFactsFeed.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"
#include "core/sync/SilentServer.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SyncTls.h"
#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace station {

namespace {
constexpr int kMaxWaitMs = 25000; // the protocol's longest wait
} // namespace

SiteFactsFeed::SiteFactsFeed(QString databasePath, SyncSettings settings, QString deviceToken,
                             Clock clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_settings(std::move(settings))
    , m_token(std::move(deviceToken))
    , m_clock(std::move(clock)) {}

SiteFactsFeed::~SiteFactsFeed() {
    stop();
}

void SiteFactsFeed::start() {
    if (m_db)
        return;
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_databasePath);
    if (!opened.ok()) {
        m_db.reset();
        Q_EMIT failed(opened.message());
        return;
    }
    QString ownStation;
    if (const auto identity = StationStore(*m_db, m_clock).identity())
        ownStation = identity->deviceId;
    // The key is not needed to keep facts, only to ask about a person.
    m_store = std::make_unique<SiteFactsStore>(*m_db, QByteArray(), ownStation);
    m_network = new QNetworkAccessManager(this);
    QString tlsError;
    if (!syncTlsConfiguration(m_settings.pinnedCaPath, &m_tls, &tlsError)) {
        Q_EMIT failed(tlsError);
        return;
    }
    m_backoff = new Backoff(m_settings.minBackoffMs, m_settings.maxBackoffMs,
                            QRandomGenerator::global()->generate(), this);
    connect(m_backoff, &Backoff::due, this, &SiteFactsFeed::poll);
    poll();
}

void SiteFactsFeed::stop() {
    if (m_backoff)
        m_backoff->cancel();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_store.reset();
    m_db.reset();
}

void SiteFactsFeed::pollNow() {
    if (!m_db || m_reply)
        return;
    m_backoff->reset();
    poll();
}

void SiteFactsFeed::poll() {
    if (!m_store || m_reply)
        return;
    QSqlError error;
    const qint64 after = m_store->cursor(&error);
    if (error.isValid())
        return retryLater(Database::storageError(error, tr("reading the site's facts")).message);
    QUrl url = m_settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1/site/facts"));
    const int wait = qBound(0, m_waitMs, kMaxWaitMs);
    url.setQuery(QStringLiteral("after=%1&wait=%2").arg(after).arg(wait));
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The server holds the question up to `wait`: the transfer may take that long.
    r.setTransferTimeout(wait + m_settings.requestTimeoutMs);
    QNetworkReply *reply = m_network->get(r);
    m_reply = reply;
    trustPinnedCertificate(reply);
    // Heard within the connect deadline; then the server holds the question up to `wait`
    // on purpose, and only silence beyond that is a server gone.
    limitSilence(reply, m_settings.connectTimeoutMs, wait);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void SiteFactsFeed::onReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray();
    if (http == 0)
        return retryLater(tr("The server cannot be reached for the site's facts (%1). The "
                             "table goes on with the facts it has.")
                              .arg(noAnswerReason(reply)));
    if (http != 200)
        return retryLater(tr("The server did not give the site's facts (HTTP %1): %2")
                              .arg(http)
                              .arg(protocol::syncErrorReason(body)));
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonArray facts = answer.value(QLatin1String("facts")).toArray();
    const qint64 lastSeq = answer.value(QLatin1String("last_seq")).toInteger();
    if (const QSqlError error = m_store->apply(facts, lastSeq, m_clock()); error.isValid())
        return retryLater(Database::storageError(error, tr("keeping the site's facts")).message);
    m_backoff->reset();
    if (!facts.isEmpty())
        qCInfo(lcSync) << facts.size() << "site facts kept, cursor" << lastSeq;
    Q_EMIT factsKept(int(facts.size()), lastSeq);
    if (facts.isEmpty())
        Q_EMIT caughtUp();
    // Straight on: the next question waits at the server until there is news.
    if (m_store)
        QTimer::singleShot(0, this, &SiteFactsFeed::poll);
}

void SiteFactsFeed::retryLater(const QString &message) {
    Q_EMIT failed(message);
    if (!m_backoff)
        return;
    const int delay = m_backoff->retryLater();
    qCInfo(lcSync) << "site facts: next attempt in" << delay << "ms";
}

SiteFactsFeedThread::SiteFactsFeedThread(const QString &databasePath, const SyncSettings &settings,
                                         const QString &deviceToken, QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("site-facts-feed"));
    m_feed = new SiteFactsFeed(databasePath, settings, deviceToken);
    m_feed->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    connect(m_feed, &SiteFactsFeed::factsKept, this, &SiteFactsFeedThread::factsKept);
    connect(m_feed, &SiteFactsFeed::failed, this, &SiteFactsFeedThread::failed);
}

SiteFactsFeedThread::~SiteFactsFeedThread() {
    shutdown();
}

void SiteFactsFeedThread::start() {
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_feed, &SiteFactsFeed::start, Qt::QueuedConnection);
}

void SiteFactsFeedThread::shutdown() {
    if (!m_started) {
        delete m_feed; // never moved into a running thread
        m_feed = nullptr;
        m_started = true;
        return;
    }
    if (!m_thread.isRunning())
        return;
    // The feed's socket and database belong to its thread: close them there.
    QMetaObject::invokeMethod(m_feed, &SiteFactsFeed::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_feed = nullptr; // deleted with its thread
}

} // namespace station
