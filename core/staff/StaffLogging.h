// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLoggingCategory>

// Staff management's category (operators added, roles, PINs given). No personal data, no PIN.
Q_DECLARE_LOGGING_CATEGORY(lcStaff) // station.staff
