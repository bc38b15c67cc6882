// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/EncryptedPersonalDataCodec.h"

#include <QMutexLocker>
#include <QtEndian>

#include <sodium.h>

namespace station {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "StnPData";
constexpr quint64 kEncryptionSubkey = 1;
constexpr quint64 kIndexSubkey = 2;
constexpr quint64 kAuditSubkey = 3;
constexpr quint64 kChainSubkey = 4;

constexpr char kDayContext[crypto_kdf_CONTEXTBYTES + 1] = "StnDayKy";
constexpr quint64 kDayEncryptionSubkey = 1;
constexpr quint64 kDayIndexSubkey = 2;

constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kDayBytes = 4;

QByteArray associatedData(const QString &recordUuid, const QString &column) {
    return recordUuid.toUtf8() + '|' + column.toUtf8();
}

QByteArray associatedData(const QString &recordUuid, const QString &column, const QDate &day) {
    return associatedData(recordUuid, column) + '|' + day.toString(Qt::ISODate).toLatin1();
}

void derive(SecretKey &out, quint64 id, const char *context, const unsigned char *from) {
    crypto_kdf_derive_from_key(out.data(), SecretKey::kSize, id, context, from);
}

// out = version | [day] | nonce | ciphertext
QByteArray encrypt(const QByteArray &header, const QString &plain, const QByteArray &ad,
                   const SecretKey &key) {
    const QByteArray message = plain.toUtf8();
    QByteArray out = header;
    out.resize(header.size() + kNonceBytes + message.size() + kTagBytes);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + header.size());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &written, reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, key.data());
    out.resize(header.size() + kNonceBytes + int(written));
    return out;
}

std::optional<QString> decrypt(const QByteArray &stored, int headerSize, const QByteArray &ad,
                               const SecretKey &key) {
    if (stored.size() < headerSize + kNonceBytes + kTagBytes)
        return std::nullopt;
    const int cipherOffset = headerSize + kNonceBytes;
    QByteArray plain(stored.size() - cipherOffset - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(stored.constData() + headerSize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, nonce + kNonceBytes,
            static_cast<unsigned long long>(stored.size() - cipherOffset),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), nonce, key.data()) != 0)
        return std::nullopt;
    plain.resize(int(length));
    return QString::fromUtf8(plain);
}

QString keyedHash(const QByteArray &material, const SecretKey &key) {
    unsigned char hash[32];
    crypto_generichash(
        hash, sizeof hash, reinterpret_cast<const unsigned char *>(material.constData()),
        static_cast<unsigned long long>(material.size()), key.data(), SecretKey::kSize);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

} // namespace

EncryptedPersonalDataCodec::EncryptedPersonalDataCodec(
    const SecretKey &dataKey, const std::optional<StoredDayKeyChain> &stored) {
    static_assert(crypto_kdf_KEYBYTES == SecretKey::kSize, "data key size");
    static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == SecretKey::kSize, "AEAD key");
    if (!dataKey.isValid() || !m_legacyEncryptionKey.isValid() || !m_legacyIndexKey.isValid() ||
        !m_auditKey.isValid() || !m_chainKey.isValid())
        return;
    derive(m_legacyEncryptionKey, kEncryptionSubkey, kKdfContext, dataKey.data());
    derive(m_legacyIndexKey, kIndexSubkey, kKdfContext, dataKey.data());
    derive(m_auditKey, kAuditSubkey, kKdfContext, dataKey.data());
    derive(m_chainKey, kChainSubkey, kKdfContext, dataKey.data());
    if (stored) {
        std::optional<DayKeyChain> chain = DayKeyChain::open(*stored, m_chainKey);
        if (!chain)
            return;
        m_chain = std::move(*chain);
    } else {
        m_chain = DayKeyChain::generate();
    }
    m_valid = m_chain.isValid();
}

std::shared_ptr<const EncryptedPersonalDataCodec::DayKeys>
EncryptedPersonalDataCodec::keysOf(const QDate &day) const {
    QMutexLocker lock(&m_mutex);
    if (!m_chain.isValid() || !day.isValid() || day < m_chain.firstDay())
        return {};
    auto &slot = m_dayKeys[day.toJulianDay()];
    if (!slot) {
        const SecretKey seed = m_chain.seedOf(day);
        auto keys = std::make_shared<DayKeys>();
        derive(keys->encryption, kDayEncryptionSubkey, kDayContext, seed.data());
        derive(keys->index, kDayIndexSubkey, kDayContext, seed.data());
        slot = std::move(keys);
    }
    return slot;
}

QDate EncryptedPersonalDataCodec::keptDayFor(const QDate &day) const {
    // A clock set back past destroyed days uses the oldest day kept: nothing is ever sealed
    // or indexed under a key that is gone.
    const std::optional<QDate> first = firstKeptDay();
    return first && (!day.isValid() || day < *first) ? *first : day;
}

QByteArray EncryptedPersonalDataCodec::seal(const QString &plain, const QString &recordUuid,
                                            const QString &column, const QDate &day) const {
    if (!day.isValid()) {
        // Belongs to no day (staff data): under the data key, never shredded.
        QByteArray header(1, kFormatDataKey);
        return encrypt(header, plain, associatedData(recordUuid, column), m_legacyEncryptionKey);
    }
    const QDate keyDay = keptDayFor(day);
    const std::shared_ptr<const DayKeys> keys = keysOf(keyDay);
    if (!keys)
        return {};
    QByteArray header(1 + kDayBytes, Qt::Uninitialized);
    header[0] = kFormatDayKey;
    qToBigEndian(quint32(keyDay.toJulianDay()), header.data() + 1);
    return encrypt(header, plain, associatedData(recordUuid, column, keyDay), keys->encryption);
}

std::optional<QString> EncryptedPersonalDataCodec::open(const QByteArray &stored,
                                                        const QString &recordUuid,
                                                        const QString &column) const {
    if (stored.isEmpty())
        return std::nullopt;
    if (stored.at(0) == kFormatDataKey)
        return decrypt(stored, 1, associatedData(recordUuid, column), m_legacyEncryptionKey);
    if (stored.at(0) != kFormatDayKey || stored.size() < 1 + kDayBytes)
        return std::nullopt;
    const QDate day = QDate::fromJulianDay(qFromBigEndian<quint32>(stored.constData() + 1));
    const std::shared_ptr<const DayKeys> keys = keysOf(day);
    if (!keys)
        return std::nullopt;
    return decrypt(stored, 1 + kDayBytes, associatedData(recordUuid, column, day),
                   keys->encryption);
}

QString EncryptedPersonalDataCodec::personKey(IdType type, const QString &normalizedIdNumber,
                                              const QDate &day) const {
    const QByteArray material = idTypeCode(type).toUtf8() + '|' + normalizedIdNumber.toUtf8();
    const std::shared_ptr<const DayKeys> keys = keysOf(keptDayFor(day));
    if (!keys)
        return {};
    return keyedHash(material, keys->index);
}

bool EncryptedPersonalDataCodec::personKeyMatches(IdType type, const QString &normalizedIdNumber,
                                                  const QDate &day, const QString &stored) const {
    if (personKey(type, normalizedIdNumber, day) == stored)
        return true;
    const QByteArray material = idTypeCode(type).toUtf8() + '|' + normalizedIdNumber.toUtf8();
    return keyedHash(material, m_legacyIndexKey) == stored;
}

QString EncryptedPersonalDataCodec::auditMac(const QByteArray &message) const {
    if (!m_auditKey.isValid())
        return {};
    return keyedHash(message, m_auditKey);
}

std::optional<QDate> EncryptedPersonalDataCodec::firstKeptDay() const {
    QMutexLocker lock(&m_mutex);
    if (!m_chain.isValid())
        return std::nullopt;
    return m_chain.firstDay();
}

std::optional<StoredDayKeyChain>
EncryptedPersonalDataCodec::storedDayKeyChain(const QDate &firstKept) const {
    QMutexLocker lock(&m_mutex);
    const DayKeyChain chain = m_chain.from(firstKept);
    if (!chain.isValid())
        return std::nullopt;
    return chain.seal(m_chainKey);
}

void EncryptedPersonalDataCodec::forgetDaysBefore(const QDate &firstKept) {
    QMutexLocker lock(&m_mutex);
    if (!m_chain.isValid() || firstKept <= m_chain.firstDay())
        return;
    m_chain = m_chain.from(firstKept);
    for (auto it = m_dayKeys.begin(); it != m_dayKeys.end();) {
        if (it.key() < firstKept.toJulianDay())
            it = m_dayKeys.erase(it);
        else
            ++it;
    }
}

} // namespace station
