// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMap>
#include <QString>
#include <QStringList>

namespace station {

class Database;

struct IntegrityReport {
    QStringList problems; // empty when everything holds; user-facing sentences
    int residents = 0;    // distinct persons
    int samples = 0;      // active samples
    int removedSamples = 0;
    int voidedSamples = 0;
    QMap<QString, int> tubesByState;
    QMap<QString, int> boxesByState;
    int outboxPending = 0;
    int outboxAcked = 0;
    int outboxProblems = 0; // conflict or rejected
    int auditRows = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Checks SQLite's own integrity and the station's invariants: foreign keys, no tube over
// its pool size, every sample with its outbox and audit rows, box counts reconciling,
// the audit hash chain unbroken (naming the first broken row).
IntegrityReport checkIntegrity(Database &db);

} // namespace station
