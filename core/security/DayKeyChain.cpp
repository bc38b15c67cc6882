// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/DayKeyChain.h"

#include "core/domain/Clock.h"

#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace station {

namespace {

constexpr char kChainContext[crypto_kdf_CONTEXTBYTES + 1] = "StnDayCh";
constexpr quint64 kNextSeed = 1;

QByteArray chainAd(const QDate &firstDay) {
    return QByteArrayLiteral("day-key-chain-v1|") + firstDay.toString(Qt::ISODate).toLatin1();
}

} // namespace

DayKeyChain::DayKeyChain(const QDate &firstDay, SecretKey seed)
    : m_firstDay(firstDay)
    , m_seed(std::move(seed)) {}

DayKeyChain DayKeyChain::generate() {
    return DayKeyChain(epoch(), SecretKey::random());
}

SecretKey DayKeyChain::seedOf(const QDate &day) const {
    if (!isValid() || !day.isValid() || day < m_firstDay)
        return SecretKey(); // an empty key: no bytes
    SecretKey seed = SecretKey::fromBytes(m_seed.data());
    SecretKey next;
    for (qint64 n = m_firstDay.daysTo(day); n > 0; --n) {
        crypto_kdf_derive_from_key(next.data(), SecretKey::kSize, kNextSeed, kChainContext,
                                   seed.data());
        std::swap(seed, next);
    }
    return seed;
}

DayKeyChain DayKeyChain::from(const QDate &day) const {
    if (!isValid() || day < m_firstDay)
        return {};
    return DayKeyChain(day, seedOf(day));
}

StoredDayKeyChain DayKeyChain::seal(const SecretKey &wrappingKey) const {
    StoredDayKeyChain out;
    out.firstDay = m_firstDay;
    out.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(out.nonce.data(), size_t(out.nonce.size()));
    out.sealed.resize(int(SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    const QByteArray ad = chainAd(m_firstDay);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.sealed.data()), &written, m_seed.data(),
        SecretKey::kSize, reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(out.nonce.constData()), wrappingKey.data());
    out.sealed.resize(int(written));
    return out;
}

std::optional<DayKeyChain> DayKeyChain::open(const StoredDayKeyChain &stored,
                                             const SecretKey &wrappingKey) {
    if (!stored.firstDay.isValid() ||
        stored.nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) ||
        stored.sealed.size() != int(SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    SecretKey seed;
    const QByteArray ad = chainAd(stored.firstDay);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            seed.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(stored.sealed.constData()),
            static_cast<unsigned long long>(stored.sealed.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(stored.nonce.constData()),
            wrappingKey.data()) != 0 ||
        length != SecretKey::kSize)
        return std::nullopt;
    return DayKeyChain(stored.firstDay, std::move(seed));
}

std::optional<StoredDayKeyChain> readStoredDayKeyChain(const QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT first_day, nonce, sealed_seed FROM day_key_chain WHERE id = 1"))) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredDayKeyChain chain;
    chain.firstDay = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    chain.nonce = q.value(1).toByteArray();
    chain.sealed = q.value(2).toByteArray();
    return chain;
}

QSqlError writeStoredDayKeyChain(const QSqlDatabase &db, const StoredDayKeyChain &chain,
                                 const QDateTime &at) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO day_key_chain (id, first_day, nonce, sealed_seed, changed_at) "
        "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET first_day = excluded.first_day, "
        "nonce = excluded.nonce, sealed_seed = excluded.sealed_seed, "
        "changed_at = excluded.changed_at"));
    q.addBindValue(chain.firstDay.toString(Qt::ISODate));
    q.addBindValue(chain.nonce);
    q.addBindValue(chain.sealed);
    q.addBindValue(isoUtc(at));
    if (!q.exec())
        return q.lastError();
    return {};
}

} // namespace station
