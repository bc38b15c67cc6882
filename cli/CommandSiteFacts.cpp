// SPDX-License-Identifier: GPL-3.0-or-later
// `site-facts`: runs the site's facts feed (SiteFactsFeed) in the foreground: fetches what
// the other tables of the site did into the station database, so that `scan` applies the
// site-wide rules with them. Once until caught up, or with --follow until interrupted.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SiteFactsFeed.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SyncSettings.h"

#include <QEventLoop>
#include <QTimer>

namespace station::cli {

int runSiteFacts(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("follow"),
                 CliText::tr("Keep listening for new facts (long poll) until interrupted; "
                             "retries by itself while the server cannot be reached.")});
    if (!parseCommand(p, args,
                      CliText::tr("Fetch the site's facts (who was sampled and which tube codes "
                                  "were used at the other tables) into this station, for the "
                                  "site-wide rules of `scan`. Exit code 0: caught up; 3: the "
                                  "server could not be asked.")))
        return ExitUsage;
    const QString dir = dataDir(p);
    {
        Database db;
        if (!openStation(dir, db, true))
            return ExitFailure;
    }
    int kept = 0;
    const bool fetched = fetchSiteFacts(dir, p.isSet(QStringLiteral("follow")), &kept);
    out() << CliText::tr("%1 new site facts kept.").arg(kept) << '\n';
    return fetched ? ExitOk : ExitFailure;
}

bool fetchSiteFacts(const QString &dir, bool follow, int *kept) {
    SyncSettings settings = loadSyncSettings(dir);
    const QString token = readDeviceToken(dir);
    if (!settings.isConfigured() || token.isEmpty()) {
        err() << CliText::tr("This station is not enrolled with a server. Run "
                             "sampling-station-cli sync --server URL --enroll-code CODE first.")
              << '\n';
        return false;
    }
    SiteFactsFeed feed(databasePath(dir), settings, token);
    feed.setWaitMs(follow ? 25000 : 0);
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&feed, &SiteFactsFeed::factsKept, &loop,
                     [&](int added, qint64) { *kept += added; });
    QObject::connect(&feed, &SiteFactsFeed::caughtUp, &loop, [&] {
        if (!follow)
            loop.quit();
    });
    QObject::connect(&feed, &SiteFactsFeed::failed, &loop, [&](const QString &message) {
        err() << message << '\n';
        if (!follow) {
            failed = true;
            loop.quit();
        }
    });
    QTimer::singleShot(0, &feed, &SiteFactsFeed::start);
    loop.exec();
    feed.stop();
    return !failed;
}

} // namespace station::cli
