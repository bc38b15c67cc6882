// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/security/DayKeyChain.h"
#include "core/security/SecretKey.h"
#include "core/storage/PersonalDataCodec.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace station {

// Personal fields encrypted at rest with XChaCha20-Poly1305 (IETF) under the key of the site
// day they belong to (DayKeyChain): a random 24-byte nonce per value, associated data = record
// UUID + column + day, so a value moved to another row, column or day fails to open. "The same
// person" is a keyed BLAKE2b of the normalised ID number under the day's index key: duplicate
// checks never need the plain number, and a destroyed day's index cannot be searched.
// Values written before per-day keys (format 1, under the data key itself) still open.
//
// Thread contract: const members and forgetDaysBefore() may be called from any thread (the
// window, the sync relay, the dashboard worker and the retention purge share one codec).
class EncryptedPersonalDataCodec final : public PersonalDataCodec {
public:
    // Derives the subkeys from the station's data key. Without `stored` a new chain is
    // generated: write storedDayKeyChain(*firstKeptDay()) before sealing anything with it.
    explicit EncryptedPersonalDataCodec(const SecretKey &dataKey,
                                        const std::optional<StoredDayKeyChain> &stored = {});

    // False when the stored chain did not open under this data key (damaged or replaced).
    bool isValid() const { return m_valid; }

    QByteArray seal(const QString &plain, const QString &recordUuid, const QString &column,
                    const QDate &day) const override;
    std::optional<QString> open(const QByteArray &stored, const QString &recordUuid,
                                const QString &column) const override;
    QString personKey(IdType type, const QString &normalizedIdNumber,
                      const QDate &day) const override;
    bool personKeyMatches(IdType type, const QString &normalizedIdNumber, const QDate &day,
                          const QString &stored) const override;
    // Keyed BLAKE2b-256 under the audit subkey of the data key.
    QString auditMac(const QByteArray &message) const override;

    std::optional<QDate> firstKeptDay() const override;
    std::optional<StoredDayKeyChain> storedDayKeyChain(const QDate &firstKept) const override;
    void forgetDaysBefore(const QDate &firstKept) override;

    // The first byte of a stored value: 1 = under the data key (before per-day keys, and
    // values of no day),
    // 2 = under the key of the day that follows it (4 bytes, Julian day, big-endian).
    static constexpr char kFormatDataKey = '\x01';
    static constexpr char kFormatDayKey = '\x02';

private:
    struct DayKeys {
        SecretKey encryption;
        SecretKey index;
    };
    // `day`, or the oldest day kept when `day` is before it (or invalid).
    QDate keptDayFor(const QDate &day) const;
    // The keys of `day`, cached; null for a destroyed day.
    std::shared_ptr<const DayKeys> keysOf(const QDate &day) const;

    bool m_valid = false;
    SecretKey m_legacyEncryptionKey;
    SecretKey m_legacyIndexKey;
    SecretKey m_auditKey;
    SecretKey m_chainKey;
    mutable QMutex m_mutex; // guards m_chain and m_dayKeys
    DayKeyChain m_chain;
    mutable QHash<qint64, std::shared_ptr<const DayKeys>> m_dayKeys;
};

} // namespace station
