// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station::test {

class ServerProcess;

// Replaces the prepared server's certificate with one issued by a CA of its own (made on the
// first call, kept in the server's directory): the certificate a site or a province gets
// from a CA. `name` tells the certificates apart (each stays in the directory as
// caIssuedCertificatePath(server, name)); `withCa` sends the CA's certificate after the
// server's, as a chain file may. The last call's certificate is the one the server shows.
bool useCaIssuedCertificate(const ServerProcess &server, const QString &name, bool withCa,
                            QString *error);
// The certificate `name` alone (PEM), and the CA that issued it.
QString caIssuedCertificatePath(const ServerProcess &server, const QString &name);
QString issuingCaPath(const ServerProcess &server);

} // namespace station::test
