// SPDX-License-Identifier: GPL-3.0-or-later
// Lookups of GET /v1/people/{blind_key}/status (the health-code side's person status,
// docs/sync-protocol.md §16) against province-server over TLS on loopback, the server holding
// many sampled people. Peers in the same run: the same route with a malformed key (400:
// TLS, HTTP, the token check and the rate limit, without the query) and GET /v1/health (no
// token, no database). One request at a time on one kept-alive connection: p50/p95/p99 and
// requests a second. Figures go to docs/benchmarks.md.
//
//   bench_person_status [--people N] [--lookups K]
#include "RoundTrips.h"
#include "protocol/SitePersonKey.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>

using namespace station::bench;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-017");
const QString kIdType = QStringLiteral("01");
constexpr int kPeoplePerTube = 10;

QString idNumber(int person) {
    return QStringLiteral("440106198001%1").arg(person, 6, 10, QLatin1Char('0'));
}
QString tubeCode(int tube) {
    return QStringLiteral("GZ%1").arg(tube, 10, 10, QLatin1Char('0'));
}

QString enroll(const ServerProcess &server, const QString &site, const QString &deviceId,
               const QString &code) {
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    return client
        .post(QStringLiteral("/v1/enroll"), QJsonObject{{QStringLiteral("site"), site},
                                                        {QStringLiteral("enrollment_code"), code},
                                                        {QStringLiteral("device_id"), deviceId}})
        .json()
        .value(QStringLiteral("device_token"))
        .toString();
}

// Pools of ten: one tube.opened and ten sample.taken records each.
bool load(const ServerProcess &server, const QString &station, const QString &token, int people) {
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    client.setBearerToken(token);
    client.setTimeoutMs(120000);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    QList<QJsonObject> batch;
    qint64 seq = 0;
    const auto flush = [&] {
        if (batch.isEmpty())
            return true;
        const HttpResult r = client.post(QStringLiteral("/v1/records"), syncBatch(station, batch));
        batch.clear();
        return r.status == 200 && r.json().value(QStringLiteral("rejected")).toInt() == 0;
    };
    for (int person = 0; person < people;) {
        const int tube = person / kPeoplePerTube;
        SyncTestRecord opened;
        opened.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        opened.kind = QStringLiteral("tube.opened");
        opened.seq = ++seq;
        opened.site = kSite;
        opened.station = station;
        opened.at = start.addMSecs(seq * 100).toString(Qt::ISODateWithMs);
        opened.extra = {{QStringLiteral("tube"), tubeCode(tube)},
                        {QStringLiteral("tube_uuid"), opened.uuid},
                        {QStringLiteral("pool_size"), kPeoplePerTube}};
        batch.append(opened.toJson());
        for (int i = 0; i < kPeoplePerTube && person < people; ++i, ++person) {
            SyncTestRecord taken;
            taken.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            taken.seq = ++seq;
            taken.site = kSite;
            taken.station = station;
            taken.at = start.addMSecs(seq * 100).toString(Qt::ISODateWithMs);
            taken.extra = {{QStringLiteral("tube"), tubeCode(tube)},
                           {QStringLiteral("tube_uuid"), opened.uuid},
                           {QStringLiteral("sample_uuid"), taken.uuid},
                           {QStringLiteral("id_type"), kIdType},
                           {QStringLiteral("id_number"), idNumber(person)}};
            batch.append(taken.toJson());
        }
        if (batch.size() >= 495 && !flush())
            return false;
    }
    return flush();
}

int runOn(const QString &label, const QString &databaseUrl, int people, int lookups,
          QTextStream &out) {
    ServerProcess server;
    QString error;
    if (!databaseUrl.isEmpty())
        server.setDatabaseUrl(databaseUrl);
    // The lookups here measure the server, not its rate limit.
    server.setExtraArguments({QStringLiteral("--lookup-rate"), QStringLiteral("1000000/s"),
                              QStringLiteral("--lookup-burst"), QStringLiteral("1000000")});
    if (!server.prepare(&error) || !server.start(&error)) {
        out << label << ": cannot start the server: " << error << Qt::endl;
        return 1;
    }
    const QString station = QStringLiteral("bench-t01");
    const QString stationToken = enroll(server, kSite, station, server.enrollmentCode(kSite));
    const QString healthCode = QStringLiteral("BENCH-HEALTH-CODE");
    const QString healthToken =
        enroll(server, healthCode, QStringLiteral("bench-health-code"),
               server
                   .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), healthCode,
                              QStringLiteral("--role"), QStringLiteral("health-code")})
                   .trimmed());
    if (stationToken.isEmpty() || healthToken.isEmpty()) {
        out << label << ": enrollment failed" << Qt::endl;
        return 1;
    }
    QElapsedTimer loading;
    loading.start();
    if (!load(server, station, stationToken, people)) {
        out << label << ": loading failed; server log:\n"
            << server.serverLog().right(2000) << Qt::endl;
        return 1;
    }
    const double loadSeconds = double(loading.elapsed()) / 1000;
    const QString keyPath = server.temporaryPath() + QStringLiteral("/lookup.key");
    server.runAdmin({QStringLiteral("export-lookup-key"), keyPath});
    QFile keyFile(keyPath);
    const std::optional<QByteArray> key =
        keyFile.open(QIODevice::ReadOnly)
            ? station::protocol::siteKeyFromHex(QString::fromLatin1(keyFile.readAll()))
            : std::nullopt;
    if (!key) {
        out << label << ": no lookup key exported" << Qt::endl;
        return 1;
    }
    // Half the people asked about were sampled, half were not (404).
    QRandomGenerator random(20261203);
    QStringList paths;
    for (int i = 0; i < lookups + 20; ++i)
        paths << QStringLiteral("/v1/people/%1/status")
                     .arg(station::protocol::sitePersonKey(
                         *key, kIdType, idNumber(int(random.bounded(quint32(2 * people))))));
    const auto get = [&server](const QString &path) {
        return [&server, path](QNetworkAccessManager &network, QNetworkRequest &request, int) {
            request.setUrl(server.baseUrl().resolved(QUrl(path)));
            return network.get(request);
        };
    };
    const RoundTrips lookup =
        timeRoundTrips(server, healthToken, lookups,
                       [&](QNetworkAccessManager &network, QNetworkRequest &request, int i) {
                           return get(paths.at(i))(network, request, i);
                       });
    // The same route, token check and rate limit with a key refused before the database.
    const RoundTrips refused = timeRoundTrips(
        server, healthToken, lookups, get(QStringLiteral("/v1/people/not-a-blind-key/status")));
    const RoundTrips health =
        timeRoundTrips(server, healthToken, lookups, get(QStringLiteral("/v1/health")));
    if (lookup.statuses.value(200) + lookup.statuses.value(404) != lookups ||
        health.statuses.value(200) != lookups || refused.statuses.value(400) != lookups) {
        out << label << ": a request failed; server log:\n"
            << server.serverLog().right(2000) << Qt::endl;
        return 1;
    }
    const auto line = [&](const QString &what, const RoundTrips &trips) {
        const QList<double> &ms = trips.ms;
        const double seconds = trips.seconds;
        const Percentiles p = percentiles(ms);
        out << QStringLiteral("%1: %2, %3 round trips: %4/s; p50 %5 ms, p95 %6 ms, p99 %7 ms, "
                              "max %8 ms")
                   .arg(label, what)
                   .arg(ms.size())
                   .arg(double(ms.size()) / seconds, 0, 'f', 0)
                   .arg(p.p50, 0, 'f', 2)
                   .arg(p.p95, 0, 'f', 2)
                   .arg(p.p99, 0, 'f', 2)
                   .arg(p.max, 0, 'f', 2)
            << Qt::endl;
    };
    out << QStringLiteral("%1: %2 people in %3 pooled tubes loaded in %4 s")
               .arg(label)
               .arg(people)
               .arg((people + kPeoplePerTube - 1) / kPeoplePerTube)
               .arg(loadSeconds, 0, 'f', 1)
        << Qt::endl;
    line(QStringLiteral("GET /v1/people/{key}/status (%1 found, %2 unknown)")
             .arg(lookup.statuses.value(200))
             .arg(lookup.statuses.value(404)),
         lookup);
    line(QStringLiteral("GET /v1/people/not-a-blind-key/status (400: all but the query)"), refused);
    line(QStringLiteral("GET /v1/health"), health);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QCommandLineParser parser;
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People to load."),
                                    QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption lookups(QStringLiteral("lookups"), QStringLiteral("Round trips."),
                                     QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOptions({people, lookups});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    int status = runOn(QStringLiteral("SQLite"), QString(), parser.value(people).toInt(),
                       parser.value(lookups).toInt(), out);
    PostgresCluster postgres;
    QString error;
    if (postgres.start(&error))
        status |= runOn(QStringLiteral("PostgreSQL"), postgres.databaseUrl(),
                        parser.value(people).toInt(), parser.value(lookups).toInt(), out);
    else
        out << "PostgreSQL: skipped (" << error << ")" << Qt::endl;
    return status;
}
