// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"

#include <QSqlError>

namespace station {

// Turns a failed statement into a typed error: the schema's own guards (triggers raising
// "station:..." and unique indexes) become domain errors, the rest storage errors. The
// service checks first; these catch what slips past (two processes, a bug).
DomainError sqlFailure(const QSqlError &error, const QString &what);

} // namespace station
