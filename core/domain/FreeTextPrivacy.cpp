// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/FreeTextPrivacy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace station {

namespace {
struct FreeTextPrivacy {
    Q_DECLARE_TR_FUNCTIONS(station::FreeTextPrivacy)
};
} // namespace

QString personalDataInFreeText(const QString &text) {
    // Digits standing alone: a tube code's digits follow its letters, and a run inside a
    // longer run is not a number of its own.
    static const QRegularExpression idNumber(
        QStringLiteral("(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])"));
    static const QRegularExpression mobile(
        QStringLiteral("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9])"));
    static const QRegularExpression residentCode(QStringLiteral("\"(id|rid|n|t)\"\\s*:"));
    if (residentCode.match(text).hasMatch() || idNumber.match(text).hasMatch() ||
        mobile.match(text).hasMatch())
        return FreeTextPrivacy::tr("A reason is kept unencrypted in the audit log and sent to the "
                                   "province, so it must not hold a resident's code, an ID "
                                   "number or a phone number. Say why in words.");
    return {};
}

} // namespace station
