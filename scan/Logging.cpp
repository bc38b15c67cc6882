// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/Logging.h"

Q_LOGGING_CATEGORY(lcScan, "station.scan")
