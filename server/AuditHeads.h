// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchRequest.h"

#include <QString>

#include <optional>

namespace station::server {

class Database;

// What keeping a station's audit head did.
struct AuditHeadUpdate {
    bool stored = false; // false: the database failed (error says why)
    QString error;
    // The head held before this one; nullopt for a station's first.
    std::optional<protocol::AuditHead> previous;
    // The new head went backwards or changed history at the same row: it was not kept.
    bool refused = false;
};

// Each station's latest audit head (docs/sync-protocol.md, section 3). A head only moves
// forward: one with a lower row number than the one held, or the same number with another
// MAC, is refused and logged, and the one held stays, so the station sees that its log was
// cut or rewritten after it was synchronised.
class AuditHeads {
public:
    explicit AuditHeads(Database &database);
    AuditHeadUpdate keep(const QString &deviceId, const protocol::AuditHead &head);

private:
    Database &m_database;
};

} // namespace station::server
