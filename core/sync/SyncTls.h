// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace station {

// The TLS configuration for talking to the server: the system's CAs, or, when a CA is
// pinned in the settings, that CA alone. Verification is always on; nothing here ignores
// a TLS error. False with a translated *error when the pinned file cannot be used.
bool syncTlsConfiguration(const QString &pinnedCaPath, QSslConfiguration *configuration,
                          QString *error);

// Trusting a pinned certificate as itself (a CA-issued hub certificate): net/PinnedCertificate.h,
// shared with the site hub's link to the province.

// A sentence for the user about why the server's certificate was refused.
QString describeTlsErrors(const QList<QSslError> &errors);

} // namespace station
