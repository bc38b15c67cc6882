// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/security/SecretKey.h"
#include "core/storage/PersonalDataCodec.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace station {

// Crypto-shredding, one key per site day. The keys of a day derive from that day's seed,
// and the next day's seed is a one-way function (BLAKE2b, libsodium's KDF) of it. The
// station stores only the seed of the oldest day it still keeps, sealed under a key derived
// from the data key: every later day follows from it, no earlier day can be recovered.
// Destroying the days before D is replacing the stored seed by D's, so that no copy of the
// database made afterwards (nor its -wal, nor its free pages) can open them, with or without
// the passphrase.
//
// Thread contract: a value type; not shared between threads without the caller's lock.
class DayKeyChain {
public:
    // Where a new chain starts: before any date a station will record, so that a clock set
    // back a little never falls before the chain.
    static QDate epoch() { return QDate(2020, 1, 1); }

    DayKeyChain() = default; // invalid
    DayKeyChain(const QDate &firstDay, SecretKey seed);
    // A new chain from epoch() with a random seed.
    static DayKeyChain generate();

    bool isValid() const { return m_firstDay.isValid() && m_seed.isValid(); }
    QDate firstDay() const { return m_firstDay; }
    // The seed of `day`; invalid for a day before firstDay() (destroyed).
    SecretKey seedOf(const QDate &day) const;
    // This chain without the days before `day` (day >= firstDay()).
    DayKeyChain from(const QDate &day) const;

    // The stored form, sealed under `wrappingKey` and bound to the first day.
    StoredDayKeyChain seal(const SecretKey &wrappingKey) const;
    static std::optional<DayKeyChain> open(const StoredDayKeyChain &stored,
                                           const SecretKey &wrappingKey);

private:
    QDate m_firstDay;
    SecretKey m_seed;
};

// The chain row of the database (table day_key_chain, one row); nullopt when there is none.
std::optional<StoredDayKeyChain> readStoredDayKeyChain(const QSqlDatabase &db, QSqlError *error);
// Inserts or replaces the chain row inside the caller's transaction.
QSqlError writeStoredDayKeyChain(const QSqlDatabase &db, const StoredDayKeyChain &chain,
                                 const QDateTime &at);

} // namespace station
