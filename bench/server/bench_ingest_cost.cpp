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
// `--preload-dir DIR` (SQLite): the preloaded database of each kind is made once, kept in DIR
// (and used again by a later invocation with the same --preload and --batch) and copied for
// every run, so that a large province (`--preload 160000`, the day of many sites) is built
// once and every run starts from the same file. Give each build its own DIR: a database made
// by one build's schema is not another's. On PostgreSQL the preloaded database is always made
// once per invocation (a database of its own, kept by an existing cluster for later
// invocations) and every run starts on a copy of it (CREATE DATABASE ... TEMPLATE): ingesting
// 160,000 records again for every run would take longer than the runs. --database-url then
// needs a role that may create databases. Each run prints the CPU time of the
// measured batches beside the wall time: the CPU per record does not move with the others'
// load as the rate does, and the wall time minus it is mostly waiting for the disk.
//
// The records' uuids are time-ordered (version 7 of each record's time) as stations make them
// since session 33; `--uuid-v4` gives them random ones as older stations did. The preloaded
// records are the earlier ones: the measured station's records come after them in time.
//
//   bench_ingest_cost [--batches 20] [--batch 500] [--preload 20000] [--runs 5]
//                     [--preload-dir DIR] [--only with|without] [--uuid-v4]
//                     [--postgres [--pg-setting name=value]... | --database-url postgres://...]
// --postgres starts a throwaway cluster with fsync on (the tests' clusters run without it),
// as durable as the SQLite runs (synchronous=FULL); the CPU figures are this process's only,
// not the PostgreSQL backend's.
#include "BenchStations.h"
#include "server/Database.h"
#include "server/RecordStore.h"
#include "server/ServerConfig.h"
#include "tests/support/PostgresCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

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
    Uuids uuids = Uuids::TimeOrdered;
    std::optional<DatabaseTarget> postgres; // otherwise SQLite in a temporary directory
    // --preload-dir: where the preloaded database file of each kind is kept.
    QString preloadDir;
    QHash<int, QString> preloaded;
};

// What one run measured.
struct Measured {
    double seconds = -1;      // wall time of the measured batches; -1: a batch was not accepted
    double cpuSeconds = 0;    // user + system time of this process meanwhile
    double systemSeconds = 0; // of which in the kernel (writing the WAL, reading pages back)
    double writtenBytes = 0;  // to the disk (the WAL, checkpoints), as the kernel counts them
};

struct Usage {
    double cpuSeconds;
    double systemSeconds;
    double writtenBytes;
};

Usage usageNow() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return {seconds(usage.ru_utime) + seconds(usage.ru_stime), seconds(usage.ru_stime),
            double(usage.ru_oublock) * 512};
}

QJsonArray recordsOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("records")).toArray();
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Copies the preloaded database and waits until the copy is on the disk: the kernel's writing
// back hundreds of megabytes would otherwise slow the measured batches' syncs.
bool copyToDisk(const QString &from, const QString &to) {
    if (!QFile::copy(from, to))
        return false;
    QFile copy(to);
    return copy.open(QIODevice::ReadWrite) && ::fsync(copy.handle()) == 0;
}

// A connection "bench-cluster" to the cluster's maintenance database (CREATE and DROP
// DATABASE cannot run in the database they name); the caller removes it.
QSqlDatabase clusterConnection(const DatabaseTarget &target) {
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-cluster"));
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setUserName(target.user);
    db.setPassword(target.password);
    db.setDatabaseName(QStringLiteral("postgres"));
    return db;
}

// Runs `statements` on the PostgreSQL cluster's maintenance database.
bool onPostgresCluster(const DatabaseTarget &target, const QStringList &statements) {
    bool done = true;
    {
        QSqlDatabase db = clusterConnection(target);
        QSqlQuery query(db);
        done = db.open();
        for (const QString &statement : statements) {
            if (done && !query.exec(statement)) {
                QTextStream(stderr) << statement << ": " << query.lastError().text() << Qt::endl;
                done = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-cluster"));
    return done;
}

bool postgresDatabaseExists(const DatabaseTarget &target, const QString &name) {
    bool exists = false;
    {
        QSqlDatabase db = clusterConnection(target);
        QSqlQuery query(db);
        exists = db.open() &&
                 query.exec(
                     QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name)) &&
                 query.next();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-cluster"));
    return exists;
}

// An empty database: a new SQLite file (or a copy of `from`), or on PostgreSQL a new database
// (a copy of the database `from`), its writes checkpointed before the measured batches as the
// SQLite copy is synced.
std::unique_ptr<Database> freshDatabase(const Setup &setup, QTemporaryDir &dir, int serial,
                                        const QString &from = {}) {
    DatabaseTarget target;
    if (setup.postgres) {
        target = *setup.postgres;
        target.database = QStringLiteral("bench_run");
        const QString create = from.isEmpty()
                                   ? QStringLiteral("CREATE DATABASE bench_run")
                                   : QStringLiteral("CREATE DATABASE bench_run TEMPLATE ") + from;
        if (!onPostgresCluster(target, {QStringLiteral("DROP DATABASE IF EXISTS bench_run"), create,
                                        QStringLiteral("CHECKPOINT")}))
            return nullptr;
    } else {
        target.sqlitePath = dir.filePath(QStringLiteral("ingest-%1.db").arg(serial));
        target.createIfMissing = true;
        if (!from.isEmpty() && !copyToDisk(from, target.sqlitePath))
            return nullptr;
    }
    auto database = std::make_unique<Database>(target);
    QString error;
    if (!database->open(&error))
        return nullptr;
    return database;
}

// Stores `records` of one station in batches; the wall and CPU time into `measured` if given.
// False when a batch was not wholly accepted.
bool ingestAll(RecordStore &store, const DeviceIdentity &device, const QList<QByteArray> &bodies,
               bool underCallgrind, Measured *measured) {
    const ServerLimits limits;
    for (const QByteArray &body : bodies) {
        const QJsonArray records = recordsOf(body);
        QElapsedTimer timer;
        timer.start();
        const Usage before = measured ? usageNow() : Usage{};
        const bool counted = underCallgrind && measured;
        if (counted)
            BENCH_COLLECT_TOGGLE();
        const BatchOutcome outcome = store.ingest(device, records, limits);
        if (counted)
            BENCH_COLLECT_TOGGLE();
        if (measured) {
            measured->seconds += double(timer.nsecsElapsed()) / 1e9;
            const Usage after = usageNow();
            measured->cpuSeconds += after.cpuSeconds - before.cpuSeconds;
            measured->systemSeconds += after.systemSeconds - before.systemSeconds;
            measured->writtenBytes += after.writtenBytes - before.writtenBytes;
        }
        for (const RecordResult &result : outcome.results)
            if (result.status != RecordStatus::Accepted)
                return false;
        if (!outcome.stored)
            return false;
    }
    return true;
}

// The day so far: four other tables of the site.
bool preloadOtherTables(RecordStore &store, const Setup &setup, People people) {
    for (int t = 0; t < 4; ++t) {
        const DeviceIdentity other{QStringLiteral("gz-th-017-preload-%1").arg(t), kBenchSite,
                                   DeviceRole::Station};
        if (!ingestAll(store, other,
                       makeBatches(other.deviceId, setup.preload / 4, setup.batchSize, 0, people,
                                   RecordTimes{}, setup.uuids),
                       false, nullptr))
            return false;
    }
    return true;
}

// What a kept preload's name says of its uuids: nothing for random ones (as the files made
// before session 33), "-v7" for time-ordered ones.
QString uuidSuffix(Uuids uuids) {
    return uuids == Uuids::TimeOrdered ? QStringLiteral("-v7") : QString();
}

// --preload-dir: the preloaded database of `people`, made unless it is there already (its WAL
// checkpointed into the file, so that the file alone is the database). Empty on failure.
QString keptPreload(Setup &setup, People people) {
    if (const auto kept = setup.preloaded.constFind(int(people)); kept != setup.preloaded.cend())
        return *kept;
    const QString path =
        QDir(setup.preloadDir)
            .filePath(QStringLiteral("preload-%1-%2-%3%4.db")
                          .arg(people == People::WithIdNumbers ? QStringLiteral("with")
                                                               : QStringLiteral("without"))
                          .arg(setup.preload)
                          .arg(setup.batchSize)
                          .arg(uuidSuffix(setup.uuids)));
    if (QFile::exists(path)) {
        setup.preloaded.insert(int(people), path);
        return path;
    }
    const QString making = path + QStringLiteral(".making");
    QFile::remove(making);
    DatabaseTarget target;
    target.sqlitePath = making;
    target.createIfMissing = true;
    {
        Database database(target);
        QString error;
        if (!database.open(&error))
            return {};
        {
            RecordStore store(database);
            if (!preloadOtherTables(store, setup, people))
                return {};
        }
        QSqlQuery checkpoint(database.connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return {};
    }
    if (!QFile::rename(making, path))
        return {};
    QFile::remove(making + QStringLiteral("-wal"));
    QFile::remove(making + QStringLiteral("-shm"));
    setup.preloaded.insert(int(people), path);
    return path;
}

// PostgreSQL: the preloaded database of `people` (made unless the cluster has it already), as
// a database name to copy. Empty on failure.
QString keptPostgresPreload(Setup &setup, People people) {
    if (const auto kept = setup.preloaded.constFind(int(people)); kept != setup.preloaded.cend())
        return *kept;
    const QString name =
        QStringLiteral("preload_%1_%2_%3%4")
            .arg(people == People::WithIdNumbers ? QStringLiteral("with")
                                                 : QStringLiteral("without"))
            .arg(setup.preload)
            .arg(setup.batchSize)
            .arg(uuidSuffix(setup.uuids).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!postgresDatabaseExists(*setup.postgres, name)) {
        const QString making = name + QStringLiteral("_making");
        if (!onPostgresCluster(*setup.postgres,
                               {QStringLiteral("DROP DATABASE IF EXISTS ") + making,
                                QStringLiteral("CREATE DATABASE ") + making}))
            return {};
        DatabaseTarget target = *setup.postgres;
        target.database = making;
        {
            Database database(target);
            QString error;
            if (!database.open(&error))
                return {};
            RecordStore store(database);
            if (!preloadOtherTables(store, setup, people))
                return {};
        }
        if (!onPostgresCluster(
                *setup.postgres,
                {QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(making, name)}))
            return {};
    }
    setup.preloaded.insert(int(people), name);
    return name;
}

// The measured batches' wall and CPU time; seconds -1 when a batch was not wholly accepted.
Measured runOnce(Setup &setup, People people, int serial, bool underCallgrind) {
    Measured measured;
    QTemporaryDir dir;
    const bool keep = setup.postgres || !setup.preloadDir.isEmpty();
    QString from;
    if (keep &&
        (from = setup.postgres ? keptPostgresPreload(setup, people) : keptPreload(setup, people))
            .isEmpty())
        return measured;
    std::unique_ptr<Database> database = freshDatabase(setup, dir, serial, from);
    if (!database)
        return measured;
    RecordStore store(*database);
    if (!keep && !preloadOtherTables(store, setup, people))
        return measured;
    const DeviceIdentity measuredTable{QStringLiteral("gz-th-017-t01"), kBenchSite,
                                       DeviceRole::Station};
    // Taken after the day so far: each preloading station's records in time.
    const QList<QByteArray> bodies =
        makeBatches(measuredTable.deviceId, setup.batches * setup.batchSize, setup.batchSize, 0,
                    people, RecordTimes{}.after(setup.preload / 4), setup.uuids);
    measured.seconds = 0;
    if (!ingestAll(store, measuredTable, bodies, underCallgrind, &measured))
        measured.seconds = -1;
    return measured;
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
    const QCommandLineOption preloadDir(
        QStringLiteral("preload-dir"),
        QStringLiteral("SQLite: keep each kind's preloaded database in this directory (made "
                       "once, used again) and copy it per run."),
        QStringLiteral("dir"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("On a throwaway PostgreSQL cluster."));
    const QCommandLineOption databaseUrl(
        QStringLiteral("database-url"),
        QStringLiteral("An existing PostgreSQL database (its tables are dropped at each run)."),
        QStringLiteral("url"));
    const QCommandLineOption pgSetting(
        QStringLiteral("pg-setting"),
        QStringLiteral("--postgres: a server setting of the cluster (repeatable; fsync=on is "
                       "always given)."),
        QStringLiteral("name=value"));
    const QCommandLineOption uuidV4(
        QStringLiteral("uuid-v4"),
        QStringLiteral("Random (version 4) record uuids, as stations before session 33 made "
                       "them, instead of time-ordered ones (version 7)."));
    parser.addOptions({batches, batch, preload, runs, only, preloadDir, postgres, databaseUrl,
                       pgSetting, uuidV4});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    Setup setup;
    setup.batches = parser.value(batches).toInt();
    setup.batchSize = parser.value(batch).toInt();
    setup.preload = parser.value(preload).toInt();
    setup.uuids = parser.isSet(uuidV4) ? Uuids::Random : Uuids::TimeOrdered;
    if (parser.isSet(preloadDir)) {
        setup.preloadDir = parser.value(preloadDir);
        QDir().mkpath(setup.preloadDir);
    }
    station::test::PostgresCluster cluster;
    QString label = QStringLiteral("SQLite");
    const QString uuidLabel =
        parser.isSet(uuidV4) ? QStringLiteral(" (uuid v4)") : QStringLiteral(" (uuid v7)");
    if (parser.isSet(postgres) || parser.isSet(databaseUrl)) {
        QString error;
        cluster.setSettings(QStringList{QStringLiteral("fsync=on")} + parser.values(pgSetting));
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
    label += uuidLabel;
    QList<People> kinds{People::WithIdNumbers, People::Anonymous};
    const bool underCallgrind = parser.isSet(only);
    if (underCallgrind)
        kinds = {parser.value(only) == QLatin1String("without") ? People::Anonymous
                                                                : People::WithIdNumbers};
    const int records = setup.batches * setup.batchSize;
    QHash<int, QList<double>> rates;
    QHash<int, QList<double>> cpuPerRecord;     // microseconds
    QHash<int, QList<double>> writtenPerRecord; // KiB
    int serial = 0;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        QList<People> order = kinds;
        if (run % 2)
            std::reverse(order.begin(), order.end());
        for (People people : std::as_const(order)) {
            const Measured measured = runOnce(setup, people, ++serial, underCallgrind);
            const QString name = people == People::WithIdNumbers ? QStringLiteral("with ID numbers")
                                                                 : QStringLiteral("without");
            if (measured.seconds < 0) {
                out << label << ": run " << run + 1 << " " << name << ": a batch failed"
                    << Qt::endl;
                return 1;
            }
            rates[int(people)].append(records / measured.seconds);
            cpuPerRecord[int(people)].append(measured.cpuSeconds * 1e6 / records);
            writtenPerRecord[int(people)].append(measured.writtenBytes / 1024 / records);
            out << QStringLiteral("%1: run %2, %3: %4 records in %5 s, %6 records/s, "
                                  "CPU %7 s (%8 us per record, %9 in the kernel), %10 KiB written "
                                  "per record")
                       .arg(label)
                       .arg(run + 1)
                       .arg(name)
                       .arg(records)
                       .arg(measured.seconds, 0, 'f', 3)
                       .arg(records / measured.seconds, 0, 'f', 0)
                       .arg(measured.cpuSeconds, 0, 'f', 3)
                       .arg(measured.cpuSeconds * 1e6 / records, 0, 'f', 0)
                       .arg(measured.systemSeconds * 1e6 / records, 0, 'f', 0)
                       .arg(measured.writtenBytes / 1024 / records, 0, 'f', 1)
                << Qt::endl;
        }
    }
    for (People people : std::as_const(kinds))
        out << QStringLiteral("%1: median %2 records/s, CPU %3 us per record, %4 KiB written "
                              "per record, %5")
                   .arg(label)
                   .arg(median(rates.value(int(people))), 0, 'f', 0)
                   .arg(median(cpuPerRecord.value(int(people))), 0, 'f', 0)
                   .arg(median(writtenPerRecord.value(int(people))), 0, 'f', 1)
                   .arg(people == People::WithIdNumbers ? QStringLiteral("with ID numbers")
                                                        : QStringLiteral("without"))
            << Qt::endl;
    return 0;
}
