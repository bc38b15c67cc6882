// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace station {
class Database;
}

namespace station::reliability {

struct RecoveryReport {
    int acknowledged = 0;   // ack lines checked
    int lost = 0;           // acknowledged records missing or not in their acknowledged state
    int fieldsOpened = 0;   // stored personal fields opened with the unlocked data key
    int payloadsOpened = 0; // outbox payloads opened with it
    bool deep = false;      // the key was unlocked: signatures verified, every field opened
    QStringList problems;   // lost records (the first few) and the station's integrity problems
    bool ok() const { return problems.isEmpty(); }
};

// After a crash, cut or failure: every acknowledged record is in the database in the
// state acknowledged (or a later one), SQLite's integrity check passes and the
// station's invariants hold (checkIntegrity: every sample with outbox and audit rows,
// no tube over its pool size, audit chain unbroken). On a provisioned station the data key
// is unlocked with the site passphrase, as the programs do, and the check is the deep one
// (`check --deep`): every audit row's MAC verifies, and every stored personal field and
// outbox payload opens with its own row and column (and the payload is a JSON object).
RecoveryReport checkRecovery(Database &db, const QStringList &ackLines);

} // namespace station::reliability
