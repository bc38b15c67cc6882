// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/dashboard/SiteFigures.h"
#include "protocol/TableSilence.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace station::dashboard {

// One table of the site as the lead's dashboard shows it, worked out from the server's
// figures (or, for this station's own table, from its own database: live).
struct SiteTableRow {
    QString station;
    QString label;
    int tableNumber = 0; // 0 when not known
    bool own = false;    // this station's table
    bool live = false;   // figures from this station's database, not from the server
    int samplesToday = 0;
    int lastHour = 0;       // swabs in the last hour (the 10-minute buckets that began in it)
    QDateTime lastSampleAt; // UTC
    bool idle = false;      // no swab for longer than the limit, inside the shift
    qint64 idleSeconds = 0;
    int openTubes = 0;
    int peopleInOpenTubes = -1; // -1: not known (the own table's live figures)
    int boxes = 0;
    qint64 oldestBoxAgeSeconds = -1; // -1: no box with a swab
    int boxesNearingLimit = 0;
    int boxesOverLimit = 0;
    std::optional<qint64> pending; // backlog to the hub or the province; unknown without it
    QDateTime oldestPendingAt;
    QDateTime figuresAsOf;     // UTC: when the table last told the server (or now, when live)
    qint64 ageSeconds = -1;    // how old figuresAsOf is; -1 when never heard from
    bool notHeardFrom = false; // silent for longer than the limit, or never heard from
};

struct SiteOverview {
    bool haveSiteFigures = false; // the server answered at least once
    bool reachable = false;       // its last request was answered
    QString error;                // why the last request failed (translated)
    QString role;                 // hub, province, aggregates
    QDateTime computedAt;         // the server's time of the figures shown
    qint64 figuresAgeSeconds = 0; // how old those figures are now
    std::optional<SiteUpstream> upstream;
    QList<SiteTableRow> rows; // in table order
    QList<Alert> alerts;      // of the other tables (the own table's come with its snapshot)
};

class SiteOverviewBuilder {
    Q_DECLARE_TR_FUNCTIONS(SiteOverview)
public:
    // `figures` may be null (never answered); `local` is this station's own snapshot;
    // `now` is this station's clock; server times are shifted by the time since the
    // answer arrived, so a station clock that is off does not age the figures.
    static SiteOverview build(const SiteFigures *figures, bool reachable, const QString &error,
                              const DashboardSnapshot &local, const QDateTime &now,
                              const QTimeZone &zone, const ShiftWindow &shift,
                              const AlertLimits &limits = {});
};

} // namespace station::dashboard
