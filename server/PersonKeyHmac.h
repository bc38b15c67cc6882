// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

#include <sodium.h>

namespace station::server {

// protocol::sitePersonKey under one key, for many people: the HMAC-SHA256 of the same
// message, with the key's two padded blocks hashed once (libsodium's HMAC state, copied per
// person) instead of once per person. The ingest computes two per record with an ID number
// (the site person key and the province's lookup key), each four SHA-256 blocks through
// QMessageAuthenticationCode; this takes two (docs/benchmarks.md, "Ingest cost of person
// facts", session 27). Same result as protocol::sitePersonKey (tst_person_key_hmac).
class PersonKeyHmac {
public:
    explicit PersonKeyHmac(const QByteArray &key);
    const QByteArray &key() const { return m_key; }
    // sitePersonKey(key, idType, idNumber): lowercase hex; empty when the key is empty.
    QString of(const QString &idType, const QString &idNumber) const;

private:
    QByteArray m_key;
    crypto_auth_hmacsha256_state m_keyed;
};

} // namespace station::server
