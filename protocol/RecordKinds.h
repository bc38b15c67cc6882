// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

#include <optional>

namespace station::protocol {

// Every kind of record a station sends. A new kind is one entry here, one row in the table
// of RecordKinds.cpp and its section in docs/sync-protocol.md.
enum class RecordKind {
    SampleTaken,
    SampleRemoved,
    TubeOpened,
    TubeSealed,
    TubeVoided,
    TubeReopened,
    TubePoolChanged,
    BoxOpened,
    BoxTubeAdded,
    BoxSealed,
    BoxHandedOver,
    IdRevealed,
    AuditAnchorAcknowledged,
    OperatorChanged,
};

// The JSON type a payload member must have.
enum class JsonType { String, Number, Bool, Array, Object };
QString jsonTypeName(JsonType type); // string, number, ...

struct PayloadMember {
    QString name;
    JsonType type = JsonType::String;
};

// One row of the table: what the server requires of a kind's payload besides the members
// every payload has (site, station, at), and what the kind means.
struct RecordKindSpec {
    RecordKind kind = RecordKind::SampleTaken;
    QString name; // on the wire: "sample.taken"
    QList<PayloadMember> requiredMembers;
    QString description;
};

// The table, in the order of the enum.
const QList<RecordKindSpec> &recordKinds();
const RecordKindSpec &recordKindSpec(RecordKind kind);
QString recordKindName(RecordKind kind);
// The kind named exactly `name` (case matters); nullopt for a name no station writes.
std::optional<RecordKind> recordKindFromName(const QString &name);

} // namespace station::protocol
