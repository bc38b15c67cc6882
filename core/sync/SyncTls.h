// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QNetworkReply;

namespace station {

// The TLS configuration for talking to the server: the system's CAs, or, when a CA is
// pinned in the settings, that CA alone. Verification is always on; nothing here ignores
// a TLS error. False with a translated *error when the pinned file cannot be used.
bool syncTlsConfiguration(const QString &pinnedCaPath, QSslConfiguration *configuration,
                          QString *error);

// A pinned certificate is trusted as itself, also when it is not self-signed: a hub's
// certificate issued by the site's or the province's CA, pinned from the hub's join code
// (or with `sync --ca`). OpenSSL takes only self-signed certificates as trust anchors, so
// that exact certificate would otherwise be refused as "not signed by a trusted authority".
// Only errors about the certificate's issuer are ignored, and only when the certificate
// the server shows is one of those pinned in the reply's request: an expired certificate,
// another host name or another certificate of the same CA is still refused. Call right
// after the request is sent, for every request that may use a pinned configuration.
void trustPinnedCertificate(QNetworkReply *reply);

// A sentence for the user about why the server's certificate was refused.
QString describeTlsErrors(const QList<QSslError> &errors);

} // namespace station
