// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecordValidation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace station::server {

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

} // namespace

bool isKnownRecordKind(const QString &kind) {
    static const QStringList kinds{
        QStringLiteral("sample.taken"), QStringLiteral("sample.removed"),
        QStringLiteral("tube.opened"), QStringLiteral("tube.sealed"), QStringLiteral("tube.voided"),
        QStringLiteral("box.opened"), QStringLiteral("box.tube_added"),
        QStringLiteral("box.sealed"), QStringLiteral("box.handed_over"),
        // An operator saw a full ID number (who, which sample, why; never the number).
        QStringLiteral("id.revealed")};
    return kinds.contains(kind);
}

QString sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

RecordCheck validateRecord(const QJsonValue &value, const DeviceIdentity &device,
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
    record.kind = object.value(QLatin1String("kind")).toString();
    if (!isKnownRecordKind(record.kind))
        return reject(translate("unknown kind '%1'").arg(record.kind.left(40)));

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
    if (fields.value(QLatin1String("site")).toString() != device.site)
        return reject(translate("content.site is not the site this device is enrolled at"));
    if (fields.value(QLatin1String("station")).toString() != device.deviceId)
        return reject(translate("content.station is not this device"));
    const QDateTime at = parseIsoTime(fields.value(QLatin1String("at")).toString());
    if (!at.isValid())
        return reject(translate("content.at is not an ISO-8601 time with a zone"));
    record.atUtc = at.toUTC().toString(Qt::ISODateWithMs);
    const qint64 seconds = at.toSecsSinceEpoch();
    record.atBucket = seconds - (((seconds % kAggregateBucketSeconds) + kAggregateBucketSeconds) %
                                 kAggregateBucketSeconds);
    check.valid = true;
    return check;
}

} // namespace station::server
