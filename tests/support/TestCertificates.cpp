// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestCertificates.h"

#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace station::test {

namespace {
QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QString caIssuedCertificatePath(const ServerProcess &server, const QString &name) {
    return QDir(server.temporaryPath()).filePath(name + QStringLiteral(".pem"));
}

QString issuingCaPath(const ServerProcess &server) {
    return QDir(server.temporaryPath()).filePath(QStringLiteral("ca.pem"));
}

bool useCaIssuedCertificate(const ServerProcess &server, const QString &name, bool withCa,
                            QString *error) {
    const QDir dir(server.temporaryPath());
    const auto run = [error](const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral("openssl"), arguments);
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return true;
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    };
    const QString caKey = dir.filePath(QStringLiteral("ca-key.pem"));
    const QString ca = issuingCaPath(server);
    const QString csr = dir.filePath(name + QStringLiteral(".csr"));
    const QString leaf = caIssuedCertificatePath(server, name);
    QFile extensions(dir.filePath(QStringLiteral("leaf.ext")));
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write("basicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                         "extendedKeyUsage = serverAuth\nsubjectAltName = IP:127.0.0.1\n") < 0)
        return false;
    extensions.close();
    const QStringList key{QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!QFile::exists(ca) &&
        !run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + key +
             QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Site CA"), QStringLiteral("-keyout"), caKey,
                         QStringLiteral("-out"), ca}))
        return false;
    if (!run(QStringList{QStringLiteral("req")} + key +
             QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=hub"),
                         QStringLiteral("-keyout"), dir.filePath(QStringLiteral("server-key.pem")),
                         QStringLiteral("-out"), csr}) ||
        !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
              QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey,
              QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
              QStringLiteral("-extfile"), extensions.fileName(), QStringLiteral("-out"), leaf}))
        return false;
    QFile chain(server.certificatePath());
    if (!chain.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        chain.write(fileBytes(leaf) + (withCa ? fileBytes(ca) : QByteArray())) < 0)
        return false;
    return true;
}

} // namespace station::test
