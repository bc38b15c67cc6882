// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResidentCode.h"

#include "core/Logging.h"
#include "core/domain/AsciiChars.h"
#include "core/domain/CanonicalJson.h"
#include "core/domain/Ed25519.h"
#include "core/domain/JsonKeyScanner.h"
#include "core/domain/ResidentCodeFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <utility>

namespace station {

namespace {

const QString kType = QStringLiteral("t");
const QString kVersion = QStringLiteral("v");
const QString kRegistrationId = QStringLiteral("rid");
const QString kName = QStringLiteral("n");
const QString kIdType = QStringLiteral("it");
const QString kIdNumber = QStringLiteral("id");
const QString kPhone = QStringLiteral("p");
const QString kAddress = QStringLiteral("a");
const QString kGroup = QStringLiteral("g");
const QString kExpiry = QStringLiteral("e");
const QString kSignature = QStringLiteral("s");

constexpr int kSupportedVersion = 1;

ResidentCodeResult failure(ResidentCodeError error, const QString &field, const QString &message,
                           IdProblem idProblem = IdProblem::None) {
    ResidentCodeResult result;
    result.error = error;
    result.field = field;
    result.message = message;
    result.idProblem = idProblem;
    return result;
}

// What a field is, for messages ("The name (“n”) ...").
QString fieldLabel(const QString &key) {
    if (key == kType)
        return QCoreApplication::translate("ResidentCode", "record type");
    if (key == kVersion)
        return QCoreApplication::translate("ResidentCode", "version");
    if (key == kRegistrationId)
        return QCoreApplication::translate("ResidentCode", "registration id");
    if (key == kName)
        return QCoreApplication::translate("ResidentCode", "name");
    if (key == kIdType)
        return QCoreApplication::translate("ResidentCode", "ID document type");
    if (key == kIdNumber)
        return QCoreApplication::translate("ResidentCode", "ID number");
    if (key == kPhone)
        return QCoreApplication::translate("ResidentCode", "phone number");
    if (key == kAddress)
        return QCoreApplication::translate("ResidentCode", "address");
    if (key == kGroup)
        return QCoreApplication::translate("ResidentCode", "population group code");
    if (key == kExpiry)
        return QCoreApplication::translate("ResidentCode", "last valid day");
    if (key == kSignature)
        return QCoreApplication::translate("ResidentCode", "signature");
    return key;
}

QString jsonTypeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("ResidentCode", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ResidentCode", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("ResidentCode", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ResidentCode", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("ResidentCode", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("ResidentCode", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("ResidentCode", "nothing");
}

ResidentCodeResult missing(const QString &key) {
    return failure(
        ResidentCodeError::MissingField, key,
        QCoreApplication::translate("ResidentCode", "The code has no %1 (“%2”), which is required.")
            .arg(fieldLabel(key), key));
}

ResidentCodeResult notText(const QString &key, const QJsonValue &value) {
    return failure(
        ResidentCodeError::BadFieldType, key,
        QCoreApplication::translate("ResidentCode", "The %1 (“%2”) must be text, not %3.")
            .arg(fieldLabel(key), key, jsonTypeName(value)));
}

QByteArray toBase64Url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Decodes base64url without padding; nullopt on any other character.
std::optional<QByteArray> fromBase64Url(const QString &text) {
    for (QChar c : text) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c) && !isAsciiLower(c) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt; // no whole byte in the last group
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<ResidentCodeResult> checkSignature(const QJsonObject &object,
                                                 const QByteArray &publicKey) {
    const QJsonValue s = object.value(kSignature);
    if (s.isUndefined()) {
        return failure(ResidentCodeError::SignatureMissing, kSignature,
                       QCoreApplication::translate(
                           "ResidentCode", "This code is not signed; this station accepts only "
                                           "codes signed by the registration service."));
    }
    if (!s.isString())
        return notText(kSignature, s);
    const std::optional<QByteArray> signature = fromBase64Url(s.toString());
    if (!signature) {
        return failure(ResidentCodeError::SignatureInvalid, kSignature,
                       QCoreApplication::translate("ResidentCode",
                                                   "The signature (“s”) is not base64url text "
                                                   "without padding."));
    }
    if (signature->size() != ed25519::kSignatureBytes) {
        return failure(ResidentCodeError::SignatureInvalid, kSignature,
                       QCoreApplication::translate("ResidentCode",
                                                   "The signature is %1 bytes long; an Ed25519 "
                                                   "signature has %2.")
                           .arg(signature->size())
                           .arg(ed25519::kSignatureBytes));
    }
    QJsonObject unsignedObject = object;
    unsignedObject.remove(kSignature);
    if (!ed25519::verify(canonicalResidentCodeText(unsignedObject), *signature, publicKey)) {
        return failure(ResidentCodeError::SignatureInvalid, kSignature,
                       QCoreApplication::translate(
                           "ResidentCode", "The signature does not match: the code was altered "
                                           "or was not issued by the registration service."));
    }
    return std::nullopt;
}

// Structure before content: the bytes, the JSON, the object, its keys.
std::optional<ResidentCodeResult> checkStructure(const QByteArray &utf8, QJsonObject *object) {
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        return failure(ResidentCodeError::NotUtf8, {},
                       QCoreApplication::translate("ResidentCode",
                                                   "The scanned code is not UTF-8 text, so it "
                                                   "is not a resident code."));
    }
    if (text.trimmed().isEmpty()) {
        return failure(ResidentCodeError::NotJson, {},
                       QCoreApplication::translate("ResidentCode", "The scanned code is empty."));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // A bare JSON value (string, number...) is valid JSON that QJsonDocument refuses
        // at the top level; wrapped in a list it parses.
        QJsonParseError wrappedError;
        QByteArray wrapped;
        wrapped.append('[').append(utf8).append(']');
        const QJsonDocument values = QJsonDocument::fromJson(wrapped, &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && values.array().size() == 1) {
            return failure(ResidentCodeError::NotAnObject, {},
                           QCoreApplication::translate("ResidentCode",
                                                       "The scanned code is a single JSON value, "
                                                       "not an object {…}; it is not a resident "
                                                       "code."));
        }
        return failure(ResidentCodeError::NotJson, {},
                       QCoreApplication::translate("ResidentCode",
                                                   "The scanned code is not valid JSON (%1 at "
                                                   "character %2); it may be damaged or not a "
                                                   "resident code.")
                           .arg(error.errorString())
                           .arg(error.offset + 1));
    }
    if (!document.isObject() && !document.isArray()) {
        return failure(ResidentCodeError::NotAnObject, {},
                       QCoreApplication::translate("ResidentCode",
                                                   "The scanned code is a single JSON value, "
                                                   "not an object {…}; it is not a resident "
                                                   "code."));
    }
    if (!document.isObject()) {
        return failure(ResidentCodeError::NotAnObject, {},
                       QCoreApplication::translate("ResidentCode",
                                                   "The scanned code is a JSON list, not an "
                                                   "object {…}; it is not a resident code."));
    }
    if (const std::optional<QString> key = findDuplicateTopLevelKey(utf8)) {
        return failure(ResidentCodeError::DuplicateKey, *key,
                       QCoreApplication::translate("ResidentCode",
                                                   "The key “%1” appears more than once in the "
                                                   "code; such a code is refused.")
                           .arg(*key));
    }
    *object = document.object();
    return std::nullopt;
}

std::optional<ResidentCodeResult> checkRecordTypeAndVersion(const QJsonObject &object) {
    const QJsonValue t = object.value(kType);
    if (t.isUndefined()) {
        return failure(ResidentCodeError::WrongRecordType, kType,
                       QCoreApplication::translate("ResidentCode",
                                                   "The code has no record type (“t”); it is "
                                                   "not a resident code."));
    }
    if (t.toString() != QLatin1String("rc")) {
        const QString shown =
            t.isString() ? QStringLiteral("“%1”").arg(t.toString().left(16)) : jsonTypeName(t);
        return failure(ResidentCodeError::WrongRecordType, kType,
                       QCoreApplication::translate("ResidentCode",
                                                   "The code's record type is %1, not “rc”; it "
                                                   "is not a resident code.")
                           .arg(shown));
    }
    const QJsonValue v = object.value(kVersion);
    if (v.isUndefined())
        return missing(kVersion);
    if (!v.isDouble()) {
        return failure(ResidentCodeError::BadFieldType, kVersion,
                       QCoreApplication::translate("ResidentCode",
                                                   "The version (“v”) must be a number, not %1.")
                           .arg(jsonTypeName(v)));
    }
    if (v.toDouble() != kSupportedVersion) {
        return failure(ResidentCodeError::UnsupportedVersion, kVersion,
                       QCoreApplication::translate("ResidentCode",
                                                   "This code is version %1; this station reads "
                                                   "version %2.")
                           .arg(QString::fromUtf8(canonicaljson::serialize(v)))
                           .arg(kSupportedVersion));
    }
    return std::nullopt;
}

// Reads a text field: nullopt result + value on success.
std::optional<ResidentCodeResult> readText(const QJsonObject &object, const QString &key,
                                           bool required, QString *value) {
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return required ? std::optional<ResidentCodeResult>(missing(key)) : std::nullopt;
    if (!v.isString())
        return notText(key, v);
    *value = v.toString();
    return std::nullopt;
}

} // namespace

ResidentCodeParser::ResidentCodeParser(QByteArray provincePublicKey, UnsignedCodes unsignedCodes)
    : m_publicKey(std::move(provincePublicKey))
    , m_unsignedCodes(unsignedCodes) {
    if (!m_publicKey.isEmpty() && m_publicKey.size() != ed25519::kPublicKeyBytes) {
        qCWarning(lcDomain) << "Province public key has" << m_publicKey.size() << "bytes instead of"
                            << ed25519::kPublicKeyBytes << "- every signed code will be refused";
    }
}

ResidentCodeResult ResidentCodeParser::parse(const QByteArray &utf8, const QDate &today) const {
    QJsonObject object;
    if (auto error = checkStructure(utf8, &object))
        return *error;
    if (auto error = checkRecordTypeAndVersion(object))
        return *error;
    // The signature comes before the content: an altered code is reported as altered.
    const bool unsignedTaken =
        m_unsignedCodes == UnsignedCodes::Accept && !object.contains(kSignature);
    if (verifiesSignatures() && !unsignedTaken) {
        if (auto error = checkSignature(object, m_publicKey))
            return *error;
    }

    ResidentCode code;
    code.signatureVerified = verifiesSignatures() && !unsignedTaken;

    QString rid, name, idTypeText, idNumber, phone, address, group, expiry;
    if (auto error = readText(object, kRegistrationId, true, &rid))
        return *error;
    if (const std::optional<QString> problem = registrationIdProblem(rid))
        return failure(ResidentCodeError::BadRegistrationId, kRegistrationId, *problem);
    code.registrationId = rid;

    if (auto error = readText(object, kName, true, &name))
        return *error;
    name = name.trimmed();
    if (const std::optional<QString> problem = nameProblem(name))
        return failure(ResidentCodeError::BadName, kName, *problem);
    code.name = name;

    if (auto error = readText(object, kIdType, true, &idTypeText))
        return *error;
    const std::optional<IdType> idType = idTypeFromCode(idTypeText);
    if (!idType) {
        return failure(ResidentCodeError::BadIdType, kIdType,
                       QCoreApplication::translate("ResidentCode",
                                                   "“%1” is not a known ID document type; "
                                                   "expected 01, 02, 03, 04, 05, 06 or 99.")
                           .arg(idTypeText.left(8)));
    }
    code.idType = *idType;

    if (auto error = readText(object, kIdNumber, true, &idNumber))
        return *error;
    const IdCheck idCheck = validateIdNumber(*idType, idNumber, today);
    if (!idCheck.ok) {
        return failure(ResidentCodeError::BadIdNumber, kIdNumber, idCheck.message, idCheck.problem);
    }
    code.idNumber = idCheck.normalized;

    // Optional fields: an empty text counts as absent.
    if (auto error = readText(object, kPhone, false, &phone))
        return *error;
    if (!phone.isEmpty()) {
        if (const std::optional<QString> problem = phoneProblem(phone))
            return failure(ResidentCodeError::BadPhone, kPhone, *problem);
    }
    code.phone = phone;

    if (auto error = readText(object, kAddress, false, &address))
        return *error;
    if (const std::optional<QString> problem = addressProblem(address))
        return failure(ResidentCodeError::BadAddress, kAddress, *problem);
    code.address = address;

    if (auto error = readText(object, kGroup, false, &group))
        return *error;
    if (const std::optional<QString> problem = groupProblem(group))
        return failure(ResidentCodeError::BadGroup, kGroup, *problem);
    code.group = group;

    if (auto error = readText(object, kExpiry, false, &expiry))
        return *error;
    if (!expiry.isEmpty()) {
        const std::optional<QDate> parsed = parseExpiryDate(expiry);
        if (!parsed) {
            return failure(ResidentCodeError::BadExpiry, kExpiry,
                           QCoreApplication::translate("ResidentCode",
                                                       "The last valid day (“e”) “%1” is not a "
                                                       "real date in the form YYYY-MM-DD.")
                               .arg(expiry.left(16)));
        }
        const QDate date = *parsed;
        if (date < today) {
            return failure(ResidentCodeError::Expired, kExpiry,
                           QCoreApplication::translate("ResidentCode",
                                                       "This code was valid until %1; it has "
                                                       "expired. The resident must register "
                                                       "again.")
                               .arg(date.toString(Qt::ISODate)));
        }
        code.validUntil = date;
    }

    ResidentCodeResult result;
    result.code = std::move(code);
    return result;
}

QByteArray canonicalResidentCodeText(const QJsonObject &object) {
    return canonicaljson::serialize(object);
}

QJsonObject residentCodeToJson(const ResidentCode &code) {
    QJsonObject object;
    object.insert(kType, QStringLiteral("rc"));
    object.insert(kVersion, kSupportedVersion);
    object.insert(kRegistrationId, code.registrationId);
    object.insert(kName, code.name);
    object.insert(kIdType, idTypeCode(code.idType));
    object.insert(kIdNumber, code.idNumber);
    if (!code.phone.isEmpty())
        object.insert(kPhone, code.phone);
    if (!code.address.isEmpty())
        object.insert(kAddress, code.address);
    if (!code.group.isEmpty())
        object.insert(kGroup, code.group);
    if (code.validUntil)
        object.insert(kExpiry, code.validUntil->toString(Qt::ISODate));
    return object;
}

QByteArray encodeResidentCode(const ResidentCode &code, const QByteArray &secretKey) {
    QJsonObject object = residentCodeToJson(code);
    if (!secretKey.isEmpty()) {
        const QByteArray signature = ed25519::sign(canonicalResidentCodeText(object), secretKey);
        if (signature.isEmpty()) {
            qCWarning(lcDomain) << "Cannot sign a resident code: the secret key has"
                                << secretKey.size() << "bytes instead of"
                                << ed25519::kSecretKeyBytes;
            return {};
        }
        object.insert(kSignature, QString::fromLatin1(toBase64Url(signature)));
    }
    // Written in the order of the spec's table (as registration services do), not sorted:
    // the order does not matter to the signature, which covers the canonical text.
    QByteArray out = "{";
    bool first = true;
    for (const QString &key : {kType, kVersion, kRegistrationId, kName, kIdType, kIdNumber, kPhone,
                               kAddress, kGroup, kExpiry, kSignature}) {
        if (!object.contains(key))
            continue;
        if (!first)
            out += ',';
        first = false;
        canonicaljson::appendString(out, key);
        out += ':';
        canonicaljson::appendValue(out, object.value(key));
    }
    out += '}';
    return out;
}

} // namespace station
