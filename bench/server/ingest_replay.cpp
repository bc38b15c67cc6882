// SPDX-License-Identifier: GPL-3.0-or-later
// The same records, every time, to a province-server (STATION_BUILD_DIR's) on the database
// given: so that the rows two builds store can be compared row by row (docs/benchmarks.md,
// "Site hub relay", session 33a). Four tables of the site send through a hub, in batches of
// up to 500 that interleave the tables' records, and one table sends directly: tubes opened,
// swabbed (people sampled again at other tables, in the same batch and before it, among them
// people of bench_ingest_cost's preload), sealed or voided, samples taken back, boxes packed
// and handed over, records of an older station without a tube uuid, confirmed re-tests,
// duplicates (inside a batch and across), conflicts, invalid records and a tube code of
// another site. Every batch's answer is printed as one JSON line (statuses and notes).
//
// The database should hold the site keys already (a copy of one database for both builds),
// as the site's person keys are made from them: a site enrolled for the first time gets a
// random key.
//
//   ingest_replay --database-url URL [--rounds N]
#include "BenchStations.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/SyncTestRecords.h"
#include "tests/support/TestHttpsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QUuid>

using namespace station::test;
using namespace station::bench;

namespace {

const QString kOtherSite = QStringLiteral("GZ-YX-002");

struct Replay {
    int serial = 0;
    QHash<QString, qint64> stationSeq;
    QDateTime clock{QDate(2026, 11, 25), QTime(9, 0), Qt::UTC};

    SyncTestRecord record(const QString &kind, const QString &station, const QJsonObject &extra,
                          const QString &site = kBenchSite) {
        SyncTestRecord r;
        r.uuid = QUuid::createUuidV5(QUuid(), QStringLiteral("replay/%1").arg(++serial))
                     .toString(QUuid::WithoutBraces);
        r.kind = kind;
        r.seq = ++stationSeq[station];
        r.site = site;
        r.station = station;
        clock = clock.addSecs(3);
        r.at = clock.toString(Qt::ISODateWithMs);
        r.extra = extra;
        return r;
    }
};

// A person of bench_ingest_cost's preload (its table `table`, its `seq`th record), as
// BenchStations makes their numbers.
QString preloadPerson(int table, int seq) {
    const QString device = QStringLiteral("gz-th-017-preload-%1").arg(table);
    const quint16 block = qChecksum(device.toUtf8()) % 10000;
    return QStringLiteral("4401%1%2")
        .arg(block, 4, 10, QLatin1Char('0'))
        .arg(seq, 10, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("STATION_BUILD_DIR"))
        qputenv("STATION_BUILD_DIR", STATION_BUILD_DIR_DEFAULT);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       QStringLiteral("The province's database."),
                                       QStringLiteral("url"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds of tubes per table."),
                                          QStringLiteral("n"), QStringLiteral("12"));
    parser.addOptions({urlOption, roundsOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QString error;

    ServerProcess province;
    province.setDatabaseUrl(parser.value(urlOption));
    if (!province.prepare(&error) || !province.start(&error)) {
        out << "province: " << error << Qt::endl;
        return 1;
    }
    QList<Station> tables;
    for (int t = 1; t <= 4; ++t) {
        Station station{QStringLiteral("gz-th-017-r%1").arg(t, 2, 10, QLatin1Char('0')), {}, {}};
        if (!enroll(province, station)) {
            out << "cannot enroll " << station.deviceId << Qt::endl;
            return 1;
        }
        tables.append(station);
    }
    const auto enrollAs = [&](const QString &deviceId, const QString &site, const QString &code) {
        TestHttpsClient client(province.certificate());
        client.setBaseUrl(province.baseUrl());
        return client
            .post(QStringLiteral("/v1/enroll"),
                  QJsonObject{
                      {QStringLiteral("site"), site},
                      {QStringLiteral("enrollment_code"), code},
                      {QStringLiteral("device_id"), deviceId},
                      {QStringLiteral("table"), QString(QStringLiteral("T-") + deviceId.right(3))}})
            .json()
            .value(QStringLiteral("device_token"))
            .toString();
    };
    const QString hubId = QStringLiteral("gz-th-017-hub");
    const QString hubToken =
        enrollAs(hubId, kBenchSite,
                 province
                     .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), kBenchSite,
                                QStringLiteral("--role"), QStringLiteral("hub")})
                     .trimmed());
    const QString otherId = QStringLiteral("gz-yx-002-t01");
    const QString otherToken = enrollAs(otherId, kOtherSite, province.enrollmentCode(kOtherSite));
    if (hubToken.isEmpty() || otherToken.isEmpty()) {
        out << "cannot enroll the hub or the other site's table" << Qt::endl;
        return 1;
    }
    int batchNumber = 0;
    const auto send = [&](const QString &token, const QString &station,
                          const QList<SyncTestRecord> &records) {
        TestHttpsClient client(province.certificate());
        client.setBaseUrl(province.baseUrl());
        client.setBearerToken(token);
        QList<QJsonObject> list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        const HttpResult answer =
            client.post(QStringLiteral("/v1/records"), syncBatch(station, list));
        QJsonObject line = answer.json();
        line.insert(QStringLiteral("batch"), ++batchNumber);
        line.insert(QStringLiteral("http"), answer.status);
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        return answer.status == 200;
    };

    Replay replay;
    // The other site uses a tube code first: a sample of this site into it is refused.
    const QString foreignTube = QStringLiteral("GZ8800000001");
    if (!send(otherToken, otherId,
              {replay.record(QStringLiteral("tube.opened"), otherId,
                             {{QStringLiteral("tube"), foreignTube},
                              {QStringLiteral("tube_uuid"), QStringLiteral("foreign-tube")},
                              {QStringLiteral("pool_size"), 10}},
                             kOtherSite)}))
        return 1;

    // Each table's records in the order it writes them.
    const int rounds = parser.value(roundsOption).toInt();
    QList<QList<SyncTestRecord>> streams(tables.size());
    QList<QString> lastTube(tables.size());
    int person = 0;
    int tubeSerial = 0;
    for (int round = 0; round < rounds; ++round) {
        for (int t = 0; t < tables.size(); ++t) {
            const QString station = tables[t].deviceId;
            QList<SyncTestRecord> &stream = streams[t];
            // Now and then a tube code another table used before (tube_code_reused).
            const QString tube =
                (round % 5 == 3 && !lastTube[(t + 1) % tables.size()].isEmpty())
                    ? lastTube[(t + 1) % tables.size()]
                    : QStringLiteral("GZ77%1").arg(++tubeSerial, 8, 10, QLatin1Char('0'));
            lastTube[t] = tube;
            const QString tubeUuid = QStringLiteral("replay-tube-%1-%2").arg(station).arg(round);
            stream.append(replay.record(QStringLiteral("tube.opened"), station,
                                        {{QStringLiteral("tube"), tube},
                                         {QStringLiteral("tube_uuid"), tubeUuid},
                                         {QStringLiteral("pool_size"), 10}}));
            QJsonArray samples;
            for (int i = 0; i < 10; ++i) {
                ++person;
                QJsonObject extra{{QStringLiteral("tube"), tube},
                                  {QStringLiteral("position"), i + 1},
                                  {QStringLiteral("pool_size"), 10}};
                // People: a small pool sampled again and again (at several tables, inside one
                // batch), the preload's people, some unique, some with no ID number.
                QString idNumber;
                switch (person % 6) {
                case 0:
                case 1:
                    idNumber = QStringLiteral("44010619900101%1")
                                   .arg(person % 37, 4, 10, QLatin1Char('0'));
                    break;
                case 2:
                    idNumber = preloadPerson(person % 4, 1 + (person * 7) % 40000);
                    break;
                case 3:
                    idNumber =
                        QStringLiteral("44010619950505%1").arg(person, 4, 10, QLatin1Char('0'));
                    break;
                case 4:
                    idNumber = QStringLiteral("44010619900101%1")
                                   .arg((person + 11) % 37, 4, 10, QLatin1Char('0'));
                    break;
                default:
                    break; // a resident code only
                }
                if (!idNumber.isEmpty()) {
                    extra.insert(QStringLiteral("id_type"), QStringLiteral("01"));
                    extra.insert(QStringLiteral("id_number"), idNumber);
                    extra.insert(QStringLiteral("retest_confirmed"), person % 9 == 0);
                }
                if (person % 13 != 0) // an older station's record names no tube uuid
                    extra.insert(QStringLiteral("tube_uuid"), tubeUuid);
                SyncTestRecord taken =
                    replay.record(QStringLiteral("sample.taken"), station, extra);
                taken.extra.insert(QStringLiteral("sample_uuid"), taken.uuid);
                stream.append(taken);
                samples.append(taken.uuid);
                if (person % 11 == 0) // taken back at once
                    stream.append(replay.record(
                        QStringLiteral("sample.removed"), station,
                        {{QStringLiteral("tube"), tube},
                         {QStringLiteral("refers_to"), taken.uuid},
                         {QStringLiteral("reason"), QStringLiteral("scanned twice")}}));
            }
            if (round % 7 == 5) {
                stream.append(replay.record(QStringLiteral("tube.voided"), station,
                                            {{QStringLiteral("tube"), tube},
                                             {QStringLiteral("tube_uuid"), tubeUuid},
                                             {QStringLiteral("reason"), QStringLiteral("spilt")},
                                             {QStringLiteral("samples"), samples}}));
                continue;
            }
            stream.append(replay.record(QStringLiteral("tube.sealed"), station,
                                        {{QStringLiteral("tube"), tube},
                                         {QStringLiteral("tube_uuid"), tubeUuid},
                                         {QStringLiteral("people"), 10}}));
            if (round % 4 == 3) { // a box of this one tube, handed over
                const QString box = QStringLiteral("BX-%1-%2").arg(station).arg(round);
                const QString boxUuid = QStringLiteral("replay-box-%1-%2").arg(station).arg(round);
                const QJsonObject boxed{{QStringLiteral("box"), box},
                                        {QStringLiteral("box_uuid"), boxUuid}};
                QJsonObject added = boxed;
                added.insert(QStringLiteral("tube"), tube);
                added.insert(QStringLiteral("tube_uuid"), tubeUuid);
                added.insert(QStringLiteral("people"), 10);
                QJsonObject sealed = boxed;
                sealed.insert(QStringLiteral("tubes"),
                              QJsonArray{QJsonObject{{QStringLiteral("tube"), tube}}});
                sealed.insert(QStringLiteral("tube_count"), 1);
                sealed.insert(QStringLiteral("person_count"), 10);
                QJsonObject handed = boxed;
                handed.insert(QStringLiteral("tube_count"), 1);
                handed.insert(QStringLiteral("person_count"), 10);
                handed.insert(QStringLiteral("handed_over_by"), QStringLiteral("S001"));
                handed.insert(QStringLiteral("carried_by"), QStringLiteral("courier"));
                stream.append(replay.record(QStringLiteral("box.opened"), station, boxed));
                stream.append(replay.record(QStringLiteral("box.tube_added"), station, added));
                stream.append(replay.record(QStringLiteral("box.sealed"), station, sealed));
                stream.append(replay.record(QStringLiteral("box.handed_over"), station, handed));
            }
        }
    }

    // The last table sends its own records; the hub relays the other three's, interleaved
    // seven at a time, in batches of up to 500.
    QList<SyncTestRecord> direct = streams.takeLast();
    for (qsizetype from = 0; from < direct.size(); from += 200)
        if (!send(tables.last().token, tables.last().deviceId, direct.mid(from, 200)))
            return 1;
    QList<SyncTestRecord> relayed;
    for (qsizetype from = 0;; from += 7) {
        bool any = false;
        for (const QList<SyncTestRecord> &stream : std::as_const(streams)) {
            if (from < stream.size()) {
                relayed.append(stream.mid(from, 7));
                any = true;
            }
        }
        if (!any)
            break;
    }
    QList<QList<SyncTestRecord>> batches;
    for (qsizetype from = 0; from < relayed.size(); from += 490) // the second gets 5 more
        batches.append(relayed.mid(from, 490));
    // Into the second batch: a record of the first again (a duplicate), one twice (the
    // second a duplicate in the batch), one of the first with other content (a conflict),
    // one that is not a record, a sample into the other site's tube code.
    if (batches.size() >= 2) {
        QList<SyncTestRecord> &second = batches[1];
        second.insert(10, batches[0].at(3));
        second.insert(20, second.at(15));
        SyncTestRecord conflict = batches[0].at(4);
        conflict.extra.insert(QStringLiteral("position"), 99);
        second.insert(30, conflict);
        SyncTestRecord invalid =
            replay.record(QStringLiteral("sample.taken"), tables.first().deviceId, QJsonObject{});
        second.insert(40, invalid);
        second.insert(50, replay.record(QStringLiteral("sample.taken"), tables.first().deviceId,
                                        {{QStringLiteral("tube"), foreignTube},
                                         {QStringLiteral("id_type"), QStringLiteral("01")},
                                         {QStringLiteral("id_number"),
                                          QStringLiteral("440106199001010001")}}));
    }
    for (const QList<SyncTestRecord> &batch : std::as_const(batches))
        if (!send(hubToken, hubId, batch))
            return 1;
    // The hub sends the first batch again (all duplicates).
    if (!batches.isEmpty() && !send(hubToken, hubId, batches.first()))
        return 1;
    return 0;
}
