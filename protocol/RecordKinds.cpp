// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RecordKinds.h"

namespace station::protocol {

namespace {

PayloadMember string(const char *name) {
    return {QLatin1String(name), JsonType::String};
}
PayloadMember number(const char *name) {
    return {QLatin1String(name), JsonType::Number};
}
PayloadMember array(const char *name) {
    return {QLatin1String(name), JsonType::Array};
}

// The record kinds of the protocol. Every kind here is documented in docs/sync-protocol.md
// (section "Record kinds", with all the members the station writes); a new kind is one row
// here plus its documentation there. The required members are those that every station
// release has written for the kind: requiring more would turn away records stations
// already hold.
QList<RecordKindSpec> table() {
    using K = RecordKind;
    return {
        {K::SampleTaken,
         QStringLiteral("sample.taken"),
         {string("tube")},
         QStringLiteral("a person was swabbed into a tube")},
        {K::SampleRemoved,
         QStringLiteral("sample.removed"),
         {string("tube")},
         QStringLiteral("a sample was taken out of its tube's list (refers_to: its sample.taken)")},
        {K::TubeOpened,
         QStringLiteral("tube.opened"),
         {string("tube"), string("tube_uuid"), number("pool_size")},
         QStringLiteral("a tube was scanned or generated and opened for swabs")},
        {K::TubeSealed,
         QStringLiteral("tube.sealed"),
         {string("tube"), string("tube_uuid"), number("people")},
         QStringLiteral("a tube was sealed, full or early")},
        {K::TubeVoided,
         QStringLiteral("tube.voided"),
         {string("tube"), string("tube_uuid"), string("reason"), array("samples")},
         QStringLiteral("a tube was voided; its people must be swabbed again")},
        {K::TubeReopened,
         QStringLiteral("tube.reopened"),
         {string("tube"), string("tube_uuid"), string("reason")},
         QStringLiteral("a sealed tube was opened again to remove a sample")},
        {K::TubePoolChanged,
         QStringLiteral("tube.pool_changed"),
         {string("tube"), string("tube_uuid"), number("pool_size"), number("previous_pool_size")},
         QStringLiteral("the pool size of an open, empty tube changed")},
        {K::BoxOpened,
         QStringLiteral("box.opened"),
         {string("box"), string("box_uuid")},
         QStringLiteral("a transport box was opened")},
        {K::BoxTubeAdded,
         QStringLiteral("box.tube_added"),
         {string("box"), string("box_uuid"), string("tube"), string("tube_uuid"), number("people")},
         QStringLiteral("a sealed tube was put into the open box")},
        {K::BoxSealed,
         QStringLiteral("box.sealed"),
         {string("box"), string("box_uuid"), array("tubes"), number("tube_count"),
          number("person_count")},
         QStringLiteral("a box was sealed with its tubes")},
        {K::BoxHandedOver,
         QStringLiteral("box.handed_over"),
         {string("box"), string("box_uuid"), number("tube_count"), number("person_count"),
          string("handed_over_by"), string("carried_by")},
         QStringLiteral("a sealed box was handed to the courier")},
        {K::IdRevealed,
         QStringLiteral("id.revealed"),
         {string("sample_uuid"), string("purpose")},
         QStringLiteral("an operator saw a full ID number (who, which sample, why; never the "
                        "number)")},
        {K::AuditAnchorAcknowledged,
         QStringLiteral("audit.anchor_acknowledged"),
         {string("operator"), number("anchor_seq"), string("anchor_mac"), number("head_seq"),
          string("head_mac"), string("reason")},
         QStringLiteral("an operator acknowledged that the station's audit log no longer holds "
                        "the head the server confirmed, and the log was anchored anew")},
        {K::OperatorChanged,
         QStringLiteral("operator.changed"),
         {string("staff_id"), string("change"), string("role")},
         QStringLiteral("a member of staff was added, changed, disabled, enabled, unlocked, or "
                        "given or chose a PIN (who did it; never a PIN)")},
    };
}

} // namespace

QString jsonTypeName(JsonType type) {
    switch (type) {
    case JsonType::String:
        return QStringLiteral("string");
    case JsonType::Number:
        return QStringLiteral("number");
    case JsonType::Bool:
        return QStringLiteral("boolean");
    case JsonType::Array:
        return QStringLiteral("array");
    case JsonType::Object:
        break;
    }
    return QStringLiteral("object");
}

const QList<RecordKindSpec> &recordKinds() {
    static const QList<RecordKindSpec> kinds = table();
    return kinds;
}

const RecordKindSpec &recordKindSpec(RecordKind kind) {
    // The table is in the order of the enum (tests/protocol checks it).
    return recordKinds().at(static_cast<qsizetype>(kind));
}

QString recordKindName(RecordKind kind) {
    return recordKindSpec(kind).name;
}

std::optional<RecordKind> recordKindFromName(const QString &name) {
    for (const RecordKindSpec &spec : recordKinds()) {
        if (spec.name == name)
            return spec.kind;
    }
    return std::nullopt;
}

} // namespace station::protocol
