// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"

#include <QDateTime>
#include <QStringList>

namespace station {

class Database;

inline constexpr int kMaxReservedCodes = 1000;

// Takes `count` (1-1000) station-generated tube codes from the station's sequence without
// opening tubes, for a sheet of labels printed ahead (`sampling-station-cli tube-code
// --next`). Scanning one later opens its tube like a pre-printed code; the codes the
// table screen generates continue after them. One transaction with an audit row; no
// personal data is touched, so the station need not be unlocked.
Result<QStringList> reserveTubeCodes(Database &database, const StationIdentity &identity, int count,
                                     const QDateTime &now, qint64 operatorId = 0);

} // namespace station
