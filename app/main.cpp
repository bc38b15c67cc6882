// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StationApp.h"

#include <QApplication>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sampling-station"));
    QApplication::setOrganizationName(QStringLiteral("SamplingStation"));
    QApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
    station::StationApp station(app);
    return station.run();
}
