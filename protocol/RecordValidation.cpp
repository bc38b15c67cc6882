// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RecordValidation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace station::protocol {

namespace {

QString translate(const char *text) {
    return QCoreApplication::translate("RecordValidation", text);
}

bool isCanonicalUuid(const QString &uuid) {
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(uuid).hasMatch();
}

QDateTime parseIsoTime(const QString &text) {
    // Offsets are required: a time without a zone would be read as server-local.
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!zoned.match(text).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

bool hasType(const QJsonValue &value, JsonType type) {
    switch (type) {
    case JsonType::String:
        return value.isString();
    case JsonType::Number:
        return value.isDouble();
    case JsonType::Bool:
        return value.isBool();
    case JsonType::Array:
        return value.isArray();
    case JsonType::Object:
        break;
    }
    return value.isObject();
}

// The English text of the reason, whatever the language: stations match on it.
const char kUnknownKind[] = "unknown kind '%1'";

} // namespace

QString unknownKindReason(const QString &kind) {
    return QString::fromLatin1(kUnknownKind).arg(kind.left(40));
}

bool isUnknownKindReason(const QString &reason) {
    return reason.startsWith(QLatin1String("unknown kind '"));
}

QString sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

namespace {

// `station` null: any station of the site (a hub's relayed record).
RecordCheck checkRecord(const QJsonValue &value, const QString &site, const QString *station,
                        int maxContentBytes) {
    RecordCheck check;
    if (!value.isObject()) {
        check.reason = translate("a record must be a JSON object");
        return check;
    }
    const QJsonObject object = value.toObject();
    check.uuid = object.value(QLatin1String("uuid")).toString();
    const auto reject = [&check](const QString &reason) {
        check.reason = reason;
        return check;
    };
    for (const char *field : {"uuid", "kind", "created_at", "content", "hash"}) {
        if (!object.value(QLatin1String(field)).isString())
            return reject(translate("missing or non-string field '%1'").arg(QLatin1String(field)));
    }
    if (!isCanonicalUuid(check.uuid))
        return reject(translate("uuid is not a canonical lowercase UUID"));

    ValidRecord &record = check.record;
    record.uuid = check.uuid;
    const QString kindName = object.value(QLatin1String("kind")).toString();
    const std::optional<RecordKind> kind = recordKindFromName(kindName);
    if (!kind)
        return reject(unknownKindReason(kindName));
    record.kind = *kind;

    const QJsonValue seq = object.value(QLatin1String("seq"));
    const double seqNumber = seq.toDouble(-1);
    if (!seq.isDouble() || seqNumber < 1 || seqNumber != static_cast<double>(seq.toInteger()))
        return reject(translate("seq must be a positive integer"));
    record.seq = seq.toInteger();

    record.createdAt = object.value(QLatin1String("created_at")).toString();
    if (!parseIsoTime(record.createdAt).isValid())
        return reject(translate("created_at is not an ISO-8601 time with a zone"));

    record.content = object.value(QLatin1String("content")).toString();
    record.hash = object.value(QLatin1String("hash")).toString();
    const QByteArray contentBytes = record.content.toUtf8();
    if (contentBytes.size() > maxContentBytes)
        return reject(translate("content is larger than %1 bytes").arg(maxContentBytes));
    if (sha256Hex(contentBytes) != record.hash)
        return reject(translate("hash mismatch: SHA-256 of content is not the hash sent"));

    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(contentBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return reject(translate("content is not the JSON text of an object"));
    const QJsonObject fields = payload.object();
    for (const char *field : {"site", "station", "at"}) {
        if (!fields.value(QLatin1String(field)).isString() ||
            fields.value(QLatin1String(field)).toString().isEmpty())
            return reject(
                translate("content lacks the string member '%1'").arg(QLatin1String(field)));
    }
    if (fields.value(QLatin1String("site")).toString() != site)
        return reject(translate("content.site is not the site this device is enrolled at"));
    record.station = fields.value(QLatin1String("station")).toString();
    if (station && record.station != *station)
        return reject(translate("content.station is not this device"));
    const QDateTime at = parseIsoTime(fields.value(QLatin1String("at")).toString());
    if (!at.isValid())
        return reject(translate("content.at is not an ISO-8601 time with a zone"));
    for (const PayloadMember &member : recordKindSpec(record.kind).requiredMembers) {
        if (!hasType(fields.value(member.name), member.type))
            return reject(translate("a %1 record needs the %2 member '%3' in its content")
                              .arg(kindName, jsonTypeName(member.type), member.name));
    }
    record.atUtc = at.toUTC().toString(Qt::ISODateWithMs);
    record.atSeconds = at.toSecsSinceEpoch();
    record.payload = fields;
    check.valid = true;
    return check;
}

} // namespace

QJsonObject payloadOf(const ValidRecord &record) {
    if (!record.payload.isEmpty())
        return record.payload;
    return QJsonDocument::fromJson(record.content.toUtf8()).object();
}

RecordCheck validateRecord(const QJsonValue &value, const QString &site, const QString &station,
                           int maxContentBytes) {
    return checkRecord(value, site, &station, maxContentBytes);
}

RecordCheck validateRelayedRecord(const QJsonValue &value, const QString &site,
                                  int maxContentBytes) {
    return checkRecord(value, site, nullptr, maxContentBytes);
}

} // namespace station::protocol
