// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Enrollment.h"

#include "core/Logging.h"
#include "core/sync/SilentServer.h"
#include "core/sync/SyncTls.h"
#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"
#include "protocol/ResidentCodeKey.h"
#include "protocol/SitePersonKey.h"
#include "protocol/TableNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace station {

Enrollment::Enrollment(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this)) {}

void Enrollment::enroll(const QString &site, const QString &enrollmentCode, const QString &deviceId,
                        int tableNumber) {
    const QJsonObject body{{QStringLiteral("site"), site},
                           {QStringLiteral("enrollment_code"), enrollmentCode},
                           {QStringLiteral("device_id"), deviceId},
                           {QStringLiteral("table"), protocol::tableWireLabel(tableNumber)},
                           {QStringLiteral("table_number"), tableNumber}};
    post(QStringLiteral("/v1/enroll"), QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

void Enrollment::rotate(const QString &currentToken) {
    post(QStringLiteral("/v1/token/rotate"), QByteArrayLiteral("{}"), currentToken);
}

void Enrollment::post(const QString &path, const QByteArray &body, const QString &token) {
    if (m_reply)
        return; // one exchange at a time
    if (!m_settings.isConfigured()) {
        failLater(tr("No server address is set for sync."));
        return;
    }
    QSslConfiguration tls;
    QString error;
    if (!syncTlsConfiguration(m_settings.pinnedCaPath, &tls, &error)) {
        failLater(error);
        return;
    }
    QUrl url = m_settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest r(url);
    r.setSslConfiguration(tls);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(m_settings.requestTimeoutMs);
    m_sslErrors.clear();
    QNetworkReply *reply = m_network->post(r, body);
    m_reply = reply;
    trustPinnedCertificate(reply, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // A stopped hub or province is "cannot be reached" in seconds, as at sync.
    limitSilence(reply, m_settings.connectTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

// A failure found before anything is sent still comes after enroll() or rotate() returns,
// as every answer does: a caller that waits in an event loop for the signal, started after
// the call, would otherwise never see it (and never stop waiting).
void Enrollment::failLater(const QString &message) {
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

// Which number is taken and which are free: the server sends the numbers only.
TableTaken Enrollment::readTableTaken(const QByteArray &body) {
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    TableTaken taken;
    taken.tableNumber = answer.value(QStringLiteral("table_number")).toInt();
    for (const QJsonValue &n : answer.value(QStringLiteral("tables_in_use")).toArray())
        taken.inUse.append(n.toInt());
    taken.freeNumbers = protocol::freeTableNumbers(taken.inUse, 3);
    return taken;
}

// The same in the station's language.
QString Enrollment::tableTakenMessage(const TableTaken &taken) {
    QStringList used;
    for (const int n : taken.inUse)
        used.append(QString::number(n));
    QStringList free;
    for (const int n : taken.freeNumbers)
        free.append(QString::number(n));
    return tr("Table number %1 is already used by another station of this site (tables in use: "
              "%2). Free table numbers: %3 or any other not in use. Choose a free number for "
              "this station and join again: in Settings (F10), Table number, Save, then Join a "
              "site hub; or sampling-station-cli join --table N --operator STAFF_ID. If this "
              "laptop replaces that table's, ask the site lead to revoke the old one at the hub "
              "first.")
        .arg(taken.tableNumber)
        .arg(used.join(QStringLiteral(", ")), free.join(QStringLiteral(", ")));
}

void Enrollment::onReply(QNetworkReply *reply) {
    reply->deleteLater();
    m_reply = nullptr;
    m_tableTaken.reset();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply that failed before any answer has no body to read.
    const QByteArray body = http != 0 ? reply->readAll() : QByteArray();
    if (http == 0) {
        if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
            Q_EMIT failed(describeTlsErrors(m_sslErrors));
        else
            Q_EMIT failed(tr("The server cannot be reached (%1).").arg(noAnswerReason(reply)));
        return;
    }
    const QString token = protocol::syncDeviceToken(body);
    if (http == 200 && !token.isEmpty()) {
        const protocol::AnnouncedCodeKey codeKey = protocol::announcedResidentCodeKey(body);
        if (codeKey.state == protocol::AnnouncedCodeKey::State::Malformed) {
            // Never half-trusted: no key would mean no signature is checked.
            qCWarning(lcSync) << "the answer's resident-code key is malformed";
            Q_EMIT failed(tr("The server's answer carries a resident-code key that is not a "
                             "public key, so the station was not enrolled. Tell the province's "
                             "administrator."));
            return;
        }
        qCInfo(lcSync) << "device token received";
        m_siteKey = protocol::announcedSiteKey(body);
        Q_EMIT succeeded(token, codeKey.key);
        return;
    }
    if (http == 403)
        Q_EMIT failed(tr("The server refused the enrollment code. Check the code and the site, "
                         "or ask for a new code (codes expire and may be used up)."));
    else if (http == 409 && protocol::syncErrorCode(body) == QLatin1String("table_taken")) {
        m_tableTaken = readTableTaken(body);
        Q_EMIT failed(tableTakenMessage(*m_tableTaken));
    } else if (http == 409)
        Q_EMIT failed(tr("This device id is already enrolled at another site."));
    else if (http == 401)
        Q_EMIT failed(tr("The server refused this station's device token. Enroll the station "
                         "again with a new code."));
    else
        Q_EMIT failed(tr("The server refused the request (HTTP %1): %2")
                          .arg(http)
                          .arg(protocol::syncErrorReason(body)));
}

} // namespace station
