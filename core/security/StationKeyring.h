// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/security/SecretKey.h"
#include "core/storage/PersonalDataCodec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace station {

class Database;

// The Argon2id cost of deriving the wrapping key from the site passphrase. Stored with each
// wrapped key, so a key wrapped under an older (cheaper) cost still opens.
struct PassphraseCost {
    quint64 opslimit = 0;
    quint64 memlimit = 0;

    // What a new key is wrapped with: about 0.6 s on a 2-core laptop (docs/data-protection.md,
    // bench/security).
    static PassphraseCost station();
    // libsodium's minimum, for tests that provision many stations; never used by the programs.
    static PassphraseCost minimal();
};

// The data key as stored: encrypted under a key derived from the passphrase with Argon2id
// (salt and cost parameters alongside).
struct WrappedDataKey {
    QByteArray salt;
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    QByteArray nonce;
    QByteArray wrapped;
    // The per-day key chain sealed under the data key: made with a new key and stored with
    // it; none (until its first unlock) for a station set up before per-day keys (schema 7).
    std::optional<StoredDayKeyChain> dayKeyChain;
};

// The station's data key, stored only wrapped: encrypted under a key derived with
// Argon2id from the site passphrase. A lost laptop holds ciphertext and a wrapped key;
// without the passphrase neither opens.
class StationKeyring {
    Q_DECLARE_TR_FUNCTIONS(station::StationKeyring)

public:
    explicit StationKeyring(Database &db);

    bool exists() const;
    // Generates the data key and stores it wrapped under `passphrase`. Once per station.
    Status create(const QString &passphrase);
    // create() in two steps: wrapNewDataKey() runs Argon2id and needs no connection (any
    // thread); create(key) stores the result.
    static Result<WrappedDataKey> wrapNewDataKey(const QString &passphrase,
                                                 PassphraseCost cost = PassphraseCost::station());
    Status create(const WrappedDataKey &key);
    // Writes the wrapped key on `db` inside the caller's transaction (provisioning writes the
    // station, its first operator and its key together).
    static QSqlError insertWrapped(const QSqlDatabase &db, const WrappedDataKey &key);
    // Derives the wrapping key and unwraps the data key; a wrong passphrase is refused.
    Result<SecretKey> unlock(const QString &passphrase) const;
    // unlock() in two steps, so that the slow one can leave the connection's thread:
    // wrappedKey() reads the database, unwrap() runs Argon2id and needs no connection.
    Result<WrappedDataKey> wrappedKey() const;
    static Result<SecretKey> unwrap(const WrappedDataKey &key, const QString &passphrase);
    // Re-wraps the same data key under a new passphrase (nothing is re-encrypted).
    Status changePassphrase(const QString &current, const QString &next);

    static Status validatePassphrase(const QString &passphrase);
    // Why a station without a data key cannot open personal data, and how to recover.
    static DomainError missingKey();

private:
    static Result<WrappedDataKey> wrap(const SecretKey &dataKey, const QString &passphrase,
                                       PassphraseCost cost);
    static Status alreadyKeyed();
    Status storeWrapped(const WrappedDataKey &key, bool replace);

    Database &m_db;
};

} // namespace station
