// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stations as the server benchmarks play them: enrolled devices uploading pre-built batches
// of sample records over TLS, each station's batches one after another, the stations at once.
// Shared by bench_server_ingest and bench_hub_relay, so that their figures stand side by side.
#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace station::bench {

// The site all benchmark stations belong to.
inline const QString kBenchSite = QStringLiteral("GZ-TH-017");

struct Station {
    QString deviceId;
    QString token;
    QList<QByteArray> batches; // request bodies, in order
};

// What the records say about the person sampled.
enum class People {
    Anonymous,     // a resident code only: no person facts at the server
    WithIdNumbers, // ID type and number, name and registration id, as a station sends them
                   // (the server derives a person fact, with its HMAC key and notes query)
};

// The uuids the records carry.
enum class Uuids {
    TimeOrdered, // version 7 of the record's time, as stations pick them since session 33
    Random,      // version 4, as older stations did (the benches' --uuid-v4)
};

// When a station's records were taken: the first at `first`, one every `apartMs` after it.
// Time-ordered uuids carry these times, so a bench that stores records "later" (the measured
// batches after a preload, one run after another) gives them later times.
struct RecordTimes {
    QDateTime first = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    qint64 apartMs = 7000;

    // The times just after `count` records of one station of these times.
    RecordTimes after(qint64 count) const { return {first.addMSecs(count * apartMs), apartMs}; }
};

// `records` sample.taken records of `deviceId` in request bodies of `batchSize`; `round`
// numbers them after the rounds before it (seq = round * records + 1, ...). With ID
// numbers, every record is a different person (also across stations and rounds).
// STATION_BENCH_SEED makes the uuids repeatable (the random part from a hash of the seed,
// the station, the round and the record).
QList<QByteArray> makeBatches(const QString &deviceId, int records, int batchSize, int round = 0,
                              People people = People::Anonymous, const RecordTimes &times = {},
                              Uuids uuids = Uuids::TimeOrdered);

// One request of uploadAll: when it was sent (UTC, and ms after the upload began) and how
// long until its answer was read.
struct BatchTiming {
    int station = 0; // index in `stations`
    int batch = 0;
    QDateTime sentUtc;
    qint64 sentMs = 0;
    qint64 tookMs = 0;
};

// Uploads every station's batches, the stations concurrently, each station's batches one
// after another (as a station's relay does). Returns seconds, or -1 on any failure (a
// transport error, or a batch not wholly accepted). With `timings`, each request's time.
double uploadAll(const test::ServerProcess &server, QList<Station> &stations,
                 QList<BatchTiming> *timings = nullptr);

// Enrolls `station` at the server with a fresh code of kBenchSite; its token in station.token.
bool enroll(const test::ServerProcess &server, Station &station);

} // namespace station::bench
