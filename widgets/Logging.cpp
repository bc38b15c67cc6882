// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Logging.h"

Q_LOGGING_CATEGORY(lcUi, "station.ui")
