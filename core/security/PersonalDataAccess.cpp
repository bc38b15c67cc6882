// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PersonalDataAccess.h"

#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/security/StationKeyring.h"

namespace station {

Result<std::shared_ptr<PersonalDataCodec>> unlockPersonalData(Database &db,
                                                              const QString &passphrase) {
    const Result<WrappedDataKey> key = StationKeyring(db).wrappedKey();
    if (!key)
        return key.error();
    return openPersonalData(key.value(), passphrase);
}

Result<std::shared_ptr<PersonalDataCodec>> openPersonalData(const WrappedDataKey &wrapped,
                                                            const QString &passphrase) {
    auto key = StationKeyring::unwrap(wrapped, passphrase);
    if (!key.ok())
        return key.error();
    return std::shared_ptr<PersonalDataCodec>(
        std::make_shared<EncryptedPersonalDataCodec>(key.value()));
}

} // namespace station
