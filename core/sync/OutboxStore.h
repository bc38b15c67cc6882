// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/sync/SyncRoute.h"
#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QString>

#include <memory>

namespace station {

class Database;
class PersonalDataCodec;

// One outbox row as it is sent: the payload bytes exactly as stored.
using OutboxRow = protocol::OutgoingRecord;

struct OutboxCounts {
    // Not yet acknowledged by any server.
    qint64 pending = 0;
    // Acknowledged by the province while the hub could not be reached, still owed to the hub.
    qint64 awaitingPrimary = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    QDateTime oldestPending;
};

// A problem record for the site lead's "Sync problems" list.
struct OutboxProblem {
    qint64 seq = 0;
    QString uuid;
    QString kind;
    QString state; // conflict | rejected
    QString reason;
    QString createdAt;
    QString lastAttemptAt;
};

// The relay's reads and writes of the outbox. Only the state columns change; content
// columns are immutable (a trigger refuses any change) and no row is ever deleted.
class OutboxStore {
public:
    // `codec` opens payloads stored encrypted (personal data at rest); without one the
    // stored bytes are the JSON.
    explicit OutboxStore(Database &db, Clock clock = systemClock(),
                         std::shared_ptr<const PersonalDataCodec> codec = {});

    // What goes by `route`, in seq order, at most `limit`: to the primary every pending row
    // (those the province took during a hub outage too: the hub's view of the site is then
    // complete); to the fallback only those no server has acknowledged.
    QList<OutboxRow> pendingBatch(int limit, QSqlError *error,
                                  SyncRoute route = SyncRoute::Primary) const;
    // attempts + 1 and last_attempt_at for the rows about to be sent.
    QSqlError markAttempt(const QList<OutboxRow> &rows);
    // Applies a 200 answer in one transaction. `outcomes` must match `rows` in order. An
    // acknowledgement by the primary ends a row's journey (state 'acked'); one by the fallback
    // only marks it (fallback_acked_at), and it stays pending for the primary. A conflict or
    // rejection is final on either route.
    QSqlError applyOutcomes(const QList<OutboxRow> &rows,
                            const QList<protocol::RecordOutcome> &outcomes,
                            SyncRoute route = SyncRoute::Primary);
    // Records that a server turned away for a kind it did not know go back to pending when
    // the protocol knows their kind now (after an upgrade), in one transaction: such a
    // sync problem clears itself. Returns how many went back.
    int resendRecordsOfKnownKinds(QSqlError *error);
    // After a hub is lost for good (stolen, its disk dead) the records it acknowledged but
    // had not relayed exist only here: every acknowledged record created at or after `since`
    // whose payload is still kept goes back to pending, to be sent to the server the station
    // syncs with now (the province answers `duplicate` for those it has). One transaction
    // with an audit row (operator `operatorId`, 0 for the station itself). Returns how many.
    int resendAcknowledged(const QDateTime &since, qint64 operatorId, QSqlError *error);
    // The outbox's counts; with `afterSeq`, pending counts only the rows after it: what is
    // left once a batch that ends at that seq is answered (the backlog a batch reports).
    OutboxCounts counts(QSqlError *error, qint64 afterSeq = 0) const;
    QList<OutboxProblem> problems(QSqlError *error) const;

private:
    Database &m_db;
    Clock m_clock;
    std::shared_ptr<const PersonalDataCodec> m_codec;
};

} // namespace station
