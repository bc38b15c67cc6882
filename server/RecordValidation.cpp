// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecordValidation.h"

namespace station::server {

protocol::RecordCheck validateRecord(const QJsonValue &value, const DeviceIdentity &device,
                                     int maxContentBytes) {
    return protocol::validateRecord(value, device.site, device.deviceId, maxContentBytes);
}

qint64 aggregateBucketStart(qint64 seconds) {
    return seconds - (((seconds % kAggregateBucketSeconds) + kAggregateBucketSeconds) %
                      kAggregateBucketSeconds);
}

} // namespace station::server
