// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/ShiftReport.h"
#include "core/domain/DomainError.h"

#include <QString>

namespace station::report {

// Draws the shift report as an A4 PDF with QPdfWriter/QPainter only (charts included), so
// the CLI renders it without widgets. Slow for a long day's report: call it off the GUI
// thread.
Status writeShiftReportPdf(const dashboard::ShiftReport &report, const QString &path);

} // namespace station::report
