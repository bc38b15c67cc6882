// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/UpstreamRelay.h"

#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"
#include "protocol/ResidentCodeKey.h"
#include "server/AuditHeads.h"
#include "server/Database.h"
#include "server/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace station::server {

namespace {
QString isoOrNull(const QDateTime &time) {
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}
} // namespace

UpstreamRelay::UpstreamRelay(Database &database, SiteHubConfig config, Timing timing,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_queue(database)
    , m_config(std::move(config))
    , m_timing(timing)
    , m_random(QRandomGenerator::global()->generate())
    , m_backoffMs(timing.minBackoffMs)
    , m_batchSize(qBound(1, timing.batchSize, kMaxUpstreamBatch)) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &UpstreamRelay::syncNow);
    m_soonTimer.setSingleShot(true);
    connect(&m_soonTimer, &QTimer::timeout, this, &UpstreamRelay::syncNow);
    m_tickTimer.setInterval(m_timing.probeIntervalMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &UpstreamRelay::onTick);
}

namespace {
UpstreamRelay::Timing timingOf(const SiteHubConfig &config) {
    UpstreamRelay::Timing timing;
    timing.batchSize = config.upstreamBatch;
    return timing;
}
} // namespace

UpstreamRelay::UpstreamRelay(Database &database, SiteHubConfig config, QObject *parent)
    : UpstreamRelay(database, config, timingOf(config), parent) {}

UpstreamRelay::~UpstreamRelay() {
    for (QNetworkReply *reply : {m_reply.data(), m_probeReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

bool UpstreamRelay::prepare(QString *error) {
    QString storageError;
    std::optional<HubUpstreamRow> row = m_queue.hubRow(&storageError);
    if (!row && !storageError.isEmpty()) {
        *error = tr("cannot read the hub's enrollment: %1").arg(storageError);
        return false;
    }
    if (!row) {
        // A database that already serves other sites is a province's: serving it as this
        // site's hub would relay nothing of theirs and refuse their stations.
        const auto others = m_queue.otherSites(m_config.site, &storageError);
        if (!others) {
            *error = tr("cannot read the enrolled devices: %1").arg(storageError);
            return false;
        }
        if (!others->isEmpty()) {
            *error = tr("this database holds devices of other sites (%1): it is not a site "
                        "hub's. Give the hub a database of its own.")
                         .arg(others->join(QStringLiteral(", ")));
            return false;
        }
        if (!m_queue.claimForHub(m_config.hubId, m_config.site, &storageError)) {
            *error = tr("cannot write the hub's enrollment: %1").arg(storageError);
            return false;
        }
        row = HubUpstreamRow{m_config.hubId, m_config.site, QString(), QByteArray()};
    }
    if (row->site != m_config.site || row->hubId != m_config.hubId) {
        *error = tr("this database is the hub %1 of site %2; start it with --site %2 "
                    "--hub-id %1, or give this hub a database of its own")
                     .arg(row->hubId, row->site);
        return false;
    }
    m_token = row->token;
    m_residentCodeKey = row->residentCode;
    if (m_token.isEmpty() && m_config.upstreamEnrollmentCode.isEmpty()) {
        *error = tr("the hub is not enrolled at the province yet: give the code from "
                    "`province-server admin enroll-code --site %1 --role hub` (run at the "
                    "province) with --upstream-enrollment-code, once")
                     .arg(m_config.site);
        return false;
    }
    QFile caFile(m_config.upstreamCaPath);
    const QList<QSslCertificate> cas = caFile.open(QIODevice::ReadOnly)
                                           ? QSslCertificate::fromData(caFile.readAll(), QSsl::Pem)
                                           : QList<QSslCertificate>();
    if (cas.isEmpty()) {
        *error = tr("%1 holds no PEM certificate").arg(m_config.upstreamCaPath);
        return false;
    }
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setCaCertificates(cas); // the system's CAs are not trusted for the province
    return true;
}

void UpstreamRelay::start() {
    if (m_network)
        return;
    m_network = new QNetworkAccessManager(this);
    m_tickTimer.start();
    if (m_token.isEmpty())
        enroll();
    else
        syncNow();
}

void UpstreamRelay::recordsQueued(int count) {
    Q_UNUSED(count)
    m_counts.reset();
    if (!m_network || m_reply || m_retryTimer.isActive() || m_soonTimer.isActive())
        return;
    m_soonTimer.start(m_timing.soonMs);
}

std::optional<QNetworkRequest>
UpstreamRelay::provinceRequest(const QString &path, const QString &query, int timeoutMs) const {
    if (m_token.isEmpty())
        return std::nullopt;
    QNetworkRequest r = request(path, timeoutMs);
    QUrl url = r.url();
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest UpstreamRelay::request(const QString &path, int timeoutMs) const {
    QUrl url = m_config.upstream;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(timeoutMs);
    keepConnectionBriefly(&r); // a pass after a pause connects afresh (limitSilence)
    return r;
}

void UpstreamRelay::syncNow() {
    if (!m_network || m_reply)
        return; // not started, or a request is on its way: its answer continues the pass
    m_retryTimer.stop();
    m_soonTimer.stop();
    if (m_token.isEmpty())
        enroll();
    else
        sendNextBatch();
}

void UpstreamRelay::watch(QNetworkReply *reply) {
    m_reply = reply;
    // The province's certificate given as --upstream-ca is trusted as itself, also when a CA
    // issued it; only errors that stand are kept for last_error.
    trustPinnedCertificate(reply, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // A province gone silent, before or after the batch went out, is noticed in seconds, not
    // at the request timeout; a busy one is waited for (net/ConnectDeadline.h).
    limitSilence(reply, m_timing.connectTimeoutMs);
}

void UpstreamRelay::enroll() {
    const QJsonObject body{{QStringLiteral("site"), m_config.site},
                           {QStringLiteral("enrollment_code"), m_config.upstreamEnrollmentCode},
                           {QStringLiteral("device_id"), m_config.hubId},
                           {QStringLiteral("table"), QStringLiteral("site hub")}};
    m_sslErrors.clear();
    QNetworkReply *reply =
        m_network->post(request(QStringLiteral("/v1/enroll"), m_timing.requestTimeoutMs),
                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onEnrollReply(reply); });
}

void UpstreamRelay::onEnrollReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray();
    if (http == 200) {
        const QString token = protocol::syncDeviceToken(body);
        QString error;
        if (token.isEmpty())
            return fail(tr("the province's enrollment answer holds no token"), true);
        if (!m_queue.saveToken(token, &error))
            return fail(tr("the hub could not keep its token: %1").arg(error), true);
        m_token = token;
        qCInfo(lcServer) << "the hub is enrolled at the province as" << m_config.hubId;
        takeResidentCodeKey(body);
        succeeded();
        return sendNextBatch();
    }
    const QString why = describe(reply, http, body);
    qCWarning(lcServer) << "the hub's enrollment at the province failed:" << why;
    // A refused code stays refused until someone gives a new one: no point knocking often.
    const bool refused = http == 403 || http == 409 || http == 400;
    fail(tr("the province did not enroll the hub: %1").arg(why), http != 0,
         refused ? m_timing.maxBackoffMs : -1);
}

void UpstreamRelay::sendNextBatch() {
    QString error;
    std::optional<QList<QueuedRecord>> batch = std::exchange(m_prepared, std::nullopt);
    if (!batch)
        batch = m_queue.pendingBatch(m_batchSize, m_timing.maxBatchContentBytes, &error, m_cursor);
    if (!batch)
        return fail(tr("the hub cannot read its upstream queue: %1").arg(error), m_connected);
    // The stations' audit heads that moved go with the records (or alone when no record is
    // pending); an unreadable head must not hold the records back.
    std::optional<QList<protocol::RelayedAuditHead>> heads =
        AuditHeads(m_database).unrelayed(protocol::kMaxRelayedAuditHeads, &error);
    if (!heads) {
        qCWarning(lcServer) << "the hub cannot read its stations' audit heads:" << error;
        heads.emplace();
    }
    if (batch->isEmpty() && heads->isEmpty()) {
        // The end of the pass; the next starts from the beginning of the queue again (a
        // record the province answered with an unknown status goes again).
        m_cursor = 0;
        m_counts.reset();
        Q_EMIT drained();
        return;
    }
    m_inFlight = *batch;
    m_inFlightHeads = *heads;
    if (!batch->isEmpty())
        m_cursor = batch->constLast().id;
    QList<protocol::OutgoingRecord> records;
    records.reserve(batch->size());
    for (const QueuedRecord &queued : *batch)
        records.append(queued.record);
    m_sslErrors.clear();
    // The batch's station is the hub: the province checks it against the hub's token.
    QNetworkReply *reply =
        m_network->post(request(QStringLiteral("/v1/records"), m_timing.requestTimeoutMs),
                        protocol::batchRequestBody(m_config.hubId, records, std::nullopt,
                                                   std::nullopt, m_inFlightHeads));
    watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onBatchReply(reply); });
    prepareNextBatch();
}

void UpstreamRelay::prepareNextBatch() {
    QString error;
    m_prepared = m_queue.pendingBatch(m_batchSize, m_timing.maxBatchContentBytes, &error, m_cursor);
    // A failed read is left to sendNextBatch(), which reads again and reports it.
    if (m_prepared && m_prepared->isEmpty())
        m_prepared.reset(); // records queued meanwhile are read when their turn comes
}

void UpstreamRelay::onBatchReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QList<QueuedRecord> sent = std::exchange(m_inFlight, {});
    const QList<protocol::RelayedAuditHead> sentHeads = std::exchange(m_inFlightHeads, {});
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray();
    if (http == 200) {
        QStringList uuids;
        uuids.reserve(sent.size());
        for (const QueuedRecord &queued : sent)
            uuids.append(queued.record.uuid);
        const auto outcomes = protocol::parseBatchAnswer(body, uuids);
        if (!outcomes)
            return fail(tr("the province's answer did not match the records sent"), true);
        // Marked before the next batch is read, which would otherwise carry them again.
        QString headsError;
        if (!sentHeads.isEmpty() && !AuditHeads(m_database).markRelayed(sentHeads, &headsError))
            qCWarning(lcServer) << "the hub could not mark its stations' audit heads relayed:"
                                << headsError;
        // The next batch goes first: the province stores it while the hub marks this one.
        // (Should the marking fail, these records stay pending and go again: the province
        // answers them as duplicates.)
        succeeded();
        sendNextBatch(); // the pass goes on until nothing is pending
        QString error;
        int refused = 0;
        if (!m_queue.applyOutcomes(sent, *outcomes, &error, &refused)) {
            qCWarning(lcServer) << "the hub could not save the province's answer:" << error;
            m_lastError = tr("the hub could not save the province's answer: %1").arg(error);
        } else if (refused > 0) {
            // Uuids, stations and reasons are in `admin relay-status`; no content here.
            qCWarning(lcServer) << "the province did not take" << refused
                                << "relayed record(s); their stations are told";
            Q_EMIT factsAdded(m_config.site);
        }
        takeResidentCodeKey(body);
        return;
    }
    if (http == 413 && m_batchSize > 1) {
        m_batchSize = qMax(1, m_batchSize / 2); // the province's limit is lower
        m_prepared.reset();
        m_cursor = 0;
        return sendNextBatch();
    }
    const QString why = describe(reply, http, body);
    qCInfo(lcServer) << "upstream batch not taken:" << why;
    if (http == 401) {
        // A revoked hub comes back with a new code given at its next start: the next
        // attempt enrolls with it (a code already used is refused, and waits).
        if (!m_config.upstreamEnrollmentCode.isEmpty())
            m_token.clear();
        return fail(tr("the province refused the hub's token (%1); restart the hub with "
                       "--upstream-enrollment-code and a new code from `admin enroll-code "
                       "--role hub`")
                        .arg(why),
                    true, m_timing.maxBackoffMs);
    }
    if (http == 400 || http == 403 || http == 413)
        return fail(tr("the province does not take the hub's records: %1").arg(why), true,
                    m_timing.maxBackoffMs);
    fail(tr("the province cannot be reached or could not store the records: %1").arg(why),
         http != 0);
}

QString UpstreamRelay::describe(QNetworkReply *reply, int http, const QByteArray &body) const {
    if (http == 0 && silenceOf(reply) == Silence::NotHeard)
        return tr("no answer within %1 s").arg(m_timing.connectTimeoutMs / 1000.0);
    if (http == 0 && silenceOf(reply) == Silence::StoppedAnswering)
        return tr("the request went out, then no answer came for %1 s")
            .arg(qRound(silentForMs(reply) / 100.0) / 10.0);
    if (http == 0)
        return reply->errorString();
    const QString reason = protocol::syncErrorReason(body);
    return reason.isEmpty() ? QStringLiteral("HTTP %1").arg(http)
                            : QStringLiteral("HTTP %1: %2").arg(http).arg(reason);
}

void UpstreamRelay::succeeded() {
    m_connected = true;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    m_backoffMs = m_timing.minBackoffMs;
}

void UpstreamRelay::fail(const QString &message, bool connected, int retryAfterMs) {
    if (!m_sslErrors.isEmpty())
        m_lastError = tr("%1 (certificate: %2)").arg(message, m_sslErrors.first().errorString());
    else
        m_lastError = message;
    m_connected = connected;
    // After an error the queue goes again from its oldest pending record.
    m_prepared.reset();
    m_cursor = 0;
    const int delay = retryAfterMs >= 0 ? retryAfterMs : nextBackoffMs();
    qCInfo(lcServer) << "next upstream attempt in" << delay << "ms";
    m_soonTimer.stop();
    m_retryTimer.start(delay);
}

int UpstreamRelay::nextBackoffMs() {
    // Full jitter on the upper half, so that hubs coming back after the same outage do not
    // all knock at once.
    const int ceiling = m_backoffMs;
    m_backoffMs = qMin(m_timing.maxBackoffMs, qMax(1, m_backoffMs) * 2);
    return ceiling / 2 + int(m_random.bounded(quint32(ceiling / 2 + 1)));
}

void UpstreamRelay::onTick() {
    if (m_reply)
        return;
    if (m_retryTimer.isActive()) {
        // Waiting after a network error: a cheap probe ends a long wait as soon as the
        // province answers again. (A refusal is not probed away: it waits its time.)
        if (!m_connected)
            probe();
        return;
    }
    // Idle: records queued without a notice (none is lost, but none is left waiting).
    if (!m_soonTimer.isActive())
        syncNow();
}

void UpstreamRelay::probe() {
    if (m_probeReply)
        return;
    QNetworkReply *reply = m_network->get(request(
        QStringLiteral("/v1/health"), qMin(m_timing.requestTimeoutMs, m_timing.probeIntervalMs)));
    m_probeReply = reply;
    trustPinnedCertificate(reply);
    limitSilence(reply, m_timing.connectTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeReply(reply); });
}

void UpstreamRelay::onProbeReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_probeReply)
        return;
    m_probeReply = nullptr;
    const bool reachable =
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    if (reachable && m_retryTimer.isActive() && !m_reply) {
        qCInfo(lcServer) << "the province answers again; relaying now";
        m_backoffMs = m_timing.minBackoffMs;
        syncNow();
    }
}

void UpstreamRelay::takeResidentCodeKey(const QByteArray &body) {
    const protocol::AnnouncedCodeKey announced = protocol::announcedResidentCodeKey(body);
    if (announced.state == protocol::AnnouncedCodeKey::State::Malformed)
        return;
    // Announced with every answer: none announced means the province gives none.
    const QByteArray key =
        announced.state == protocol::AnnouncedCodeKey::State::Valid ? announced.key : QByteArray();
    if (key == m_residentCodeKey)
        return;
    QString error;
    if (!m_queue.saveResidentCodeKey(key, &error))
        qCWarning(lcServer) << "cannot keep the province's resident-code key:" << error;
    m_residentCodeKey = key;
    Q_EMIT residentCodeKeyChanged(key);
}

QJsonObject UpstreamRelay::statusJson() const {
    QString error;
    if (!m_counts || !m_countsAge.isValid() || m_countsAge.hasExpired(kCountsMaxAgeMs)) {
        m_counts = m_queue.counts(&error);
        m_countsAge.start();
    }
    const std::optional<UpstreamCounts> &counts = m_counts;
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QString lastError = m_lastError;
    if (!counts)
        lastError = tr("the hub cannot read its upstream queue: %1").arg(error);
    return QJsonObject{
        {QStringLiteral("pending"), counts ? counts->pending : qint64(0)},
        {QStringLiteral("oldest_pending_at"), orNull(counts ? counts->oldestPendingAt : QString())},
        {QStringLiteral("last_success_at"), orNull(isoOrNull(m_lastSuccess))},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("connected"), m_connected}};
}

} // namespace station::server
