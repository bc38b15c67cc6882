// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>

// Ed25519 signatures (libsodium) for resident codes signed by a province.
namespace station::ed25519 {

constexpr int kPublicKeyBytes = 32;
constexpr int kSecretKeyBytes = 64; // libsodium layout: 32-byte seed + public key
constexpr int kSignatureBytes = 64;

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

// A fresh random key pair (for provinces, demos and tests).
KeyPair generateKeyPair();

// The public half of a 64-byte secret key; empty when the size is wrong.
QByteArray publicKeyFromSecretKey(const QByteArray &secretKey);

// Detached signature of `message`; empty when the secret key is not 64 bytes.
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);

// True when `signature` is a valid signature of `message` by `publicKey`.
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

} // namespace station::ed25519
