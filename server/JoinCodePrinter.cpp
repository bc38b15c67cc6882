// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/JoinCodePrinter.h"

#include "protocol/JoinCode.h"
#include "server/DeviceRegistry.h"
#include "server/TerminalQr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCertificate>

namespace station::server {

namespace {

QString joinCodeText(const char *text) {
    return QCoreApplication::translate("JoinCodePrinter", text);
}

// Whether the certificate's subjectAltName names `host` (an IP address or a DNS name; a
// wildcard is left to the station's own check).
bool certificateNames(const QSslCertificate &certificate, const QString &host) {
    const auto names = certificate.subjectAlternativeNames();
    const QHostAddress address(host);
    if (!address.isNull()) {
        for (const QString &ip : names.values(QSsl::IpAddressEntry))
            if (QHostAddress(ip).isEqual(address))
                return true;
        return false;
    }
    for (const QString &dns : names.values(QSsl::DnsEntry))
        if (dns.compare(host, Qt::CaseInsensitive) == 0 || dns.startsWith(QLatin1String("*.")))
            return true;
    return false;
}

} // namespace

int printJoinCode(Database &database, const JoinCodeRequest &request, QTextStream &out,
                  QTextStream &err) {
    const QUrl &url = request.serverUrl;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        err << joinCodeText("province-server: --url must be the address stations reach this server "
                            "at, as https://HOST:PORT (e.g. https://192.168.1.20:8443)")
            << '\n';
        return 2;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(request.certificatePath);
    if (chain.isEmpty()) {
        err << joinCodeText("province-server: no PEM certificate in %1")
                   .arg(request.certificatePath)
            << '\n';
        return 1;
    }
    const QSslCertificate &certificate = chain.first();
    if (!certificateNames(certificate, url.host()))
        err << joinCodeText("province-server: warning: the certificate does not name %1 in its "
                            "subjectAltName, so stations will refuse the connection. Make the "
                            "certificate for the address stations use.")
                   .arg(url.host())
            << '\n';

    protocol::JoinCode code;
    code.serverUrl = url;
    code.certificateSha256 =
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    code.site = request.site;
    // The site is checked before a code is spent on it.
    code.enrollmentCode = QStringLiteral("CHECK");
    protocol::JoinCodeError problem = protocol::JoinCodeError::NotAJoinCode;
    if (!protocol::parseJoinCode(protocol::formatJoinCode(code), &problem)) {
        err << joinCodeText("province-server: %1").arg(protocol::describeJoinCodeError(problem))
            << '\n';
        return 2;
    }
    DeviceRegistry devices(database);
    QString error;
    const auto enrollmentCode =
        devices.createEnrollmentCode(request.site, request.uses, request.validHours, &error);
    if (!enrollmentCode) {
        err << joinCodeText("province-server: %1").arg(error) << '\n';
        return 1;
    }
    code.enrollmentCode = *enrollmentCode;
    const QString text = protocol::formatJoinCode(code);
    out << joinCodeText("Join code for site %1 at %2: scan it at the station (first-run setup, or "
                        "Settings, Join a site hub). Good for %3 station(s) during %4 hour(s).")
               .arg(request.site, url.toString())
               .arg(request.uses)
               .arg(request.validHours)
        << "\n\n"
        << terminalQr(text) << '\n'
        << joinCodeText("Certificate fingerprint (SHA-256): %1")
               .arg(protocol::formatFingerprint(code.certificateSha256))
        << '\n'
        << text << '\n';
    return 0;
}

} // namespace station::server
