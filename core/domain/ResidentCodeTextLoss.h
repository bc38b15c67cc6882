// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// Whether `scanned` looks like a resident code (shared/resident-code-v1.md) whose non-ASCII
// characters were lost on the way: a JSON object of type "rc" whose name has no letter left
// (empty, or only '?', digits, spaces or U+FFFD), or a name or address with U+FFFD in it.
// A keyboard-wedge scanner on Linux cannot type Chinese: it drops those characters or sends
// something else for them, so such a code must be refused, never recorded under a wrong name.
bool residentCodeLostNonAsciiText(const QString &scanned);

} // namespace station
