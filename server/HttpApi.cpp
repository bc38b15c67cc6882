// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpApi.h"

#include "server/DeviceRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace station::server {

HttpApi::HttpApi(Database &database, DeviceRegistry &devices, RecordStore &records,
                 ServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_limits(limits)
    , m_checks(database, devices, limits)
    , m_siteFacts(m_checks, database, records, limits.factsWatchMs)
    , m_enrollment(m_checks, devices, records)
    , m_records(m_checks, database, records, limits, m_siteFacts)
    , m_siteStaff(m_checks, database, limits)
    , m_status(m_checks, database)
    , m_results(m_checks, database, records, limits, m_siteFacts) {
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/v1/health"), Method::Get, [this] { return m_status.health(); });
    m_server.route(
        QStringLiteral("/v1/enroll"), Method::Post,
        [this](const QHttpServerRequest &request) { return m_enrollment.enroll(request); });
    m_server.route(
        QStringLiteral("/v1/token/rotate"), Method::Post,
        [this](const QHttpServerRequest &request) { return m_enrollment.rotateToken(request); });
    m_server.route(
        QStringLiteral("/v1/records"), Method::Post,
        [this](const QHttpServerRequest &request) { return m_records.uploadRecords(request); });
    m_server.route(QStringLiteral("/v1/site/facts"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       m_siteFacts.siteFacts(request, std::move(responder));
                   });
    m_server.route(
        QStringLiteral("/v1/site/check"), Method::Post,
        [this](const QHttpServerRequest &request) { return m_siteFacts.siteCheck(request); });
    m_server.route(QStringLiteral("/v1/sites/<arg>/aggregates"), Method::Get,
                   [this](const QString &site, const QHttpServerRequest &request) {
                       return m_records.aggregates(site, request);
                   });
    // sitestaff
    m_server.route(
        QStringLiteral("/v1/site/staff"), Method::Post,
        [this](const QHttpServerRequest &request) { return m_siteStaff.postSiteStaff(request); });
    m_server.route(
        QStringLiteral("/v1/site/staff"), Method::Get,
        [this](const QHttpServerRequest &request) { return m_siteStaff.getSiteStaff(request); });
    m_server.route(
        QStringLiteral("/v1/site/tables"), Method::Get,
        [this](const QHttpServerRequest &request) { return m_status.siteTables(request); });
    // results
    m_server.route(
        QStringLiteral("/v1/results"), Method::Post,
        [this](const QHttpServerRequest &request) { return m_results.postResults(request); });
    // The person status lookup, by the blind key in the path (never an ID number).
    m_server.route(QStringLiteral("/v1/people/<arg>/status"), Method::Get,
                   [this](const QString &blindKey, const QHttpServerRequest &request) {
                       return m_results.personStatus(blindKey, request);
                   });
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                        QString *error) {
    auto *tcp = new GatedSslServer([this](const RequestHead &head) { return screen(head); });
    tcp->setSslConfiguration(tls);
    if (!tcp->listen(address, port)) {
        delete tcp;
        *error = tr("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    m_server.bind(tcp); // QHttpServer takes it over
    return tcp->serverPort();
}

std::optional<EarlyRefusal> HttpApi::screen(const RequestHead &head) {
    const auto refusal = [](int status, const char *phrase, const QString &code,
                            const QString &reason) {
        return EarlyRefusal{status, QByteArray(phrase),
                            QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                                      {QStringLiteral("reason"), reason}})
                                .toJson(QJsonDocument::Compact)};
    };
    if (head.chunked)
        return refusal(411, "Length Required", QStringLiteral("length_required"),
                       tr("send the request body with a Content-Length"));
    const auto tooLarge = [&] {
        return refusal(413, "Payload Too Large", QStringLiteral("body_too_large"),
                       tr("the request body has %1 bytes; the limit is %2; send smaller batches")
                           .arg(head.contentLength)
                           .arg(m_limits.maxBodyBytes));
    };
    if (head.method != "POST" || head.path != "/v1/records") {
        if (head.contentLength > m_limits.maxBodyBytes)
            return tooLarge();
        return std::nullopt;
    }
    // The token is checked before the batch is read (and before its size: a stranger
    // learns nothing but 401). A database that cannot answer is left to the handler,
    // which says 503.
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QString token = head.authorization.startsWith(prefix)
                              ? QString::fromLatin1(head.authorization.mid(prefix.size()).trimmed())
                              : QString();
    QString error;
    switch (m_devices.check(token, &error)) {
    case DeviceRegistry::AuthResult::Unknown:
        return refusal(
            401, "Unauthorized", QStringLiteral("unauthorized"),
            tr("the device token is missing, unknown or revoked; enroll the station again"));
    case DeviceRegistry::AuthResult::Revoked:
        return refusal(401, "Unauthorized", QStringLiteral("device_revoked"),
                       RequestChecks::revokedReason());
    case DeviceRegistry::AuthResult::Authenticated:
    case DeviceRegistry::AuthResult::StorageFailed:
        break;
    }
    if (head.contentLength > m_limits.maxBodyBytes)
        return tooLarge();
    return std::nullopt;
}

} // namespace station::server
