// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of ingesting sample.taken records with ID numbers (the site's person facts: HMAC
// person key, the "sampled elsewhere" query, the fact row) against the same records without
// them, in process: server::RecordStore::ingest on a database of its own, no TLS or HTTP.
// Figures go to docs/benchmarks.md.
//
// Each run, for each kind of record (the order alternates between runs, so that each is the
// other's peer under the same machine load): a fresh database, `--preload` records of other
// stations of the site (the day so far), then `--batches` batches of `--batch` records of one
// station, each batch one ingest (one transaction), timed. Run under callgrind with
// `--only with|without --runs 1`: only the measured batches are counted
// (valgrind --tool=callgrind --collect-atstart=no).
//
//   bench_ingest_cost [--batches 20] [--batch 500] [--preload 20000] [--runs 5]
//                     [--only with|without] [--postgres | --database-url postgres://...]
#include "BenchStations.h"
#include "server/Database.h"
#include "server/RecordStore.h"
#include "server/ServerConfig.h"
#include "tests/support/PostgresCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_COLLECT_TOGGLE() CALLGRIND_TOGGLE_COLLECT
#else
#define BENCH_COLLECT_TOGGLE()
#endif

using namespace station::server;
using namespace station::bench;

namespace {

struct Setup {
    int batches = 20;
    int batchSize = 500;
    int preload = 20000;
    std::optional<DatabaseTarget> postgres; // otherwise SQLite in a temporary directory
};

QJsonArray recordsOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("records")).toArray();
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// An empty database: a new SQLite file, or the PostgreSQL database with its tables dropped.
std::unique_ptr<Database> freshDatabase(const Setup &setup, QTemporaryDir &dir, int serial) {
    DatabaseTarget target;
    if (setup.postgres) {
        target = *setup.postgres;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-reset"));
            db.setHostName(target.host);
            db.setPort(target.port);
            db.setUserName(target.user);
            db.setPassword(target.password);
            db.setDatabaseName(target.database);
            QSqlQuery query(db);
            if (!db.open() || !query.exec(QStringLiteral("DROP SCHEMA public CASCADE")) ||
                !query.exec(QStringLiteral("CREATE SCHEMA public")))
                return nullptr;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-reset"));
    } else {
        target.sqlitePath = dir.filePath(QStringLiteral("ingest-%1.db").arg(serial));
        target.createIfMissing = true;
    }
    auto database = std::make_unique<Database>(target);
    QString error;
    if (!database->open(&error))
        return nullptr;
    return database;
}

// Seconds for the measured batches, or -1 when a batch was not wholly accepted.
double runOnce(const Setup &setup, People people, int serial, bool underCallgrind) {
    QTemporaryDir dir;
    std::unique_ptr<Database> database = freshDatabase(setup, dir, serial);
    if (!database)
        return -1;
    RecordStore store(*database);
    const ServerLimits limits;
    const auto ingestAll = [&](const DeviceIdentity &device, const QList<QByteArray> &bodies,
                               double *seconds) {
        for (const QByteArray &body : bodies) {
            const QJsonArray records = recordsOf(body);
            QElapsedTimer timer;
            timer.start();
            const bool counted = underCallgrind && seconds;
            if (counted)
                BENCH_COLLECT_TOGGLE();
            const BatchOutcome outcome = store.ingest(device, records, limits);
            if (counted)
                BENCH_COLLECT_TOGGLE();
            if (seconds)
                *seconds += double(timer.nsecsElapsed()) / 1e9;
            for (const RecordResult &result : outcome.results)
                if (result.status != RecordStatus::Accepted)
                    return false;
            if (!outcome.stored)
                return false;
        }
        return true;
    };
    // The day so far: four other tables of the site.
    for (int t = 0; t < 4; ++t) {
        const DeviceIdentity other{QStringLiteral("gz-th-017-preload-%1").arg(t), kBenchSite,
                                   DeviceRole::Station};
        if (!ingestAll(other,
                       makeBatches(other.deviceId, setup.preload / 4, setup.batchSize, 0, people),
                       nullptr))
            return -1;
    }
    const DeviceIdentity measured{QStringLiteral("gz-th-017-t01"), kBenchSite, DeviceRole::Station};
    const QList<QByteArray> bodies =
        makeBatches(measured.deviceId, setup.batches * setup.batchSize, setup.batchSize, 0, people);
    double seconds = 0;
    if (!ingestAll(measured, bodies, &seconds))
        return -1;
    return seconds;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption batches(QStringLiteral("batches"), QStringLiteral("Measured batches."),
                                     QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Batch size."),
                                   QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption preload(QStringLiteral("preload"),
                                     QStringLiteral("Records of other tables stored before."),
                                     QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only records with or without ID numbers "
                                                 "(for callgrind: counts only the measured "
                                                 "batches)."),
                                  QStringLiteral("with|without"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("On a throwaway PostgreSQL cluster."));
    const QCommandLineOption databaseUrl(
        QStringLiteral("database-url"),
        QStringLiteral("An existing PostgreSQL database (its tables are dropped at each run)."),
        QStringLiteral("url"));
    parser.addOptions({batches, batch, preload, runs, only, postgres, databaseUrl});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    Setup setup;
    setup.batches = parser.value(batches).toInt();
    setup.batchSize = parser.value(batch).toInt();
    setup.preload = parser.value(preload).toInt();
    station::test::PostgresCluster cluster;
    QString label = QStringLiteral("SQLite");
    if (parser.isSet(postgres) || parser.isSet(databaseUrl)) {
        QString error;
        if (!parser.isSet(databaseUrl) && !cluster.start(&error)) {
            out << "PostgreSQL: cannot start a cluster: " << error << Qt::endl;
            return 1;
        }
        setup.postgres = parseDatabaseUrl(
            parser.isSet(databaseUrl) ? parser.value(databaseUrl) : cluster.databaseUrl(), &error);
        if (!setup.postgres) {
            out << "PostgreSQL: " << error << Qt::endl;
            return 1;
        }
        label = QStringLiteral("PostgreSQL");
    }
    QList<People> kinds{People::WithIdNumbers, People::Anonymous};
    const bool underCallgrind = parser.isSet(only);
    if (underCallgrind)
        kinds = {parser.value(only) == QLatin1String("without") ? People::Anonymous
                                                                : People::WithIdNumbers};
    const int records = setup.batches * setup.batchSize;
    QHash<int, QList<double>> rates;
    int serial = 0;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        QList<People> order = kinds;
        if (run % 2)
            std::reverse(order.begin(), order.end());
        for (People people : std::as_const(order)) {
            const double seconds = runOnce(setup, people, ++serial, underCallgrind);
            const QString name = people == People::WithIdNumbers ? QStringLiteral("with ID numbers")
                                                                 : QStringLiteral("without");
            if (seconds < 0) {
                out << label << ": run " << run + 1 << " " << name << ": a batch failed"
                    << Qt::endl;
                return 1;
            }
            rates[int(people)].append(records / seconds);
            out << QStringLiteral("%1: run %2, %3: %4 records in %5 s, %6 records/s")
                       .arg(label)
                       .arg(run + 1)
                       .arg(name)
                       .arg(records)
                       .arg(seconds, 0, 'f', 3)
                       .arg(records / seconds, 0, 'f', 0)
                << Qt::endl;
        }
    }
    for (People people : std::as_const(kinds))
        out << QStringLiteral("%1: median %2 records/s %3")
                   .arg(label)
                   .arg(median(rates.value(int(people))), 0, 'f', 0)
                   .arg(people == People::WithIdNumbers ? QStringLiteral("with ID numbers")
                                                        : QStringLiteral("without"))
            << Qt::endl;
    return 0;
}
