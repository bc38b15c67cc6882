// SPDX-License-Identifier: GPL-3.0-or-later
// Records per second from station outboxes to province-server over TLS on loopback,
// through the station's real OutboxRelay (each on its own thread with its own database
// connection, as in the app): a 10,000-record backlog from one station, then 4 stations
// at once; on SQLite and, when PostgreSQL is installed, on PostgreSQL.
// Figures go to docs/benchmarks.md ("Station sync").
//
//   bench_station_sync [--records N] [--batch B] [--stations K]
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/SyncController.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/sync/SyncTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace station;
using namespace station::test;

namespace {

// A provisioned station of its own (own device id) with `records` pending outbox rows.
struct BenchStation {
    QTemporaryDir dir;
    StationIdentity identity;
    QString token;
};

bool prepareStation(BenchStation &s, int index, int records) {
    s.identity = testIdentity();
    s.identity.deviceId = QStringLiteral("bench-station-%1").arg(index);
    s.identity.tableNumber = index + 1;
    Database db;
    if (!db.open(databasePath(s.dir.path())).ok())
        return false;
    StationStore store(db);
    if (!store
             .provision(s.identity,
                        {QStringLiteral("S001"), QStringLiteral("Bench"), QStringLiteral("246810")},
                        kTestSitePassphrase, PassphraseCost::minimal())
             .ok())
        return false;
    return appendSampleRecords(db, s.identity, records);
}

int ackedRows(const BenchStation &s) {
    Database db;
    db.open(databasePath(s.dir.path()));
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'acked'"));
    return q.next() ? q.value(0).toInt() : -1;
}

// Seconds until every station's relay has emptied its outbox; -1 on failure.
double syncAll(const ServerProcess &server, std::vector<std::unique_ptr<BenchStation>> &stations,
               int batch) {
    SyncSettings settings;
    settings.serverUrl = server.baseUrl();
    settings.pinnedCaPath = server.certificatePath();
    settings.batchSize = batch;
    std::vector<std::unique_ptr<SyncController>> controllers;
    QEventLoop loop;
    int done = 0;
    bool failed = false;
    for (auto &s : stations) {
        controllers.push_back(
            std::make_unique<SyncController>(databasePath(s->dir.path()), settings, s->token));
        QObject::connect(controllers.back().get(), &SyncController::passFinished, &loop,
                         [&](bool answered) {
                             if (!answered)
                                 failed = true;
                             if (++done == int(stations.size()) || failed)
                                 loop.quit();
                         });
    }
    QTimer::singleShot(300000, &loop, [&] {
        failed = true;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    for (auto &c : controllers)
        c->start();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (auto &c : controllers)
        c->shutdown();
    return failed ? -1 : seconds;
}

int runOn(const QString &label, const QString &databaseUrl, int records, int batch,
          int stationCount, QTextStream &out) {
    int status = 0;
    for (const int count : {1, stationCount}) {
        ServerProcess server;
        if (!databaseUrl.isEmpty())
            server.setDatabaseUrl(databaseUrl);
        QString error;
        if (!server.prepare(&error) || !server.start(&error)) {
            out << label << ": " << error << Qt::endl;
            return 1;
        }
        std::vector<std::unique_ptr<BenchStation>> stations;
        for (int i = 0; i < count; ++i) {
            stations.push_back(std::make_unique<BenchStation>());
            // A fresh device id per run: a PostgreSQL database is shared between runs.
            if (!prepareStation(*stations.back(), count * 100 + i, records)) {
                out << label << ": cannot prepare a station" << Qt::endl;
                return 1;
            }
            stations.back()->token = enrollStation(server, stations.back()->identity, &error);
            if (stations.back()->token.isEmpty()) {
                out << label << ": enrollment failed: " << error << Qt::endl;
                return 1;
            }
        }
        const double seconds = syncAll(server, stations, batch);
        int acked = 0;
        for (auto &s : stations)
            acked += ackedRows(*s);
        if (seconds < 0 || acked != records * count) {
            out << label << ": " << count << " station(s): FAILED (" << acked << " of "
                << records * count << " acknowledged)" << Qt::endl;
            status = 1;
            continue;
        }
        out << label << ": " << count << " station(s) x " << records << " records, batches of "
            << batch << ": " << QString::number(seconds, 'f', 2) << " s, "
            << QString::number(records * count / seconds, 'f', 0) << " records/s" << Qt::endl;
    }
    return status;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"),
                                     QStringLiteral("Backlog per station."), QStringLiteral("n"),
                                     QStringLiteral("10000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Batch size."),
                                   QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption stations(QStringLiteral("stations"),
                                      QStringLiteral("Concurrent stations."), QStringLiteral("n"),
                                      QStringLiteral("4"));
    parser.addOptions({records, batch, stations});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    int status = runOn(QStringLiteral("SQLite"), QString(), parser.value(records).toInt(),
                       parser.value(batch).toInt(), parser.value(stations).toInt(), out);
    PostgresCluster postgres;
    QString error;
    if (postgres.start(&error))
        status |= runOn(QStringLiteral("PostgreSQL"), postgres.databaseUrl(),
                        parser.value(records).toInt(), parser.value(batch).toInt(),
                        parser.value(stations).toInt(), out);
    else
        out << "PostgreSQL: skipped (" << error << ")" << Qt::endl;
    return status;
}
