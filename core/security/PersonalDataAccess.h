// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/security/StationKeyring.h"
#include "core/storage/PersonalDataCodec.h"

#include <QString>

#include <memory>

namespace station {

class Database;

// The codec for a station: the data key unlocked by the site passphrase (a wrong passphrase
// is refused). A station without a data key is refused too, saying how to recover
// (StationKeyring::missingKey()): personal data is never stored or read in plain text.
Result<std::shared_ptr<PersonalDataCodec>> unlockPersonalData(Database &db,
                                                              const QString &passphrase);

// The slow half of unlockPersonalData() for a keyed station, safe on any thread: Argon2id
// over the passphrase, then the data key. Read `key` with StationKeyring::wrappedKey().
Result<std::shared_ptr<PersonalDataCodec>> openPersonalData(const WrappedDataKey &key,
                                                            const QString &passphrase);

} // namespace station
