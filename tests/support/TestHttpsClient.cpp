// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestHttpsClient.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace station::test {

QJsonObject HttpResult::json() const {
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const QNetworkReply::RawHeaderPair &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

TestHttpsClient::TestHttpsClient(const QSslCertificate &trustedCa)
    : m_tls(QSslConfiguration::defaultConfiguration()) {
    m_tls.setCaCertificates({trustedCa});
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

QNetworkRequest TestHttpsClient::request(const QString &pathAndQuery) const {
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_token.toLatin1());
    return request;
}

HttpResult TestHttpsClient::run(QNetworkReply *reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorText = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult TestHttpsClient::get(const QString &pathAndQuery) {
    return run(m_network.get(request(pathAndQuery)));
}

HttpResult TestHttpsClient::post(const QString &path, const QByteArray &body) {
    return run(m_network.post(request(path), body));
}

HttpResult TestHttpsClient::post(const QString &path, const QJsonObject &body) {
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace station::test
