// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface language of a data-driven widget test's row, installed as the station installs
// it: its own catalogue, Qt's, and the default locale (dates and numbers follow it). The row's
// data tag starts with the language ("zh_CN 1366x768 100%").
#include "translations/StationTranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace station::test {

class RowLanguage {
public:
    // The current row's language, installed; false when the station has no catalogue for it.
    bool install() {
        m_language = QString::fromUtf8(QTest::currentDataTag()).section(QLatin1Char(' '), 0, 0);
        if (!loadStationTranslation(m_station, m_language))
            return false;
        QCoreApplication::installTranslator(&m_station);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(m_language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(m_language));
        return true;
    }
    void remove() {
        QCoreApplication::removeTranslator(&m_station);
        QCoreApplication::removeTranslator(&m_qt);
    }
    const QString &language() const { return m_language; }

private:
    QString m_language;
    QTranslator m_station;
    QTranslator m_qt;
};

} // namespace station::test
