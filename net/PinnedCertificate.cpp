// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/PinnedCertificate.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace station {

namespace {
// Whether the pin explains every error: the certificate shown is one pinned, and each error is
// only about its issuer.
bool pinExplains(const QNetworkReply &reply, const QList<QSslError> &errors) {
    const QList<QSslCertificate> chain = reply.sslConfiguration().peerCertificateChain();
    const QSslCertificate shown = chain.isEmpty() ? QSslCertificate() : chain.first();
    if (shown.isNull() || !reply.request().sslConfiguration().caCertificates().contains(shown))
        return false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false; // expired, another host name, ...: refused as without the pin
        }
    }
    return true;
}
} // namespace

void trustPinnedCertificate(QNetworkReply *reply,
                            std::function<void(const QList<QSslError> &)> refused) {
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, refused = std::move(refused)](const QList<QSslError> &errors) {
                         if (pinExplains(*reply, errors))
                             reply->ignoreSslErrors(errors);
                         else if (refused)
                             refused(errors);
                     });
}

} // namespace station
