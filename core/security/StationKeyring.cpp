// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/StationKeyring.h"

#include "core/Logging.h"
#include "core/domain/Clock.h"
#include "core/security/DayKeyChain.h"
#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace station {

namespace {

const QByteArray kWrapAd = QByteArrayLiteral("station-data-key-v1");
constexpr quint64 kStationOpslimit = 3;
constexpr quint64 kStationMemlimit = quint64(256) << 20; // 256 MiB

bool deriveWrappingKey(SecretKey &out, const QString &passphrase, const QByteArray &salt,
                       quint64 opslimit, quint64 memlimit) {
    const QByteArray pw = passphrase.toUtf8();
    return crypto_pwhash(out.data(), SecretKey::kSize, pw.constData(),
                         static_cast<unsigned long long>(pw.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()), opslimit,
                         static_cast<size_t>(memlimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

PassphraseCost PassphraseCost::station() {
    // Measured with bench/security/passphrase-cost-bench (docs/data-protection.md).
    return {kStationOpslimit, kStationMemlimit};
}

PassphraseCost PassphraseCost::minimal() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

StationKeyring::StationKeyring(Database &db)
    : m_db(db) {}

bool StationKeyring::exists() const {
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM keyring WHERE id = 1")) && q.next();
}

Status StationKeyring::validatePassphrase(const QString &passphrase) {
    if (passphrase.size() < 8)
        return makeError(ErrorCode::InvalidInput,
                         tr("The site passphrase must have at least 8 characters."));
    return success();
}

DomainError StationKeyring::missingKey() {
    return makeError(
        ErrorCode::NotProvisioned,
        tr("This station has no data key, so its personal data cannot be opened (a damaged or "
           "altered database, or a station set up before encryption). Restore the station "
           "folder from a backup, or move it aside and set up the station again (init or the "
           "first-run window), then sync."));
}

Status StationKeyring::create(const QString &passphrase) {
    if (Status s = validatePassphrase(passphrase); !s.ok())
        return s;
    if (exists())
        return alreadyKeyed();
    const Result<WrappedDataKey> key = wrapNewDataKey(passphrase);
    if (!key)
        return key.error();
    return storeWrapped(key.value(), false);
}

Status StationKeyring::create(const WrappedDataKey &key) {
    if (exists())
        return alreadyKeyed();
    return storeWrapped(key, false);
}

Status StationKeyring::alreadyKeyed() {
    return makeError(ErrorCode::InvalidInput,
                     tr("This station already has a data key; change the passphrase "
                        "instead."));
}

Result<WrappedDataKey> StationKeyring::wrapNewDataKey(const QString &passphrase,
                                                      PassphraseCost cost) {
    if (Status s = validatePassphrase(passphrase); !s.ok())
        return s.error();
    if (sodium_init() < 0)
        return makeError(ErrorCode::StorageFailure, tr("The cryptography library failed."));
    const SecretKey dataKey = SecretKey::random();
    Result<WrappedDataKey> wrapped = wrap(dataKey, passphrase, cost);
    if (!wrapped)
        return wrapped;
    // The per-day key chain is born with the data key and stored with it.
    const EncryptedPersonalDataCodec codec(dataKey);
    WrappedDataKey key = wrapped.value();
    key.dayKeyChain = codec.storedDayKeyChain(DayKeyChain::epoch());
    return key;
}

Result<WrappedDataKey> StationKeyring::wrap(const SecretKey &dataKey, const QString &passphrase,
                                            PassphraseCost cost) {
    WrappedDataKey key;
    key.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(key.salt.data(), size_t(key.salt.size()));
    key.opslimit = cost.opslimit;
    key.memlimit = cost.memlimit;
    SecretKey wrappingKey;
    if (!dataKey.isValid() || !wrappingKey.isValid() ||
        !deriveWrappingKey(wrappingKey, passphrase, key.salt, key.opslimit, key.memlimit))
        return makeError(ErrorCode::StorageFailure,
                         tr("Not enough memory to protect the data key."));
    key.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(key.nonce.data(), size_t(key.nonce.size()));
    key.wrapped = QByteArray(int(SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                             Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(key.wrapped.data()), &written, dataKey.data(),
        SecretKey::kSize, reinterpret_cast<const unsigned char *>(kWrapAd.constData()),
        static_cast<unsigned long long>(kWrapAd.size()), nullptr,
        reinterpret_cast<const unsigned char *>(key.nonce.constData()), wrappingKey.data());
    return key;
}

namespace {

QSqlError writeWrapped(const QSqlDatabase &db, const WrappedDataKey &key, bool replace) {
    QSqlQuery q(db);
    q.prepare(replace
                  ? QStringLiteral("UPDATE keyring SET salt = ?, opslimit = ?, memlimit = ?, "
                                   "nonce = ?, wrapped_key = ?, changed_at = ? WHERE id = 1")
                  : QStringLiteral("INSERT INTO keyring (salt, opslimit, memlimit, nonce, "
                                   "wrapped_key, changed_at, id) VALUES (?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(key.salt);
    q.addBindValue(key.opslimit);
    q.addBindValue(key.memlimit);
    q.addBindValue(key.nonce);
    q.addBindValue(key.wrapped);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return q.lastError();
    if (!replace && key.dayKeyChain)
        return writeStoredDayKeyChain(db, *key.dayKeyChain, QDateTime::currentDateTimeUtc());
    return {};
}

} // namespace

QSqlError StationKeyring::insertWrapped(const QSqlDatabase &db, const WrappedDataKey &key) {
    return writeWrapped(db, key, false);
}

Status StationKeyring::storeWrapped(const WrappedDataKey &key, bool replace) {
    if (QSqlError e = writeWrapped(m_db.connection(), key, replace); e.isValid())
        return Database::storageError(e, tr("storing the data key"));
    qCInfo(lcStorage) << "data key" << (replace ? "re-wrapped" : "created");
    return success();
}

Result<SecretKey> StationKeyring::unlock(const QString &passphrase) const {
    const Result<WrappedDataKey> key = wrappedKey();
    if (!key)
        return key.error();
    return unwrap(key.value(), passphrase);
}

Result<WrappedDataKey> StationKeyring::wrappedKey() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT salt, opslimit, memlimit, nonce, wrapped_key FROM keyring WHERE id = 1")))
        return Database::storageError(q.lastError(), tr("reading the data key"));
    if (!q.next())
        return missingKey();
    WrappedDataKey key;
    key.salt = q.value(0).toByteArray();
    key.opslimit = q.value(1).toULongLong();
    key.memlimit = q.value(2).toULongLong();
    key.nonce = q.value(3).toByteArray();
    key.wrapped = q.value(4).toByteArray();
    QSqlError error;
    // `check` opens an older database read-only, unmigrated: it has no chain yet.
    if (m_db.schemaVersion() >= 7)
        key.dayKeyChain = readStoredDayKeyChain(m_db.connection(), &error);
    if (error.isValid())
        return Database::storageError(error, tr("reading the data key"));
    return key;
}

Result<SecretKey> StationKeyring::unwrap(const WrappedDataKey &key, const QString &passphrase) {
    if (sodium_init() < 0)
        return makeError(ErrorCode::StorageFailure, tr("The cryptography library failed."));
    if (key.salt.size() != int(crypto_pwhash_SALTBYTES) ||
        key.nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) ||
        key.wrapped.size() != int(SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return makeError(ErrorCode::DatabaseCorrupt, tr("The stored data key is damaged."));
    SecretKey wrappingKey;
    if (!deriveWrappingKey(wrappingKey, passphrase, key.salt, key.opslimit, key.memlimit))
        return makeError(ErrorCode::StorageFailure,
                         tr("Not enough memory to check the passphrase."));
    SecretKey dataKey;
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(key.wrapped.constData()),
            static_cast<unsigned long long>(key.wrapped.size()),
            reinterpret_cast<const unsigned char *>(kWrapAd.constData()),
            static_cast<unsigned long long>(kWrapAd.size()),
            reinterpret_cast<const unsigned char *>(key.nonce.constData()),
            wrappingKey.data()) != 0 ||
        length != SecretKey::kSize)
        return makeError(ErrorCode::WrongPin, tr("The site passphrase is wrong."));
    return Result<SecretKey>(std::move(dataKey));
}

Status StationKeyring::changePassphrase(const QString &current, const QString &next) {
    if (Status s = validatePassphrase(next); !s.ok())
        return s;
    auto key = unlock(current);
    if (!key.ok())
        return key.error();
    const Result<WrappedDataKey> wrapped = wrap(key.value(), next, PassphraseCost::station());
    if (!wrapped)
        return wrapped.error();
    return storeWrapped(wrapped.value(), true);
}

} // namespace station
