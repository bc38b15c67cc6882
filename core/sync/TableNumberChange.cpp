// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/TableNumberChange.h"

#include "core/sync/SyncSettings.h"

namespace station {

bool TableNumberChange::isOpen(const QString &dataDir) {
    return readDeviceToken(dataDir).isEmpty();
}

Status TableNumberChange::apply(StationStore &store, const QString &dataDir, int tableNumber,
                                const OperatorRef &by) {
    std::optional<StationIdentity> identity = store.identity();
    if (!identity)
        return makeError(ErrorCode::InvalidInput, tr("The station is not set up yet."));
    if (identity->tableNumber == tableNumber)
        return success();
    if (tableNumber < 1 || tableNumber > 99999)
        return makeError(ErrorCode::InvalidInput,
                         tr("A table number is a whole number from 1 to 99999."));
    if (!isOpen(dataDir))
        return makeError(ErrorCode::NotPermitted,
                         tr("This station has joined a server as table %1, which knows it by "
                            "that number: it cannot change now. For another number, the site "
                            "lead revokes this station at the hub and it joins again.")
                             .arg(identity->tableNumber));
    identity->tableNumber = tableNumber;
    return store.updateIdentity(*identity, by);
}

} // namespace station
