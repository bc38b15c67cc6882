// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PersonKeyHmac.h"

namespace station::server {

PersonKeyHmac::PersonKeyHmac(const QByteArray &key)
    : m_key(key) {
    crypto_auth_hmacsha256_init(&m_keyed, reinterpret_cast<const unsigned char *>(key.constData()),
                                size_t(key.size()));
}

QString PersonKeyHmac::of(const QString &idType, const QString &idNumber) const {
    if (m_key.isEmpty())
        return {};
    // The message of protocol::sitePersonKey.
    const QByteArray message =
        QByteArrayLiteral("person-v1\n") + idType.toUtf8() + '\n' + idNumber.toUpper().toUtf8();
    crypto_auth_hmacsha256_state state = m_keyed;
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(message.constData()),
                                  quint64(message.size()));
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    char hex[2 * crypto_auth_hmacsha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return QString::fromLatin1(hex, 2 * crypto_auth_hmacsha256_BYTES);
}

} // namespace station::server
