// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/CheckDigit.h"

#include <QString>

namespace station {

// The check-digit rule every tube code scanned or typed at the table must pass, after it
// has matched the site's tube pattern:
// - a station-generated code (SG + 14 digits, stationtubecode) carries its own Damm check
//   digit and is checked by it whatever the site's scheme: the station issues these codes
//   itself and cannot give them a Luhn or MOD 37-2 check, so they are exempt from the
//   site's scheme (under Damm they pass it anyway);
// - every other (pre-printed) code is checked by the site's scheme, if it has one.
// Returns the translated refusal, or an empty string when the code passes.
QString tubeCodeCheckProblem(const QString &code, CheckDigitScheme siteScheme);

} // namespace station
