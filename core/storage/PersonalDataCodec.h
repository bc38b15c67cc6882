// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/IdDocument.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace station {

// The per-day key chain as the database stores it (table day_key_chain): the seed of the
// oldest day kept, sealed under a key derived from the data key (core/security/DayKeyChain.h).
struct StoredDayKeyChain {
    QDate firstDay;
    QByteArray nonce;
    QByteArray sealed;
};

// The one place personal fields (name, ID number, phone, address) are turned into what
// the database stores and back. Callers never read or write those columns directly. The
// programs use EncryptedPersonalDataCodec only; a plain-text stand-in exists for tests
// (tests/support), never linked into a shipped program.
class PersonalDataCodec {
public:
    virtual ~PersonalDataCodec() = default;

    // `recordUuid` and `column` bind the stored value to its place (associated data); `day`
    // is the site day the value belongs to (siteDate()), whose key seals it, so that the
    // retention purge can destroy it with that day's key. An invalid `day` (QDate()) is for
    // data that belongs to no day and is kept as long as the station (a member of staff's
    // phone): it is sealed under the data key and no purge destroys it.
    virtual QByteArray seal(const QString &plain, const QString &recordUuid,
                            const QString &column, const QDate &day) const = 0;
    // Nothing when the value was altered, moved, or its day's key destroyed.
    virtual std::optional<QString> open(const QByteArray &stored, const QString &recordUuid,
                                        const QString &column) const = 0;

    // A key for "the same person on `day`", used for duplicate checks; never the plain
    // number. Under the day's key: equal within a day, unlinkable across days, and
    // unguessable once the day's key is destroyed.
    virtual QString personKey(IdType type, const QString &normalizedIdNumber,
                              const QDate &day) const = 0;
    // Whether `stored` is the person key of that number on that day (for check --deep): also
    // true for a key written before per-day keys, under the data key's own index key.
    virtual bool personKeyMatches(IdType type, const QString &normalizedIdNumber, const QDate &day,
                                  const QString &stored) const {
        return personKey(type, normalizedIdNumber, day) == stored;
    }

    // The MAC (hex) of an audit row under a key derived from the data key, so that the
    // audit chain cannot be rewritten without the passphrase; empty when the codec holds
    // no key.
    virtual QString auditMac(const QByteArray &message) const {
        Q_UNUSED(message);
        return {};
    }

    // Crypto-shredding. A codec without day keys keeps these defaults (nothing to destroy).
    // The oldest day whose values still open.
    virtual std::optional<QDate> firstKeptDay() const { return std::nullopt; }
    // The chain as the database must store it once the days before `firstKept` are destroyed
    // (firstKept >= firstKeptDay()); for the current chain, pass firstKeptDay().
    virtual std::optional<StoredDayKeyChain> storedDayKeyChain(const QDate &firstKept) const {
        Q_UNUSED(firstKept);
        return std::nullopt;
    }
    // After that row committed: the days before `firstKept` are forgotten in memory too.
    virtual void forgetDaysBefore(const QDate &firstKept) { Q_UNUSED(firstKept); }
};

} // namespace station
