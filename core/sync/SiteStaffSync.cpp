// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SiteStaffSync.h"

#include "core/Logging.h"
#include "core/staff/SiteStaffList.h"
#include "core/storage/Database.h"
#include "core/sync/SilentServer.h"
#include "core/sync/SyncTls.h"
#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace station {

namespace {
constexpr int kEntriesPerRequest = 100;
} // namespace

SiteStaffSync::SiteStaffSync(QString databasePath, SyncSettings settings, QString deviceToken,
                             Clock clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_settings(std::move(settings))
    , m_token(std::move(deviceToken))
    , m_clock(std::move(clock)) {}

SiteStaffSync::~SiteStaffSync() {
    stop();
}

void SiteStaffSync::start() {
    if (m_db)
        return;
    m_db = std::make_unique<Database>();
    if (const Status opened = m_db->open(m_databasePath); !opened.ok()) {
        m_db.reset();
        finish(false, opened.message());
        return;
    }
    m_db->setAuditSigner(m_signer);
    m_list = std::make_unique<SiteStaffList>(*m_db, m_clock);
    m_backoff = new Backoff(m_settings.minBackoffMs, m_settings.maxBackoffMs,
                            QRandomGenerator::global()->generate(), this);
    connect(m_backoff, &Backoff::due, this, &SiteStaffSync::syncNow);
    m_network = new QNetworkAccessManager(this);
    syncTlsConfiguration(m_settings.pinnedCaPath, &m_tls, &m_tlsSetupError);
    if (m_intervalMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (!m_backoff->isWaiting())
                syncNow();
        });
        m_timer->start();
    }
}

void SiteStaffSync::stop() {
    if (m_timer)
        m_timer->stop();
    if (m_backoff)
        m_backoff->cancel();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_inFlight.clear();
    m_list.reset();
    m_db.reset();
}

void SiteStaffSync::setDeviceToken(const QString &token) {
    m_token = token;
}

void SiteStaffSync::syncNow() {
    if (!m_db || m_reply)
        return;
    m_sent = 0;
    m_applied = 0;
    m_backoff->cancel(); // this pass is the attempt
    if (!m_settings.isConfigured() || m_token.isEmpty())
        return finish(false, tr("The station is not enrolled with a server."), false);
    if (!m_tlsSetupError.isEmpty())
        return finish(false, m_tlsSetupError, false);
    // A station provisioned before its first operator was queued there: they join the
    // site's list with its first pass.
    if (const Result<int> listed = m_list->queueUnlisted(); !listed)
        return finish(false, listed.message());
    else if (listed.value() > 0)
        qCInfo(lcSync) << listed.value() << "operators put on the site's staff list";
    pushNext();
}

QString SiteStaffSync::serverKey() const {
    return m_settings.serverUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

QNetworkRequest SiteStaffSync::request(const QString &pathAndQuery) const {
    QUrl url = m_settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype query = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(base + pathAndQuery.left(query));
    if (query >= 0)
        url.setQuery(pathAndQuery.mid(query + 1));
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(m_settings.requestTimeoutMs);
    return r;
}

void SiteStaffSync::pushNext() {
    QSqlError error;
    const QList<QueuedStaffEntry> queued = m_list->pending(kEntriesPerRequest, &error);
    if (error.isValid())
        return finish(
            false, Database::storageError(error, tr("reading the staff changes to send")).message);
    if (queued.isEmpty())
        return pullNext();
    QJsonArray entries;
    m_inFlight.clear();
    for (const QueuedStaffEntry &q : queued) {
        entries.append(protocol::siteStaffEntryJson(q.entry));
        m_inFlight.append(q.id);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request(QStringLiteral("/v1/site/staff")), body);
    m_reply = reply;
    trustPinnedCertificate(reply);
    limitSilence(reply, m_settings.connectTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPushReply(reply); });
}

int SiteStaffSync::answered(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_reply)
        return 0;
    m_reply = nullptr;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int http = status.isValid() ? status.toInt() : 0;
    if (http == 0) {
        finish(false, tr("The server cannot be reached (%1).").arg(noAnswerReason(reply)));
        return 0;
    }
    if (http == 404) {
        // A server from before the site's staff list: nothing to do there.
        qCInfo(lcSync) << "the server offers no site staff list";
        finish(true, {});
        return 0;
    }
    if (http != 200) {
        finish(false, tr("The server answered with error %1: %2")
                          .arg(http)
                          .arg(protocol::syncErrorReason(reply->readAll())));
        return 0;
    }
    return http;
}

void SiteStaffSync::onPushReply(QNetworkReply *reply) {
    if (answered(reply) != 200)
        return;
    const QList<qint64> sent = std::exchange(m_inFlight, {});
    const auto outcomes = protocol::parseSiteStaffOutcomes(reply->readAll(), int(sent.size()));
    if (!outcomes)
        return finish(false, tr("The server's answer did not match the staff changes sent."));
    for (const protocol::SiteStaffOutcome &o : *outcomes) {
        // A rejected entry cannot become right by sending it again.
        if (o.status == QLatin1String("rejected"))
            qCWarning(lcSync) << "a staff change was rejected by the server:" << o.reason;
    }
    if (QSqlError e = m_list->forget(sent); e.isValid())
        return finish(false, e.text());
    m_sent += int(sent.size());
    pushNext();
}

void SiteStaffSync::pullNext() {
    QSqlError error;
    const qint64 after = m_list->afterSeq(serverKey(), &error);
    if (error.isValid())
        return finish(false, Database::storageError(error, tr("reading the staff list")).message);
    QNetworkReply *reply =
        m_network->get(request(QStringLiteral("/v1/site/staff?after=%1").arg(after)));
    m_reply = reply;
    trustPinnedCertificate(reply);
    limitSilence(reply, m_settings.connectTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPullReply(reply); });
}

void SiteStaffSync::onPullReply(QNetworkReply *reply) {
    if (answered(reply) != 200)
        return;
    QString why;
    const std::optional<protocol::SiteStaffPage> page =
        protocol::parseSiteStaffPage(reply->readAll(), &why);
    if (!page)
        return finish(false, tr("The server's staff list could not be read: %1").arg(why));
    const QString server = serverKey();
    int applied = 0;
    bool problems = false;
    for (const protocol::SiteStaffEntry &entry : page->entries) {
        const Result<SiteStaffApplied> done = m_list->apply(server, entry);
        if (!done)
            return finish(false, done.message());
        if (done.value() == SiteStaffApplied::Applied ||
            done.value() == SiteStaffApplied::HeldLocally)
            ++applied;
        problems = problems || done.value() == SiteStaffApplied::AnotherPerson;
    }
    const Result<int> noted = m_list->noteCollisions(page->collisions);
    if (!noted)
        return finish(false, noted.message());
    if (problems || noted.value() > 0)
        Q_EMIT syncProblemsNoted();
    m_applied += applied;
    if (applied > 0) {
        qCInfo(lcSync) << applied << "staff entries from the site applied";
        Q_EMIT staffListChanged();
    }
    if (page->more && !page->entries.isEmpty())
        return pullNext();
    finish(true, {});
}

void SiteStaffSync::finish(bool completed, const QString &error, bool retry) {
    m_lastError = error;
    if (completed) {
        if (m_backoff)
            m_backoff->reset();
    } else if (retry && m_backoff) {
        qCInfo(lcSync) << "site staff pass stopped; next attempt in" << m_backoff->retryLater()
                       << "ms";
    } else {
        qCInfo(lcSync) << "site staff pass stopped";
    }
    Q_EMIT passFinished(completed);
}

} // namespace station
