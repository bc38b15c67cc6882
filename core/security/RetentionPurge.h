// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"

#include <QDate>
#include <QMetaType>

namespace station {

class Database;
class PersonalDataCodec;

struct PurgeSummary {
    int samples = 0;       // samples whose personal fields were erased
    int outboxRecords = 0; // acknowledged outbox payloads erased
    // The days whose keys are destroyed now run up to (not including) this day; invalid when
    // the codec has no day keys.
    QDate firstKeptDay;
    // The first day that is old enough but still has records the province has not
    // acknowledged: it and every later day are kept. Invalid when nothing held the purge back.
    QDate heldBackFrom;
    // False while another connection still reads a snapshot from before the purge: the old
    // pages stay in the -wal (and the old key chain with them) until it ends and the next
    // purge, or the last connection's close, checkpoints.
    bool wipedOnDisk = true;
};

// Retention with crypto-shredding. Every site day older than `days` days (before today minus
// `days`) whose records the province has all acknowledged loses its key: the stored key chain
// moves past it, so that its personal fields, its person keys and the outbox payloads sealed
// that day can no longer be opened anywhere, with or without the passphrase. The fields and
// payloads are erased as well, and masked IDs, codes, times and counts stay for the records.
// Days are destroyed oldest first: a day with records not yet acknowledged holds back itself
// and every later day. One transaction with its audit row, then a WAL checkpoint that waits
// for readers (busy timeout) and truncates the -wal; secure_delete zeroes freed bytes.
Result<PurgeSummary> purgeAcknowledgedPersonalData(Database &db, PersonalDataCodec &codec, int days,
                                                   const Clock &clock, qint64 operatorId = 0);

} // namespace station

Q_DECLARE_METATYPE(station::PurgeSummary)

namespace station {

// The retention period (days) a station keeps acknowledged personal data by default.
inline constexpr int kDefaultRetentionDays = 14;

} // namespace station
