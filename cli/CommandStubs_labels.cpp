// SPDX-License-Identifier: GPL-3.0-or-later
// Temporary stand-ins so the labels branch links on its own; the lead deletes this file
// when merging, as the real commands live in their own Command*.cpp files on main.
#include "cli/Commands.h"

namespace station::cli {

int runInit(const QStringList &) {
    return 2;
}

int runCheck(const QStringList &) {
    return 2;
}

int runResidentCode(const QStringList &) {
    return 2;
}

} // namespace station::cli
