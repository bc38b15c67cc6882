// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/security/StationKeyring.h"
#include "core/storage/PersonalDataCodec.h"

#include <QString>

#include <memory>

namespace station {

class Database;

// How an unlock may treat the database: a station set up before per-day keys gets its key
// chain at its first unlock (Write); `check` opens read-only and stores nothing (ReadOnly).
enum class UnlockMode { Write, ReadOnly };

// The codec for a station: the data key unlocked by the site passphrase (a wrong passphrase
// is refused). A station without a data key is refused too, saying how to recover
// (StationKeyring::missingKey()): personal data is never stored or read in plain text.
Result<std::shared_ptr<PersonalDataCodec>>
unlockPersonalData(Database &db, const QString &passphrase, UnlockMode mode = UnlockMode::Write);

// The slow half of unlockPersonalData() for a keyed station, safe on any thread: Argon2id
// over the passphrase, then the data key. Read `key` with StationKeyring::wrappedKey(), and
// when it had no day-key chain, call storeNewDayKeyChain() before sealing anything.
Result<std::shared_ptr<PersonalDataCodec>> openPersonalData(const WrappedDataKey &key,
                                                            const QString &passphrase);

// Stores the chain that openPersonalData() generated for a station that had none (one
// transaction, audited and signed: the codec becomes `db`'s audit signer). Refused when another
// program stored one meanwhile.
Status storeNewDayKeyChain(Database &db, const std::shared_ptr<PersonalDataCodec> &codec);

} // namespace station
