// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stations as the server benchmarks play them: enrolled devices uploading pre-built batches
// of sample records over TLS, each station's batches one after another, the stations at once.
// Shared by bench_server_ingest and bench_hub_relay, so that their figures stand side by side.
#include "tests/support/ServerProcess.h"

#include <QByteArray>
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

// `records` sample.taken records of `deviceId` in request bodies of `batchSize`; `round`
// numbers them after the rounds before it (seq = round * records + 1, ...). With ID
// numbers, every record is a different person (also across stations and rounds).
QList<QByteArray> makeBatches(const QString &deviceId, int records, int batchSize, int round = 0,
                              People people = People::Anonymous);

// Uploads every station's batches, the stations concurrently, each station's batches one
// after another (as a station's relay does). Returns seconds, or -1 on any failure (a
// transport error, or a batch not wholly accepted).
double uploadAll(const test::ServerProcess &server, QList<Station> &stations);

// Enrolls `station` at the server with a fresh code of kBenchSite; its token in station.token.
bool enroll(const test::ServerProcess &server, Station &station);

} // namespace station::bench
