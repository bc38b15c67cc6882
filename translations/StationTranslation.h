// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QTranslator;

namespace station {

// The user-interface language, "zh_CN" or "en": `requested` when given, else zh_CN on a
// Chinese system locale (LC_ALL, LC_MESSAGES, LANG) and en otherwise.
QString chooseLanguage(const QString &requested = {});

// Loads the station's messages in `language` (compiled from translations/*.ts, embedded
// under :/i18n) into `translator`; false when there is no such translation.
bool loadStationTranslation(QTranslator &translator, const QString &language);

// Loads Qt's own messages in `language` (qtbase_LANGUAGE.qm from Qt's translations folder,
// QLibraryInfo::TranslationsPath: Debian's qt6-translations-l10n) into `translator`: the
// standard buttons (OK, Cancel, Save...), the wizard's Back/Next/Finish and the text fields'
// context menu. False when it is not installed; "en" needs none (Qt's own texts are English).
bool loadQtTranslation(QTranslator &translator, const QString &language);

// What installLanguage() found and put in place.
struct InstalledLanguage {
    bool station = false; // the station's messages
    bool qt = false;      // Qt's own; true for "en", whose are Qt's source texts
};

// Makes `language` the interface's for the whole program: the station's and Qt's messages
// loaded into the given translators and installed on the application when found, and the
// default locale set to it, so that every QLocale() (dates and numbers in any window, the
// dashboard's included) writes in that language.
InstalledLanguage installLanguage(const QString &language, QTranslator &station, QTranslator &qt);

} // namespace station
