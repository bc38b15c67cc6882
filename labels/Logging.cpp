// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/Logging.h"

Q_LOGGING_CATEGORY(lcLabels, "station.labels")
