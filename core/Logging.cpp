// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcDomain, "station.domain")
Q_LOGGING_CATEGORY(lcStorage, "station.storage")
Q_LOGGING_CATEGORY(lcSync, "station.sync")
Q_LOGGING_CATEGORY(lcSettings, "station.settings")
