// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/StationTranslation.h"

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

} // namespace station
