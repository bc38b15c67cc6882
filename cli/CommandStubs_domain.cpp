// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY stand-ins so that the domain branch links; the lead deletes this file on merge.
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace station::cli {

int runInit(const QStringList &) {
    QTextStream(stderr) << QCoreApplication::translate("cli", "init is not available yet.") << '\n';
    return 2;
}

int runCheck(const QStringList &) {
    QTextStream(stderr) << QCoreApplication::translate("cli", "check is not available yet.")
                        << '\n';
    return 2;
}

} // namespace station::cli
