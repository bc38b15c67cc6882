// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordValidation.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace station::server {

// What an enrolled device is: a station uploads its own records; a site hub (enrolled with
// a code made with --role hub) relays the records of every station of its site; a lab
// (--role lab) posts results (POST /v1/results) and nothing else; the health-code system
// (--role health-code) looks up people's status (GET /v1/people/{key}/status) and nothing else.
enum class DeviceRole { Station, Hub, Lab, HealthCode };
QString deviceRoleName(DeviceRole role); // station | hub | lab | health-code
std::optional<DeviceRole> deviceRoleFromName(const QString &name);

// The device a request was authenticated as.
struct DeviceIdentity {
    QString deviceId;
    QString site;
    DeviceRole role = DeviceRole::Station;
};

// The protocol's checks of one record of a batch (protocol/RecordValidation.h): its site
// must be the authenticated device's, and its station too unless the device is a hub.
protocol::RecordCheck validateRecord(const QJsonValue &value, const DeviceIdentity &device,
                                     int maxContentBytes);

// Lowercase hex SHA-256; the server also hashes credentials with it (DeviceRegistry).
using protocol::sha256Hex;

// Bucket length of the aggregates endpoint.
constexpr qint64 kAggregateBucketSeconds = 600;

// The start of the aggregates bucket that holds `seconds` (since the epoch).
qint64 aggregateBucketStart(qint64 seconds);

} // namespace station::server
