// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchAnswer.h"
#include "server/Recalls.h"
#include "server/RecordValidation.h"
#include "server/Results.h"
#include "server/ServerConfig.h"
#include "server/SiteFacts.h"
#include "server/TubeProjection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace station::server {

class Database;

using protocol::RecordStatus;
using protocol::recordStatusName;

struct RecordResult {
    QString uuid;
    RecordStatus status = RecordStatus::Rejected;
    QString reason;
    QString code; // conflict and rejected: protocol::RecordOutcome::code
};

struct BatchOutcome {
    bool stored = false;  // false: the transaction was rolled back, nothing was stored
    bool refused = false; // the precondition refused the batch (RecordStore::ingest)
    QString error;
    QList<RecordResult> results;
    SiteProjection site; // the facts the batch added and its site notes
};

struct AggregateBucket {
    QString station;
    qint64 startSeconds = 0;
    qint64 samples = 0;
    qint64 removed = 0;
};

struct StationStats {
    QString site;
    QString station;
    qint64 records = 0;
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    QString firstAt;
    QString lastAt;
};

// The record archive. A record's uuid is its permanent key; a stored record is never
// changed. Each batch is one transaction.
// A stored record with its site, as a projection's rebuild replays it.
struct StoredRecord {
    QString site;
    protocol::ValidRecord record;
};

class RecordStore {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    explicit RecordStore(Database &database);

    // The stored records of these kinds in the order ingest saw them (each station's in its
    // own order, stations in the order received), read whole: a rebuild then writes on the
    // same connection (SQLite and PostgreSQL both dislike writing while a read is open).
    static std::optional<QList<StoredRecord>>
    storedRecords(QSqlDatabase &db, const QList<protocol::RecordKind> &kinds, QString *error);

    // Checked first in the batch's transaction, before anything is read or stored (the hub's
    // own hand-over: the box still waits for the courier, server/HubHandOver). False refuses
    // the batch: nothing stored, BatchOutcome::refused; with *error valid, the database
    // failed.
    using Precondition = std::function<bool(QSqlDatabase &db, QSqlError *error)>;

    // A record from a hub device is stored under its own station, with the hub in `via`.
    BatchOutcome ingest(const DeviceIdentity &device, const QJsonArray &records,
                        const ServerLimits &limits, const Precondition &precondition = {});

    // At a site hub: every record stored from now on (accepted; not a duplicate) is also
    // queued upstream (upstream_queue) in the same transaction, and `queued` is called
    // with their number after the commit.
    void setUpstreamQueue(std::function<void(int)> queued) { m_upstreamQueued = std::move(queued); }

    // sample.taken and sample.removed per station per 10 minutes of `at`, in
    // [fromSeconds, toSeconds).
    std::optional<QList<AggregateBucket>> aggregates(const QString &site, qint64 fromSeconds,
                                                     qint64 toSeconds, QString *error);

    std::optional<QList<StationStats>> stationStats(QString *error);

    // The site-wide facts projection that ingest keeps.
    SiteFacts &siteFacts() { return m_siteFacts; }
    // results: the labs' results, matched again in the batch that brings what they wait for.
    Results &results() { return m_results; }
    // The recall list: ingest closes a recall when its person is sampled alone.
    Recalls &recalls() { return m_recalls; }

private:
    Database &m_database;
    SiteFacts m_siteFacts;
    TubeProjection m_tubes; // tubes, people, boxes, hand-overs; in the batch's transaction
    Results m_results;
    Recalls m_recalls;
    std::function<void(int)> m_upstreamQueued;
};

} // namespace station::server
