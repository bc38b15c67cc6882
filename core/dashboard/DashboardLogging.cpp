// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/DashboardLogging.h"

Q_LOGGING_CATEGORY(lcDashboard, "station.dashboard")
