// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace station::protocol {

// One record as a station sends it (docs/sync-protocol.md, section 3). The payload travels
// as the string `content`, byte for byte as stored (it is never re-serialised), with the
// hash stored beside it.
struct OutgoingRecord {
    QString uuid;
    QString kind;
    qint64 seq = 0;
    QString createdAt;
    QByteArray payload; // the exact JSON bytes that were hashed
    QString contentHash;
};

// The head of a station's audit log: its last row's number and MAC (the row's hash when
// it is unsigned). The server keeps each station's latest; a head that goes backwards or
// changes at the same number means the log was cut or rewritten (section 3).
struct AuditHead {
    qint64 seq = 0;
    QString mac;
    bool operator==(const AuditHead &other) const { return seq == other.seq && mac == other.mac; }
    bool operator!=(const AuditHead &other) const { return !(*this == other); }
};

// A station's audit head as its site hub relays it to the province (section 13): the
// station's device id and its latest head, which the hub kept from the station's batches.
struct RelayedAuditHead {
    QString station;
    AuditHead head;
    bool operator==(const RelayedAuditHead &other) const {
        return station == other.station && head == other.head;
    }
};

// At most this many relayed heads in one batch (a hub sends the rest with the next).
constexpr int kMaxRelayedAuditHeads = 500;

// The station's outbox backlog as it sends a batch (docs/sync-protocol.md, "Station status"):
// its table label, how many records are still pending once this batch is answered (this
// batch excluded) and the oldest of those records' creation time (empty when none is). The server keeps the latest
// per device for the site dashboard.
struct StationStatus {
    QString table;
    qint64 pending = 0;
    QString oldestPendingAt; // ISO-8601 UTC; empty = null
};

// The body of POST /v1/records: {"station": ..., "records": [...], "audit_head": {...},
// "station_status": {...}, "relayed_audit_heads": [...]}, compact JSON; audit_head,
// station_status and relayed_audit_heads only when given.
QByteArray batchRequestBody(const QString &station, const QList<OutgoingRecord> &records,
                            const std::optional<AuditHead> &auditHead = std::nullopt,
                            const std::optional<StationStatus> &stationStatus = std::nullopt,
                            const QList<RelayedAuditHead> &relayedAuditHeads = {});

// An audit head as JSON ({"seq": n, "mac": "..."}) and back; nullopt for any other shape.
QJsonObject auditHeadJson(const AuditHead &head);
std::optional<AuditHead> auditHeadFromJson(const QJsonValue &value);

// A station status as JSON and back; nullopt for any other shape.
QJsonObject stationStatusJson(const StationStatus &status);
std::optional<StationStatus> stationStatusFromJson(const QJsonValue &value);

// A batch as the server reads it: the sending station and its records, each still to be
// validated on its own (validateRecord), so that one bad record does not refuse the batch.
struct BatchRequest {
    QString station;
    QJsonArray records;
    std::optional<AuditHead> auditHead; // absent from stations older than the anchor
    // Absent from older stations; a malformed one is left out (the records still count).
    std::optional<StationStatus> stationStatus;
    // From a site hub only: its stations' heads that moved since it last relayed them.
    QList<RelayedAuditHead> relayedAuditHeads;
};

// The batch in a request body, or nullopt with the reason when the body does not have the
// batch's shape (a string "station" and an array "records").
std::optional<BatchRequest> parseBatchRequest(const QJsonObject &body, QString *reason);

} // namespace station::protocol
