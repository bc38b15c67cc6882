// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordValidation.h"

#include <QJsonValue>
#include <QString>

namespace station::server {

// The device a request was authenticated as.
struct DeviceIdentity {
    QString deviceId;
    QString site;
};

// The protocol's checks of one record of a batch (protocol/RecordValidation.h): its site
// and station must be the authenticated device's.
protocol::RecordCheck validateRecord(const QJsonValue &value, const DeviceIdentity &device,
                                     int maxContentBytes);

// Lowercase hex SHA-256; the server also hashes credentials with it (DeviceRegistry).
using protocol::sha256Hex;

// Bucket length of the aggregates endpoint.
constexpr qint64 kAggregateBucketSeconds = 600;

// The start of the aggregates bucket that holds `seconds` (since the epoch).
qint64 aggregateBucketStart(qint64 seconds);

} // namespace station::server
