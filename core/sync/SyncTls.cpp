// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncTls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>

#include <algorithm>

namespace station {

namespace {
// The messages of this file, under one translation context.
struct SyncTlsText {
    Q_DECLARE_TR_FUNCTIONS(SyncTls)
};
} // namespace

bool syncTlsConfiguration(const QString &pinnedCaPath, QSslConfiguration *configuration,
                          QString *error) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!pinnedCaPath.isEmpty()) {
        QFile f(pinnedCaPath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = SyncTlsText::tr("The pinned CA certificate %1 cannot be read.")
                         .arg(QDir::toNativeSeparators(pinnedCaPath));
            return false;
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (cas.isEmpty()) {
            *error = SyncTlsText::tr("The pinned CA file %1 holds no PEM certificate.")
                         .arg(QDir::toNativeSeparators(pinnedCaPath));
            return false;
        }
        tls.setCaCertificates(cas); // only the pinned CA: the system's CAs are not trusted
    }
    *configuration = tls;
    return true;
}

QString describeTlsErrors(const QList<QSslError> &errors) {
    const auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) {
        for (const QSslError &e : errors) {
            if (std::find(kinds.begin(), kinds.end(), e.error()) != kinds.end())
                return true;
        }
        return false;
    };
    // The most telling reason first: an expired certificate is usually also "untrusted".
    if (has({QSslError::CertificateExpired}))
        return SyncTlsText::tr(
            "The server's certificate has expired. Nothing was sent; ask the server's "
            "administrator to renew it.");
    if (has({QSslError::CertificateNotYetValid}))
        return SyncTlsText::tr(
            "The server's certificate is not valid yet (check this station's date and "
            "time). Nothing was sent.");
    if (has({QSslError::HostNameMismatch}))
        return SyncTlsText::tr(
            "The server's certificate is for another host name than the server address "
            "in the settings. Nothing was sent.");
    if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted}))
        return SyncTlsText::tr(
            "The server's certificate is not signed by a trusted authority (or by the CA "
            "pinned in the settings). Nothing was sent.");
    if (errors.isEmpty())
        return SyncTlsText::tr("The secure connection to the server failed. Nothing was sent.");
    return SyncTlsText::tr("The server's certificate was refused: %1. Nothing was sent.")
        .arg(errors.first().errorString());
}

} // namespace station
