// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchRequest.h"
#include "server/RecordValidation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

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
    // A relayed head naming a device the province enrolled for another site: not kept.
    bool otherSite = false;
};

// Each station's latest audit head (docs/sync-protocol.md, section 3). A head only moves
// forward: one with a lower row number than the one held, or the same number with another
// MAC, is refused and logged, and the one held stays, so the station sees that its log was
// cut or rewritten after it was synchronised.
//
// Through a site hub (section 13) the same rule holds at both ends: the hub keeps its
// stations' heads with keep() and relays those that moved (unrelayed(), markRelayed()); the
// province keeps them per site and station with keepRelayed(), apart from the heads the
// station sends directly (a relayed head may come late, after a newer direct one).
class AuditHeads {
public:
    explicit AuditHeads(Database &database);
    AuditHeadUpdate keep(const QString &deviceId, const protocol::AuditHead &head);

    // At the province: a head `hub` relayed for a station of its site.
    AuditHeadUpdate keepRelayed(const DeviceIdentity &hub,
                                const protocol::RelayedAuditHead &relayed);

    // At a hub: the heads kept since they were last relayed (at most `limit`, by station),
    // nullopt on a database error; markRelayed() after the province's 200 answer.
    std::optional<QList<protocol::RelayedAuditHead>> unrelayed(int limit, QString *error);
    bool markRelayed(const QList<protocol::RelayedAuditHead> &heads, QString *error);

private:
    // The forward-only rule on one row of `table` (station_audit_heads or
    // relayed_audit_heads), found by `keyColumns` = `keyValues`; `relayedBy` (the hub) names
    // where a relayed head came from in the log.
    AuditHeadUpdate keepIn(const QString &table, const QStringList &keyColumns,
                           const QVariantList &keyValues, const protocol::AuditHead &head,
                           const QString &deviceId, const QString &relayedBy);

    Database &m_database;
};

} // namespace station::server
