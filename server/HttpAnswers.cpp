// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpAnswers.h"
#include "server/ServerTime.h"

#include "protocol/BatchAnswer.h"

#include <QDateTime>

namespace station::server::http {

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &reason) {
    return QHttpServerResponse(protocol::errorBody(code, reason), status);
}

QString isoFromSeconds(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace station::server::http
