// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Ed25519.h"

#include "core/Logging.h"

#include <sodium.h>

namespace station::ed25519 {

static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);

namespace {

// sodium_init() is idempotent; the function-local static makes the first call
// thread-safe without any global state of ours.
bool sodiumReady() {
    static const bool ready = [] {
        const bool ok = sodium_init() >= 0;
        if (!ok)
            qCCritical(lcDomain) << "libsodium could not be initialised";
        return ok;
    }();
    return ready;
}

const unsigned char *bytes(const QByteArray &a) {
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytes(QByteArray &a) {
    return reinterpret_cast<unsigned char *>(a.data());
}

} // namespace

KeyPair generateKeyPair() {
    KeyPair pair;
    if (!sodiumReady())
        return pair;
    pair.publicKey.resize(kPublicKeyBytes);
    pair.secretKey.resize(kSecretKeyBytes);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray publicKeyFromSecretKey(const QByteArray &secretKey) {
    if (secretKey.size() != kSecretKeyBytes || !sodiumReady())
        return {};
    QByteArray publicKey(kPublicKeyBytes, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(secretKey));
    return publicKey;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey) {
    if (secretKey.size() != kSecretKeyBytes || !sodiumReady())
        return {};
    QByteArray signature(kSignatureBytes, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey) {
    if (signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes ||
        !sodiumReady())
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

} // namespace station::ed25519
