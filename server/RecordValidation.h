// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace station::server {

// The device a request was authenticated as.
struct DeviceIdentity {
    QString deviceId;
    QString site;
};

// A record that passed validation, ready to store.
struct ValidRecord {
    QString uuid;
    QString kind;
    qint64 seq = 0;
    QString createdAt;
    QString atUtc;       // the payload's `at`, normalised to UTC with milliseconds
    qint64 atBucket = 0; // seconds since the epoch of `at`, floored to 10 minutes
    QString content;     // exactly as received
    QString hash;
};

struct RecordCheck {
    bool valid = false;
    QString uuid;   // as sent (for the answer), even when invalid
    QString reason; // why it is rejected
    ValidRecord record;
};

// Checks one element of a batch's "records" array against the protocol: fields, kind,
// content hash (SHA-256 of the UTF-8 bytes of `content`), and that the payload's site and
// station are the authenticated device's.
RecordCheck validateRecord(const QJsonValue &value, const DeviceIdentity &device,
                           int maxContentBytes);

bool isKnownRecordKind(const QString &kind);

// Lowercase hex SHA-256.
QString sha256Hex(const QByteArray &bytes);

// Bucket length of the aggregates endpoint.
constexpr qint64 kAggregateBucketSeconds = 600;

} // namespace station::server
