// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecallPuller.h"

#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "server/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace station::server {

namespace {
// How long after the poll's wait the province's answer may take before the poll is given up.
constexpr int kAnswerMarginMs = 15000;
} // namespace

RecallPuller::RecallPuller(Database &database, QString site, RequestMaker makeRequest,
                           Timing timing, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_site(std::move(site))
    , m_makeRequest(std::move(makeRequest))
    , m_timing(timing)
    , m_random(QRandomGenerator::global()->generate())
    , m_backoffMs(timing.minBackoffMs) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RecallPuller::poll);
}

RecallPuller::~RecallPuller() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void RecallPuller::start() {
    if (m_network)
        return;
    m_network = new QNetworkAccessManager(this);
    poll();
}

qint64 RecallPuller::cursor(QString *error) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_seq FROM upstream_facts_cursor WHERE site = ?"));
    query.addBindValue(m_site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

void RecallPuller::poll() {
    if (m_reply)
        return;
    QString error;
    const qint64 after = cursor(&error);
    if (!error.isEmpty())
        return retryLater(tr("the hub cannot read how far it has read the recalls: %1").arg(error));
    const std::optional<QNetworkRequest> request =
        m_makeRequest(QStringLiteral("/v1/site/facts"),
                      QStringLiteral("after=%1&wait=%2").arg(after).arg(m_timing.waitMs),
                      m_timing.waitMs + kAnswerMarginMs);
    if (!request)
        return retryLater(tr("the hub is not enrolled at the province yet"));
    m_reply = m_network->get(*request);
    QNetworkReply *reply = m_reply;
    trustPinnedCertificate(reply); // as the relay: the province's certificate as --upstream-ca
    // The poll's wait as the hold: the province is not asked during it. Asking by a handshake
    // after every connect deadline would notice a province that stops while holding the poll
    // within about 20 s instead of at the transfer timeout (the wait plus 15 s), but costs the
    // province about 1-1.8 ms of CPU per handshake (docs/benchmarks.md, session 35): 0.1 a
    // second from every hub of the province, where a later notice of a stopped province costs
    // a hub nothing (it retries; no recall is lost).
    limitSilence(reply, m_timing.connectTimeoutMs, m_timing.waitMs);
    // The province took the handshake: heard, though its answer is held up to waitMs.
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        m_connected = true;
        m_lastError.clear();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

QString RecallPuller::describe(const QNetworkReply *reply, int http) const {
    if (http != 0)
        return QStringLiteral("HTTP %1").arg(http);
    const auto seconds = [](int ms) { return qRound(ms / 100.0) / 10.0; };
    switch (silenceOf(reply)) {
    case Silence::NotHeard:
        return tr("no answer within %1 s").arg(seconds(silentForMs(reply)));
    case Silence::StoppedAnswering:
        return tr("the request went out, then no answer came for %1 s")
            .arg(seconds(silentForMs(reply)));
    case Silence::None:
        break;
    }
    // The transfer timeout (the province held the poll, then said nothing more).
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return tr("no answer within %1 s").arg((m_timing.waitMs + kAnswerMarginMs) / 1000);
    return reply->errorString();
}

QJsonObject RecallPuller::statusJson() const {
    return QJsonObject{{QStringLiteral("connected"), m_connected},
                       {QStringLiteral("last_success_at"),
                        m_lastSuccess.isValid()
                            ? QJsonValue(m_lastSuccess.toString(Qt::ISODateWithMs))
                            : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("last_error"), m_lastError}};
}

void RecallPuller::onReply(QNetworkReply *reply) {
    reply->deleteLater();
    m_reply = nullptr;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray(); // none if aborted
    if (reply->error() != QNetworkReply::NoError || http != 200)
        return retryLater(
            tr("the province's recalls cannot be read: %1").arg(describe(reply, http)));
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (!answer.value(QLatin1String("last_seq")).isDouble())
        return retryLater(tr("the province's answer of recalls is not readable"));
    QString error;
    const std::optional<int> kept =
        keep(answer.value(QLatin1String("facts")).toArray(),
             answer.value(QLatin1String("last_seq")).toInteger(), &error);
    if (!kept)
        return retryLater(tr("the hub cannot keep the province's recalls: %1").arg(error));
    m_backoffMs = m_timing.minBackoffMs;
    m_connected = true;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    if (*kept > 0) {
        qCInfo(lcServer) << "copied" << *kept << "recall facts from the province";
        Q_EMIT factsAdded(m_site);
    }
    poll(); // a long poll: the next question waits at the province
}

void RecallPuller::retryLater(const QString &why) {
    // Full jitter on the upper half, as UpstreamRelay: hubs back after one outage spread out.
    const int ceiling = m_backoffMs;
    m_backoffMs = qMin(m_timing.maxBackoffMs, qMax(1, m_backoffMs) * 2);
    const int delay = ceiling / 2 + int(m_random.bounded(quint32(ceiling / 2 + 1)));
    m_connected = false;
    m_lastError = why;
    qCInfo(lcServer) << "reading the province's recalls failed:" << why << "- again in" << delay
                     << "ms";
    m_retryTimer.start(delay);
}

std::optional<int> RecallPuller::keep(const QJsonArray &facts, qint64 lastSeq, QString *error) {
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QSqlError &sqlError) -> std::optional<int> {
        *error = sqlError.text();
        db.rollback();
        return std::nullopt;
    };
    if (!db.transaction())
        return fail(db.lastError());
    if (db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // As SiteFacts::project: the hub's facts of the site are numbered in commit order.
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT site FROM site_keys WHERE site = ? FOR UPDATE"));
        lock.addBindValue(m_site);
        if (!lock.exec())
            return fail(lock.lastError());
    }
    QSqlQuery hubKey(db);
    hubKey.prepare(QStringLiteral("SELECT person_key, station, table_label FROM site_facts "
                                  "WHERE site = ? AND sample_uuid = ? AND kind = 'person_sampled' "
                                  "LIMIT 1"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
        "sample_uuid, state, at, record_uuid, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    int written = 0;
    for (const QJsonValue &value : facts) {
        const QJsonObject fact = value.toObject();
        if (fact.value(QLatin1String("kind")).toString() != QLatin1String("recall"))
            continue;
        const QString sampleUuid = fact.value(QLatin1String("sample_uuid")).toString();
        QString personKey = fact.value(QLatin1String("person_key")).toString();
        QString station = fact.value(QLatin1String("station")).toString();
        QString table = fact.value(QLatin1String("table")).toString();
        hubKey.addBindValue(m_site);
        hubKey.addBindValue(sampleUuid);
        if (!hubKey.exec())
            return fail(hubKey.lastError());
        if (hubKey.next()) {
            personKey = hubKey.value(0).toString();
            station = hubKey.value(1).toString();
            table = hubKey.value(2).toString();
        }
        hubKey.finish();
        insert.addBindValue(m_site);
        insert.addBindValue(QStringLiteral("recall"));
        insert.addBindValue(station);
        insert.addBindValue(table.isNull() ? QStringLiteral("") : table);
        insert.addBindValue(personKey);
        insert.addBindValue(fact.value(QLatin1String("tube")).toString());
        insert.addBindValue(sampleUuid);
        insert.addBindValue(fact.value(QLatin1String("state")).toString());
        insert.addBindValue(fact.value(QLatin1String("at")).toString());
        insert.addBindValue(
            QStringLiteral("province:%1").arg(fact.value(QLatin1String("seq")).toInteger()));
        insert.addBindValue(fact.value(QLatin1String("outcome")).toString());
        if (!insert.exec())
            return fail(insert.lastError());
        ++written;
    }
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral(
        "INSERT INTO upstream_facts_cursor (site, last_seq, updated_at) VALUES (?,?,?) "
        "ON CONFLICT (site) DO UPDATE SET last_seq = excluded.last_seq, "
        "updated_at = excluded.updated_at"));
    cursor.addBindValue(m_site);
    cursor.addBindValue(lastSeq);
    cursor.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!cursor.exec())
        return fail(cursor.lastError());
    if (!db.commit())
        return fail(db.lastError());
    return written;
}

} // namespace station::server
