// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace station::protocol {

// The server's verdict on one record (docs/sync-protocol.md, section 3).
enum class RecordStatus { Accepted, Duplicate, Conflict, Rejected };
QString recordStatusName(RecordStatus status); // accepted | duplicate | conflict | rejected
std::optional<RecordStatus> recordStatusFromName(const QString &name);

// One element of a batch answer's "results". `status` is the name on the wire: a station
// keeps a status it does not know as it came (and leaves that record pending).
struct RecordOutcome {
    QString uuid;
    QString status;
    QString reason;
    // Why a record was not taken, as a code a program can act on (a station words it in its
    // own language): docs/sync-protocol.md, "The answer". Empty for accepted and duplicate
    // records, and from servers that send none.
    QString code;
};

// The 200 answer to POST /v1/records: the results in the order of the records sent, the
// count of each status and the server's time; with `storedHead`, the audit head the server
// held for this station before the batch (the station checks that its log still has it).
QJsonObject batchAnswerBody(const QList<RecordOutcome> &results, const QString &serverTime,
                            const std::optional<AuditHead> &storedHead = std::nullopt);

// The `audit_head` of a 200 answer; nullopt when there is none (a server that keeps no
// head for this station yet, or an older server).
std::optional<AuditHead> batchAnswerAuditHead(const QByteArray &body);

// An error body: {"error": "<code>", "reason": "<sentence>"}.
QJsonObject errorBody(const QString &code, const QString &reason);

// Reading the JSON bodies the server answers with, apart from the network and the
// database, so that the reading can be tested and fuzzed on its own
// (bench/fuzz/fuzz_sync_response.cpp). The bytes come from the network: whatever they
// are, these functions answer; a body that is not the expected JSON object reads as empty
// (or as no match).

// The `reason` of an error body; empty when the body has none or is not a JSON object.
QString syncErrorReason(const QByteArray &body);
// The error code of an error answer ("table_taken"); empty for any other body.
QString syncErrorCode(const QByteArray &body);

// The `device_token` of an answer to /v1/enroll or /v1/token/rotate; empty when none.
QString syncDeviceToken(const QByteArray &body);

// The outcomes in a 200 answer to POST /v1/records for records sent with these uuids, in
// that order. Empty (nullopt) unless the answer has exactly one result per record sent,
// in the same order, each with the uuid sent: an answer that does not match the batch
// must change no record.
std::optional<QList<RecordOutcome>> parseBatchAnswer(const QByteArray &body,
                                                     const QStringList &sentUuids);

} // namespace station::protocol
