// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/ServerTime.h"

#include <QHttpServerResponse>
#include <QString>

// The pieces of answer that every area of the /v1 endpoints (HttpApi and its *Routes)
// gives alike. Private to those files.
namespace station::server::http {

using Status = QHttpServerResponse::StatusCode;

// {"error": code, "reason": reason} with `status` (docs/sync-protocol.md, "Errors").
QHttpServerResponse errorResponse(Status status, const QString &code, const QString &reason);

// `seconds` since the epoch as an answer's UTC time.
QString isoFromSeconds(qint64 seconds);

} // namespace station::server::http
