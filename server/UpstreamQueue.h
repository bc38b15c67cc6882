// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace station::server {

class Database;

// The site hub's own enrollment at the province (table hub_upstream, one row). The row is
// written at the hub's first start, before it has a token: it marks the database as a
// hub's, so that it is never served as a province's (nor a province's as a hub's).
struct HubUpstreamRow {
    QString hubId;
    QString site;
    QString token;           // empty until the province enrolled the hub
    QByteArray residentCode; // the province's resident-code key (32 bytes), empty = none
};

// One queued record on its way upstream, exactly as its station sent it.
struct QueuedRecord {
    qint64 id = 0;
    protocol::OutgoingRecord record;
};

struct UpstreamCounts {
    qint64 pending = 0;
    QString oldestPendingAt; // when the oldest pending record was queued; empty when none
    qint64 acked = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
};

// A record the province did not take (conflict or rejected), as `admin relay-status`
// lists it: no content, so no personal data.
struct UpstreamIssue {
    QString uuid;
    QString station;
    QString kind;
    QString state;
    QString reason;
    QString answeredAt;
    QString code; // the province's reason code (protocol::RecordOutcome::code), may be empty
};

// The hub's upstream queue (upstream_queue) and credentials in its database. Records are
// queued by RecordStore::ingest in the transaction that stores them; this class reads them
// in order and marks them with the province's answer.
class UpstreamQueue {
    Q_DECLARE_TR_FUNCTIONS(UpstreamQueue)
public:
    explicit UpstreamQueue(Database &database);

    // The row, nullopt (no error) on a database that is no hub's.
    std::optional<HubUpstreamRow> hubRow(QString *error);
    // Writes the row for a hub that has no token yet (nothing when there is a row).
    bool claimForHub(const QString &hubId, const QString &site, QString *error);
    bool saveToken(const QString &token, QString *error);
    bool saveResidentCodeKey(const QByteArray &key, QString *error);
    // Sites of the enrolled devices other than `site` (a province's database has some).
    std::optional<QStringList> otherSites(const QString &site, QString *error);

    // The oldest pending records queued after `afterId` (0: from the start): at most
    // `maxRecords`, and no more content than `maxContentBytes` (at least one record).
    std::optional<QList<QueuedRecord>> pendingBatch(int maxRecords, qint64 maxContentBytes,
                                                    QString *error, qint64 afterId = 0);
    // The province's 200 answer, in one transaction: accepted and duplicate records are
    // acked; conflict and rejected ones kept with the reason and its code, and each told to
    // its station as a `relay_refused` fact of the site (docs/sync-protocol.md, section 13;
    // *refused counts them); a status this hub does not know leaves the record pending.
    bool applyOutcomes(const QList<QueuedRecord> &sent,
                       const QList<protocol::RecordOutcome> &outcomes, QString *error,
                       int *refused = nullptr);

    std::optional<UpstreamCounts> counts(QString *error);
    // The records of each station of `site` the hub holds and the province has not taken yet
    // (pending here), by station: a table's "not yet at the province" (GET /v1/site/tables).
    std::optional<QHash<QString, qint64>> pendingByStation(const QString &site, QString *error);
    std::optional<QList<UpstreamIssue>> issues(int limit, QString *error);

private:
    Database &m_database;
};

} // namespace station::server
