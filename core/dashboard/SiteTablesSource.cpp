// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/SiteTablesSource.h"

#include "core/dashboard/DashboardLogging.h"
#include "core/sync/SilentServer.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncTls.h"
#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace station::dashboard {

namespace {
constexpr int kRequestTimeoutMs = 10000; // a hub on the LAN answers at once, or is not there
} // namespace

SiteTablesFetcher::SiteTablesFetcher(QString dataDir, QString siteCode, QString ownStation)
    : m_dataDir(std::move(dataDir))
    , m_siteCode(std::move(siteCode))
    , m_ownStation(std::move(ownStation)) {}

SiteTablesFetcher::~SiteTablesFetcher() = default;

void SiteTablesFetcher::stop() {
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    delete m_network;
    m_network = nullptr;
}

void SiteTablesFetcher::fetch(const QDateTime &sinceUtc) {
    fetchFrom(sinceUtc, false);
}

void SiteTablesFetcher::fetchFrom(const QDateTime &sinceUtc, bool aggregates) {
    const SyncSettings settings = loadSyncSettings(m_dataDir);
    const QString token = readDeviceToken(m_dataDir);
    if (!settings.isConfigured() || token.isEmpty()) {
        Q_EMIT failed(tr("This station is not enrolled with a hub or the province server."));
        return;
    }
    QSslConfiguration tls;
    QString tlsError;
    if (!syncTlsConfiguration(settings.pinnedCaPath, &tls, &tlsError)) {
        Q_EMIT failed(tlsError);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QUrl url = settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrlQuery query;
    const QString since = sinceUtc.toUTC().toString(Qt::ISODateWithMs);
    if (aggregates) {
        url.setPath(base + QStringLiteral("/v1/sites/%1/aggregates").arg(m_siteCode));
        query.addQueryItem(QStringLiteral("from"), since);
    } else {
        url.setPath(base + QStringLiteral("/v1/site/tables"));
        query.addQueryItem(QStringLiteral("since"), since);
    }
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(kRequestTimeoutMs);
    keepConnectionBriefly(&request); // the next refresh connects afresh (limitSilence)
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    trustPinnedCertificate(reply);
    // A stopped hub is "cannot be reached" at the sync's connect deadline, not after 10 s.
    limitSilence(reply, settings.connectTimeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, aggregates, sinceUtc] { onReply(reply, aggregates, sinceUtc); });
}

void SiteTablesFetcher::onReply(QNetworkReply *reply, bool aggregates, const QDateTime &sinceUtc) {
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray();
    if (http == 404 && !aggregates) {
        qCInfo(lcDashboard) << "the server has no site tables; asking for its aggregates";
        fetchFrom(sinceUtc, true);
        return;
    }
    if (http == 0) {
        qCInfo(lcDashboard) << "site figures: transport error" << reply->error();
        Q_EMIT failed(tr("The server cannot be reached (%1).").arg(noAnswerReason(reply)));
        return;
    }
    if (http != 200) {
        const QString reason = protocol::syncErrorReason(body);
        Q_EMIT failed(reason.isEmpty()
                          ? tr("The server answered with error %1.").arg(http)
                          : tr("The server answered with error %1: %2").arg(http).arg(reason));
        return;
    }
    QString error;
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    std::optional<SiteFigures> figures = aggregates ? siteFiguresFromAggregates(answer, &error)
                                                    : siteFiguresFromTables(answer, &error);
    if (!figures) {
        Q_EMIT failed(error);
        return;
    }
    figures->ownStation = m_ownStation;
    Q_EMIT fetched(*figures);
}

SiteTablesSource::SiteTablesSource(const QString &dataDir, const QString &siteCode,
                                   const QString &ownStation, QTimeZone zone, Clock clock,
                                   QObject *parent)
    : SiteAggregatesSource(parent)
    , m_zone(std::move(zone))
    , m_clock(std::move(clock)) {
    qRegisterMetaType<SiteFigures>();
    m_thread.setObjectName(QStringLiteral("site-figures"));
    m_fetcher = new SiteTablesFetcher(dataDir, siteCode, ownStation);
    m_fetcher->moveToThread(&m_thread);
    connect(m_fetcher, &SiteTablesFetcher::fetched, this, [this](SiteFigures figures) {
        m_inFlight = false;
        figures.receivedAt = m_clock();
        Q_EMIT figuresReady(figures);
    });
    connect(m_fetcher, &SiteTablesFetcher::failed, this, [this](const QString &message) {
        m_inFlight = false;
        Q_EMIT failed(message);
    });
    m_thread.start();
}

SiteTablesSource::~SiteTablesSource() {
    // The network access manager goes in the thread that made it, then the thread stops.
    QMetaObject::invokeMethod(m_fetcher, &SiteTablesFetcher::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_fetcher;
}

void SiteTablesSource::request(const QDate &day) {
    if (m_inFlight)
        return;
    m_inFlight = true;
    const QDateTime since = QDateTime(day, QTime(0, 0), m_zone).toUTC();
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, since] { f->fetch(since); }, Qt::QueuedConnection);
}

} // namespace station::dashboard
