// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tests/support/ServerProcess.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace station::test {

// The join code `admin join-code` prints for `server` (its last line), naming `url` as the
// hub's address and pinning the server's certificate; empty when the command failed.
inline QString joinCode(const ServerProcess &server, const QString &site, const QUrl &url) {
    int exitCode = -1;
    const QString out = server.runAdmin({QStringLiteral("join-code"), QStringLiteral("--site"),
                                         site, QStringLiteral("--url"), url.toString(),
                                         QStringLiteral("--cert"), server.certificatePath()},
                                        &exitCode);
    return exitCode == 0 ? out.trimmed().section(QLatin1Char('\n'), -1) : QString();
}

} // namespace station::test
