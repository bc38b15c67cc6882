// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// Two sentences one after the other, as their language writes them: a sentence that ends in a
// full-width mark (Chinese "。", "！", "？", "）"…) is followed without a space ("已作废。请扫描"),
// any other by one space ("voided. Scan"). An empty part is left out. Deciding by the first
// sentence's last character lets translated and untranslated sentences meet correctly.
QString joinSentences(const QString &first, const QString &second);

} // namespace station
