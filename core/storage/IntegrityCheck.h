// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMap>
#include <QString>
#include <QStringList>

namespace station {

class Database;
class PersonalDataCodec;

// The kinds of problem `check` names (docs/data-protection.md lists the tamperings each
// one catches). Stable identifiers, shown beside the sentence and in `check --json`.
namespace integrity {
inline constexpr char kSqlite[] = "sqlite";
inline constexpr char kForeignKey[] = "foreign_key";
inline constexpr char kSchema[] = "schema";
inline constexpr char kTubeOverCapacity[] = "tube_over_capacity";
inline constexpr char kBoxCounts[] = "box_counts";
inline constexpr char kOutboxMissing[] = "outbox_missing";
inline constexpr char kAuditChainBroken[] = "audit_chain_broken";
inline constexpr char kAuditTailCut[] = "audit_tail_cut";
inline constexpr char kAuditUnsigned[] = "audit_unsigned";
inline constexpr char kAuditSignatureInvalid[] = "audit_signature_invalid";
inline constexpr char kAuditAnchorMismatch[] = "audit_anchor_mismatch";
inline constexpr char kAuditRowsMissing[] = "audit_rows_missing";
inline constexpr char kSampleUnexplained[] = "sample_unexplained";
inline constexpr char kSampleMissing[] = "sample_missing";
inline constexpr char kSampleMoved[] = "sample_moved";
inline constexpr char kSampleStateUnexplained[] = "sample_state_unexplained";
inline constexpr char kTubeUnexplained[] = "tube_unexplained";
inline constexpr char kTubeMissing[] = "tube_missing";
inline constexpr char kTubeBoxUnexplained[] = "tube_box_unexplained";
inline constexpr char kBoxUnexplained[] = "box_unexplained";
inline constexpr char kBoxMissing[] = "box_missing";
inline constexpr char kKeyMissing[] = "data_key_missing";
inline constexpr char kFieldUnopenable[] = "field_unopenable";
inline constexpr char kPersonKeyMismatch[] = "person_key_mismatch";
} // namespace integrity

struct IntegrityReport {
    QStringList problems;     // empty when everything holds; user-facing sentences
    QStringList problemKinds; // the kind (integrity::k...) of each problem, same order
    // Earlier audit-anchor mismatches an operator acknowledged (who, when, why): reported,
    // but not failures (sampling-station-cli check --acknowledge-anchor-mismatch).
    QStringList acknowledged;
    int residents = 0; // distinct persons
    int samples = 0;   // active samples
    int removedSamples = 0;
    int voidedSamples = 0;
    QMap<QString, int> tubesByState;
    QMap<QString, int> boxesByState;
    int outboxPending = 0;
    int outboxAcked = 0;
    int outboxProblems = 0; // conflict or rejected
    int auditRows = 0;
    int signedAuditRows = 0;
    bool deep = false; // signatures verified and every personal field opened
    bool ok() const { return problems.isEmpty(); }
    bool has(const char *kind) const { return problemKinds.contains(QLatin1String(kind)); }
    void add(const char *kind, const QString &message) {
        problemKinds << QLatin1String(kind);
        problems << message;
    }
};

// Checks SQLite's own integrity and the station's invariants: foreign keys, no tube over
// its pool size, every record with its outbox and audit rows, box counts reconciling; the
// audit log: its hash chain unbroken, its tail not cut (SQLite's sequence, the head the
// server confirmed), every row signed on a station with a data key; and replays the audit
// log against tubes, samples and boxes, so that a membership the log does not explain is
// found; lists the anchor mismatches that were acknowledged. Reads only. With `deepCodec` (the
// unlocked station's codec), also verifies every audit signature and opens every personal field
// with its row and column.
IntegrityReport checkIntegrity(Database &db, const PersonalDataCodec *deepCodec = nullptr);

} // namespace station
