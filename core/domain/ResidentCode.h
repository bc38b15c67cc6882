// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/IdDocument.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace station {

// A resident registration code, version 1 (see shared/resident-code-v1.md).
struct ResidentCode {
    QString registrationId; // rid
    QString name;           // n, trimmed
    IdType idType = IdType::ResidentCard;
    QString idNumber;                // normalised (upper-case X, 15 -> 18 upgraded)
    QString phone;                   // p, may be empty
    QString address;                 // a, may be empty
    QString group;                   // g, may be empty
    std::optional<QDate> validUntil; // e
    bool signatureVerified = false;  // true only when a province key was configured and s verified
};

// Every way a scanned code can be wrong; one precise error each.
enum class ResidentCodeError {
    None,
    NotUtf8,            // bytes are not valid UTF-8
    NotJson,            // not parseable JSON
    NotAnObject,        // top-level value is not an object
    DuplicateKey,       // a key appears twice
    WrongRecordType,    // t missing or not "rc"
    UnsupportedVersion, // v not integer 1
    MissingField,       // a required key is absent (field says which)
    BadFieldType,       // a key has the wrong JSON type (field says which)
    BadRegistrationId,
    BadName,
    BadIdType,
    BadIdNumber, // idProblem says why
    BadPhone,
    BadAddress,
    BadGroup,
    BadExpiry,        // e not a real YYYY-MM-DD date
    Expired,          // e before today
    SignatureMissing, // key configured, no s
    SignatureInvalid, // s not base64url, wrong length, or does not verify
};

struct ResidentCodeResult {
    std::optional<ResidentCode> code;
    ResidentCodeError error = ResidentCodeError::None;
    QString field; // JSON key concerned, when there is one
    IdProblem idProblem = IdProblem::None;
    QString message; // translated, user-facing, names the problem
    bool ok() const { return code.has_value(); }
};

// With a province key: whether a code that carries no signature at all is taken (a code
// with a signature is always checked, and refused when it does not verify).
enum class UnsignedCodes { Refuse, Accept };

class ResidentCodeParser {
public:
    // `provincePublicKey`: 32-byte Ed25519 public key; empty = signatures ignored.
    explicit ResidentCodeParser(QByteArray provincePublicKey = {},
                                UnsignedCodes unsignedCodes = UnsignedCodes::Refuse);

    ResidentCodeResult parse(const QByteArray &utf8, const QDate &today) const;
    ResidentCodeResult parse(const QString &text, const QDate &today) const {
        return parse(text.toUtf8(), today);
    }

    bool verifiesSignatures() const { return !m_publicKey.isEmpty(); }

private:
    QByteArray m_publicKey;
    UnsignedCodes m_unsignedCodes;
};

// Canonical text that `s` signs: keys sorted by UTF-8 bytes, no whitespace, non-ASCII
// written as itself. `object` must not contain "s".
QByteArray canonicalResidentCodeText(const QJsonObject &object);

// The JSON object of a code as encodeResidentCode writes it, without "s": the fields in
// their v1 keys, optional ones only when set.
QJsonObject residentCodeToJson(const ResidentCode &code);

// Builds the QR text for a code (for the CLI and tests). With a 64-byte Ed25519 secret
// key the code is signed. Empty when a key is given that is not 64 bytes. The fields are
// written as they are; run the result through ResidentCodeParser to validate them.
QByteArray encodeResidentCode(const ResidentCode &code, const QByteArray &secretKey = {});

} // namespace station
