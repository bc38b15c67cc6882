// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/QueueForecast.h"

#include <cmath>

namespace station::dashboard {

namespace {

int ceilDiv(int a, int b) {
    return b > 0 ? (a + b - 1) / b : 0;
}

} // namespace

Forecast QueueForecast::compute(const ForecastInput &in) {
    Forecast f;
    const int remaining = std::max(0, in.peopleRemaining);
    f.guidelineTablesMin = ceilDiv(remaining, kPeoplePerTableHigh);
    f.guidelineTablesMax = ceilDiv(remaining, kPeoplePerTableLow);

    if (remaining == 0) {
        f.projectedFinish = in.now;
        f.hoursToFinish = 0.0;
        f.onTrack = true;
        if (in.targetFinish.isValid()) {
            f.tablesNeeded = 0;
        }
        return f;
    }
    if (in.ratePerHour > 0.0) {
        const double hours = remaining / in.ratePerHour;
        f.hoursToFinish = hours;
        // Rounded up to the next whole second: a forecast should not promise early.
        f.projectedFinish = in.now.addSecs(static_cast<qint64>(std::ceil(hours * 3600.0)));
    }
    if (!in.targetFinish.isValid())
        return f;
    if (f.projectedFinish)
        f.onTrack = *f.projectedFinish <= in.targetFinish;
    const qint64 secondsLeft = in.now.secsTo(in.targetFinish);
    if (secondsLeft <= 0 || in.tablesActive <= 0 || in.ratePerHour <= 0.0)
        return f;
    const double perTablePerHour = in.ratePerHour / in.tablesActive;
    const double perTableCapacity = perTablePerHour * (secondsLeft / 3600.0);
    // Small tolerance so that an exact fit (e.g. 2.0000000001 from float division) does
    // not ask for one more table.
    const int needed = static_cast<int>(std::ceil(remaining / perTableCapacity - 1e-9));
    f.tablesNeeded = needed;
    if (needed > in.tablesActive)
        f.additionalTables = needed - in.tablesActive;
    return f;
}

} // namespace station::dashboard
