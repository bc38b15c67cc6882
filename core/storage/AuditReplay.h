// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>

namespace station {

struct IntegrityReport;

// Replays the audit log against tubes, samples and boxes: every sample where the log put
// it (tube and position) and in the state the log leaves it, every tube and box opened by
// the log, every tube in the box the log put it in, and nothing the log records missing.
// Adds what it finds to `report`, naming each problem's kind.
void replayAuditLog(const QSqlDatabase &db, IntegrityReport &report);

} // namespace station
