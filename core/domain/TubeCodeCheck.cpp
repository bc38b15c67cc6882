// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TubeCodeCheck.h"

#include "core/domain/StationTubeCode.h"

#include <QCoreApplication>

namespace station {

QString tubeCodeCheckProblem(const QString &code, CheckDigitScheme siteScheme) {
    if (stationtubecode::looksStationGenerated(code))
        return stationtubecode::checkDigitProblem(code);
    if (checkdigit::tubeCodeValid(siteScheme, code))
        return {};
    return QCoreApplication::translate("TubeCodeCheck",
                                       "Tube code %1 fails the site's check digit (%2): scan the "
                                       "tube again or use another tube.")
        .arg(code, checkdigit::displayName(siteScheme));
}

} // namespace station
