// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace station {
class Database;
}

namespace station::bench {

// What to generate: `days` site days ending with the day of `now`, each sampled from
// dayStart to dayEnd (today only up to `now`), with a lunch pause, at a rate that varies
// through the day. Tubes of 10 people, boxes of 20 tubes.
struct GeneratorOptions {
    qint64 samples = 1'000'000;
    int days = 40;
    QTimeZone zone = QTimeZone("Asia/Shanghai");
    QDateTime now; // UTC; the last day is cut here
    QTime dayStart = QTime(8, 0);
    QTime dayEnd = QTime(20, 0);
    bool lunchPause = true; // 12:00-12:40
    int operators = 3;
    int tubesPerBox = 20;
    int poolSize = 10;
    // Records older than this are acknowledged by the province; newer ones pending.
    int pendingWindowSeconds = 150 * 60;
    // Boxes whose last tube was sealed more than this before `now` are handed over.
    int handOverAfterSeconds = 3600;
    std::function<void(qint64 samples, qint64 elapsedMs)> progress; // every 100,000
};

struct GeneratorResult {
    qint64 samples = 0;
    qint64 tubes = 0;
    qint64 boxes = 0;
    qint64 milliseconds = 0;
};

// Provisions a station in `db` (an empty, migrated database) and fills it through the
// station's own schema (triggers and constraints active), in one transaction with
// prepared statements. Personal fields are encrypted as at a station (the data key wrapped
// under kBenchSitePassphrase, at libsodium's minimum cost), ID numbers are valid
// resident-card numbers. Audit rows are not written (the dashboard does not
// read them).
inline const QString kBenchSitePassphrase = QStringLiteral("bench site passphrase");

Result<GeneratorResult> generateStationData(Database &db, const GeneratorOptions &options);

} // namespace station::bench
