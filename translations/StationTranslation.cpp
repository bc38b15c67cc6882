// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/StationTranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace station {

QString chooseLanguage(const QString &requested) {
    if (!requested.isEmpty())
        return requested;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                    : QStringLiteral("en");
}

bool loadStationTranslation(QTranslator &translator, const QString &language) {
    return translator.load(QStringLiteral(":/i18n/sampling-station_%1.qm").arg(language));
}

bool loadQtTranslation(QTranslator &translator, const QString &language) {
    return translator.load(QStringLiteral("qtbase_%1").arg(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

InstalledLanguage installLanguage(const QString &language, QTranslator &station, QTranslator &qt) {
    InstalledLanguage installed;
    installed.station = loadStationTranslation(station, language);
    if (installed.station)
        QCoreApplication::installTranslator(&station);
    if (loadQtTranslation(qt, language)) {
        QCoreApplication::installTranslator(&qt);
        installed.qt = true;
    } else {
        installed.qt = language == QLatin1String("en");
    }
    QLocale::setDefault(QLocale(language));
    return installed;
}

} // namespace station
