// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace station::test {

// A site as the real-process tests run it: a province-server process and
// sampling-station-cli stations of the test site (GZ-TH-0001), each initialised in its own
// data directory and enrolled at the server, driven through the CLI as a site would.
class CliSite {
public:
    static QString siteCode() { return QStringLiteral("GZ-TH-0001"); }

    // Prepares and starts the server. False with *error.
    bool start(QString *error);
    ServerProcess &server() { return m_server; }
    const ServerProcess &server() const { return m_server; }

    // `init` (table `table`, tubes of `poolSize`, operator S001) and `sync --enroll-code`:
    // the station's data directory, or an empty string with *error.
    QString addStation(int table, int poolSize, QString *error);

    // `COMMAND ARGS... --data-dir DIR` of the station in `dir`.
    static CliRun run(const QString &dir, const QString &command, const QStringList &args = {});
    // `sync`: every record sent and answered.
    static bool sync(const QString &dir, QString *error = nullptr);
    // `scan --operator S001` fed `lines`: one JSON object per outcome (or question).
    static QList<QJsonObject> scan(const QString &dir, const QStringList &lines,
                                   QString *errors = nullptr);
    // `site-facts` (the newest facts), then `recalls --json`: one object per recall.
    static QList<QJsonObject> recalls(const QString &dir);

    // A lab system enrolled with `enroll-code --role lab` for `lab`: its token, or an empty
    // string with *error.
    QString enrollLab(const QString &lab, const QString &deviceId, QString *error);

private:
    QTemporaryDir m_directory;
    ServerProcess m_server;
};

} // namespace station::test
