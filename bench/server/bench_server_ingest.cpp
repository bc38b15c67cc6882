// SPDX-License-Identifier: GPL-3.0-or-later
// Records per second into province-server over TLS on loopback: a 10,000-record backlog
// from one station, then 4 stations uploading at once; on SQLite and, when PostgreSQL is
// installed, on PostgreSQL. Figures go to docs/benchmarks.md.
//
//   bench_server_ingest [--records N] [--batch B] [--stations K]
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

namespace {

const QString kSite = QStringLiteral("GZ-TH-017");

struct Station {
    QString deviceId;
    QString token;
    QList<QByteArray> batches; // request bodies, in order
};

QList<QByteArray> makeBatches(const QString &deviceId, int records, int batchSize) {
    QList<QByteArray> batches;
    QList<QJsonObject> current;
    for (int i = 0; i < records; ++i) {
        SyncTestRecord record;
        record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.seq = i + 1;
        record.site = kSite;
        record.station = deviceId;
        record.at = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC)
                        .addSecs(i * 7)
                        .toString(Qt::ISODateWithMs);
        record.extra.insert(QStringLiteral("tube"),
                            QStringLiteral("GZ%1").arg(i / 10, 8, 10, QLatin1Char('0')));
        record.extra.insert(QStringLiteral("position"), i % 10 + 1);
        record.extra.insert(QStringLiteral("resident"),
                            QStringLiteral("R20261125-%1").arg(i, 6, 10, QLatin1Char('0')));
        current.append(record.toJson());
        if (current.size() == batchSize || i == records - 1) {
            batches.append(
                QJsonDocument(syncBatch(deviceId, current)).toJson(QJsonDocument::Compact));
            current.clear();
        }
    }
    return batches;
}

// Uploads every station's batches, the stations concurrently, each station's batches one
// after another (as the station's relay does). Returns seconds, or -1 on any failure.
double uploadAll(const ServerProcess &server, QList<Station> &stations) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()});
    QEventLoop loop;
    int running = int(stations.size());
    bool failed = false;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QElapsedTimer timer;
    timer.start();
    for (Station &station : stations) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkAccessManager *network = managers.back().get();
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [&, network, next, stationPtr = &station](int index) {
            if (index == stationPtr->batches.size()) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            QNetworkRequest request(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/records"))));
            request.setSslConfiguration(tls);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + stationPtr->token.toLatin1());
            QNetworkReply *reply = network->post(request, stationPtr->batches.at(index));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, next, index] {
                reply->deleteLater();
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->error() != QNetworkReply::NoError ||
                    answer.value(QStringLiteral("accepted")).toInt() !=
                        answer.value(QStringLiteral("results")).toArray().size()) {
                    failed = true;
                    if (--running == 0)
                        loop.quit();
                    return;
                }
                (*next)(index + 1);
            });
        };
        (*next)(0);
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return failed ? -1 : seconds;
}

bool enroll(const ServerProcess &server, Station &station) {
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    const HttpResult result =
        client.post(QStringLiteral("/v1/enroll"),
                    QJsonObject{{QStringLiteral("site"), kSite},
                                {QStringLiteral("enrollment_code"), server.enrollmentCode(kSite)},
                                {QStringLiteral("device_id"), station.deviceId}});
    station.token = result.json().value(QStringLiteral("device_token")).toString();
    return !station.token.isEmpty();
}

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
