// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchRequest.h"
#include "protocol/RecordValidation.h"
#include "server/BatchStatement.h"
#include "server/RecordValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace station::server {

class Database;

// The site dashboard's projection (docs/sync-protocol.md, "GET /v1/site/tables"): per
// station its last record and swab times, its tubes (open ones with their people) and its
// boxes not yet handed over. Derived from the stored records only, in the transaction that
// stores them, so it can always be rebuilt from the records (rebuild()). Beside it, but not
// derived from records: each device's last station_status and when it was last seen.
class SiteTables {
    Q_DECLARE_TR_FUNCTIONS(SiteTables)
public:
    explicit SiteTables(Database &database);

    // The projection's statements for one batch, prepared once on the batch's transaction.
    class Ingest {
    public:
        explicit Ingest(QSqlDatabase db);
        // Applies one accepted record of `site`; an invalid error when it worked.
        QSqlError apply(const QString &site, const protocol::ValidRecord &record);
        // Writes each station's row once for the batch (its last record and swab times, its
        // table number): call after the last apply(), before the commit.
        QSqlError finish();

    private:
        // PostgreSQL: the swabs collected since the last statement that touched the tubes,
        // added with one statement (per distinct tube: how many, the earliest time), where
        // each swab had its own; sent before any other of the batch's statements here and
        // by finish(), so that each of those sees the tubes as before.
        QSqlError sendSwabs();

        // What the batch's records say of one station's row, written by finish(): the
        // latest times, the last table number given.
        struct StationLatest {
            QVariant tableNumber;
            QString lastRecordAt;
            QString lastSampleAt;
        };
        std::map<QPair<QString, QString>, StationLatest> m_stations; // (site, station)
        BatchStatement m_station;
        BatchStatement m_tubeOpened;
        BatchStatement m_tubeState;
        BatchStatement m_tubePool;
        BatchStatement m_swabAdded;
        BatchStatement m_swabRemoved;
        BatchStatement m_boxOpened;
        BatchStatement m_boxTubeAdded;
        BatchStatement m_boxSealed;
        BatchStatement m_boxHandedOver;
        bool m_postgres = false;
        BatchStatement m_swabsAdded;
        struct Swabs {
            QStringList tubeUuid, site, station, tube, at;
        } m_swabs;
    };

    // Keeps the latest station_status of `device` (with the time it arrived).
    bool keepStationStatus(const DeviceIdentity &device, const protocol::StationStatus &status,
                           QString *error);
    // The device made an authenticated request now.
    bool markSeen(const QString &deviceId, QString *error);

    // The "tables" array of the answer: every station enrolled at `site` (not revoked; no
    // hub, lab or health-code device) and every station with records there; swab counts
    // and 10-minute buckets from `since`.
    std::optional<QJsonArray> tables(const QString &site, qint64 sinceSeconds, QString *error);

    // Empties the projection and derives it again from every stored record, in one
    // transaction.
    bool rebuild(QString *error);
    // Rebuilds when there are records but no projection (a database from before it).
    bool rebuildIfMissing(QString *error);

private:
    Database &m_database;
};

} // namespace station::server
