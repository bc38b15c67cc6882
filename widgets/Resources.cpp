// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initStationResourcesOutsideNamespace() {
    Q_INIT_RESOURCE(resources);
}

namespace station {

void initStationResources() {
    initStationResourcesOutsideNamespace();
}

} // namespace station
