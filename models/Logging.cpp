// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Logging.h"

Q_LOGGING_CATEGORY(lcModels, "station.models")
