// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

namespace station::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (transport error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const;
    // The value of response header `name` (any case), empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// A blocking HTTPS JSON client for tests. It trusts only the given CA certificate and
// never ignores TLS errors, like the station.
class TestHttpsClient {
public:
    explicit TestHttpsClient(const QSslCertificate &trustedCa);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setBearerToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    HttpResult get(const QString &pathAndQuery);
    HttpResult post(const QString &path, const QByteArray &body);
    HttpResult post(const QString &path, const QJsonObject &body);

private:
    HttpResult run(QNetworkReply *reply);
    QNetworkRequest request(const QString &pathAndQuery) const;

    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
};

} // namespace station::test
