// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliSite.h"

#include "tests/support/TestHttpsClient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace station::test {

namespace {
constexpr int kHubWaitMs = 60000; // a bound on waiting for the hub, never a measure
} // namespace

bool CliSite::start(QString *error) {
    if (!m_directory.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    return m_server.prepare(error) && m_server.start(error);
}

bool CliSite::startWithHub(QString *error, Upstream upstream) {
    if (!start(error))
        return false;
    const QStringList hubArguments = m_server.siteHubArguments(siteCode(), error);
    if (hubArguments.isEmpty())
        return false;
    if (upstream == Upstream::Down)
        m_server.kill();
    if (!m_hub.prepare(error))
        return false;
    m_hub.setExtraArguments(hubArguments);
    if (!m_hub.start(error))
        return false;
    m_withHub = true;
    if (upstream == Upstream::Up &&
        !QTest::qWaitFor(
            [this] { return hubUpstream().value(QStringLiteral("connected")).toBool(); },
            kHubWaitMs)) {
        *error = QStringLiteral("the hub did not connect to the province");
        return false;
    }
    return true;
}

QString CliSite::addStation(int table, int poolSize, QString *error) {
    return enrollNewStation(m_withHub ? m_hub : m_server, siteCode(),
                            m_directory.filePath(QStringLiteral("table%1").arg(table)), table,
                            poolSize, error);
}

QString CliSite::addProvinceStation(const QString &site, int table, int poolSize, QString *error) {
    return enrollNewStation(m_server, site,
                            m_directory.filePath(QStringLiteral("%1-table%2").arg(site).arg(table)),
                            table, poolSize, error);
}

QString CliSite::enrollNewStation(const ServerProcess &server, const QString &site,
                                  const QString &dir, int table, int poolSize, QString *error) {
    QStringList initArgs = cliInitArgs(dir, table, poolSize);
    initArgs[initArgs.indexOf(QStringLiteral("--site-code")) + 1] = site;
    const CliRun init = runCli(initArgs);
    if (init.exitCode != 0) {
        *error = QStringLiteral("init: ") + init.err;
        return QString();
    }
    const CliRun enrolled = run(dir, QStringLiteral("sync"),
                                {QStringLiteral("--server"), server.baseUrl().toString(),
                                 QStringLiteral("--ca"), server.certificatePath(),
                                 QStringLiteral("--enroll-code"), server.enrollmentCode(site)});
    if (enrolled.exitCode != 0) {
        *error = QStringLiteral("enrollment: ") + enrolled.out + enrolled.err;
        return QString();
    }
    return dir;
}

QJsonObject CliSite::hubUpstream() const {
    return m_hub.hubUpstream();
}

bool CliSite::syncThroughHub(const QString &dir, QString *error) {
    QString syncError;
    if (!sync(dir, &syncError)) {
        qWarning("%s", qPrintable(syncError));
        if (error)
            *error = syncError;
        return false;
    }
    const bool relayed = QTest::qWaitFor(
        [this] {
            const QJsonObject upstream = hubUpstream();
            return upstream.value(QStringLiteral("connected")).toBool() &&
                   upstream.value(QStringLiteral("pending")).toInt(-1) == 0;
        },
        kHubWaitMs);
    if (!relayed && error)
        *error = QStringLiteral("the hub did not relay everything to the province");
    return relayed;
}

CliRun CliSite::run(const QString &dir, const QString &command, const QStringList &args) {
    // Options after the arguments: `box hand-over BOX` takes its subcommand first.
    return runCli(QStringList{command} + args + QStringList{QStringLiteral("--data-dir"), dir});
}

bool CliSite::sync(const QString &dir, QString *error) {
    const CliRun r = run(dir, QStringLiteral("sync"));
    if (r.exitCode != 0 && error)
        *error = r.out + r.err;
    return r.exitCode == 0;
}

QList<QJsonObject> CliSite::scan(const QString &dir, const QStringList &lines, QString *errors,
                                 int *exitCode) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), dir,
                                QStringLiteral("--operator"), QStringLiteral("S001")});
    if (exitCode)
        *exitCode = -1;
    if (!cli.waitForStarted())
        return {};
    cli.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    // Not waitForFinished(): the caller's event loop keeps running.
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 180000)) {
        cli.kill();
        cli.waitForFinished();
    }
    if (exitCode && cli.state() == QProcess::NotRunning && cli.exitStatus() == QProcess::NormalExit)
        *exitCode = cli.exitCode();
    if (errors)
        *errors = QString::fromUtf8(cli.readAllStandardError());
    return jsonLines(QString::fromUtf8(cli.readAllStandardOutput()));
}

QList<QJsonObject> CliSite::jsonLines(const QString &text) {
    QList<QJsonObject> list;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return list;
}

QList<QJsonObject> CliSite::recalls(const QString &dir) {
    if (run(dir, QStringLiteral("site-facts")).exitCode != 0)
        return {};
    return jsonLines(run(dir, QStringLiteral("recalls"), {QStringLiteral("--json")}).out);
}

QString CliSite::enrollLab(const QString &lab, const QString &deviceId, QString *error) {
    int exitCode = -1;
    const QString code = m_server
                             .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"),
                                        lab, QStringLiteral("--role"), QStringLiteral("lab")},
                                       &exitCode)
                             .trimmed();
    if (exitCode != 0) {
        *error = QStringLiteral("enroll-code --role lab failed");
        return QString();
    }
    TestHttpsClient client(m_server.certificate());
    client.setBaseUrl(m_server.baseUrl());
    const HttpResult enrolled = client.post(QStringLiteral("/v1/enroll"),
                                            QJsonObject{{QStringLiteral("site"), lab},
                                                        {QStringLiteral("enrollment_code"), code},
                                                        {QStringLiteral("device_id"), deviceId}});
    const QString token = enrolled.json().value(QStringLiteral("device_token")).toString();
    if (token.isEmpty())
        *error = QStringLiteral("lab enrollment: HTTP %1 %2")
                     .arg(enrolled.status)
                     .arg(QString::fromUtf8(enrolled.body));
    return token;
}

} // namespace station::test
