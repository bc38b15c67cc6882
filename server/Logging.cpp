// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "station.server")
