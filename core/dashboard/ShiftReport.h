// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/domain/DomainError.h"

#include <QTimeZone>

namespace station {
class Database;
}

namespace station::dashboard {

// What a site files with the health bureau at the end of a day: the day's work at this
// station, counts that reconcile, every void and removal with its reason, and whether the
// records reached the province. Personal data: ID numbers appear masked only; no names,
// phones or addresses of residents.
struct ShiftReport {
    QDate day;
    QString timeZoneId;
    QDateTime generatedAt; // UTC

    QString siteCode;
    QString siteName;
    QString district;
    int tableNumber = 0;
    QString deviceId;

    // Samples taken in the day.
    int swabs = 0;          // active + voided
    int activeSamples = 0;  // valid swabs
    int removedSamples = 0; // wrong person scanned and taken out
    int voidedSamples = 0;  // lost with a voided tube: to be sampled again
    int distinctPeople = 0; // people with a valid swab
    QDateTime firstSwabAt;  // UTC
    QDateTime lastSwabAt;   // UTC

    QVector<TimeBucket> hourly;
    QList<TableThroughput> tables;
    QList<OperatorThroughput> operators;

    // Tubes opened in the day, by where they are now (with what the site's facts say of
    // their boxes: packed or handed over at another table or at the site hub), and the
    // people in them.
    struct Tubes {
        int opened = 0;
        int open = 0;
        int sealed = 0; // sealed, not yet in a box
        int boxed = 0;
        int handedOver = 0;
        int voided = 0;
        int sealedEarly = 0; // sealed below their pool size (reason recorded)
        int peopleInOpen = 0;
        int peopleInSealed = 0;
        int peopleInBoxed = 0;
        int peopleInHandedOver = 0;
        // Every valid swab is in exactly one tube that is open, sealed, boxed or handed over.
        bool balanced(int activeSwabs) const {
            return peopleInOpen + peopleInSealed + peopleInBoxed + peopleInHandedOver ==
                   activeSwabs;
        }
    } tubes;

    // Boxes opened in the day.
    struct Box {
        QString code;
        QString state;
        int tubes = 0;  // tubes in it now
        int people = 0; // valid swabs in them now
        std::optional<int> sealedTubeCount;
        std::optional<int> sealedPersonCount;
        QDateTime openedAt, sealedAt, handedOverAt, earliestSwab; // UTC
        QString handedOverBy;
        QString carriedBy;
        // Handed over at another table or at the site hub (the site's facts): its label as the
        // facts give it ("Table 1", "site hub"); empty when handed over here or not at all.
        QString handedOverElsewhere;
        std::optional<double> temperatureC;
        bool reconciles() const {
            return !sealedTubeCount ||
                   (*sealedTubeCount == tubes && sealedPersonCount.value_or(-1) == people);
        }
    };
    QList<Box> boxes;

    // Tubes of this table another table packed into its box (the site's facts), with that
    // box's hand-over when one is known: they are in no box of this table's list.
    struct TubeElsewhere {
        QString tubeCode;
        QString box;
        QString packedAt;          // the packing table's label as the facts give it
        QDateTime handedOverAt;    // UTC, invalid while the box waits
        QString handedOverAtTable; // "Table 1", "site hub"
    };
    QList<TubeElsewhere> tubesElsewhere;

    struct VoidedTube {
        QDateTime at;
        QString tubeCode;
        int people = 0; // to be sampled again
        QString reason;
    };
    QList<VoidedTube> voids;

    struct Removal {
        QDateTime at;
        QString tubeCode;
        int position = 0;
        QString idMasked; // 4401**********1234: never the full number
        QString reason;
        QString byStaffId;
    };
    QList<Removal> removals;

    // Tubes sealed before they were full, with the reason.
    struct EarlySeal {
        QDateTime at;
        QString tubeCode;
        int people = 0;
        int poolSize = 0;
        QString reason;
    };
    QList<EarlySeal> earlySeals;

    // Records created in the day, by what the province said.
    struct Sync {
        int pending = 0;
        int acked = 0;
        int conflict = 0;
        int rejected = 0;
        QDateTime oldestPendingAt; // UTC, of the day's records
        QDateTime lastAckedAt;     // UTC
    } sync;
};

// Builds the report for a site day. `zone` is the site's time zone.
Result<ShiftReport>
buildShiftReport(Database &db, const QDate &day,
                 const QTimeZone &zone = QTimeZone::systemTimeZone(),
                 const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

// The report as CSV (UTF-8 with BOM, comma separated, one block per section). Free text is
// quoted, and text that a spreadsheet would run as a formula is neutralised.
QByteArray shiftReportCsv(const ShiftReport &report);

} // namespace station::dashboard
