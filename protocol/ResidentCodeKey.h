// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace station::protocol {

// The province's resident-code public key (Ed25519, 32 bytes) as the server announces it in
// the answers to /v1/enroll and POST /v1/records: "resident_code_public_key", 64 hex digits
// (docs/sync-protocol.md). Stations verify the signature "s" of resident codes with it.

constexpr int kResidentCodeKeyBytes = 32;

// The key from its hex text (64 digits, either case; surrounding white space allowed, as
// `resident-code --gen-keypair` writes PREFIX.pub); nullopt for anything else.
std::optional<QByteArray> residentCodeKeyFromHex(const QString &text);

// The field in an answer: absent or null when the server has no key, a valid key, or a
// value that is not a key (the answer is then not trusted for it).
struct AnnouncedCodeKey {
    enum class State { Absent, Valid, Malformed };
    State state = State::Absent;
    QByteArray key; // 32 bytes when Valid
};
AnnouncedCodeKey announcedResidentCodeKey(const QByteArray &body);

// Adds the field to an answer; nothing when `key` is empty.
void announceResidentCodeKey(QJsonObject *answer, const QByteArray &key);

// What people compare over the phone: the first 16 hex digits of SHA-256 of the key, upper
// case, in groups of four ("3F2A 9C01 77BE 0D4E"). Empty for an empty key.
QString residentCodeKeyFingerprint(const QByteArray &key);

} // namespace station::protocol
