// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/EncryptedPersonalDataCodec.h"

#include <sodium.h>

namespace station {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "StnPData";
constexpr quint64 kEncryptionSubkey = 1;
constexpr quint64 kIndexSubkey = 2;
constexpr quint64 kAuditSubkey = 3;

QByteArray associatedData(const QString &recordUuid, const QString &column) {
    return recordUuid.toUtf8() + '|' + column.toUtf8();
}

} // namespace

EncryptedPersonalDataCodec::EncryptedPersonalDataCodec(const SecretKey &dataKey) {
    static_assert(crypto_kdf_KEYBYTES == SecretKey::kSize, "data key size");
    static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == SecretKey::kSize, "AEAD key");
    if (!dataKey.isValid() || !m_encryptionKey.isValid() || !m_indexKey.isValid() ||
        !m_auditKey.isValid())
        return;
    crypto_kdf_derive_from_key(m_encryptionKey.data(), SecretKey::kSize, kEncryptionSubkey,
                               kKdfContext, dataKey.data());
    crypto_kdf_derive_from_key(m_indexKey.data(), SecretKey::kSize, kIndexSubkey, kKdfContext,
                               dataKey.data());
    crypto_kdf_derive_from_key(m_auditKey.data(), SecretKey::kSize, kAuditSubkey, kKdfContext,
                               dataKey.data());
}

QByteArray EncryptedPersonalDataCodec::seal(const QString &plain, const QString &recordUuid,
                                            const QString &column) const {
    const QByteArray message = plain.toUtf8();
    const QByteArray ad = associatedData(recordUuid, column);
    QByteArray out(1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + message.size() +
                       crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    out[0] = kFormatVersion;
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + 1);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, m_encryptionKey.data());
    out.resize(1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + int(written));
    return out;
}

std::optional<QString> EncryptedPersonalDataCodec::open(const QByteArray &stored,
                                                        const QString &recordUuid,
                                                        const QString &column) const {
    constexpr int header = 1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (stored.size() < header + int(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        stored.at(0) != kFormatVersion)
        return std::nullopt;
    const QByteArray ad = associatedData(recordUuid, column);
    QByteArray plain(stored.size() - header - int(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                     Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(stored.constData() + 1);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            static_cast<unsigned long long>(stored.size() - header),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), nonce, m_encryptionKey.data()) != 0)
        return std::nullopt;
    plain.resize(int(length));
    return QString::fromUtf8(plain);
}

QString EncryptedPersonalDataCodec::personKey(IdType type,
                                              const QString &normalizedIdNumber) const {
    const QByteArray material = idTypeCode(type).toUtf8() + '|' + normalizedIdNumber.toUtf8();
    unsigned char hash[32];
    crypto_generichash(
        hash, sizeof hash, reinterpret_cast<const unsigned char *>(material.constData()),
        static_cast<unsigned long long>(material.size()), m_indexKey.data(), SecretKey::kSize);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

QString EncryptedPersonalDataCodec::auditMac(const QByteArray &message) const {
    if (!m_auditKey.isValid())
        return {};
    unsigned char mac[32];
    crypto_generichash(
        mac, sizeof mac, reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()), m_auditKey.data(), SecretKey::kSize);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex());
}

} // namespace station
