// SPDX-License-Identifier: GPL-3.0-or-later
// Records per second into province-server over TLS on loopback: a 10,000-record backlog
// from one station, then 4 stations uploading at once; on SQLite and, when PostgreSQL is
// installed, on PostgreSQL. Figures go to docs/benchmarks.md.
//
//   bench_server_ingest [--records N] [--batch B] [--stations K]
#include "BenchStations.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUuid>

#include <memory>

using namespace station::test;
using namespace station::bench;

namespace {

int runOn(const QString &label, const QString &databaseUrl, int records, int batchSize,
          int stationCount, QTextStream &out) {
    ServerProcess server;
    QString error;
    if (!databaseUrl.isEmpty())
        server.setDatabaseUrl(databaseUrl);
    if (!server.prepare(&error) || !server.start(&error)) {
        out << label << ": cannot start the server: " << error << Qt::endl;
        return 1;
    }
    QList<Station> one{{QStringLiteral("bench-single"), QString(), {}}};
    QList<Station> many;
    for (int i = 0; i < stationCount; ++i)
        many.append({QStringLiteral("bench-multi-%1").arg(i), QString(), {}});
    for (QList<Station> *group : {&one, &many}) {
        for (Station &station : *group) {
            if (!enroll(server, station)) {
                out << label << ": enrollment failed" << Qt::endl;
                return 1;
            }
            station.batches = makeBatches(station.deviceId, records, batchSize);
        }
    }
    const double single = uploadAll(server, one);
    const double concurrent = uploadAll(server, many);
    if (single < 0 || concurrent < 0) {
        out << label << ": an upload failed; server log:\n"
            << server.serverLog().right(2000) << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1: 1 station, %2 records in batches of %3: %4 s, %5 records/s")
               .arg(label)
               .arg(records)
               .arg(batchSize)
               .arg(single, 0, 'f', 2)
               .arg(records / single, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("%1: %2 stations at once, %3 records each: %4 s, %5 records/s")
               .arg(label)
               .arg(stationCount)
               .arg(records)
               .arg(concurrent, 0, 'f', 2)
               .arg(stationCount * records / concurrent, 0, 'f', 0)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Backlog."),
                                     QStringLiteral("n"), QStringLiteral("10000"));
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
