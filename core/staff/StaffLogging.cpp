// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffLogging.h"

Q_LOGGING_CATEGORY(lcStaff, "station.staff")
