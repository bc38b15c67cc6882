// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QTextStream>

namespace station::server {

// `province-server admin enroll-code|stats|list-devices|revoke-device|relay-status|hand-over
// ...`;
// returns the process exit code.
int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace station::server
