// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY (scan branch only): the other commands live in other branches; the lead deletes
// this file on merge.
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
