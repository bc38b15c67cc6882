// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStations.h"

#include "protocol/TimeOrderedUuid.h"

#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace station::bench {

using namespace station::test;
using protocol::newTimeOrderedUuid;
using protocol::timeOrderedUuid;

namespace {

// A record's uuid. With a seed, the same in every invocation (one database ingested by two
// builds, compared row by row): version 5 of the seed's name, or version 7 of the record's
// time with the random part from that name's hash.
QString recordUuid(Uuids uuids, const QString &name, qint64 unixMs) {
    static const QString seed = qEnvironmentVariable("STATION_BENCH_SEED");
    if (uuids == Uuids::Random)
        return (seed.isEmpty() ? QUuid::createUuid()
                               : QUuid::createUuidV5(QUuid(), seed + QLatin1Char('/') + name))
            .toString(QUuid::WithoutBraces);
    if (seed.isEmpty())
        return newTimeOrderedUuid(unixMs);
    const QByteArray hash = QCryptographicHash::hash((seed + QLatin1Char('/') + name).toUtf8(),
                                                     QCryptographicHash::Sha256);
    quint64 randB = 0;
    for (int i = 0; i < 8; ++i)
        randB = randB << 8 | quint8(hash.at(2 + i));
    return timeOrderedUuid(unixMs, quint16(quint8(hash.at(0)) << 8 | quint8(hash.at(1))), randB);
}

} // namespace

QList<QByteArray> makeBatches(const QString &deviceId, int records, int batchSize, int round,
                              People people, const RecordTimes &times, Uuids uuids) {
    // Distinct people per station: the station's id picks a 4-digit block of the numbers.
    const quint16 stationBlock = qChecksum(deviceId.toUtf8()) % 10000;
    QList<QByteArray> batches;
    QList<QJsonObject> current;
    for (int i = 0; i < records; ++i) {
        SyncTestRecord record;
        const QDateTime at = times.first.addMSecs(i * times.apartMs);
        record.uuid = recordUuid(uuids, QStringLiteral("%1/%2/%3").arg(deviceId).arg(round).arg(i),
                                 at.toMSecsSinceEpoch());
        record.seq = qint64(round) * records + i + 1;
        record.site = kBenchSite;
        record.station = deviceId;
        record.at = at.toString(Qt::ISODateWithMs);
        record.extra.insert(QStringLiteral("tube"),
                            QStringLiteral("GZ%1").arg(i / 10, 8, 10, QLatin1Char('0')));
        record.extra.insert(QStringLiteral("position"), i % 10 + 1);
        record.extra.insert(QStringLiteral("resident"),
                            QStringLiteral("R20261125-%1").arg(i, 6, 10, QLatin1Char('0')));
        if (people == People::WithIdNumbers) {
            // The members SampleRecording writes; the number is 18 characters like a
            // resident ID card's (not a valid one: its check digit is not computed).
            record.extra.insert(QStringLiteral("sample_uuid"), record.uuid);
            record.extra.insert(QStringLiteral("tube_uuid"),
                                QStringLiteral("tube-%1-%2").arg(deviceId).arg(i / 10));
            record.extra.insert(QStringLiteral("pool_size"), 10);
            record.extra.insert(QStringLiteral("name"), QStringLiteral("测试%1").arg(i));
            record.extra.insert(QStringLiteral("id_type"), QStringLiteral("01"));
            record.extra.insert(QStringLiteral("id_number"),
                                QStringLiteral("4401%1%2")
                                    .arg(stationBlock, 4, 10, QLatin1Char('0'))
                                    .arg(record.seq, 10, 10, QLatin1Char('0')));
            record.extra.insert(QStringLiteral("entry"), QStringLiteral("scan"));
            record.extra.insert(QStringLiteral("sample_type"), QStringLiteral("throat_swab"));
            record.extra.insert(QStringLiteral("retest_confirmed"), false);
        }
        current.append(record.toJson());
        if (current.size() == batchSize || i == records - 1) {
            batches.append(
                QJsonDocument(syncBatch(deviceId, current)).toJson(QJsonDocument::Compact));
            current.clear();
        }
    }
    return batches;
}

double uploadAll(const ServerProcess &server, QList<Station> &stations,
                 QList<BatchTiming> *timings) {
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
            const qint64 sentMs = timer.elapsed();
            const QDateTime sentUtc = QDateTime::currentDateTimeUtc();
            const int stationIndex = int(stationPtr - stations.data());
            QNetworkReply *reply = network->post(request, stationPtr->batches.at(index));
            QObject::connect(reply, &QNetworkReply::finished, reply,
                             [&, reply, next, index, sentMs, sentUtc, stationIndex] {
                                 reply->deleteLater();
                                 if (timings)
                                     timings->append({stationIndex, index, sentUtc, sentMs,
                                                      timer.elapsed() - sentMs});
                                 const QJsonObject answer =
                                     QJsonDocument::fromJson(reply->readAll()).object();
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
    const HttpResult result = client.post(
        QStringLiteral("/v1/enroll"),
        QJsonObject{{QStringLiteral("site"), kBenchSite},
                    {QStringLiteral("enrollment_code"), server.enrollmentCode(kBenchSite)},
                    {QStringLiteral("device_id"), station.deviceId}});
    station.token = result.json().value(QStringLiteral("device_token")).toString();
    return !station.token.isEmpty();
}

} // namespace station::bench
