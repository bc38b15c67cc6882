// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

// Each subcommand of sampling-station-cli lives in a file of its own (cli/Command*.cpp)
// and is listed once in the table in cli/main.cpp. `args` starts with the subcommand name.
namespace station::cli {

struct CliCommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
    bool needsGui = false; // renders text or images (labels): runs under QGuiApplication
};

int runInit(const QStringList &args);
int runCheck(const QStringList &args);
int runResidentCode(const QStringList &args);
int runSignedCodes(const QStringList &args);
int runExport(const QStringList &args);
int runSimulate(const QStringList &args);
int runScan(const QStringList &args);
int runDecode(const QStringList &args);
int runLabel(const QStringList &args);
int runPrint(const QStringList &args);
int runReport(const QStringList &args);
int runSync(const QStringList &args);
int runSyncProblems(const QStringList &args);
int runJoin(const QStringList &args);
int runSiteCheck(const QStringList &args);
int runSiteFacts(const QStringList &args);
int runRecalls(const QStringList &args);
int runTubeCode(const QStringList &args);
int runTube(const QStringList &args);
int runBox(const QStringList &args);
int runPurge(const QStringList &args);
int runBackup(const QStringList &args);
int runOperator(const QStringList &args);
int runIdReveals(const QStringList &args);

// One run of the site's facts feed (cli/CommandSiteFacts.cpp), for `site-facts` and `sync`:
// until caught up, or with `follow` until interrupted. False (message printed) when the
// server could not be asked; *kept counts the new facts.
bool fetchSiteFacts(const QString &dir, bool follow, int *kept);

} // namespace station::cli
