// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/FreeTextPersonalData.h"

#include <QRegularExpression>

namespace station::protocol {

bool holdsPersonalData(const QString &text) {
    // Digits standing alone: a tube code's digits follow its letters, and a run inside a
    // longer run is not a number of its own.
    static const QRegularExpression idNumber(
        QStringLiteral("(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])"));
    static const QRegularExpression mobile(
        QStringLiteral("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9])"));
    static const QRegularExpression residentCode(QStringLiteral("\"(id|rid|n|t)\"\\s*:"));
    return residentCode.match(text).hasMatch() || idNumber.match(text).hasMatch() ||
           mobile.match(text).hasMatch();
}

} // namespace station::protocol
