// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QSqlError>

namespace station {
class Database;
}

namespace station::dashboard {

// The site's recalls this station keeps (site_recalls, from the site's `recall` facts), open
// ones first, newest first; a recall of this station's own sample is named by that sample's
// masked ID number. Never a name or a full ID number.
QList<RecallEntry> recallList(Database &db, QSqlError *error);

} // namespace station::dashboard
