// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/storage/PersonalDataCodec.h"

namespace station {

// Stores text as UTF-8 and keys persons by SHA-256: for tests that look at what the
// services write without the cost of a data key. Test-only: the programs never link it, and
// a station without a data key refuses to open (StationKeyring::missingKey()).
class PlaintextPersonalDataCodec final : public PersonalDataCodec {
public:
    QByteArray seal(const QString &plain, const QString &recordUuid, const QString &column,
                    const QDate &day) const override;
    std::optional<QString> open(const QByteArray &stored, const QString &recordUuid,
                                const QString &column) const override;
    QString personKey(IdType type, const QString &normalizedIdNumber,
                      const QDate &day) const override;
    // Test stations are keyed (provisioning writes a data key), so their audit rows must be
    // signed; this codec signs with a fixed test key. `check --deep`, which verifies with the
    // station's real key, is for stations whose services use that key.
    QString auditMac(const QByteArray &message) const override;
};

} // namespace station
