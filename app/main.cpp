// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StationApp.h"
#include "core/storage/PrivateFiles.h"

#include <QApplication>

int main(int argc, char **argv) {
    // Before anything is written: the station's files are its user's only.
    station::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sampling-station"));
    QApplication::setOrganizationName(QStringLiteral("SamplingStation"));
    QApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
    station::StationApp station(app);
    return station.run();
}
