// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostgresCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace station::test {

bool runsOnPostgres() {
    return qEnvironmentVariable("STATION_TEST_DATABASE") == QLatin1String("postgres");
}

namespace {

QString findPostgresBinDir() {
    // Debian keeps the server binaries out of PATH, per major version.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : found) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster() {
    if (m_started)
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")},
            nullptr);
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments,
                          QString *error) const {
    QProcess process;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (error)
        *error = QFileInfo(program).fileName() + QStringLiteral(" failed: ") +
                 QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return false;
}

bool PostgresCluster::start(QString *error) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the QPSQL driver (libqt6sql6-psql) is not installed");
        return false;
    }
    m_binDir = findPostgresBinDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("postgresql (initdb, pg_ctl) is not installed");
        return false;
    }
    if (!m_directory.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_user = QStringLiteral("postgres");
    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("postgres");
        if (!account) {
            *error = QStringLiteral("running as root and there is no postgres user");
            return false;
        }
        if (::chown(QFile::encodeName(m_directory.path()).constData(), account->pw_uid,
                    account->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand the cluster directory to postgres");
            return false;
        }
        m_asPostgresUser = true;
    }
    const QString data = m_directory.filePath(QStringLiteral("data"));
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), m_user,
              QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
              QStringLiteral("UTF8")},
             error))
        return false;
    m_port = freePort();
    if (!startServer(error))
        return false;

    const QString connection = QStringLiteral("postgres-cluster-setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        configure(db);
        db.setDatabaseName(QStringLiteral("postgres"));
        bool created = db.open();
        if (created) {
            QSqlQuery query(db);
            created = query.exec(QStringLiteral("CREATE DATABASE province"));
            if (!created)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
        if (!created) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return false;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return true;
}

bool PostgresCluster::startServer(QString *error) {
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                          .arg(m_port)
                          .arg(m_directory.path());
    for (const QString &setting : m_settings) // a later -c wins over an earlier one
        options += QStringLiteral(" -c ") + setting;
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")),
              QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_directory.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
              QStringLiteral("start")},
             error))
        return false;
    m_started = true;
    return true;
}

bool PostgresCluster::stop(QString *error) {
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_directory.filePath(QStringLiteral("data")),
              QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
              QStringLiteral("stop")},
             error))
        return false;
    m_started = false;
    return true;
}

bool PostgresCluster::startAgain(QString *error) {
    return startServer(error);
}

QString PostgresCluster::databaseUrl() const {
    return QStringLiteral("postgres://%1@127.0.0.1:%2/province").arg(m_user).arg(m_port);
}

void PostgresCluster::configure(QSqlDatabase &db) const {
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(QStringLiteral("province"));
}

} // namespace station::test
