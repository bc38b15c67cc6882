// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QSslError>

#include <functional>

class QNetworkReply;

namespace station {

// A pinned certificate is trusted as itself, also when it is not self-signed: a hub's
// certificate issued by the site's or the province's CA, pinned from the hub's join code (or
// with `sync --ca`), and the province's CA-issued certificate given to a hub as its
// --upstream-ca. OpenSSL takes only self-signed certificates as trust anchors, so that exact
// certificate would otherwise be refused as "not signed by a trusted authority".
// Only errors about the certificate's issuer are ignored, and only when the certificate the
// server shows is one of those pinned in the reply's request (its CA certificates): an
// expired certificate, another host name or another certificate of the same CA is still
// refused. Call right after the request is sent, for every request that may use a pinned
// configuration.
//
// `refused`, when given, hears the errors that stand (the connection fails with them): not
// those ignored here, which must not colour a later failure of the same request (a timeout
// is no certificate problem).
void trustPinnedCertificate(QNetworkReply *reply,
                            std::function<void(const QList<QSslError> &)> refused = {});

} // namespace station
