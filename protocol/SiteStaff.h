// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace station::protocol {

// One member of a site's staff list as it travels on /v1/site/staff (docs/sync-protocol.md,
// section "The site's staff list"): the whole state of that member after a change, so that
// the newest entry alone says what every table must hold. Lock-out counters are not in it:
// they stay at each table. Neither is the phone number (personal data stays at the station).
struct SiteStaffEntry {
    QString staffId;
    QString name;
    QString role; // sampler | lead | administrator
    bool active = true;
    QString pinVerifier; // the PIN's Argon2id string ($argon2id$...), never the PIN
    bool oneTimePin = false;
    QString changedAt; // ISO-8601 UTC with milliseconds and Z (canonical, see below)
    QString changedBy; // staff id of who made the change; empty when the site passphrase did
    QString station;   // where it was made: a device id, or "server" for an import at the server
    qint64 seq = 0;    // the server's per-site sequence; 0 before the server stored it
    // Which adding of this staff id the entry descends from: a uuid made where the member was
    // first added (`init`, add or import at a table, import at the server) and kept by every
    // later change at every table, so that a lead's rename is told from another person who
    // was given the same staff id elsewhere. Empty from a station or server before it.
    QString origin;
};

// Whether two versions of one staff id are the same person: they descend from the same
// adding (one origin), or they carry the same name (the same person set up at two tables,
// as a site whose every table was initialised with its lead does). Otherwise the staff id
// is another person's, and neither version may replace the other (docs/sync-protocol.md).
bool sameSiteStaffMember(const QString &originA, const QString &nameA, const QString &originB,
                         const QString &nameB);

// A staff id that two people hold at one site, as the server saw it: `station` posted
// `name` for it while the server held `heldName` from `heldStation`. Tables as the server's
// devices are labelled ("Table 2"), empty when it does not know.
struct SiteStaffCollision {
    QString staffId;
    QString station;
    QString table;
    QString name;
    QString heldStation;
    QString heldTable;
    QString heldName;
};

// The JSON object of an entry; `seq` only when it is set.
QJsonObject siteStaffEntryJson(const SiteStaffEntry &entry);
// Reads and checks one entry (the server's and the station's one reading). changed_at is
// made canonical (yyyy-MM-ddTHH:mm:ss.zzzZ) so that comparing texts compares times.
// nullopt with *error (an English sentence) when it is not one.
std::optional<SiteStaffEntry> parseSiteStaffEntry(const QJsonValue &value, QString *error);

// The deterministic newest-wins rule: the later changed_at wins; at the same millisecond the
// greater station text (compared as UTF-16 code units) wins. Negative, 0 or positive as
// (atA, stationA) is older than, the same as or newer than (atB, stationB).
int compareSiteStaffVersions(const QString &atA, const QString &stationA, const QString &atB,
                             const QString &stationB);

// The canonical text of a time for changed_at; empty when `text` is not an ISO-8601 time.
QString canonicalSiteStaffTime(const QString &text);

// The server's verdict on one posted entry.
//   stored:     newer than what the server held; it has a new seq
//   duplicate:  the server holds this very version already (an answer lost, sent again)
//   superseded: the server holds a newer version; the station gets it with the next GET
//   rejected:   not a valid entry, or the staff id is another person's at the site (reason
//               says why); the station drops it and logs it
struct SiteStaffOutcome {
    QString staffId;
    QString status;
    qint64 seq = 0;
    QString reason;
};

// The 200 answer to GET /v1/site/staff: entries newer than `after`, in seq order.
struct SiteStaffPage {
    QString site;
    qint64 lastSeq = 0;
    bool more = false; // the page was cut at the server's limit: ask again from its last seq
    QList<SiteStaffEntry> entries;
    // Every staff id of the site two people hold (each page lists them all).
    QList<SiteStaffCollision> collisions;
};

QJsonObject siteStaffCollisionJson(const SiteStaffCollision &collision);

// Readers of the answers, for the station (whatever the bytes, they answer).
std::optional<SiteStaffPage> parseSiteStaffPage(const QByteArray &body, QString *error);
std::optional<QList<SiteStaffOutcome>> parseSiteStaffOutcomes(const QByteArray &body,
                                                              int sentCount);

} // namespace station::protocol
