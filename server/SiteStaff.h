// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/SiteStaff.h"
#include "protocol/StaffListCsv.h"

#include <QList>
#include <QString>

#include <optional>

namespace station::server {

class Database;

// A person added by an import at the server, with the one-time PIN to hand over (shown once).
struct ImportedStaff {
    QString staffId;
    QString name;
    QString oneTimePin; // empty for a person who was known already (name or role updated)
};

// The site's staff list (docs/sync-protocol.md, "The site's staff list"): the newest entry of
// each staff id of each site, numbered by a per-site sequence so that a station asks only
// for what it has not seen. An entry replaces the one held only when it is newer
// (protocol::compareSiteStaffVersions) and names the same person
// (protocol::sameSiteStaffMember: a staff id is never taken over by another person, whatever
// the time of their entry), so every server and station that has seen the same
// entries holds the same list, whatever order they came in. Entries stay here: they are
// never relayed upstream nor put in records (a PIN verifier must not travel to the province).
class SiteStaff {
public:
    explicit SiteStaff(Database &database);

    // Stores each newer entry in one transaction; an outcome per entry, in order. nullopt
    // with *error when the database failed (nothing stored).
    std::optional<QList<protocol::SiteStaffOutcome>>
    post(const QString &site, const QList<protocol::SiteStaffEntry> &entries, QString *error);
    // Entries of `site` with seq > `after`, at most `limit`, in seq order.
    std::optional<protocol::SiteStaffPage> page(const QString &site, qint64 after, int limit,
                                                QString *error);
    // `admin import-staff`: the people of a staff list file as entries made here (station
    // "server", changed_by empty): a new staff id gets a one-time PIN (its Argon2id verifier
    // stored, the PIN returned once), a known one its name and role. One transaction.
    std::optional<QList<ImportedStaff>>
    import(const QString &site, const QList<protocol::StaffListPerson> &people, QString *error);

    // The station field of entries made at the server.
    static QString serverStation() { return QStringLiteral("server"); }

private:
    // In the caller's transaction: stores `entry` when it is newer than the one held.
    bool store(const QString &site, const protocol::SiteStaffEntry &entry,
               protocol::SiteStaffOutcome *outcome, QString *error);
    // In the caller's transaction: `entry` names another person than `held` (the site's
    // version of its staff id): answers it rejected and keeps the collision for page().
    bool refuseCollision(const QString &site, const protocol::SiteStaffEntry &entry,
                         const protocol::SiteStaffEntry &held, protocol::SiteStaffOutcome *outcome,
                         QString *error);
    // A device's table label ("Table 2"); empty when unknown.
    QString tableOf(const QString &station, QString *error);
    std::optional<protocol::SiteStaffEntry> held(const QString &site, const QString &staffId,
                                                 QString *error);

    Database &m_database;
};

} // namespace station::server
