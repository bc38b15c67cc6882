// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BoxAge.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>
#include <QVector>

#include <optional>

namespace station::dashboard {

// Which samples count as throughput: every swab taken, i.e. active samples and those lost
// with a voided tube (the work was done). Removed samples (a wrong person scanned) are
// not swabs and do not count.
inline constexpr const char *kSwabStates = "('active', 'voided')";

struct TimeBucket {
    QDateTime startLocal; // bucket start in the site's time zone
    int samples = 0;
};

// Figures for one sampling table. A station database holds exactly one table (its
// station.table_number); a site view holds one row per table from the server.
struct TableThroughput {
    int tableNumber = 0;
    int samples = 0;                           // swabs taken in the day
    std::optional<double> avgSecondsPerSample; // last hour, gaps over 10 min ignored
    int gapsMeasured = 0;                      // how many gaps the average is over
    QDateTime lastSampleAt;                    // UTC; invalid when none today
};

struct OperatorThroughput {
    qint64 operatorId = 0;
    QString staffId;
    QString name;
    int samples = 0; // swabs taken in the day
};

struct TubeStateCounts {
    // Waiting in the pipeline now, whatever day they were opened.
    int open = 0;
    int sealed = 0;
    int boxed = 0;
    // Finished within the day (opened in the day's range).
    int handedOverToday = 0;
    int voidedToday = 0;
};

// A box not yet handed over; its 4-hour clock runs from the earliest first swab of its
// tubes (none yet while empty).
struct BoxAge {
    QString code;
    QString state; // open, sealed
    int tubes = 0;
    QDateTime earliestSwab; // UTC; invalid when the box is empty
    qint64 ageSeconds = -1; // -1 when empty
};

struct SyncBacklog {
    int pending = 0;
    int pendingOlderThanLimit = 0; // created more than the limit (2 h) ago
    QDateTime oldestPendingAt;     // UTC; invalid when none pending
};

enum class AlertKind {
    TableIdle,
    BoxNearingLimit,
    BoxOverLimit,
    SyncBacklog,
    TableNotHeardFrom, // a table of the site has not reached the hub (or province) for long
    SiteUnreachable,   // this station cannot reach its hub (or province): the site unknown
    SyncProblem,       // sync problems of this station of one kind (the list on F7)
};
enum class AlertSeverity { Warning, Critical };

struct Alert {
    AlertKind kind = AlertKind::TableIdle;
    AlertSeverity severity = AlertSeverity::Warning;
    QString subject; // table number, box code; a SyncProblem's kind (SyncProblemCount)
    QString message; // translated, ready to show
};

// How many sync problems of one kind this station keeps (what its "Sync problems" list, F7,
// shows): a kind of the site's notes (core/sync/SiteNotes.h: tube_code_reused,
// person_sampled_elsewhere, tube_boxed_twice, box_handed_over_twice, relay_refused,
// staff_id_taken, or one this station does not know), or kRecordsRefused: records the server
// did not take (conflict, rejected).
struct SyncProblemCount {
    static constexpr const char *kRecordsRefused = "records_refused";
    QString kind;
    int count = 0;
};

// The time of day during which a table is expected to be sampling (idle alerts apply).
struct ShiftWindow {
    QTime start = QTime(8, 0);
    QTime end = QTime(20, 0);
};

// Thresholds, named so the dashboard and the tests agree.
struct AlertLimits {
    int idleTableSeconds = 10 * 60;
    int boxLimitSeconds = static_cast<int>(kBoxLimitSecs);
    int boxWarnSeconds = static_cast<int>(kBoxLimitSecs) - 30 * 60; // 30 minutes before the limit
    int syncPendingSeconds = 2 * 3600;
    int maxGapSeconds = 10 * 60;     // gaps above this are breaks, not work
    int averageWindowSeconds = 3600; // "over the last hour"
    int rateWindowSeconds = 30 * 60; // current rate for the forecast
};

// A person of the site to sample again alone (待复核), as this station knows the recall
// (core/dashboard/RecallList). Who it is shows only where the person was sampled: the masked
// ID number of this station's sample; elsewhere only the tube and table.
struct RecallEntry {
    QString sampleUuid; // the recalled sample (at this station or another table's)
    QString idMasked;   // e.g. 4401**********1234; empty when sampled at another table
    QString tube;       // the recalled pooled tube
    QString table;      // where that tube was sampled
    QString station;
    QString outcome; // positive | invalid
    bool open = true;
    QDateTime raisedAt; // UTC
    QDateTime closedAt; // UTC; invalid while open
    // When and into which single tube this station, or another table of the site (its
    // sample alone after the recall was raised, as the site's facts tell it), sampled the
    // person again (invalid when none did): shown while the recall is still open, until the
    // province closes it.
    QDateTime sampledAgainAt; // UTC
    QString sampledAgainTube;
    QString sampledAgainStation; // the other table's station; empty when sampled again here
    QString sampledAgainTable;   // and its label
    bool here() const { return !idMasked.isEmpty(); }
    bool sampledAgain() const { return open && sampledAgainAt.isValid(); }
    bool sampledAgainHere() const { return sampledAgain() && sampledAgainStation.isEmpty(); }
    bool sampledAgainElsewhere() const { return sampledAgain() && !sampledAgainStation.isEmpty(); }
};

// Everything the dashboard shows, computed in one pass at `asOf`.
struct DashboardSnapshot {
    bool valid = false;
    QString error;  // translated; set when the queries failed
    QDateTime asOf; // UTC: the moment the figures describe
    QDate day;      // the site's day the figures are for
    QString siteCode;
    QString siteName;
    QVector<TimeBucket> buckets; // 10-minute buckets of the day
    QList<TableThroughput> tables;
    QList<OperatorThroughput> operators;
    TubeStateCounts tubes;
    QList<BoxAge> boxes;
    SyncBacklog sync;
    int samplesToday = 0;
    int samplesInRateWindow = 0; // swabs in the last rateWindowSeconds
    int rateWindowSeconds = 0;
    QList<SyncProblemCount> syncProblems; // kinds with at least one, in a fixed order
    QList<Alert> alerts;
    QList<RecallEntry> recalls; // open ones first

    double currentRatePerHour() const {
        return rateWindowSeconds > 0 ? samplesInRateWindow * 3600.0 / rateWindowSeconds : 0.0;
    }
};

} // namespace station::dashboard

Q_DECLARE_METATYPE(station::dashboard::DashboardSnapshot)
Q_DECLARE_METATYPE(station::dashboard::ShiftWindow)
