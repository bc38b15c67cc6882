// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>

namespace station {

// A station's table number, changed before the station joins a hub or enrols at the
// province: a join refused because another table of the site has the number (409
// table_taken) is answered by picking a free one and joining again — in Settings (F10) or with
// `join --table N`. Once enrolled, the server knows the station by its number, so the change
// is refused: a new number then means revoking the station and enrolling it again. Audited
// (station.updated) by StationStore::updateIdentity, for an operator who may change settings.
class TableNumberChange {
    Q_DECLARE_TR_FUNCTIONS(station::TableNumberChange)

public:
    // Refused: an invalid number, a station already enrolled (a device token in `dataDir`),
    // an operator who may not change settings. The same number changes nothing.
    static Status apply(StationStore &store, const QString &dataDir, int tableNumber,
                        const OperatorRef &by);
    // Whether the number may still change (no device token yet).
    static bool isOpen(const QString &dataDir);
};

} // namespace station
