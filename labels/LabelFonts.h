// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFont>

namespace station::labels {

// The fonts labels and manifests are set in, sized in device pixels (printer dots), with a
// CJK fallback for Chinese site and staff names.
QFont labelFont(int pixelSize, bool bold = false);
QFont codeFont(int pixelSize); // the human-readable code: monospaced, bold

} // namespace station::labels
