// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// A station directory holds the database (and the settings file). The app and the CLI
// agree on it: --data-dir, else the user's application data directory.
QString defaultDataDir();
QString databasePath(const QString &dataDir);
QString settingsPath(const QString &dataDir);

} // namespace station
