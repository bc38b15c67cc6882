// SPDX-License-Identifier: GPL-3.0-or-later
// Records per second from a site hub's upstream queue to the province, over TLS on
// loopback, with the same records' direct upload (one station to the province, batches of
// the same size) as the peer figure. Figures go to docs/benchmarks.md.
//
// Each run: the province is stopped, stations upload N records to the hub (which queues
// them), the hub is stopped, the province started again, and the hub started again: the
// time from the hub's start until its /v1/health says nothing is pending is the drain.
//
// With --id-numbers the records carry ID numbers as a site's stations send them, so the
// province (and the hub) derive person facts from them.
//
// With --preload N the province holds N records of four other tables of the site (uploaded
// to it directly, before the first run): a province grown by the day of many sites.
// With --postgres the province runs on a throwaway PostgreSQL cluster with fsync on (as
// durable as SQLite at synchronous=FULL); the hub stays on SQLite, as a site's hub does.
//
// With --relay-batch B the hub sends batches of up to B records (--upstream-batch) and the
// province takes them (--max-batch); without it both keep their defaults (2,000 since session 33),
// so the option is left out for a build that does not know it.
//
// The records' uuids are time-ordered (version 7 of each record's time) as stations make them
// since session 33, with --uuid-v4 random as older stations made them. In time, the preload
// comes first, then each run's records at the hub, then its direct upload, then the next run.
//
// With --verbose each phase of a run says when (UTC) it began and ended, and the direct upload
// its requests' times (median, slowest, every one over a second), to match with the servers'
// logs that --logs DIR keeps (QT_MESSAGE_PATTERN with %{time} gives their lines a time).
//
//   bench_hub_relay [--records N] [--runs R] [--batch B] [--id-numbers] [--preload N]
//                   [--relay-batch B] [--uuid-v4] [--postgres [--pg-setting name=value]...]
//                   [--verbose] [--logs DIR]
#include "BenchStations.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

using namespace station::test;
using namespace station::bench;

namespace {

constexpr int kStationsAtHub = 4;

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QCommandLineParser parser;
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Records queued at the hub per run."),
                                           QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Batch size of the direct upload."),
                                         QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption idNumbersOption(
        QStringLiteral("id-numbers"),
        QStringLiteral("Records with ID numbers (person facts at the province)."));
    const QCommandLineOption preloadOption(
        QStringLiteral("preload"),
        QStringLiteral("Records of four other tables uploaded to the province before the runs."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("The province on a throwaway PostgreSQL cluster (fsync on)."));
    const QCommandLineOption pgSettingOption(
        QStringLiteral("pg-setting"),
        QStringLiteral("--postgres: a server setting of the cluster (repeatable)."),
        QStringLiteral("name=value"));
    const QCommandLineOption relayBatchOption(
        QStringLiteral("relay-batch"),
        QStringLiteral("Batch size of the hub's relay (the province's --max-batch too)."),
        QStringLiteral("n"));
    const QCommandLineOption uuidV4Option(
        QStringLiteral("uuid-v4"),
        QStringLiteral("Random (version 4) record uuids, as stations before session 33 made "
                       "them, instead of time-ordered ones (version 7)."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Each phase's times (UTC) and the direct upload's request times."));
    const QCommandLineOption logsOption(
        QStringLiteral("logs"),
        QStringLiteral("Copy the province's and the hub's logs into this directory at the end."),
        QStringLiteral("dir"));
    parser.addOptions({recordsOption, runsOption, batchOption, idNumbersOption, preloadOption,
                       postgresOption, pgSettingOption, relayBatchOption, uuidV4Option,
                       verboseOption, logsOption});
    parser.addHelpOption();
    parser.process(app);
    const int records = parser.value(recordsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    const int batchSize = parser.value(batchOption).toInt();
    const People people = parser.isSet(idNumbersOption) ? People::WithIdNumbers : People::Anonymous;
    const Uuids uuids = parser.isSet(uuidV4Option) ? Uuids::Random : Uuids::TimeOrdered;
    const int preload = parser.value(preloadOption).toInt();
    const int perStation = records / kStationsAtHub;
    // Each run takes two stretches of time after the preload's: the hub's stations', then the
    // direct upload's (one station sending four stations' records as often).
    const auto runTimes = [&](int run, bool direct) {
        RecordTimes times =
            RecordTimes{}.after(preload / 4 + (2 * run + (direct ? 1 : 0)) * qint64(perStation));
        if (direct)
            times.apartMs /= kStationsAtHub;
        return times;
    };
    QTextStream out(stdout);
    QString error;
    const bool verbose = parser.isSet(verboseOption);
    const auto utcNow = [] {
        return QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    const auto phase = [&](const QString &what) {
        if (verbose)
            out << utcNow() << ' ' << what << Qt::endl;
    };

    PostgresCluster cluster; // outlives the province
    ServerProcess province;
    ServerProcess hub;
    // The servers' logs outlive their temporary directories, on every way out.
    const QString logsDir = parser.value(logsOption);
    const auto keepLogs = qScopeGuard([&] {
        if (logsDir.isEmpty())
            return;
        QDir().mkpath(logsDir);
        for (const auto &[name, server] : {std::pair{QStringLiteral("province.log"), &province},
                                           std::pair{QStringLiteral("hub.log"), &hub}}) {
            QFile file(QDir(logsDir).filePath(name));
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(server->serverLog().toUtf8());
        }
    });
    if (parser.isSet(postgresOption)) {
        cluster.setSettings(QStringList{QStringLiteral("fsync=on")} +
                            parser.values(pgSettingOption));
        if (!cluster.start(&error)) {
            out << "PostgreSQL: cannot start a cluster: " << error << Qt::endl;
            return 1;
        }
        province.setDatabaseUrl(cluster.databaseUrl());
    }
    QStringList hubBatch;
    if (parser.isSet(relayBatchOption)) {
        const QString relayBatch = parser.value(relayBatchOption);
        province.setExtraArguments({QStringLiteral("--max-batch"), relayBatch});
        hubBatch = {QStringLiteral("--upstream-batch"), relayBatch};
    }
    if (!province.prepare(&error) || !province.start(&error) || !hub.prepare(&error)) {
        out << "cannot start the province: " << error << Qt::endl;
        return 1;
    }
    const QString hubCode =
        province
            .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), kBenchSite,
                       QStringLiteral("--role"), QStringLiteral("hub")})
            .trimmed();
    hub.setExtraArguments(QStringList{QStringLiteral("--site-hub"), QStringLiteral("--site"),
                                      kBenchSite, QStringLiteral("--upstream"),
                                      province.baseUrl().toString(),
                                      QStringLiteral("--upstream-ca"), province.certificatePath(),
                                      QStringLiteral("--upstream-enrollment-code"), hubCode} +
                          hubBatch);
    if (!hub.start(&error)) {
        out << "cannot start the hub: " << error << Qt::endl;
        return 1;
    }
    if (!QTest::qWaitFor(
            [&] { return hub.hubUpstream(10000).value(QStringLiteral("connected")).toBool(); },
            60000)) {
        out << "the hub did not enroll at the province:\n"
            << hub.serverLog().right(2000) << Qt::endl;
        return 1;
    }
    QList<Station> atHub;
    for (int i = 0; i < kStationsAtHub; ++i) {
        atHub.append({QStringLiteral("gz-th-017-t%1").arg(i + 1), QString(), {}});
        if (!enroll(hub, atHub.last())) {
            out << "a station could not enroll at the hub" << Qt::endl;
            return 1;
        }
    }
    Station direct{QStringLiteral("gz-th-017-direct"), QString(), {}};
    if (!enroll(province, direct)) {
        out << "the direct station could not enroll at the province" << Qt::endl;
        return 1;
    }

    if (preload > 0) {
        QList<Station> others;
        for (int t = 0; t < 4; ++t) {
            others.append({QStringLiteral("gz-th-017-preload-%1").arg(t), QString(), {}});
            if (!enroll(province, others.last())) {
                out << "a preloading station could not enroll at the province" << Qt::endl;
                return 1;
            }
            others.last().batches =
                makeBatches(others.last().deviceId, preload / 4, 500, 0, people, {}, uuids);
        }
        const double seconds = uploadAll(province, others);
        if (seconds < 0) {
            out << "the preload failed:\n" << province.serverLog().right(2000) << Qt::endl;
            return 1;
        }
        out << QStringLiteral("preload: %1 records in %2 s (%3 records/s)")
                   .arg(preload / 4 * 4)
                   .arg(seconds, 0, 'f', 1)
                   .arg(preload / 4 * 4 / seconds, 0, 'f', 0)
            << Qt::endl;
    }

    QList<double> relayRates;
    QList<double> directRates;
    for (int run = 0; run < runs; ++run) {
        // The records reach the hub while the province is away: they wait in its queue.
        phase(QStringLiteral("run %1: stations -> hub").arg(run + 1));
        province.kill();
        for (Station &station : atHub)
            station.batches = makeBatches(station.deviceId, perStation, 500, run, people,
                                          runTimes(run, false), uuids);
        if (uploadAll(hub, atHub) < 0) {
            out << "the upload to the hub failed:\n" << hub.serverLog().right(2000) << Qt::endl;
            return 1;
        }
        if (hub.hubUpstream(10000).value(QStringLiteral("pending")).toInt() !=
            records / kStationsAtHub * kStationsAtHub) {
            out << "the hub did not queue every record" << Qt::endl;
            return 1;
        }
        phase(QStringLiteral("run %1: province and hub restart").arg(run + 1));
        hub.kill();
        if (!province.restart(&error)) {
            out << "cannot restart the province: " << error << Qt::endl;
            return 1;
        }
        if (!hub.restart(&error)) {
            out << "cannot restart the hub: " << error << Qt::endl;
            return 1;
        }
        // From the hub's "listening" line (the relay starts right after it) until its
        // health answer says nothing is pending. One connection, a look every 100 ms: the
        // probing must not slow the hub down.
        phase(QStringLiteral("run %1: hub -> province").arg(run + 1));
        QElapsedTimer timer;
        timer.start();
        TestHttpsClient watcher(hub.certificate());
        watcher.setBaseUrl(hub.baseUrl());
        bool drained = false;
        while (!drained && timer.elapsed() < 600000) {
            QTest::qWait(100);
            drained = watcher.get(QStringLiteral("/v1/health"))
                          .json()
                          .value(QStringLiteral("upstream"))
                          .toObject()
                          .value(QStringLiteral("pending"))
                          .toInt(-1) == 0;
        }
        if (!drained) {
            out << "the hub did not drain:\n" << hub.serverLog().right(2000) << Qt::endl;
            return 1;
        }
        const double relaySeconds = double(timer.nsecsElapsed()) / 1e9;
        const int relayed = records / kStationsAtHub * kStationsAtHub;
        relayRates << relayed / relaySeconds;

        QList<Station> one{direct};
        one.first().batches = makeBatches(direct.deviceId, records, batchSize, run, people,
                                          runTimes(run, true), uuids);
        phase(QStringLiteral("run %1: station -> province directly").arg(run + 1));
        QList<BatchTiming> timings;
        const double directSeconds = uploadAll(province, one, &timings);
        phase(QStringLiteral("run %1: direct upload ended").arg(run + 1));
        if (verbose && !timings.isEmpty()) {
            QList<double> took;
            for (const BatchTiming &timing : timings)
                took << double(timing.tookMs);
            out << QStringLiteral("  %1 requests: median %2 ms, slowest %3 ms")
                       .arg(timings.size())
                       .arg(median(took), 0, 'f', 0)
                       .arg(*std::max_element(took.cbegin(), took.cend()), 0, 'f', 0)
                << Qt::endl;
            for (const BatchTiming &timing : timings)
                if (timing.tookMs >= 1000)
                    out << QStringLiteral("  batch %1 sent %2 (+%3 ms) took %4 ms")
                               .arg(timing.batch + 1)
                               .arg(timing.sentUtc.toString(QStringLiteral("HH:mm:ss.zzz")))
                               .arg(timing.sentMs)
                               .arg(timing.tookMs)
                        << Qt::endl;
        }
        if (directSeconds < 0) {
            out << "the direct upload failed:\n" << province.serverLog().right(2000) << Qt::endl;
            return 1;
        }
        directRates << records / directSeconds;
        out << QStringLiteral("run %1: hub -> province %2 records in %3 s (%4 records/s); "
                              "station -> province directly %5 records in %6 s (%7 records/s)")
                   .arg(run + 1)
                   .arg(relayed)
                   .arg(relaySeconds, 0, 'f', 2)
                   .arg(relayed / relaySeconds, 0, 'f', 0)
                   .arg(records)
                   .arg(directSeconds, 0, 'f', 2)
                   .arg(records / directSeconds, 0, 'f', 0)
            << Qt::endl;
    }
    out << QStringLiteral("%1 (uuid %2): median of %3 runs: hub relay %4 records/s; direct "
                          "upload %5 records/s")
               .arg(parser.isSet(postgresOption) ? QStringLiteral("PostgreSQL")
                                                 : QStringLiteral("SQLite"))
               .arg(uuids == Uuids::Random ? QStringLiteral("v4") : QStringLiteral("v7"))
               .arg(runs)
               .arg(median(relayRates), 0, 'f', 0)
               .arg(median(directRates), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
