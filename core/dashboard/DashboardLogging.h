// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLoggingCategory>

// The dashboard's category (queries, refresh timing, reports). No personal data.
Q_DECLARE_LOGGING_CATEGORY(lcDashboard) // station.dashboard
