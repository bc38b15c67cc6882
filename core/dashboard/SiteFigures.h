// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace station::dashboard {

// What the site's sync server (its hub, or the province) knows of every table of the site:
// the answer of GET /v1/site/tables (docs/sync-protocol.md), as read off the wire. Times
// are UTC, invalid when the server sent null.
struct SiteBucket {
    QDateTime start; // 10 minutes from here
    int samples = 0;
    int removed = 0;
};

struct SiteOpenTube {
    QString tube;
    QDateTime openedAt;
    int people = 0;
    int poolSize = 0;
};

struct SiteBox {
    QString box;
    QDateTime openedAt;
    QDateTime sealedAt;     // invalid while open
    QDateTime earliestSwab; // the 4-hour clock's start; invalid while empty
    int tubes = 0;
    int people = 0;
};

struct SiteTable {
    QString station; // device id
    QString label;   // "Table 3", as enrolled
    int tableNumber = 0;
    QDateTime lastSeenAt;   // the table's last request to the server
    QDateTime lastRecordAt; // `at` of its newest record there
    QDateTime lastSampleAt;
    QDateTime statusAt;            // when its last station_status arrived
    std::optional<qint64> pending; // its backlog to the server then; unknown without status
    QDateTime oldestPendingAt;
    // Its records the hub holds, not yet at the province; unknown from the province or a
    // hub before it.
    std::optional<qint64> heldAtHub;
    int samples = 0; // since the day began
    int removed = 0;
    QList<SiteBucket> buckets;
    QList<SiteOpenTube> openTubes;
    QList<SiteBox> boxes; // not yet handed over
};

// The hub's backlog to the province (null on the province itself).
struct SiteUpstream {
    qint64 pending = 0;
    QDateTime oldestPendingAt;
    QDateTime lastSuccessAt;
    QString lastError;
    bool connected = false;
};

struct SiteFigures {
    QDateTime computedAt; // UTC, the server's time of the answer
    QDateTime receivedAt; // UTC, this station's clock when the answer arrived
    QString role;         // "hub", "province"; "aggregates" from the province's older endpoint
    QString ownStation;   // this station's device id, to tell its row
    std::optional<SiteUpstream> upstream;
    QList<SiteTable> siteTables;
    QList<TableThroughput> tables; // swabs per table number, for the per-table chart
    int samplesToday = 0;
};

// Reads an answer of GET /v1/site/tables; nullopt (with *error) when it has not that shape.
std::optional<SiteFigures> siteFiguresFromTables(const QJsonObject &answer, QString *error);
// Reads an answer of GET /v1/sites/{site}/aggregates (a province without /v1/site/tables):
// swabs per table only, nothing of tubes, boxes or backlogs.
std::optional<SiteFigures> siteFiguresFromAggregates(const QJsonObject &answer, QString *error);

} // namespace station::dashboard

Q_DECLARE_METATYPE(station::dashboard::SiteFigures)
