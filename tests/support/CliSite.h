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
// With startWithHub() the site has a hub (province-server --site-hub) enrolled at the
// province, and its stations enroll at the hub.
class CliSite {
public:
    static QString siteCode() { return QStringLiteral("GZ-TH-0001"); }

    // Prepares and starts the server. False with *error.
    bool start(QString *error);
    // Whether the province answers when the hub starts.
    enum class Upstream { Up, Down };
    // Starts the province, then the site's hub with a `--role hub` code of the province
    // (`upstream` Up: once it is enrolled there and connected; Down: the province is
    // stopped first, so the hub takes records and relays none until province().start()).
    bool startWithHub(QString *error, Upstream upstream = Upstream::Up);
    ServerProcess &server() { return m_server; }
    const ServerProcess &server() const { return m_server; }
    ServerProcess &province() { return m_server; }
    ServerProcess &hub() { return m_hub; }
    bool hasHub() const { return m_withHub; }

    // `init` (table `table`, tubes of `poolSize`, operator S001) and `sync --enroll-code`
    // at the hub when the site has one, else at the province: the station's data
    // directory, or an empty string with *error.
    QString addStation(int table, int poolSize, QString *error);
    // The same for a station of `site` (another site than the test site's) enrolled
    // straight at the province.
    QString addProvinceStation(const QString &site, int table, int poolSize, QString *error);

    // The hub's `upstream` state from its /v1/health (pending, connected, ...).
    QJsonObject hubUpstream() const;
    // `sync` of the station in `dir`, then the hub has had the province's answer to every
    // record it holds (connected, nothing pending).
    bool syncThroughHub(const QString &dir, QString *error = nullptr);

    // `COMMAND ARGS... --data-dir DIR` of the station in `dir`.
    static CliRun run(const QString &dir, const QString &command, const QStringList &args = {});
    // `sync`: every record sent and answered.
    static bool sync(const QString &dir, QString *error = nullptr);
    // `scan --operator S001` fed `lines`: one JSON object per outcome (or question), and
    // the run's exit code (-1: it crashed or did not finish) in *exitCode.
    static QList<QJsonObject> scan(const QString &dir, const QStringList &lines,
                                   QString *errors = nullptr, int *exitCode = nullptr);
    // One JSON object per line of `text` (a command's --json output).
    static QList<QJsonObject> jsonLines(const QString &text);
    // `site-facts` (the newest facts), then `recalls --json`: one object per recall.
    static QList<QJsonObject> recalls(const QString &dir);

    // A lab system enrolled with `enroll-code --role lab` for `lab`: its token, or an empty
    // string with *error.
    QString enrollLab(const QString &lab, const QString &deviceId, QString *error);

private:
    QString enrollNewStation(const ServerProcess &server, const QString &site, const QString &dir,
                             int table, int poolSize, QString *error);

    QTemporaryDir m_directory;
    ServerProcess m_server;
    ServerProcess m_hub;
    bool m_withHub = false;
};

} // namespace station::test
