// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// Where a table is shown to someone: in the viewer's language ("5号台"), whatever language the
// station that made the record was set up in. The one function the dashboard, the CLI, the
// recall list, packing and the site checks name a table with.

// Table `tableNumber` ("Table 5", "5号台").
QString shownTableNumber(int tableNumber);

// A table's label as the site's facts carry it: the wire form "Table 5", and the localized
// labels older stations enrolled with ("5号台", "第 5 号采样台", protocol/TableNumber.h); the
// site hub's ("site hub") too; any other label as it is.
QString shownTableLabel(const QString &label);

} // namespace station
