// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips of POST /v1/site/check (the site-wide check a station asks) against
// province-server over TLS on loopback, the server holding many site facts; GET /v1/health
// round trips in the same run as the peer figure (TLS, HTTP and the event loop without the
// check). p50/p95/p99 per endpoint. Figures go to docs/benchmarks.md.
//
//   bench_site_check [--facts N] [--checks K]
#include "RoundTrips.h"
#include "protocol/SitePersonKey.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
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

struct Device {
    QString id;
    QString token;
    QByteArray siteKey;
};

bool enroll(const ServerProcess &server, Device &device, const QString &table) {
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    const QJsonObject answer =
        client
            .post(QStringLiteral("/v1/enroll"),
                  QJsonObject{{QStringLiteral("site"), kSite},
                              {QStringLiteral("enrollment_code"), server.enrollmentCode(kSite)},
                              {QStringLiteral("device_id"), device.id},
                              {QStringLiteral("table"), table}})
            .json();
    device.token = answer.value(QStringLiteral("device_token")).toString();
    device.siteKey =
        station::protocol::siteKeyFromHex(answer.value(QStringLiteral("site_key")).toString())
            .value_or(QByteArray());
    return !device.token.isEmpty() && !device.siteKey.isEmpty();
}

// Loads about `facts` facts: per tube one tube.opened and ten sample.taken records.
bool load(const ServerProcess &server, const Device &device, int facts, int *people) {
    TestHttpsClient client(server.certificate());
    client.setBaseUrl(server.baseUrl());
    client.setBearerToken(device.token);
    client.setTimeoutMs(120000);
    const int tubes = facts / (kPeoplePerTube + 1);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    QList<QJsonObject> batch;
    qint64 seq = 0;
    int person = 0;
    const auto flush = [&] {
        if (batch.isEmpty())
            return true;
        const HttpResult r =
            client.post(QStringLiteral("/v1/records"), syncBatch(device.id, batch));
        batch.clear();
        return r.status == 200 && r.json().value(QStringLiteral("rejected")).toInt() == 0;
    };
    for (int t = 0; t < tubes; ++t) {
        SyncTestRecord opened;
        opened.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        opened.kind = QStringLiteral("tube.opened");
        opened.seq = ++seq;
        opened.site = kSite;
        opened.station = device.id;
        opened.at = start.addMSecs(seq * 100).toString(Qt::ISODateWithMs);
        opened.extra = {{QStringLiteral("tube"), tubeCode(t)},
                        {QStringLiteral("tube_uuid"), opened.uuid},
                        {QStringLiteral("pool_size"), kPeoplePerTube}};
        batch.append(opened.toJson());
        for (int i = 0; i < kPeoplePerTube; ++i) {
            SyncTestRecord taken;
            taken.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            taken.seq = ++seq;
            taken.site = kSite;
            taken.station = device.id;
            taken.at = start.addMSecs(seq * 100).toString(Qt::ISODateWithMs);
            taken.extra = {{QStringLiteral("tube"), tubeCode(t)},
                           {QStringLiteral("sample_uuid"), taken.uuid},
                           {QStringLiteral("id_type"), kIdType},
                           {QStringLiteral("id_number"), idNumber(person++)},
                           {QStringLiteral("retest_confirmed"), false}};
            batch.append(taken.toJson());
        }
        if (batch.size() >= 495 && !flush())
            return false;
    }
    *people = person;
    return flush();
}

int runOn(const QString &label, const QString &databaseUrl, int facts, int checks,
          QTextStream &out) {
    ServerProcess server;
    QString error;
    if (!databaseUrl.isEmpty())
        server.setDatabaseUrl(databaseUrl);
    if (!server.prepare(&error) || !server.start(&error)) {
        out << label << ": cannot start the server: " << error << Qt::endl;
        return 1;
    }
    Device loader{QStringLiteral("bench-t01"), {}, {}};
    Device asker{QStringLiteral("bench-t02"), {}, {}};
    if (!enroll(server, loader, QStringLiteral("Table 1")) ||
        !enroll(server, asker, QStringLiteral("Table 2"))) {
        out << label << ": enrollment failed" << Qt::endl;
        return 1;
    }
    int people = 0;
    QElapsedTimer loading;
    loading.start();
    if (!load(server, loader, facts, &people)) {
        out << label << ": loading failed; server log:\n"
            << server.serverLog().right(2000) << Qt::endl;
        return 1;
    }
    const double loadSeconds = double(loading.elapsed()) / 1000;
    QRandomGenerator random(20261203);
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-1);
    // Half the people asked about were sampled, half were not; every check also asks
    // about a tube code, used or not.
    const RoundTrips check = timeRoundTrips(
        server, asker.token, checks,
        [&](QNetworkAccessManager &network, QNetworkRequest &request, int) {
            request.setUrl(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/site/check"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            const int person = int(random.bounded(quint32(2 * people)));
            const QJsonObject body{
                {QStringLiteral("person_key"),
                 station::protocol::sitePersonKey(asker.siteKey, kIdType, idNumber(person))},
                {QStringLiteral("tube"), tubeCode(int(random.bounded(quint32(people / 5 + 1))))},
                {QStringLiteral("since"), since.toString(Qt::ISODateWithMs)}};
            return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        });
    const RoundTrips health = timeRoundTrips(
        server, asker.token, checks,
        [&](QNetworkAccessManager &network, QNetworkRequest &request, int) {
            request.setUrl(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/health"))));
            return network.get(request);
        });
    if (check.statuses.value(200) != checks || health.statuses.value(200) != checks) {
        out << label << ": a request failed; server log:\n"
            << server.serverLog().right(2000) << Qt::endl;
        return 1;
    }
    const auto line = [&](const QString &what, const RoundTrips &trips) {
        const QList<double> &ms = trips.ms;
        const Percentiles p = percentiles(ms);
        out << QStringLiteral("%1: %2, %3 round trips: p50 %4 ms, p95 %5 ms, p99 %6 ms, max %7 ms")
                   .arg(label, what)
                   .arg(ms.size())
                   .arg(p.p50, 0, 'f', 2)
                   .arg(p.p95, 0, 'f', 2)
                   .arg(p.p99, 0, 'f', 2)
                   .arg(p.max, 0, 'f', 2)
            << Qt::endl;
    };
    out << QStringLiteral("%1: %2 facts loaded (%3 people, %4 tubes) in %5 s")
               .arg(label)
               .arg(people + people / kPeoplePerTube)
               .arg(people)
               .arg(people / kPeoplePerTube)
               .arg(loadSeconds, 0, 'f', 1)
        << Qt::endl;
    line(QStringLiteral("POST /v1/site/check"), check);
    line(QStringLiteral("GET /v1/health"), health);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QCommandLineParser parser;
    const QCommandLineOption facts(QStringLiteral("facts"), QStringLiteral("Facts to load."),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption checks(QStringLiteral("checks"), QStringLiteral("Round trips."),
                                    QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOptions({facts, checks});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    int status = runOn(QStringLiteral("SQLite"), QString(), parser.value(facts).toInt(),
                       parser.value(checks).toInt(), out);
    PostgresCluster postgres;
    QString error;
    if (postgres.start(&error))
        status |= runOn(QStringLiteral("PostgreSQL"), postgres.databaseUrl(),
                        parser.value(facts).toInt(), parser.value(checks).toInt(), out);
    else
        out << "PostgreSQL: skipped (" << error << ")" << Qt::endl;
    return status;
}
