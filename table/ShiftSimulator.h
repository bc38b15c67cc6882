// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/domain/ResidentCode.h"
#include "core/domain/StationIdentity.h"

#include <QDateTime>

namespace station {

class Database;
class PersonalDataCodec;

struct SimulationOptions {
    int residents = 100;
    quint32 seed = 1;
    QDateTime start;              // first swab; invalid = so that the shift ends now
    double secondsPerSample = 25; // mean; each gap varies ±60 %
    std::optional<int> poolSize;  // default: the station's
    int tubesPerBox = 10;         // box and hand over every N sealed tubes (0 = no boxes)
    double removalRate = 0.01;    // wrong person scanned, removed with a reason
    double voidRate = 0.002;      // tube dropped, voided; its people re-sampled
    double retestRate = 0.005;    // same person again the same day, confirmed
};

struct SimulationSummary {
    int samples = 0; // active samples written
    int tubes = 0;
    int boxes = 0;
    int removed = 0;
    int voidedTubes = 0;
    int retests = 0;
    QDateTime end;
};

// Synthetic resident n: valid resident-card number (check digit computed), a name, a
// phone. Deterministic for the same n.
ResidentCode syntheticResident(quint64 n);

// Runs a shift through the table's own workflow (TableWorkflow: the scans as the window
// takes them, reasons and re-tests answered as staff would), with a simulated clock, for
// demos, load generation and tests. `op` must have signed in (checkOperatorPin()). Stops
// at the first refusal it did not expect.
Result<SimulationSummary> simulateShift(Database &db, const PersonalDataCodec &codec,
                                        const StationIdentity &identity, const OperatorRef &op,
                                        const SimulationOptions &options);

} // namespace station
