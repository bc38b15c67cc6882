// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/Logging.h"

Q_LOGGING_CATEGORY(lcTable, "station.table")
