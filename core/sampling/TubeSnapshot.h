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
    };
    QList<Tube> tubes;
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
    bool balanced() const {
        return peopleInClosedTubes == peopleInBoxes + peopleInUnboxedSealedTubes;
    }
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
};

} // namespace station
