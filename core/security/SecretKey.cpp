// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/SecretKey.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace station {

SecretKey::SecretKey() {
    if (sodium_init() < 0)
        return;
    m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    if (m_bytes)
        sodium_memzero(m_bytes, kSize);
}

SecretKey::~SecretKey() {
    if (m_bytes)
        sodium_free(m_bytes); // wipes before freeing
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr)) {}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept {
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

SecretKey SecretKey::random() {
    SecretKey k;
    if (k.m_bytes)
        randombytes_buf(k.m_bytes, kSize);
    return k;
}

SecretKey SecretKey::fromBytes(const unsigned char *bytes) {
    SecretKey k;
    if (k.m_bytes)
        std::memcpy(k.m_bytes, bytes, kSize);
    return k;
}

} // namespace station
