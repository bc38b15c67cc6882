// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace station::test {

// Runs build/server/province-server as a real process for integration tests: makes a
// throwaway self-signed certificate (openssl CLI) and an SQLite database in a temporary
// directory, starts the server on a free loopback port, waits for its "listening on"
// line, and kills or restarts it on demand.
class ServerProcess {
public:
    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    static QString executablePath();

    // Creates the temporary directory and the certificate. False with *error on failure.
    bool prepare(QString *error);
    // Defaults to sqlite:<temporary directory>/server.db.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    QString databaseUrl() const { return m_databaseUrl; }
    QString sqlitePath() const;
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    // Starts the server (port 0: a free one) and waits until it listens.
    bool start(QString *error, quint16 port = 0);
    // SIGKILL, as a crash or power cut would; waits until it is gone.
    void kill();
    // SIGSTOP: the process goes silent as a frozen or unplugged machine would. Its kernel
    // still takes TCP connections on the listening port, but no TLS handshake and no request
    // is ever answered. resume() (SIGCONT) lets it go on where it stopped.
    void pause();
    void resume();
    // Kills and starts again on the same port.
    bool restart(QString *error);
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QSslCertificate certificate() const { return m_certificate; }
    QString certificatePath() const;
    QString temporaryPath() const { return m_directory.path(); }
    // Everything the server wrote to stderr so far.
    QString serverLog() const;

    // Runs `province-server admin ARGS --db <this server's database>`; returns stdout.
    QString runAdmin(const QStringList &arguments, int *exitCode = nullptr,
                     QString *standardError = nullptr) const;
    // A fresh enrollment code for `site` from `admin enroll-code`.
    QString enrollmentCode(const QString &site, int uses = 1) const;
    // The device token of station `deviceId` enrolled at `site` over HTTPS with a fresh
    // code; empty when refused.
    QString enrollDevice(const QString &site, const QString &deviceId) const;
    // The arguments that make another server the site hub of `site` under this one (the
    // province): --site-hub, `upstream` (default: this server's address) trusted with this
    // server's certificate, and a new `--role hub` enrollment code from this server. Empty,
    // with *error, when the code could not be made.
    QStringList siteHubArguments(const QString &site, QString *error,
                                 const QUrl &upstream = {}) const;
    // A site hub's relay to the province as its /v1/health tells it (the "upstream" object);
    // empty when the server does not answer within `timeoutMs`.
    QJsonObject hubUpstream(int timeoutMs = 5000) const;

private:
    // One try; `exited` tells whether the server ended by itself (it could not listen, say).
    bool startOnce(QString *error, quint16 port, bool *exited);
    QTemporaryDir m_directory;
    QProcess m_process;
    QString m_databaseUrl;
    QStringList m_extraArguments;
    QSslCertificate m_certificate;
    quint16 m_port = 0;
};

} // namespace station::test
