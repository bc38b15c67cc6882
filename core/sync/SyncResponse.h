// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace station {

// The server's answer for one record (docs/sync-protocol.md, section 3).
struct RecordOutcome {
    QString uuid;
    QString status; // accepted | duplicate | conflict | rejected
    QString reason;
};

// Reading the JSON bodies the province server answers with (docs/sync-protocol.md),
// apart from the network and the database, so that the reading can be tested and fuzzed
// on its own (bench/fuzz/fuzz_sync_response.cpp). The bytes come from the network:
// whatever they are, these functions answer; a body that is not the expected JSON object
// reads as empty (or as no match).

// The `reason` of an error body (`{"error": "...", "reason": "..."}`); empty when the
// body has none or is not a JSON object.
QString syncErrorReason(const QByteArray &body);

// The `device_token` of an answer to /v1/enroll or /v1/token/rotate; empty when none.
QString syncDeviceToken(const QByteArray &body);

// The outcomes in a 200 answer to POST /v1/records for records sent with these uuids, in
// that order. Empty (nullopt) unless the answer has exactly one result per record sent,
// in the same order, each with the uuid sent: an answer that does not match the batch
// must change no record.
std::optional<QList<RecordOutcome>> parseBatchAnswer(const QByteArray &body,
                                                     const QStringList &sentUuids);

} // namespace station
