// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/IdDocument.h"
#include "core/domain/Pooling.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtNumeric>

#include <optional>

namespace station {

// One person's swab in a tube, as the table screen shows it.
struct TubeMember {
    qint64 sampleId = 0;
    QString sampleUuid;
    int position = 0;
    QString name;     // decoded through PersonalDataCodec; shown at the table only
    QString idMasked; // 4401**********1234
    IdType idType = IdType::ResidentCard;
    EntryMethod entryMethod = EntryMethod::Scanner;
    QDateTime takenAt;
    bool retestConfirmed = false;
};

struct TubeSnapshot {
    qint64 id = 0;
    QString uuid;
    QString code;
    int poolSize = 10;
    TubeState state = TubeState::Open;
    QDateTime openedAt;
    QDateTime firstSwabAt; // invalid until the first person
    QDateTime sealedAt;
    QString sealReason; // empty when sealed at capacity
    QString voidReason;
    QString boxCode;
    QList<TubeMember> members; // active members, by position

    int count() const { return static_cast<int>(members.size()); }
    bool isFull() const { return count() >= poolSize; }
};

// What adding a person did: the tube after it, where the person went, whether the tube
// reached its pool size and sealed itself.
struct SampleAdded {
    TubeSnapshot tube;
    qint64 sampleId = 0;
    QString sampleUuid;
    int position = 0;
    bool tubeSealed = false;
};

// A tube of this station whose code another table of the site used too (a tube_code_reused
// site note on its tube.opened record: core/sync/SiteNotes.h): two physical tubes with one
// code, which the laboratory could mix up.
struct SharedTubeCode {
    QString tube;
    QString tubeUuid;
    QString otherTable; // the other table's label as the site named it ("Table 2"); may be empty
    int people = 0;     // in this station's tube now
};

// People whose swab was lost with a voided tube: they must be sampled again.
struct VoidedTube {
    TubeSnapshot tube;
    QList<TubeMember> toResample;
};

struct BoxSnapshot {
    qint64 id = 0;
    QString uuid;
    QString code;
    BoxState state = BoxState::Open;
    QDateTime openedAt;
    QDateTime sealedAt;
    QDateTime handedOverAt;
    QDateTime earliestSwabAt; // of its tubes; the 4-hour clock runs from here
    QString handedOverBy;
    QString carriedBy;
    double temperatureC = qQNaN();
    struct Tube {
        QString code;
        int people = 0;
        QDateTime firstSwabAt;
        QDateTime sealedAt;
        QString uuid;
        // Where a tube sealed at another table of the site was sealed (its station and table
        // label, from the site's facts); both empty for this station's own tubes.
        QString station;
        QString table;
        bool isFromOtherTable() const { return !station.isEmpty(); }
    };
    QList<Tube> tubes;
    // A box another table packed and sealed (the site's facts), which may be handed over
    // here: that table's station and label. Empty for this station's boxes.
    QString packedAtStation;
    QString packedAtTable;
    // A box of this station that another table handed over (the site's facts): that table.
    QString handedOverAtTable;
    bool isFromOtherTable() const { return !packedAtStation.isEmpty(); }
    int tubeCount() const { return static_cast<int>(tubes.size()); }
    int personCount() const {
        int n = 0;
        for (const Tube &t : tubes)
            n += t.people;
        return n;
    }
};

// People in sealed (and boxed, handed-over) tubes against people counted in boxes.
struct Reconciliation {
    int peopleInClosedTubes = 0; // sealed + boxed + handed over
    int peopleInBoxes = 0;       // boxed + handed over
    int peopleInUnboxedSealedTubes = 0;
    int unboxedSealedTubes = 0;
    // Sealed tubes of this station that other tables packed (the site's facts; counted by
    // the table, table/TableWorkflow): no longer waiting for a box here.
    int peopleBoxedElsewhere = 0;
    int tubesBoxedElsewhere = 0;
    bool balanced() const {
        return peopleInClosedTubes ==
               peopleInBoxes + peopleBoxedElsewhere + peopleInUnboxedSealedTubes;
    }
};

// A tube sealed at another table of the site, as the site's facts describe it when it is
// packed into a box here.
struct SealedTubeElsewhere {
    QString code;
    QString uuid;
    int people = 0;
    QString station; // where it was sealed
    QString table;
    QDateTime firstSwabAt; // the earliest it can have been (its opening); may be invalid
    QDateTime sealedAt;
};

struct HandOver {
    QString handedOverBy;
    QString carriedBy;
    std::optional<double> temperatureC; // required when transit exceeds 2 hours
};

// A row of today's list at this table.
struct SampleListEntry {
    qint64 sampleId = 0;
    QString sampleUuid;
    QString tubeCode;
    int position = 0;
    QString name;
    QString idMasked;
    QString operatorStaffId;
    QDateTime takenAt;
    QString state; // active, removed, voided
    TubeState tubeState = TubeState::Open;
    EntryMethod entryMethod = EntryMethod::Scanner;
    bool retest = false; // sampled again today after the re-test question (复采)
};

} // namespace station
