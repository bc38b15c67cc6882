// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace station {

// How long a table may stay silent before the site's dashboards say it has not been heard
// from: the station's dashboard (core/dashboard/SiteOverview) and the hub's
// `admin site-tables` (server/SiteTablesReport) judge by this one figure.
inline constexpr int kTableSilentSeconds = 5 * 60;

} // namespace station
