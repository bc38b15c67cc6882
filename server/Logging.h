// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLoggingCategory>

// The reference server's log category. Payload contents (which hold personal data) are
// never logged, only counts, uuids, sites and device ids.
Q_DECLARE_LOGGING_CATEGORY(lcServer) // station.server
