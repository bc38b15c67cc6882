// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/security/SecretKey.h"
#include "core/storage/PersonalDataCodec.h"

namespace station {

// Personal fields encrypted at rest with XChaCha20-Poly1305 (IETF): a random 24-byte
// nonce per value, associated data = record UUID + column, so a value moved to another
// row or column fails to open. "The same person" is a keyed BLAKE2b of the normalised
// ID number: duplicate checks never need the plain number.
class EncryptedPersonalDataCodec final : public PersonalDataCodec {
public:
    // Derives the encryption and index subkeys from the station's data key.
    explicit EncryptedPersonalDataCodec(const SecretKey &dataKey);

    QByteArray seal(const QString &plain, const QString &recordUuid,
                    const QString &column) const override;
    std::optional<QString> open(const QByteArray &stored, const QString &recordUuid,
                                const QString &column) const override;
    QString personKey(IdType type, const QString &normalizedIdNumber) const override;
    // Keyed BLAKE2b-256 under the audit subkey of the data key.
    QString auditMac(const QByteArray &message) const override;

    // Stored values start with this version byte, so a future scheme can coexist.
    static constexpr char kFormatVersion = '\x01';

private:
    SecretKey m_encryptionKey;
    SecretKey m_indexKey;
    SecretKey m_auditKey;
};

} // namespace station
