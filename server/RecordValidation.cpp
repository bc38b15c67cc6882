// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecordValidation.h"

namespace station::server {

QString deviceRoleName(DeviceRole role) {
    switch (role) {
    case DeviceRole::Hub:
        return QStringLiteral("hub");
    case DeviceRole::Lab:
        return QStringLiteral("lab");
    case DeviceRole::HealthCode:
        return QStringLiteral("health-code");
    case DeviceRole::Station:
        break;
    }
    return QStringLiteral("station");
}

std::optional<DeviceRole> deviceRoleFromName(const QString &name) {
    if (name == QLatin1String("station"))
        return DeviceRole::Station;
    if (name == QLatin1String("hub"))
        return DeviceRole::Hub;
    if (name == QLatin1String("lab"))
        return DeviceRole::Lab;
    if (name == QLatin1String("health-code"))
        return DeviceRole::HealthCode;
    return std::nullopt;
}

protocol::RecordCheck validateRecord(const QJsonValue &value, const DeviceIdentity &device,
                                     int maxContentBytes) {
    if (device.role == DeviceRole::Hub)
        return protocol::validateRelayedRecord(value, device.site, maxContentBytes);
    return protocol::validateRecord(value, device.site, device.deviceId, maxContentBytes);
}

qint64 aggregateBucketStart(qint64 seconds) {
    return seconds - (((seconds % kAggregateBucketSeconds) + kAggregateBucketSeconds) %
                      kAggregateBucketSeconds);
}

} // namespace station::server
