// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>

#include <optional>

namespace station::dashboard {

// What the lead knows: people still to sample, the rate the site is sampling at now
// (people per hour, measured over the last N minutes), how many tables are working, and
// by when the population must be done.
struct ForecastInput {
    int peopleRemaining = 0;
    double ratePerHour = 0.0; // whole site (or this table), measured
    int tablesActive = 0;
    QDateTime now;
    QDateTime targetFinish; // invalid: no target
};

struct Forecast {
    // At the current rate; empty when the rate is zero (nothing to project from).
    std::optional<QDateTime> projectedFinish;
    std::optional<double> hoursToFinish;
    // Tables needed to finish by the target at the current per-table rate; empty when
    // there is no target, the target has passed, or no table rate is known.
    std::optional<int> tablesNeeded;
    std::optional<int> additionalTables; // tablesNeeded - tablesActive, when positive
    bool onTrack = false;                // projected finish at or before the target
    // The planning guideline (one table per 600-800 people) for the remaining population.
    int guidelineTablesMin = 0; // ceil(remaining / 800)
    int guidelineTablesMax = 0; // ceil(remaining / 600)
};

// Pure arithmetic, no clock and no database. Assumptions (stated to the lead as well):
// - the measured rate continues unchanged (no breaks, no surge, no queue running dry);
// - every table works at the site's current average rate per table, including tables
//   added later (no start-up time);
// - the population remaining is what the lead enters; people who must be re-sampled
//   (voided tubes) are to be included in it by the lead.
class QueueForecast {
public:
    static constexpr int kPeoplePerTableLow = 600;
    static constexpr int kPeoplePerTableHigh = 800;

    static Forecast compute(const ForecastInput &input);
};

} // namespace station::dashboard
