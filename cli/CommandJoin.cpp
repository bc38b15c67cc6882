// SPDX-License-Identifier: GPL-3.0-or-later
// `join`: joins a site hub (or any province-server) from the join code it shows, as Settings'
// "Join a site hub" does: the server's certificate checked against the code, pinned, the
// station enrolled; all or nothing (core/sync/HubJoin). With --fallback, the province's join
// code enrolls the station there as its fallback, as Settings' "Scan the province's join
// code…" does.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/Database.h"
#include "core/storage/StationStore.h"
#include "core/sync/HubJoin.h"
#include "core/sync/TableNumberChange.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace station::cli {

namespace {

// Beyond the handshake's and the enrollment's own time limits: nothing waits for ever.
constexpr int kWatchdogMs = 180000;

// One line of standard input: what a handheld scanner types, or a pipe.
QString joinCodeFromStandardInput() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

} // namespace

int runJoin(const QStringList &args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CODE"),
                            CliText::tr("The join code (SSJOIN1;...); without it, or with \"-\", "
                                        "one line is read from standard input."),
                            QStringLiteral("[CODE]"));
    p.addOption({QStringLiteral("fallback"),
                 CliText::tr("The code is the province's: enroll this station there as its "
                             "fallback, where records go while the site hub cannot be reached. "
                             "The hub stays the server the station syncs with.")});
    p.addOption({QStringLiteral("table"),
                 CliText::tr("Join as table N: this station's number changes first (only before "
                             "it has joined or enrolled; audited, for --operator). For a join "
                             "refused because another table of the site has this station's "
                             "number."),
                 QStringLiteral("N")});
    addOperatorOptions(p, CliText::tr("Staff id of who changes the table number (with --table)."));
    if (!parseCommand(p, args,
                      CliText::tr("Join a site hub (or the province's server) with the join code "
                                  "it shows: its certificate is checked against the code and "
                                  "pinned, and the station enrolled. Nothing is changed unless "
                                  "every step succeeds."),
                      1))
        return ExitUsage;
    const QStringList positional = p.positionalArguments();
    // A code on the command line is no secret worth hiding: it works once, and only with the
    // certificate it names.
    const QString code = positional.isEmpty() || positional.first() == QLatin1String("-")
                             ? joinCodeFromStandardInput()
                             : positional.first();
    if (code.isEmpty()) {
        err() << CliText::tr("No join code was given.") << '\n';
        return ExitUsage;
    }
    const QString dir = dataDir(p);
    std::optional<StationIdentity> identity;
    {
        Database db;
        if (!openStation(dir, db, true))
            return ExitFailure;
        identity = StationStore(db).identity();
    }
    if (!identity) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        return ExitFailure;
    }

    const bool fallback = p.isSet(QStringLiteral("fallback"));
    if (p.isSet(QStringLiteral("table"))) {
        bool isNumber = false;
        const int table = p.value(QStringLiteral("table")).toInt(&isNumber);
        const QString staffId = p.value(QStringLiteral("operator")).trimmed();
        if (!isNumber || fallback || staffId.isEmpty()) {
            err() << CliText::tr("--table takes a table number and --operator STAFF_ID (who "
                                 "changes it), and is for joining the site's hub, not with "
                                 "--fallback.")
                  << '\n';
            return ExitUsage;
        }
        if (table != identity->tableNumber) {
            Database db;
            if (!openStation(dir, db, true))
                return ExitFailure;
            StationStore store(db);
            const Result<OperatorRef> op = signInOperator(store, staffId, p);
            if (!op)
                return op.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
            if (const Status changed = TableNumberChange::apply(store, dir, table, op.value());
                !changed.ok()) {
                err() << changed.message() << '\n';
                return ExitFailure;
            }
            out() << CliText::tr("This station is table %1 now.").arg(table) << '\n';
            identity->tableNumber = table;
        }
    }

    HubJoin join(dir);
    if (fallback)
        join.setTarget(HubJoin::Target::Fallback);
    QEventLoop loop;
    bool joined = false;
    std::optional<HubJoin::Step> failedStep;
    QObject::connect(&join, &HubJoin::progress, &loop,
                     [](const QString &message) { out() << message << Qt::endl; });
    QObject::connect(&join, &HubJoin::succeeded, &loop, [&](const QUrl &url, const QString &site) {
        joined = true;
        out() << (fallback ? CliText::tr("Enrolled at %1 for site %2 as device %3, as the "
                                         "fallback: records go there while the site hub "
                                         "cannot be reached.")
                           : CliText::tr("Joined %1 for site %2 as device %3. Uploads go "
                                         "there from now on."))
                     .arg(url.toString(), site, identity->deviceId)
              << '\n';
        loop.quit();
    });
    QObject::connect(&join, &HubJoin::failed, &loop,
                     [&](HubJoin::Step step, const QString &message) {
                         failedStep = step;
                         err() << CliText::tr("Joining failed: %1").arg(message) << '\n';
                         loop.quit();
                     });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        err() << CliText::tr("Joining failed: no answer within %1 seconds. Nothing was changed.")
                     .arg(kWatchdogMs / 1000)
              << '\n';
        loop.quit();
    });
    watchdog.start(kWatchdogMs);
    join.start(code, {identity->siteCode, identity->deviceId, identity->tableNumber});
    loop.exec();
    if (joined)
        return ExitOk;
    return failedStep == HubJoin::Step::ReadCode ? ExitUsage : ExitFailure;
}

} // namespace station::cli
