// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ServerProcess.h"

#include "tests/support/TestHttpsClient.h"

#include "tests/support/TestData.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <signal.h>

namespace station::test {

namespace {
constexpr int kStartTimeoutMs = 30000;
}

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess() {
    kill();
}

QString ServerProcess::executablePath() {
    return QDir(buildDir()).filePath(QStringLiteral("server/province-server"));
}

QString ServerProcess::certificatePath() const {
    return m_directory.filePath(QStringLiteral("server-cert.pem"));
}

QString ServerProcess::sqlitePath() const {
    return m_directory.filePath(QStringLiteral("server.db"));
}

bool ServerProcess::prepare(QString *error) {
    if (!m_directory.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (m_databaseUrl.isEmpty())
        m_databaseUrl = QStringLiteral("sqlite:") + sqlitePath();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"),
                   m_directory.filePath(QStringLiteral("server-key.pem")), QStringLiteral("-out"),
                   certificatePath()});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: ") +
                 QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
    if (certificates.isEmpty()) {
        *error = QStringLiteral("openssl wrote no readable certificate");
        return false;
    }
    m_certificate = certificates.first();
    return true;
}

bool ServerProcess::start(QString *error, quint16 port) {
    // A restart on the former port can find it taken for a moment: between the kill and the
    // new listen, the kernel may hand that port to another test's outgoing connection as its
    // local port. That connection ends soon, so a server that exited at once is started again
    // for a while before the start counts as failed.
    constexpr int kPortTries = 40;
    for (int attempt = 1;; ++attempt) {
        bool exited = false;
        if (startOnce(error, port, &exited))
            return true;
        if (port == 0 || !exited || attempt == kPortTries)
            return false;
        QThread::msleep(250);
    }
}

bool ServerProcess::startOnce(QString *error, quint16 port, bool *exited) {
    if (!QFile::exists(executablePath())) {
        *error = QStringLiteral("%1 is not built").arg(executablePath());
        return false;
    }
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--db"), m_databaseUrl,
                          // A test server starts on a fresh database; restarts find it there.
                          QStringLiteral("--create-db"), QStringLiteral("--tls-cert"),
                          certificatePath(), QStringLiteral("--tls-key"),
                          m_directory.filePath(QStringLiteral("server-key.pem"))};
    arguments += m_extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A file, not a pipe: a pipe nobody drains would block the server once full.
    m_process.setStandardErrorFile(m_directory.filePath(QStringLiteral("server.log")),
                                   QIODevice::Append);
    m_process.start(executablePath(), arguments);
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        *error = QStringLiteral("province-server did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(200)) {
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
                return true;
            }
        }
        if (m_process.state() != QProcess::Running) {
            *exited = true;
            break;
        }
    }
    *error = QStringLiteral("province-server did not report listening: ") +
             QString::fromUtf8(output) + serverLog();
    kill();
    return false;
}

void ServerProcess::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(kStartTimeoutMs);
}

void ServerProcess::pause() {
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void ServerProcess::resume() {
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGCONT);
}

bool ServerProcess::restart(QString *error) {
    kill();
    return start(error, m_port);
}

QUrl ServerProcess::baseUrl() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString ServerProcess::serverLog() const {
    QFile log(m_directory.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

QString ServerProcess::runAdmin(const QStringList &arguments, int *exitCode,
                                QString *standardError) const {
    QProcess admin;
    admin.start(executablePath(), QStringList{QStringLiteral("admin")} + arguments +
                                      QStringList{QStringLiteral("--db"), m_databaseUrl,
                                                  QStringLiteral("--create-db")});
    admin.waitForFinished(kStartTimeoutMs);
    if (exitCode)
        *exitCode = admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
    if (standardError)
        *standardError = QString::fromUtf8(admin.readAllStandardError());
    return QString::fromUtf8(admin.readAllStandardOutput());
}

QString ServerProcess::enrollmentCode(const QString &site, int uses) const {
    return runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), site,
                     QStringLiteral("--uses"), QString::number(uses)})
        .trimmed();
}

QString ServerProcess::enrollDevice(const QString &site, const QString &deviceId) const {
    TestHttpsClient client(certificate());
    client.setBaseUrl(baseUrl());
    return client
        .post(QStringLiteral("/v1/enroll"),
              QJsonObject{{QStringLiteral("site"), site},
                          {QStringLiteral("enrollment_code"), enrollmentCode(site)},
                          {QStringLiteral("device_id"), deviceId}})
        .json()
        .value(QStringLiteral("device_token"))
        .toString();
}

QJsonObject ServerProcess::hubUpstream(int timeoutMs) const {
    TestHttpsClient client(m_certificate);
    client.setBaseUrl(baseUrl());
    client.setTimeoutMs(timeoutMs);
    return client.get(QStringLiteral("/v1/health"))
        .json()
        .value(QStringLiteral("upstream"))
        .toObject();
}

QStringList ServerProcess::siteHubArguments(const QString &site, QString *error,
                                            const QUrl &upstream) const {
    int exitCode = -1;
    const QString code = runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), site,
                                   QStringLiteral("--role"), QStringLiteral("hub")},
                                  &exitCode)
                             .trimmed();
    if (exitCode != 0 || code.isEmpty()) {
        *error = QStringLiteral("enroll-code --role hub failed");
        return {};
    }
    return {QStringLiteral("--site-hub"),
            QStringLiteral("--site"),
            site,
            QStringLiteral("--upstream"),
            (upstream.isEmpty() ? baseUrl() : upstream).toString(),
            QStringLiteral("--upstream-ca"),
            certificatePath(),
            QStringLiteral("--upstream-enrollment-code"),
            code};
}

} // namespace station::test
