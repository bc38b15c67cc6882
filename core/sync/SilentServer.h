// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QNetworkReply;

namespace station {

// Why a request to the station's server ended without an answer, in the user's words, for
// the "cannot be reached (…)" sentences of the sync status, the join, the site's facts and
// staff, the dashboard's site tables and the CLI: a server given up on as silent
// (net/ConnectDeadline.h) says that it did not answer and for how long, not Qt's "Operation
// canceled"; any other failure is the transport's own words. No address, no personal data.
QString noAnswerReason(const QNetworkReply *reply);

} // namespace station
