// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxRelay.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"
#include "core/sync/AnchorAcknowledgement.h"
#include "core/sync/AuditAnchor.h"
#include "core/sync/SilentServer.h"
#include "core/sync/SiteNotes.h"
#include "core/sync/SyncTls.h"
#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"
#include "protocol/ResidentCodeKey.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace station {

namespace {
constexpr int kIdleCheckMs = 5000; // how soon records made while idle start on their way
} // namespace

OutboxRelay::OutboxRelay(QString databasePath, SyncSettings settings, QString deviceToken,
                         Clock clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_settings(std::move(settings))
    , m_token(std::move(deviceToken))
    , m_clock(std::move(clock))
    , m_batchSize(qBound(1, m_settings.batchSize, 500)) {}

OutboxRelay::~OutboxRelay() {
    stop();
}

void OutboxRelay::start() {
    if (m_db)
        return;
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_databasePath);
    if (!opened.ok()) {
        m_db.reset();
        fail(SyncStatus::Problem::LocalStorage, opened.message(), m_status.connection);
        return;
    }
    m_store = std::make_unique<OutboxStore>(*m_db, m_clock, m_codec);
    QSqlError resendError;
    if (const int resent = m_store->resendRecordsOfKnownKinds(&resendError); resent > 0)
        qCInfo(lcSync) << resent << "records rejected for their kind are sent again";
    if (resendError.isValid())
        qCWarning(lcSync) << "could not queue rejected records again:" << resendError.text();
    if (const auto identity = StationStore(*m_db, m_clock).identity()) {
        m_stationId = identity->deviceId;
        // The site dashboard's name for this table; a protocol string, not translated.
        m_tableLabel = QStringLiteral("Table %1").arg(identity->tableNumber);
    }
    m_network = new QNetworkAccessManager(this);
    if (!syncTlsConfiguration(m_settings.pinnedCaPath, &m_tls, &m_tlsSetupError))
        qCWarning(lcSync) << "pinned CA unusable";
    if (m_settings.hasFallback() &&
        !syncTlsConfiguration(m_settings.fallbackCaPath, &m_fallbackTls, &m_fallbackTlsError))
        qCWarning(lcSync) << "the fallback's pinned CA unusable";
    QSqlError outageError;
    showOutage(PrimaryOutage(*m_db).since(&outageError));
    m_backoff = new Backoff(m_settings.minBackoffMs, m_settings.maxBackoffMs,
                            QRandomGenerator::global()->generate(), this);
    connect(m_backoff, &Backoff::due, this, &OutboxRelay::syncNow);
    m_primaryProbe = new ReachProbe(this);
    connect(m_primaryProbe, &ReachProbe::finished, this, &OutboxRelay::onPrimaryProbe);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(qMin(kIdleCheckMs, m_settings.probeIntervalMs));
    connect(m_tickTimer, &QTimer::timeout, this, &OutboxRelay::onTick);
    m_tickTimer->start();
    refreshCounts();
    syncNow();
}

void OutboxRelay::stop() {
    if (m_tickTimer)
        m_tickTimer->stop();
    if (m_backoff)
        m_backoff->cancel();
    if (m_primaryProbe)
        m_primaryProbe->abort();
    if (m_batchReply) {
        QNetworkReply *reply = m_batchReply;
        m_batchReply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_probeReply) {
        QNetworkReply *reply = m_probeReply;
        m_probeReply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_inFlight.clear();
    m_store.reset();
    m_db.reset();
}

void OutboxRelay::setDeviceToken(const QString &token) {
    m_token = token;
    syncNow();
}

void OutboxRelay::setFallbackToken(const QString &token) {
    m_fallbackToken = token;
}

bool OutboxRelay::fallbackReady() const {
    return m_settings.hasFallback() && !m_fallbackToken.isEmpty() && m_fallbackTlsError.isEmpty();
}

void OutboxRelay::showOutage(const std::optional<QDateTime> &since) {
    m_status.primaryUnreachableSince = since.value_or(QDateTime());
    m_status.fallbackFrom =
        since && fallbackReady() ? since->addSecs(m_settings.fallbackAfterSecs) : QDateTime();
}

bool OutboxRelay::primaryUnreachable() {
    const QDateTime now = m_clock();
    PrimaryOutage outage(*m_db);
    QSqlError error = outage.noteUnreachable(now);
    std::optional<QDateTime> since;
    if (!error.isValid())
        since = outage.since(&error);
    if (error.isValid()) {
        // Without the outage's start the fallback is never due: the records wait here.
        qCWarning(lcSync) << "the primary's outage could not be kept:" << error.nativeErrorCode();
        return false;
    }
    showOutage(since);
    if (!fallbackReady() || !fallbackDue(since, now, m_settings.fallbackAfterSecs))
        return false;
    qCInfo(lcSync) << "the primary is unreachable since" << since->toString(Qt::ISODate)
                   << "; records go to the fallback";
    m_route = SyncRoute::Fallback;
    m_status.route = SyncRoute::Fallback;
    return true;
}

void OutboxRelay::primaryAnswered() {
    if (m_status.primaryUnreachableSince.isValid() || m_status.route != SyncRoute::Primary) {
        if (const QSqlError error = PrimaryOutage(*m_db).noteAnswered(); error.isValid())
            qCWarning(lcSync) << "the primary's outage could not be cleared:"
                              << error.nativeErrorCode();
        else
            qCInfo(lcSync) << "the primary answers again";
    }
    showOutage(std::nullopt);
    m_status.route = SyncRoute::Primary;
}

void OutboxRelay::setNetworkReachable(bool reachable) {
    if (!reachable) {
        m_status.connection = SyncStatus::Connection::Offline;
        publish();
        return;
    }
    qCInfo(lcSync) << "network reachable again; syncing now";
    syncNow();
}

void OutboxRelay::syncNow() {
    // Not started, or a batch (or the probe before it) is on its way: its answer continues
    // the pass.
    if (!m_db || m_batchReply || m_primaryProbe->isRunning())
        return;
    m_backoff->cancel();
    m_route = SyncRoute::Primary; // every pass asks the primary first
    if (probePrimaryFirst()) {
        qCInfo(lcSync) << "outage recorded: probing the primary before the pass";
        m_status.syncing = true;
        publish();
        m_primaryProbe->start(m_settings.serverUrl, m_settings.primaryProbeTimeoutMs);
        return;
    }
    sendNextBatch();
}

bool OutboxRelay::probePrimaryFirst() const {
    // Only where a request would go out (sendNextBatch says why it would not), and only when
    // the probe can change where it goes.
    return m_status.primaryUnreachableSince.isValid() && fallbackReady() &&
           m_settings.isConfigured() && m_tlsSetupError.isEmpty() && !m_token.isEmpty();
}

void OutboxRelay::onPrimaryProbe(ReachProbe::Outcome outcome, const QString &reason) {
    m_status.syncing = false;
    if (!m_db)
        return;
    if (outcome == ReachProbe::Outcome::Unreachable) {
        qCInfo(lcSync) << "the primary is still out of reach (probe)";
        return onPrimaryUnreachable(reason);
    }
    // Connected, or no clear sign: the primary's own answer decides.
    sendNextBatch();
}

void OutboxRelay::onPrimaryUnreachable(const QString &reason) {
    if (primaryUnreachable())
        return sendNextBatch(); // the same records, to the province
    const QString since =
        QLocale().toString(m_status.primaryUnreachableSince.toLocalTime(), QStringLiteral("HH:mm"));
    using P = SyncStatus::Problem;
    using C = SyncStatus::Connection;
    if (m_status.fallbackFrom.isValid())
        return fail(P::Network,
                    tr("The site hub cannot be reached since %1 (%2). Records stay on "
                       "this station; if the hub is still out of reach at %3 they go "
                       "straight to the province.")
                        .arg(since, reason,
                             QLocale().toString(m_status.fallbackFrom.toLocalTime(),
                                                QStringLiteral("HH:mm"))),
                    C::Offline);
    return fail(P::Network,
                tr("The site hub cannot be reached since %1 (%2), and the province is "
                   "not ready as a fallback (%3). Records stay on this station and are "
                   "sent when the connection is back.")
                    .arg(since, reason,
                         m_fallbackTlsError.isEmpty()
                             ? tr("this station is not enrolled at the province")
                             : m_fallbackTlsError),
                C::Offline);
}

void OutboxRelay::sendNextBatch() {
    if (!m_settings.isConfigured())
        return fail(SyncStatus::Problem::NotConfigured,
                    tr("No server address is set for sync. Records stay on this station."),
                    SyncStatus::Connection::Unknown, 0);
    if (!m_tlsSetupError.isEmpty())
        return fail(SyncStatus::Problem::Tls, m_tlsSetupError, SyncStatus::Connection::Unknown, 0);
    if (m_token.isEmpty())
        return fail(SyncStatus::Problem::NotEnrolled,
                    tr("This station is not enrolled with the server yet. Enter the site's "
                       "enrollment code; records stay on this station."),
                    SyncStatus::Connection::Unknown, 0);
    QSqlError error;
    const QList<OutboxRow> rows = m_store->pendingBatch(m_batchSize, &error, m_route);
    if (!error.isValid())
        error = m_store->markAttempt(rows);
    if (error.isValid()) {
        return fail(SyncStatus::Problem::LocalStorage,
                    Database::storageError(error, tr("reading the records to upload")).message,
                    m_status.connection);
    }
    if (rows.isEmpty()) {
        refreshCounts();
        publish();
        Q_EMIT passFinished(true);
        return;
    }
    m_inFlight = rows;
    // The audit head travels with every batch, so that the server can anchor the log.
    QSqlError headError;
    m_sentHead = currentAuditHead(m_db->connection(), &headError);
    if (headError.isValid())
        qCWarning(lcSync) << "audit head unreadable:" << headError.nativeErrorCode();
    m_sslErrors.clear();
    QNetworkReply *reply =
        m_network->post(request(QStringLiteral("/v1/records"), m_route), batchBody(rows));
    m_batchReply = reply;
    // Only errors that stand are kept: a pinned CA-issued certificate's ignored ones must not
    // turn a later timeout into a certificate problem (which never leads to the fallback).
    trustPinnedCertificate(reply, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // A silent server is out of reach after connectTimeoutMs, not after a request timeout;
    // one that stops answering after the batch went out, soon after (net/ConnectDeadline.h).
    limitSilence(reply, m_settings.connectTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onBatchReply(reply); });
    m_status.syncing = true;
    publish();
}

QByteArray OutboxRelay::batchBody(const QList<OutboxRow> &rows) const {
    // The backlog once this batch is answered, for the site dashboard: the server stores it
    // with the batch, so the last batch of a pass leaves 0 there, not its own size. The batch
    // is the route's first rows by seq.
    QSqlError error;
    const OutboxCounts counts = m_store->counts(&error, rows.isEmpty() ? 0 : rows.last().seq);
    std::optional<protocol::StationStatus> status;
    // The primary (the hub) is owed what the province took during an outage as well.
    const qint64 backlog =
        m_route == SyncRoute::Primary ? counts.pending + counts.awaitingPrimary : counts.pending;
    if (!error.isValid())
        status =
            protocol::StationStatus{m_tableLabel, backlog,
                                    counts.oldestPending.isValid()
                                        ? counts.oldestPending.toUTC().toString(Qt::ISODateWithMs)
                                        : QString()};
    return protocol::batchRequestBody(m_stationId, rows, m_sentHead, status);
}

QNetworkRequest OutboxRelay::request(const QString &path, SyncRoute route) const {
    const bool fallback = route == SyncRoute::Fallback;
    QUrl url = fallback ? m_settings.fallbackUrl : m_settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest r(url);
    r.setSslConfiguration(fallback ? m_fallbackTls : m_tls);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Authorization", "Bearer " + (fallback ? m_fallbackToken : m_token).toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(m_settings.requestTimeoutMs);
    keepConnectionBriefly(&r); // a pass after a pause connects afresh (limitSilence)
    return r;
}

void OutboxRelay::onBatchReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_batchReply)
        return;
    m_batchReply = nullptr;
    m_status.syncing = false;
    const QList<OutboxRow> rows = std::exchange(m_inFlight, {});
    const std::optional<protocol::AuditHead> sentHead = std::exchange(m_sentHead, std::nullopt);
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int http = statusAttr.isValid() ? statusAttr.toInt() : 0;
    // A reply that failed before any answer has no body to read.
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray();
    const QString reason = protocol::syncErrorReason(body);
    using P = SyncStatus::Problem;
    using C = SyncStatus::Connection;
    const bool fallback = m_route == SyncRoute::Fallback;
    if (http == 0) {
        // A certificate that does not match is an answer, from someone: never a reason to
        // send the records elsewhere.
        if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
            return fail(P::Tls, describeTlsErrors(m_sslErrors), C::Offline);
        qCInfo(lcSync) << "transport error:" << reply->error() << (fallback ? "(fallback)" : "")
                       << (silenceOf(reply) != Silence::None ? "(silent)" : "");
        // "Operation canceled" would not tell the user that nobody answered.
        const QString why = noAnswerReason(reply);
        if (!fallback && m_settings.hasFallback() && isUnreachable(reply->error()))
            return onPrimaryUnreachable(why);
        if (fallback)
            return fail(P::Network,
                        tr("Neither the site hub nor the province can be reached (%1). Records "
                           "stay on this station and are sent when the connection is back.")
                            .arg(why),
                        C::Offline);
        return fail(P::Network,
                    tr("The server cannot be reached (%1). Records stay on this station and "
                       "are sent when the connection is back.")
                        .arg(why),
                    C::Offline);
    }
    if (!fallback)
        primaryAnswered(); // whatever it said, the primary is there
    if (http == 200) {
        QStringList sent;
        sent.reserve(rows.size());
        for (const OutboxRow &row : rows)
            sent.append(row.uuid);
        const std::optional<QList<protocol::RecordOutcome>> outcomes =
            protocol::parseBatchAnswer(body, sent);
        if (!outcomes)
            return fail(P::ServerError,
                        tr("The server's answer did not match the records sent. Records stay "
                           "on this station."),
                        C::Online);
        // The site's notes on these records go in first: once the rows are answered they
        // are never sent again, and no later answer would bring the notes back.
        const QList<SiteNote> notes = parseSiteNotes(body);
        if (const QSqlError notesError = saveSiteNotes(*m_db, notes, m_clock());
            notesError.isValid())
            return fail(P::LocalStorage,
                        Database::storageError(notesError, tr("saving the site's notes")).message,
                        C::Online);
        if (!notes.isEmpty()) {
            qCInfo(lcSync) << notes.size() << "site notes on the batch";
            Q_EMIT siteNotesReceived(int(notes.size()));
        }
        const QSqlError error = m_store->applyOutcomes(rows, *outcomes, m_route);
        if (error.isValid())
            return fail(P::LocalStorage,
                        Database::storageError(error, tr("saving the server's answer")).message,
                        C::Online);
        qCInfo(lcSync) << "batch of" << rows.size() << "answered"
                       << (fallback ? "by the fallback" : "");
        if (const protocol::AnnouncedCodeKey codeKey = protocol::announcedResidentCodeKey(body);
            codeKey.state == protocol::AnnouncedCodeKey::State::Valid)
            Q_EMIT residentCodeKeyAnnounced(codeKey.key);
        if (sentHead) {
            // The server answers with the head it held before this batch, and this station
            // kept the last head the server confirmed: the log must still have both, or it
            // was cut or rewritten after it was synchronised. Until it has, no newer head is
            // confirmed, so the problem is reported with every batch. A head whose mismatch
            // an operator acknowledged is no longer reported (the server keeps a head that
            // went backwards until the log passes it).
            const std::optional<protocol::AuditHead> held = protocol::batchAnswerAuditHead(body);
            QSqlError anchorError;
            const std::optional<protocol::AuditHead> confirmed =
                savedAuditAnchor(m_db->connection(), &anchorError);
            QList<AnchorAcknowledgement> acknowledged;
            if (!anchorError.isValid())
                acknowledged = anchorAcknowledgements(m_db->connection(), &anchorError);
            std::optional<protocol::AuditHead> missing;
            for (const auto &head : {held, confirmed}) {
                if (!missing && head && !anchorError.isValid() &&
                    !auditLogHolds(m_db->connection(), *head, &anchorError) &&
                    !anchorAcknowledged(acknowledged, *head))
                    missing = head;
            }
            if (anchorError.isValid())
                return fail(
                    P::LocalStorage,
                    Database::storageError(anchorError, tr("reading the audit log")).message,
                    C::Online);
            if (missing) {
                qCWarning(lcSync) << "audit log no longer holds the synchronised head, row"
                                  << missing->seq;
                // The server confirmed holding that head: kept as the anchor, so that `check`
                // names the same mismatch and it can be acknowledged there.
                if (missing == held) {
                    anchorError = saveAuditAnchor(m_db->connection(), *held, m_clock());
                    if (anchorError.isValid())
                        qCWarning(lcSync)
                            << "audit anchor not saved:" << anchorError.nativeErrorCode();
                }
                return fail(P::AuditMismatch,
                            tr("The province's server holds this station's audit log up to row "
                               "%1, and this station's log no longer matches it: the log was "
                               "cut or changed after it was synchronised. Records are still "
                               "sent; tell the site lead and run sampling-station-cli check. "
                               "Once the site lead has looked into it, an operator clears the "
                               "warning with: sampling-station-cli check "
                               "--acknowledge-anchor-mismatch --reason TEXT --operator "
                               "STAFF_ID")
                                .arg(missing->seq),
                            C::Online, m_settings.maxBackoffMs);
            }
            anchorError = saveAuditAnchor(m_db->connection(), *sentHead, m_clock());
            if (anchorError.isValid())
                qCWarning(lcSync) << "audit anchor not saved:" << anchorError.nativeErrorCode();
        }
        m_status.connection = C::Online;
        m_status.problem = P::None;
        m_status.lastError.clear();
        m_status.lastSuccess = m_clock();
        m_backoff->reset();
        refreshCounts();
        publish();
        sendNextBatch(); // the pass goes on until nothing is pending
        return;
    }
    qCInfo(lcSync) << "server answered HTTP" << http;
    if (http == 401)
        return fail(P::Unauthorized,
                    tr("The server refused this station's device token. Ask the site lead "
                       "to enroll the station again; records stay on this station."),
                    C::Online, m_settings.maxBackoffMs);
    if (http == 403)
        return fail(P::Forbidden,
                    tr("The server does not allow this station to upload: %1 Records stay on "
                       "this station.")
                        .arg(reason),
                    C::Online, m_settings.maxBackoffMs);
    if (http == 413 && m_batchSize > 1) {
        m_batchSize = qMax(1, m_batchSize / 2); // the server's limit is lower: smaller batches
        return sendNextBatch();
    }
    if (http == 400 || http == 413)
        return fail(P::BadRequest,
                    tr("The server could not read the upload: %1 Records stay on this station.")
                        .arg(reason),
                    C::Online, m_settings.maxBackoffMs);
    if (http == 503)
        return fail(P::ServerStorage,
                    tr("The server could not store the records (%1). Nothing was lost; the "
                       "station will try again.")
                        .arg(reason),
                    C::Online);
    return fail(P::ServerError,
                tr("The server answered with error %1. Records stay on this station and are "
                   "sent again later.")
                    .arg(http),
                C::Online);
}

void OutboxRelay::fail(SyncStatus::Problem problem, const QString &message,
                       SyncStatus::Connection connection, int retryAfterMs) {
    m_status.problem = problem;
    // Said of the province, not of the hub the station normally syncs with.
    m_status.lastError = m_route == SyncRoute::Fallback && problem != SyncStatus::Problem::Network
                             ? tr("The province, reached straight while the site hub cannot be "
                                  "reached: %1")
                                   .arg(message)
                             : message;
    m_status.connection = connection;
    m_status.syncing = false;
    if (m_db)
        refreshCounts();
    publish();
    // 0: only a change (new token, new settings, "Sync now") can help; no retry.
    if (retryAfterMs != 0 && m_backoff) {
        int delayMs = retryAfterMs;
        if (delayMs > 0)
            m_backoff->retryAfter(delayMs);
        else
            delayMs = m_backoff->retryLater();
        qCInfo(lcSync) << "next attempt in" << delayMs << "ms";
    }
    Q_EMIT passFinished(false);
}

void OutboxRelay::onTick() {
    if (!m_db || m_batchReply || m_primaryProbe->isRunning())
        return;
    if (m_backoff->isWaiting()) {
        // Waiting after an error: a cheap probe ends a long wait as soon as the server is
        // reachable again.
        if (m_status.connection == SyncStatus::Connection::Offline)
            probe();
        return;
    }
    refreshCounts();
    publish();
    if (m_status.pending > 0 && m_status.problem == SyncStatus::Problem::None) {
        syncNow(); // records made since the last pass
    } else if (m_settings.isConfigured() && m_tlsSetupError.isEmpty() &&
               (!m_sinceProbe.isValid() || m_sinceProbe.hasExpired(m_settings.probeIntervalMs))) {
        probe(); // nothing to send: still tell the user truthfully whether the server is there
    }
}

void OutboxRelay::probe() {
    if (m_probeReply || !m_settings.isConfigured())
        return;
    m_sinceProbe.start();
    QNetworkRequest r = request(QStringLiteral("/v1/health"));
    r.setTransferTimeout(qMin(m_settings.requestTimeoutMs, 10000));
    QNetworkReply *reply = m_network->get(r);
    m_probeReply = reply;
    trustPinnedCertificate(reply);
    limitSilence(reply, m_settings.connectTimeoutMs); // "offline" as soon as a batch would
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeReply(reply); });
}

void OutboxRelay::onProbeReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_probeReply)
        return;
    m_probeReply = nullptr;
    const bool reachable =
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    if (reachable && m_backoff->isWaiting() && !m_batchReply) {
        qCInfo(lcSync) << "server reachable again; syncing now";
        m_backoff->cutShort(); // due() starts the pass
        return;
    }
    // The hub is back after an outage: it is owed what the province took meanwhile.
    if (reachable && !m_batchReply && m_status.awaitingPrimary > 0) {
        qCInfo(lcSync) << "the primary answers again;" << m_status.awaitingPrimary
                       << "records the fallback took go to it now";
        syncNow();
        return;
    }
    if (m_batchReply || m_backoff->isWaiting())
        return; // the batch's own answer says more than the probe
    m_status.connection =
        reachable ? SyncStatus::Connection::Online : SyncStatus::Connection::Offline;
    publish();
}

void OutboxRelay::refreshCounts() {
    QSqlError error;
    const OutboxCounts c = m_store ? m_store->counts(&error) : OutboxCounts{};
    if (error.isValid())
        return;
    m_status.pending = c.pending;
    m_status.awaitingPrimary = c.awaitingPrimary;
    m_status.conflicts = c.conflicts;
    m_status.rejected = c.rejected;
    m_status.oldestPending = c.oldestPending;
}

void OutboxRelay::publish() {
    Q_EMIT statusChanged(m_status);
}

} // namespace station
