// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/FreeTextPrivacy.h"

#include "protocol/FreeTextPersonalData.h"

#include <QCoreApplication>

namespace station {

namespace {
struct FreeTextPrivacy {
    Q_DECLARE_TR_FUNCTIONS(station::FreeTextPrivacy)
};
} // namespace

QString personalDataInFreeText(const QString &text) {
    if (protocol::holdsPersonalData(text))
        return FreeTextPrivacy::tr("A reason is kept unencrypted in the audit log and sent to the "
                                   "province, so it must not hold a resident's code, an ID "
                                   "number or a phone number. Say why in words.");
    return {};
}

} // namespace station
