// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StationOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace station {

namespace {
// The window's messages share the translation context of StationApp.
struct StationAppText {
    Q_DECLARE_TR_FUNCTIONS(StationApp)
};

// The options QGuiApplication and QApplication take for themselves (-platform offscreen,
// -style fusion, ...): the QApplication built after this reads them, so they are no usage
// error here. True for those that take a value.
std::optional<bool> qtGuiOption(const QString &argument) {
    static const QStringList withValue{
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("style"),           QStringLiteral("stylesheet"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("title"),           QStringLiteral("name")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb")};
    if (!argument.startsWith(QLatin1Char('-')))
        return std::nullopt;
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    if (withValue.contains(name))
        return true;
    if (flags.contains(name))
        return false;
    return std::nullopt;
}

QStringList withoutQtGuiOptions(const QStringList &arguments) {
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const std::optional<bool> takesValue = i > 0 ? qtGuiOption(arguments.at(i)) : std::nullopt;
        if (!takesValue) {
            kept.append(arguments.at(i));
            continue;
        }
        if (*takesValue)
            ++i;
    }
    return kept;
}
} // namespace

std::optional<int> parseStationOptions(const QStringList &arguments, StationOptions *options) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StationAppText::tr("Sampling Station: the sampling table workstation"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"),
                                     StationAppText::tr("Show the version."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        StationAppText::tr(
            "The station's data directory (database, settings). It must exist; without this "
            "option, the default folder is used (and set up on the first start)."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  StationAppText::tr("User interface language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption video(
        QStringLiteral("video-source"),
        StationAppText::tr("Read codes from a video file instead of a camera."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        StationAppText::tr("Save a picture of the window to FILE after start-up and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("site-passphrase-file"),
        StationAppText::tr("File whose first line is the site passphrase (otherwise "
                           "STATION_SITE_PASSPHRASE, otherwise the station asks)."),
        QStringLiteral("FILE"));
    parser.addOptions({version, dataDir, lang, video, screenshot, passphraseFile});

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(withoutQtGuiOptions(arguments))) {
        err << StationAppText::tr("sampling-station: %1").arg(parser.errorText()) << '\n'
            << StationAppText::tr("Run sampling-station --help for the options.") << '\n';
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << StationAppText::tr("sampling-station: unexpected argument: %1")
                   .arg(parser.positionalArguments().constFirst())
            << '\n'
            << StationAppText::tr("Run sampling-station --help for the options.") << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the executable's full path; the program's name says more.
        out << StationAppText::tr("Usage: sampling-station [options]") << '\n'
            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (parser.isSet(version)) {
        out << "sampling-station " << STATION_VERSION << '\n';
        return 0;
    }
    options->dataDirGiven = parser.isSet(dataDir);
    options->dataDir = parser.value(dataDir);
    options->language = parser.value(lang);
    options->videoSource = parser.value(video);
    options->screenshotPath = parser.value(screenshot);
    options->passphraseFile = parser.value(passphraseFile);
    return std::nullopt;
}

} // namespace station
