// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace station {

// Registers the icons and sounds compiled into the widgets library (a static library's
// resources need an explicit start).
void initStationResources();

} // namespace station
