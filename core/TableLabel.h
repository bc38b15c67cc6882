// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// A table's label as the site's facts carry it ("Table 5": stations name themselves so on the
// wire) in the user's language ("5号台"), and the site hub's ("site hub") too; any other label
// as it is.
QString shownTableLabel(const QString &label);

} // namespace station
