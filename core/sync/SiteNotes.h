// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace station {

class Database;

// What the site knew that contradicts a record of this station, as a batch answer's
// "site_notes" said (docs/sync-protocol.md): a tube code another table had used, or a
// person another table had sampled that day without a confirmed re-test. The record was
// stored all the same; the note stays in the "Sync problems" list for the site lead.
struct SiteNote {
    QString uuid; // this station's record
    // tube_code_reused | person_sampled_elsewhere | tube_boxed_twice | box_handed_over_twice
    // | box_code_reused | relay_refused (the province did not take a record the site hub had
    // accepted) | staff_id_taken (two people have one staff id at the site: SiteStaffList)
    QString kind;
    // relay_refused: the province's reason code (tube_code_of_other_site, uuid_conflict,
    // invalid_record, or one this station does not know), else its status (conflict,
    // rejected) when it sent no code.
    QString code;
    QString recordKind; // the record's kind (tube.opened, sample.taken), when known
    QString tube;
    QString otherStation;
    QString otherTable;
    QDateTime otherAt; // person_sampled_elsewhere only
    QString box;       // the box the note is about, when the server names one
    QString reason;    // the server's English sentence
    QDateTime notedAt;
    // staff_id_taken (uuid: the staff id): the name the site (otherStation, otherTable) has
    // for it, and this station's.
    QString otherName;
    QString ownName;
};

// The notes of a 200 answer to POST /v1/records; empty when it has none. The bytes come
// from the network: a note that is not an object with a uuid and a kind is left out.
QList<SiteNote> parseSiteNotes(const QByteArray &body);

// Keeps notes in the station database, each (record, kind) once, in one transaction.
QSqlError saveSiteNotes(Database &db, const QList<SiteNote> &notes, const QDateTime &now);
// Every note kept, oldest first.
QList<SiteNote> siteNotes(Database &db, QSqlError *error);
// How many notes are kept (the table window's alert counts them after each sync).
qint64 siteNoteCount(Database &db, QSqlError *error);

// Keeps a `relay_refused` fact of the site about a record of this station (the site hub had
// accepted it; the province did not take it: docs/sync-protocol.md, section 13) as a note of
// kind relay_refused, once per record. Runs on `db` inside the caller's transaction
// (SiteFactsStore::apply).
QSqlError keepRelayRefusal(QSqlDatabase &db, const QJsonObject &fact, const QDateTime &now);

// Keeps an `opened` tube_state fact of another station for a tube code this station opened too
// as a note of kind tube_code_reused on this station's tube.opened record (its uuid is the
// tube's), once. The batch answer tells only the table that synced second; a code both
// tables opened while the hub was down must reach the first as well, which learns of the
// other opening only through the facts. Inside the caller's transaction
// (SiteFactsStore::apply).
QSqlError keepTubeCodeClash(QSqlDatabase &db, const QJsonObject &fact, const QDateTime &now);

// Keeps a box_state fact of another station for a box code this station opened too (another
// box: another box_uuid) as a note of kind box_code_reused on this station's box.opened
// record (its uuid is the box's), once; like keepTubeCodeClash, so that the table that
// synced first hears of the clash as well. Inside the caller's transaction.
QSqlError keepBoxCodeClash(QSqlDatabase &db, const QJsonObject &fact, const QDateTime &now);

// A note in the station's language, from its kind and code (never the record's content, nor
// the server's English sentence, which stays in `reason`): what happened, and what to do.
// `otherTable` is the other table's label as the caller shows it (table/TableLabel: "5号台").
// A kind this station does not know is named, with the server's sentence as what to do.
QString siteNoteProblem(const SiteNote &note, const QString &otherTable);
QString siteNoteAdvice(const SiteNote &note, const QString &otherTable);

// Keeps a note of kind staff_id_taken (two people hold `staffId` at the site), once per staff
// id; a later one only fills in a table label the first lacked. On `db` inside the caller's
// transaction (SiteStaffList).
// *changed (when given): a note was added or filled in (the sync problems list changed).
QSqlError keepStaffCollision(const QSqlDatabase &db, const SiteNote &note, const QDateTime &now,
                             bool *changed = nullptr);

} // namespace station
