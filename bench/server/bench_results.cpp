// SPDX-License-Identifier: GPL-3.0-or-later
// Results per second into province-server on PostgreSQL (docs/benchmarks.md, "Results"):
// the bulk path (`admin import-results --bulk`: COPY and one set-based match) beside its
// peer, the same file stored result by result (`--one-by-one`); and POST /v1/results from
// a lab over TLS on loopback beside its peer, one station uploading as many records. The
// projection holds N handed-over pooled tubes of 10 people, seeded by SQL (the records that
// would make them are not what is measured). 1 in 1000 results is positive (the
// matched-result hook runs for it), 1 in 100 names an unknown tube.
//
//   bench_results [--results 100000] [--api-results 50000] [--batch 1000] [--runs 3]
//                 [--tubes 100000] [--no-fsync] [--preload N [--preload-people 10]]
//                 [--pg-setting name=value ...] [--bulk-only]
//
// --preload N: a province holding N earlier tubes and results already (ResultsPreload), for
// how the bulk path holds up at a campaign's size (session 34).
#include "BenchStations.h"
#include "ResultsPreload.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttpsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <QDir>

#include <algorithm>
#include <functional>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace station::test;
using namespace station::bench;

namespace {

const QString kLab = QStringLiteral("KingMed-GZ");
constexpr double kCampaignRate = 617; // 37,000 records a minute, 2021

QString tubeCode(int i) {
    return QStringLiteral("RB%1").arg(i, 8, 10, QLatin1Char('0'));
}

// The i-th result of run `run`: a tube among the seeded ones (1 in 100 unknown), negative
// but for 1 in 1000, tested at a time of its own run so that every run stores new results.
struct BenchResult {
    QString tube;
    QString outcome;
    QString testedAt;
};
BenchResult benchResult(int i, int tubes, int run, int pass) {
    BenchResult r;
    r.tube = i % 100 == 99 ? QStringLiteral("RX%1").arg(i, 8, 10, QLatin1Char('0'))
                           : tubeCode(i % tubes);
    r.outcome = i % 1000 == 500 ? QStringLiteral("positive") : QStringLiteral("negative");
    r.testedAt = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC)
                     .addSecs(qint64(pass) * 86400 + run * 3600 + i / 1000)
                     .toString(Qt::ISODateWithMs);
    return r;
}

// CPU time, to say what the wall clock of a machine shared with others' builds cannot: the
// seconds each process computed, whatever else ran beside it.
struct ProcessCpu {
    qint64 parent = 0;
    double own = 0;      // utime + stime
    double children = 0; // cutime + cstime: its children that ended and were waited for
    QString name;
};

std::optional<ProcessCpu> processCpu(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    const qsizetype open = text.indexOf('('), close = text.lastIndexOf(')');
    if (open < 0 || close < 0)
        return std::nullopt;
    // After the name: state ppid ... utime(14) stime(15) cutime(16) cstime(17).
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 15)
        return std::nullopt;
    const double tick = double(sysconf(_SC_CLK_TCK));
    ProcessCpu cpu;
    cpu.name = QString::fromUtf8(text.mid(open + 1, close - open - 1));
    cpu.parent = fields.at(1).toLongLong();
    cpu.own = (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
    cpu.children = (fields.at(13).toDouble() + fields.at(14).toDouble()) / tick;
    return cpu;
}

// The CPU seconds of `root` and all it started (running or ended), or of its running
// children named `name` only.
double treeCpu(qint64 root, const QString &name = QString()) {
    double seconds = 0;
    if (name.isEmpty()) {
        if (const auto cpu = processCpu(root))
            seconds += cpu->own + cpu->children;
    }
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        if (const auto cpu = processCpu(pid);
            cpu && cpu->parent == root && (name.isEmpty() || cpu->name == name))
            seconds += cpu->own + (name.isEmpty() ? cpu->children : 0);
    }
    return seconds;
}

double endedChildrenCpu() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The postmaster of the cluster: the parent of a backend.
qint64 postmasterPid(const PostgresCluster &postgres) {
    qint64 pid = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("postmaster"));
        postgres.configure(db);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next())
            if (const auto cpu = processCpu(query.value(0).toLongLong()))
                pid = cpu->parent;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("postmaster"));
    return pid;
}

// The bench's own tubes (the day being tested), and with `preload` tubes a province's earlier
// days before them (ResultsPreload).
bool seed(const PostgresCluster &postgres, int tubes, qint64 preload, int preloadPeople,
          QTextStream &out) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("seed"));
    postgres.configure(db);
    bool ok = db.open();
    {
        QSqlQuery query(db);
        const QString site = kBenchSite;
        QStringList statements{
            QStringLiteral("INSERT INTO tubes (tube_uuid, site, tube, station, state, pool_size, "
                           "people, opened_at, sealed_at, box_uuid, handed_over_at) SELECT "
                           "'tube-' || g, '%1', 'RB' || lpad(g::text, 8, '0'), 'bench-t' || "
                           "(g % 20), 'sealed', 10, 10, '2026-11-25T08:00:00.000Z', "
                           "'2026-11-25T08:10:00.000Z', 'box-' || (g / 50), "
                           "'2026-11-25T09:00:00.000Z' FROM generate_series(0, %2) g")
                .arg(site)
                .arg(tubes - 1),
            QStringLiteral("INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, "
                           "station, person_key, id_type, id_number_hash, state, taken_at) "
                           "SELECT 'sample-' || g || '-' || p, 'tube-' || g, '%1', 'RB' || "
                           "lpad(g::text, 8, '0'), 'bench-t' || (g % 20), md5(g || '-' || p) "
                           "|| md5(p || '-' || g), 'resident_id', md5(p || '+' || g) || "
                           "md5(g || '+' || p), 'active', '2026-11-25T08:05:00.000Z' FROM "
                           "generate_series(0, %2) g, generate_series(1, 10) p")
                .arg(site)
                .arg(tubes - 1),
            QStringLiteral("INSERT INTO tube_codes (tube, site, record_uuid) SELECT tube, site, "
                           "'seed' FROM tubes"),
            // The people of the tubes that turn positive (1 in 1,000 results, on tubes
            // 500, 1500, ...) as the site's facts know them: each positive raises 10 recalls.
            QStringLiteral("INSERT INTO site_facts (site, kind, station, table_label, person_key, "
                           "tube, sample_uuid, at, record_uuid) SELECT site, 'person_sampled', "
                           "station, 'T' || (substr(station, 8)::int + 1), person_key, tube, "
                           "sample_uuid, taken_at, 'seed-' || sample_uuid FROM tube_people "
                           "WHERE CASE WHEN tube_uuid LIKE 'tube-%' THEN substr(tube_uuid, "
                           "6)::int % 1000 = 500 END")};
        if (ok && preload > 0) {
            ok = preloadProvince(db, preload, preloadPeople, statements, out);
            statements.clear();
        }
        statements << QStringLiteral("ANALYZE");
        for (const QString &statement : std::as_const(statements)) {
            if (ok && !query.exec(statement)) {
                out << "seeding failed: " << query.lastError().text() << Qt::endl;
                ok = false;
            }
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return ok;
}

// Seconds `province-server admin import-results FILE` took (the whole process: reading,
// parsing, storing, matching), or -1 when it did not store every result.
double importFile(const ServerProcess &server, const QString &path, const QString &mode,
                  int expected, QTextStream &out) {
    QProcess admin;
    QElapsedTimer timer;
    timer.start();
    admin.start(ServerProcess::executablePath(),
                {QStringLiteral("admin"), QStringLiteral("import-results"), mode, path,
                 QStringLiteral("--db"), server.databaseUrl()});
    if (!admin.waitForFinished(600000))
        return -1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QString text = QString::fromUtf8(admin.readAllStandardOutput());
    if (!text.contains(QStringLiteral(": %1 accepted").arg(expected))) {
        out << "import did not store every result: " << text.right(400)
            << QString::fromUtf8(admin.readAllStandardError()).right(400) << Qt::endl;
        return -1;
    }
    return seconds;
}

QString writeFile(const ServerProcess &server, int count, int tubes, int run, int pass) {
    const QString path =
        server.temporaryPath() + QStringLiteral("/results-%1-%2.csv").arg(pass).arg(run);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QByteArray text = "管码,检测机构,检测结果,ORF1ab Ct值,检测时间\n";
    for (int i = 0; i < count; ++i) {
        const BenchResult r = benchResult(i, tubes, run, pass);
        text += r.tube.toUtf8() + ',' + kLab.toUtf8() + ',' +
                (r.outcome == QLatin1String("positive") ? "阳性,27.5," : "阴性,,") +
                r.testedAt.toUtf8() + '\n';
    }
    file.write(text);
    return path;
}

// POSTs the bodies to /v1/results one after another; seconds, or -1 on a failure.
double postResults(const ServerProcess &server, const QString &token,
                   const QList<QByteArray> &bodies) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()});
    QNetworkAccessManager network;
    QEventLoop loop;
    bool failed = false;
    QElapsedTimer timer;
    timer.start();
    std::function<void(int)> next = [&](int index) {
        if (index == bodies.size()) {
            loop.quit();
            return;
        }
        QNetworkRequest request(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/results"))));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.post(request, bodies.at(index));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, index] {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError ||
                answer.value(QStringLiteral("accepted")).toInt() !=
                    answer.value(QStringLiteral("results")).toArray().size()) {
                failed = true;
                loop.quit();
                return;
            }
            next(index + 1);
        });
    };
    next(0);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return failed ? -1 : seconds;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// What PostgreSQL did during one file, from its cumulative statistics (PostgreSQL 15): the
// WAL written (and its full-page images: the first change of a page after a checkpoint logs
// the whole page), the database's blocks found in shared_buffers or read from the kernel,
// the checkpoints, and the buffers a backend had to write out itself to make room.
struct ClusterStats {
    double walBytes = 0;
    qint64 walFpi = 0;
    qint64 blocksRead = 0;
    qint64 blocksHit = 0;
    qint64 checkpoints = 0;
    qint64 backendWrites = 0;
};

ClusterStats clusterStats(QSqlDatabase &db) {
    ClusterStats stats;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral(
            "SELECT (SELECT wal_bytes FROM pg_stat_wal), (SELECT wal_fpi FROM pg_stat_wal), "
            "(SELECT blks_read FROM pg_stat_database WHERE datname = current_database()), "
            "(SELECT blks_hit FROM pg_stat_database WHERE datname = current_database()), "
            "(SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter), "
            "(SELECT buffers_backend FROM pg_stat_bgwriter)")) &&
        query.next()) {
        stats.walBytes = query.value(0).toDouble();
        stats.walFpi = query.value(1).toLongLong();
        stats.blocksRead = query.value(2).toLongLong();
        stats.blocksHit = query.value(3).toLongLong();
        stats.checkpoints = query.value(4).toLongLong();
        stats.backendWrites = query.value(5).toLongLong();
    }
    return stats;
}

QString statsLine(const ClusterStats &before, const ClusterStats &after) {
    return QStringLiteral("WAL %1 MB (%2 full-page images), blocks read %3, hit %4, "
                          "checkpoints %5, written by the backend %6")
        .arg((after.walBytes - before.walBytes) / 1e6, 0, 'f', 1)
        .arg(after.walFpi - before.walFpi)
        .arg(after.blocksRead - before.blocksRead)
        .arg(after.blocksHit - before.blocksHit)
        .arg(after.checkpoints - before.checkpoints)
        .arg(after.backendWrites - before.backendWrites);
}

// The sizes of what the results path reads and writes, against shared_buffers; and the plan
// of the tube lookup (server/BulkResults: kTubesOfCodes) for the codes of `file`.
void describe(QSqlDatabase &db, const QStringList &codes, QTextStream &out) {
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SHOW shared_buffers")) && query.next())
        out << "shared_buffers " << query.value(0).toString() << Qt::endl;
    if (query.exec(QStringLiteral(
            "SELECT c.relname, pg_size_pretty(pg_relation_size(c.oid)), c.reltuples::bigint FROM "
            "pg_class c WHERE c.relnamespace = 'public'::regnamespace AND (c.relname IN "
            "('results', 'tubes', 'tube_people') OR c.oid IN (SELECT indexrelid FROM pg_index "
            "WHERE indrelid IN ('results'::regclass, 'tubes'::regclass, "
            "'tube_people'::regclass))) ORDER BY pg_relation_size(c.oid) DESC"))) {
        while (query.next())
            out << "  " << query.value(0).toString() << ": " << query.value(1).toString() << " ("
                << query.value(2).toLongLong() << " rows)" << Qt::endl;
    }
    // The codes are the bench's own (letters and digits): written into the statement, as
    // EXPLAIN cannot be prepared. The statement as main had it (the array given to the
    // planner) and as server/BulkResults has it since session 34 (through a sub-select).
    const QString codeArray = QStringLiteral("'{%1}'::text[]").arg(codes.join(QLatin1Char(',')));
    for (const QString &shape : {codeArray, QStringLiteral("(SELECT %1)::text[]").arg(codeArray)}) {
        QSqlQuery plan(db);
        plan.setForwardOnly(true);
        if (!plan.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) SELECT tube, tube_uuid, site, "
                                      "state, opened_at, handed_over_at FROM tubes WHERE tube = "
                                      "ANY (%1)")
                           .arg(shape))) {
            out << "EXPLAIN failed: " << plan.lastError().text() << Qt::endl;
            continue;
        }
        out << "the tube lookup of a file, "
            << (shape == codeArray ? "the array to the planner:" : "through a sub-select:")
            << Qt::endl;
        while (plan.next()) {
            const QString text = plan.value(0).toString();
            if (!text.contains(QLatin1String("Cond:")) && !text.contains(QLatin1String("Filter:")))
                out << "  " << text.left(160) << Qt::endl;
        }
    }
}

QString line(const QString &what, int count, const QList<double> &seconds) {
    QStringList each;
    for (double s : seconds)
        each << QString::number(s, 'f', 2);
    const double m = median(seconds);
    return QStringLiteral("%1, %2 results: %3 s; median %4 results/s (%5x the campaign's 617/s)")
        .arg(what)
        .arg(count)
        .arg(each.join(QStringLiteral(", ")))
        .arg(count / m, 0, 'f', 0)
        .arg(count / m / kCampaignRate, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QCommandLineParser parser;
    const QCommandLineOption results(QStringLiteral("results"), QStringLiteral("File size."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption apiResults(QStringLiteral("api-results"),
                                        QStringLiteral("Results posted per run."),
                                        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Results per POST."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption tubesOption(QStringLiteral("tubes"), QStringLiteral("Seeded tubes."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    // The tests' clusters run without fsync; a province's does not (bench_hub_relay and
    // bench_ingest_cost turn it on too). --no-fsync for the figures of sessions 25-32.
    const QCommandLineOption noFsync(
        QStringLiteral("no-fsync"),
        QStringLiteral("Run the cluster with fsync=off, as the figures before session 33."));
    const QCommandLineOption preloadOption(
        QStringLiteral("preload"),
        QStringLiteral("Earlier days' tubes, each with one result, made before the runs."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption preloadPeople(QStringLiteral("preload-people"),
                                           QStringLiteral("People in each preloaded tube."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption pgSetting(
        QStringLiteral("pg-setting"),
        QStringLiteral("A PostgreSQL setting for the measured cluster (name=value; repeatable)."),
        QStringLiteral("setting"));
    const QCommandLineOption bulkOnly(
        QStringLiteral("bulk-only"),
        QStringLiteral("Leave out the one-by-one file and the station records peer."));
    const QCommandLineOption alternateSetting(
        QStringLiteral("alternate-setting"),
        QStringLiteral("Every other run with this PostgreSQL setting too (name=value; "
                       "repeatable); the cluster is started again before every run."),
        QStringLiteral("setting"));
    const QCommandLineOption peerBuild(
        QStringLiteral("peer-build"),
        QStringLiteral("Every other bulk file imported by this build's province-server (another "
                       "branch's build directory), on the same database."),
        QStringLiteral("dir"));
    const QCommandLineOption checkpointEveryOther(
        QStringLiteral("checkpoint-every-other"),
        QStringLiteral("A CHECKPOINT before every other bulk file (runs 2, 4, ...): what a "
                       "checkpoint between two files costs the second."));
    parser.addOptions({results, apiResults, batch, runs, tubesOption, noFsync, preloadOption,
                       preloadPeople, pgSetting, bulkOnly, alternateSetting, peerBuild,
                       checkpointEveryOther});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const int fileCount = parser.value(results).toInt();
    const int apiCount = parser.value(apiResults).toInt();
    const int batchSize = parser.value(batch).toInt();
    const int runCount = parser.value(runs).toInt();
    const int tubes = parser.value(tubesOption).toInt();
    const qint64 preload = parser.value(preloadOption).toLongLong();
    const bool peers = !parser.isSet(bulkOnly);

    PostgresCluster postgres;
    QStringList settings;
    if (!parser.isSet(noFsync))
        settings << QStringLiteral("fsync=on");
    settings << parser.values(pgSetting);
    // A preload is written without WAL and without syncs (a cluster started so, then started
    // again as measured): what it stands for was written long before the runs.
    postgres.setSettings(preload > 0 ? QStringList{QStringLiteral("wal_level=minimal"),
                                                   QStringLiteral("max_wal_senders=0")}
                                     : settings);
    out << "PostgreSQL fsync " << (parser.isSet(noFsync) ? "off" : "on") << "; settings "
        << settings.join(QStringLiteral(" ")) << Qt::endl;
    QString error;
    if (!postgres.start(&error)) {
        out << "PostgreSQL: skipped (" << error << ")" << Qt::endl;
        return 0;
    }
    ServerProcess server;
    server.setDatabaseUrl(postgres.databaseUrl());
    if (!server.prepare(&error)) {
        out << "cannot prepare the server: " << error << Qt::endl;
        return 1;
    }
    server.runAdmin({QStringLiteral("unmatched-results")}); // makes the schema
    if (!seed(postgres, tubes, preload, parser.value(preloadPeople).toInt(), out))
        return 1;
    if (preload > 0) {
        postgres.setSettings(settings);
        if (!postgres.stop(&error) || !postgres.startAgain(&error)) {
            out << "cannot start PostgreSQL again: " << error << Qt::endl;
            return 1;
        }
    }
    if (!server.start(&error)) {
        out << "cannot start the server: " << error << Qt::endl;
        return 1;
    }
    out << "seeded " << tubes << " handed-over tubes of 10 people" << Qt::endl;
    QSqlDatabase statsDb =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("stats"));
    postgres.configure(statsDb);
    statsDb.open();
    QStringList lastCodes;

    // The lab, and the peer station.
    const QString code = server
                             .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"),
                                        kLab, QStringLiteral("--role"), QStringLiteral("lab")})
                             .trimmed();
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    const QString labToken =
        client
            .post(QStringLiteral("/v1/enroll"),
                  QJsonObject{{QStringLiteral("site"), kLab},
                              {QStringLiteral("enrollment_code"), code},
                              {QStringLiteral("device_id"), QStringLiteral("kingmed-lis")}})
            .json()
            .value(QStringLiteral("device_token"))
            .toString();
    Station station{QStringLiteral("bench-peer"), QString(), {}};
    if (labToken.isEmpty() || !enroll(server, station)) {
        out << "enrollment failed" << Qt::endl;
        return 1;
    }

    // With --alternate-setting the runs alternate between the settings as given (A) and
    // with the alternates (B), the cluster and the server started again before each run (in
    // both, so that both pay the same), and the indexes the path writes and reads read into
    // shared_buffers first, as a province running for weeks would have them (as far as they
    // fit).
    const QStringList alternates = parser.values(alternateSetting);
    const auto restartFor = [&](int run) {
        const bool b = run % 2 == 1;
        postgres.setSettings(b ? settings + alternates : settings);
        statsDb.close();
        QString failure;
        if (!postgres.stop(&failure) || !postgres.startAgain(&failure) ||
            !server.restart(&failure)) {
            out << "cannot start again: " << failure << Qt::endl;
            return false;
        }
        statsDb.open();
        QSqlQuery warm(statsDb);
        warm.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_prewarm"));
        for (const char *relation : {"results_pkey", "results_tube", "results_waiting",
                                     "tubes_code", "tubes_pkey", "tube_people_tube"})
            warm.exec(QStringLiteral("SELECT pg_prewarm('%1')").arg(QLatin1String(relation)));
        out << "run " << run + 1 << ": " << (b ? "B " : "A ")
            << (b ? (settings + alternates) : settings).join(QStringLiteral(" ")) << Qt::endl;
        return true;
    };
    qint64 postmaster = postmasterPid(postgres);
    const qint64 self = QCoreApplication::applicationPid();
    QList<double> bulk, oneByOne, api, peer;
    QList<double> bulkClientCpu, bulkPostgresCpu, apiServerCpu, apiPostgresCpu;
    for (int run = 0; run < runCount; ++run) {
        if (!alternates.isEmpty()) {
            if (!restartFor(run))
                return 1;
            postmaster = postmasterPid(postgres);
        }
        const QString bulkFile = writeFile(server, fileCount, tubes, run, 0);
        if (parser.isSet(checkpointEveryOther) && run % 2 == 1) {
            QSqlQuery checkpoint(statsDb);
            checkpoint.exec(QStringLiteral("CHECKPOINT"));
            out << "run " << run + 1 << ": after a checkpoint" << Qt::endl;
        }
        const QString rowFile = writeFile(server, fileCount, tubes, run, 1);
        const double clientBefore = endedChildrenCpu();
        const double postgresBefore = treeCpu(postmaster);
        const ClusterStats statsBefore = clusterStats(statsDb);
        // --peer-build: odd runs' files imported by the peer build (run 1 by this one).
        const QByteArray ownBuild = qgetenv("STATION_BUILD_DIR");
        const bool byPeer = parser.isSet(peerBuild) && run % 2 == 1;
        if (byPeer)
            qputenv("STATION_BUILD_DIR", parser.value(peerBuild).toLocal8Bit());
        const double b = importFile(server, bulkFile, QStringLiteral("--bulk"), fileCount, out);
        qputenv("STATION_BUILD_DIR", ownBuild);
        if (parser.isSet(peerBuild))
            out << "run " << run + 1 << " bulk file by "
                << (byPeer ? parser.value(peerBuild) : QString::fromLocal8Bit(ownBuild))
                << Qt::endl;
        bulkClientCpu << endedChildrenCpu() - clientBefore;
        bulkPostgresCpu << treeCpu(postmaster) - postgresBefore;
        out << QStringLiteral("run %1 bulk file: %2")
                   .arg(run + 1)
                   .arg(statsLine(statsBefore, clusterStats(statsDb)))
            << Qt::endl;
        const double o =
            peers ? importFile(server, rowFile, QStringLiteral("--one-by-one"), fileCount, out) : 0;
        QList<QByteArray> bodies;
        QJsonArray current;
        for (int i = 0; i < apiCount; ++i) {
            const BenchResult r = benchResult(i, tubes, run, 2);
            current.append(QJsonObject{{QStringLiteral("tube"), r.tube},
                                       {QStringLiteral("result"), r.outcome},
                                       {QStringLiteral("tested_at"), r.testedAt}});
            if (current.size() == batchSize || i == apiCount - 1) {
                bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("results"), current}})
                                  .toJson(QJsonDocument::Compact));
                current = QJsonArray();
            }
        }
        const double serverBefore = treeCpu(self, QStringLiteral("province-server"));
        const double postgresBeforeApi = treeCpu(postmaster);
        const double a = postResults(server, labToken, bodies);
        apiServerCpu << treeCpu(self, QStringLiteral("province-server")) - serverBefore;
        apiPostgresCpu << treeCpu(postmaster) - postgresBeforeApi;
        QList<Station> stations{station};
        stations[0].batches = makeBatches(station.deviceId, apiCount, 500, run);
        const double p = peers ? uploadAll(server, stations) : 0;
        lastCodes.clear();
        for (int i = 0; i < fileCount; ++i)
            lastCodes << benchResult(i, tubes, run, 0).tube;
        if (b < 0 || o < 0 || a < 0 || p < 0) {
            out << "run " << run << " failed; server log:\n"
                << server.serverLog().right(2000) << Qt::endl;
            return 1;
        }
        bulk << b;
        oneByOne << o;
        api << a;
        peer << p;
        out << QStringLiteral("run %1: bulk %2 s, one by one %3 s, API %4 s, station records %5 s")
                   .arg(run + 1)
                   .arg(b, 0, 'f', 2)
                   .arg(o, 0, 'f', 2)
                   .arg(a, 0, 'f', 2)
                   .arg(p, 0, 'f', 2)
            << Qt::endl;
        out << QStringLiteral("run %1 CPU: bulk: admin process %2 s, PostgreSQL %3 s; API: "
                              "province-server %4 s, PostgreSQL %5 s")
                   .arg(run + 1)
                   .arg(bulkClientCpu.last(), 0, 'f', 2)
                   .arg(bulkPostgresCpu.last(), 0, 'f', 2)
                   .arg(apiServerCpu.last(), 0, 'f', 2)
                   .arg(apiPostgresCpu.last(), 0, 'f', 2)
            << Qt::endl;
    }
    describe(statsDb, lastCodes, out);
    if (!alternates.isEmpty() || parser.isSet(peerBuild) || parser.isSet(checkpointEveryOther)) {
        QList<double> a, b, aCpu, bCpu;
        for (qsizetype i = 0; i < bulk.size(); ++i) {
            (i % 2 ? b : a) << bulk.at(i);
            (i % 2 ? bCpu : aCpu) << bulkClientCpu.at(i) + bulkPostgresCpu.at(i);
        }
        out << line(QStringLiteral("A: bulk file"), fileCount, a) << "; CPU median " << median(aCpu)
            << " s" << Qt::endl;
        out << line(QStringLiteral("B (%1): bulk file")
                        .arg(alternates.join(QLatin1Char(' ')) + parser.value(peerBuild) +
                             (parser.isSet(checkpointEveryOther) ? QStringLiteral("checkpoint")
                                                                 : QString())),
                    fileCount, b)
            << "; CPU median " << median(bCpu) << " s" << Qt::endl;
    }
    out << line(QStringLiteral("bulk file (import-results --bulk)"), fileCount, bulk) << Qt::endl;
    if (peers)
        out << line(QStringLiteral("peer: same file one by one (--one-by-one)"), fileCount,
                    oneByOne)
            << Qt::endl;
    out << line(QStringLiteral("API (POST /v1/results, batches of %1)").arg(batchSize), apiCount,
                api)
        << Qt::endl;
    if (peers)
        out << line(QStringLiteral("peer: station records (POST /v1/records, batches of 500)"),
                    apiCount, peer)
            << Qt::endl;
    // What the CPU alone allows: the results over the CPU seconds both processes spent (they
    // work mostly one after the other), the machine's other load left out.
    const auto cpuLine = [&out](const QString &what, int count, const QList<double> &first,
                                const QList<double> &second, const QString &firstName) {
        QList<double> sums;
        for (qsizetype i = 0; i < first.size(); ++i)
            sums << first.at(i) + second.at(i);
        out << QStringLiteral("%1 CPU, median: %2 %3 s + PostgreSQL %4 s: %5 results per CPU "
                              "second")
                   .arg(what, firstName)
                   .arg(median(first), 0, 'f', 2)
                   .arg(median(second), 0, 'f', 2)
                   .arg(count / median(sums), 0, 'f', 0)
            << Qt::endl;
    };
    cpuLine(QStringLiteral("bulk file"), fileCount, bulkClientCpu, bulkPostgresCpu,
            QStringLiteral("admin process"));
    cpuLine(QStringLiteral("API"), apiCount, apiServerCpu, apiPostgresCpu,
            QStringLiteral("province-server"));
    return 0;
}
