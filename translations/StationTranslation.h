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

} // namespace station
