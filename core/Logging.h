// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLoggingCategory>

// One logging category per core module. Personal data (names, ID numbers, phones,
// addresses) never goes to any of them.
Q_DECLARE_LOGGING_CATEGORY(lcDomain)   // station.domain
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // station.storage
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // station.sync
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // station.settings
