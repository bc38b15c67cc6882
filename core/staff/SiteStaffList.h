// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "protocol/SiteStaff.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace station {

class Database;

// A staff entry waiting to go to the site's server.
struct QueuedStaffEntry {
    qint64 id = 0;
    protocol::SiteStaffEntry entry;
};

// What applying an entry from the site's server did.
enum class SiteStaffApplied {
    Applied,     // the operator row now holds the entry
    NotNewer,    // this station holds that version or a newer one already
    HeldLocally, // it would have left the station without an active administrator
    // the staff id is another person's here (another name, another adding): not applied,
    // kept as a sync problem (SiteNotes, staff_id_taken) for the people concerned
    AnotherPerson
};

// The station's side of the site's staff list (docs/sync-protocol.md, "The site's staff
// list"): operators added or changed at one table sign in at every table of the site.
//
// Every staff change StaffService makes queues the member's whole entry (name, role,
// active, PIN verifier, one-time flag) in its own transaction (queueChange()); SiteStaffSync
// sends the queue and applies what the server has from the other tables (apply()), each
// entry in one transaction with its audit row. An entry replaces an operator row only when
// it is newer (protocol::compareSiteStaffVersions): every table that has seen the same
// entries holds the same list. A staff id is never taken over by another person
// (protocol::sameSiteStaffMember): such an entry is refused and listed as a sync problem.
// Lock-out counters and phone numbers stay at each table (a new
// PIN from the site ends this table's lock-out of that person, though). An
// applied entry writes no operator.changed record: the table where the change was made sent
// one already.
class SiteStaffList {
    Q_DECLARE_TR_FUNCTIONS(station::SiteStaffList)

public:
    explicit SiteStaffList(Database &db, Clock clock = systemClock());

    // In the caller's transaction, after the operator row changed: the row's version becomes
    // (at, station) and its entry is queued for the site's server.
    static QSqlError queueChange(const QSqlDatabase &db, const QString &staffId,
                                 const QString &changedBy, const QString &station,
                                 const QDateTime &at);

    // One transaction: every operator not yet on the site's list (a station's first
    // administrator made by `init` before provisioning queued them, or anyone from before the
    // site's list) is queued as a change made now, with an audit row each. How many.
    Result<int> queueUnlisted();

    QList<QueuedStaffEntry> pending(int limit, QSqlError *error) const;
    // The server answered for these queued entries (stored, duplicate, superseded or
    // rejected): they leave the queue.
    QSqlError forget(const QList<qint64> &ids);
    int pendingCount(QSqlError *error) const;

    // The last sequence number applied from `server` (0: none yet). Each server numbers its
    // own entries, so a station that moves to another server starts from 0 there.
    qint64 afterSeq(const QString &server, QSqlError *error) const;
    // One transaction: the entry (when newer) with its audit row, and the cursor of `server`
    // moved to entry.seq.
    Result<SiteStaffApplied> apply(const QString &server, const protocol::SiteStaffEntry &entry);
    // One transaction: the server's list of staff ids two people hold, kept as sync problems
    // where this table holds one of the two (each once). How many notes it added or filled in.
    Result<int> noteCollisions(const QList<protocol::SiteStaffCollision> &collisions);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace station
