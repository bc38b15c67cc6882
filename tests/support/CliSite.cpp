// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliSite.h"

#include "tests/support/TestHttpsClient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace station::test {

bool CliSite::start(QString *error) {
    if (!m_directory.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    return m_server.prepare(error) && m_server.start(error);
}

QString CliSite::addStation(int table, int poolSize, QString *error) {
    const QString dir = m_directory.filePath(QStringLiteral("table%1").arg(table));
    const CliRun init = runCli(cliInitArgs(dir, table, poolSize));
    if (init.exitCode != 0) {
        *error = QStringLiteral("init: ") + init.err;
        return QString();
    }
    const CliRun enrolled =
        run(dir, QStringLiteral("sync"),
            {QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--ca"),
             m_server.certificatePath(), QStringLiteral("--enroll-code"),
             m_server.enrollmentCode(siteCode())});
    if (enrolled.exitCode != 0) {
        *error = QStringLiteral("enrollment: ") + enrolled.out + enrolled.err;
        return QString();
    }
    return dir;
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

QList<QJsonObject> CliSite::scan(const QString &dir, const QStringList &lines, QString *errors) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), dir,
                                QStringLiteral("--operator"), QStringLiteral("S001")});
    if (!cli.waitForStarted())
        return {};
    cli.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    // Not waitForFinished(): the caller's event loop keeps running.
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 180000)) {
        cli.kill();
        cli.waitForFinished();
    }
    if (errors)
        *errors = QString::fromUtf8(cli.readAllStandardError());
    QList<QJsonObject> outcomes;
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            outcomes.append(QJsonDocument::fromJson(line).object());
    }
    return outcomes;
}

QList<QJsonObject> CliSite::recalls(const QString &dir) {
    if (run(dir, QStringLiteral("site-facts")).exitCode != 0)
        return {};
    const CliRun listed = run(dir, QStringLiteral("recalls"), {QStringLiteral("--json")});
    QList<QJsonObject> list;
    for (const QString &line : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return list;
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
