// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StationApp.h"
#include "app/StationOptions.h"
#include "core/storage/PrivateFiles.h"
#include "translations/StationTranslation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTranslator>

#include <optional>

namespace {

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("sampling-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("SamplingStation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
}

// The command line is read on a QCoreApplication, before any window system is touched:
// --help, --version and a usage error answer over SSH and in a build, with no display.
std::optional<int> readCommandLine(int &argc, char **argv, station::StationOptions *options) {
    QCoreApplication core(argc, argv);
    nameApplication();
    // In the language of the system locale, as the command-line tool answers.
    QTranslator translator;
    if (station::loadStationTranslation(translator, station::chooseLanguage()))
        QCoreApplication::installTranslator(&translator);
    return station::parseStationOptions(QCoreApplication::arguments(), options);
}

} // namespace

int main(int argc, char **argv) {
    // Before anything is written: the station's files are its user's only.
    station::restrictNewFilesToOwner();
    station::StationOptions options;
    if (const std::optional<int> exitCode = readCommandLine(argc, argv, &options))
        return *exitCode;
    QApplication app(argc, argv);
    nameApplication();
    station::StationApp station(app, options);
    return station.run();
}
