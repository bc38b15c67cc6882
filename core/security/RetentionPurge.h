// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"

namespace station {

class Database;

struct PurgeSummary {
    int samples = 0;       // samples whose personal fields were erased
    int outboxRecords = 0; // acknowledged outbox payloads erased
};

// Retention: personal fields (name, ID number, phone, address) of samples the province
// has acknowledged more than `days` days ago are erased, with the acknowledged outbox
// payloads that carried them. Masked IDs, codes, times and counts stay for the records.
// secure_delete zeroes the freed bytes and a WAL checkpoint removes the old pages.
Result<PurgeSummary> purgeAcknowledgedPersonalData(Database &db, int days, const Clock &clock,
                                                   qint64 operatorId = 0);

} // namespace station
