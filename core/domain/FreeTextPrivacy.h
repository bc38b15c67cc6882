// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// Free text the station keeps in the clear — the reason for sealing early, voiding, removing,
// undoing or reprinting, which the audit log holds unencrypted and the outbox sends to the
// province — must not carry a person's data. A resident's code that reached a reason field
// as typing (a scanner too slow for the burst filter) put a name and an ID number there.
// Empty when `text` holds none of: a resident code's JSON, an ID number (15 digits, or 17 and
// a digit or X), a mainland mobile number (11 digits from 13–19); otherwise the refusal,
// translated. A tube code ("GZ0000000001 dropped") is no person's data and passes.
QString personalDataInFreeText(const QString &text);

} // namespace station
