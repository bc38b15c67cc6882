// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station::protocol {

// Whether free text that is kept in the clear (a station's reason for voiding, the province's
// reason for resolving a result) holds a person's data: a resident code's JSON, an ID number
// (15 digits, or 17 and a digit or X) or a mainland mobile number (11 digits from 13–19),
// each standing alone. A tube code ("GZ0000000001 dropped") is no person's data. One rule for
// the station (core/domain/FreeTextPrivacy) and the server.
bool holdsPersonalData(const QString &text);

} // namespace station::protocol
