// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>

#include <cstddef>

namespace station {

// 32 bytes of key material in libsodium's guarded memory: locked out of swap, wiped on
// destruction, never copied implicitly.
class SecretKey {
public:
    static constexpr std::size_t kSize = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;

    static SecretKey random();
    static SecretKey fromBytes(const unsigned char *bytes);

    bool isValid() const { return m_bytes != nullptr; }
    const unsigned char *data() const { return m_bytes; }
    unsigned char *data() { return m_bytes; }

private:
    unsigned char *m_bytes = nullptr;
};

} // namespace station
