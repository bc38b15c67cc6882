// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StationPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace station {

QString defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("station.sqlite3"));
}

QString settingsPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

} // namespace station
