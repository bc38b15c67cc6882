// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QString>

namespace station::server {

// Now, UTC, ISO 8601 with milliseconds: how the server stores its own times and gives an
// answer's server_time.
inline QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace station::server
