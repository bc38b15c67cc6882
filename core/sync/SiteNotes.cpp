// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SiteNotes.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "protocol/RecordKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {
// A relay_refused note is kept with its code in the kind column ("relay_refused:CODE"): one
// note per record, and no schema change for the code.
const QString kRelayRefused = QStringLiteral("relay_refused");
const QString kRelayRefusedPrefix = QStringLiteral("relay_refused:");

QString relayRefusalProblem(const SiteNote &note) {
    if (note.code == QLatin1String("tube_code_of_other_site"))
        return QCoreApplication::translate(
                   "SiteNotes", "The province refused this record: tube code %1 belongs to "
                                "another site")
            .arg(note.tube);
    if (note.code == QLatin1String("uuid_conflict") || note.code == QLatin1String("conflict"))
        return QCoreApplication::translate(
            "SiteNotes", "The province holds other content for this record (it came through "
                         "the site hub)");
    if (note.code == QLatin1String("invalid_record"))
        return QCoreApplication::translate(
            "SiteNotes", "The province refused this record as invalid (it came through the "
                         "site hub)");
    return QCoreApplication::translate("SiteNotes", "The province did not take this record (%1)")
        .arg(note.code);
}

QString relayRefusalAdvice(const SiteNote &note) {
    if (note.code == QLatin1String("tube_code_of_other_site"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "The site hub took this sample (it cannot know the tube codes of other sites); "
                   "the province then found that tube code %1 was first used at another site, so "
                   "the laboratory cannot take it under this code. Tell the site lead now: "
                   "set the tube aside and mark it, do not send it under this code, and sample "
                   "the people of this tube again into a new tube. The record stays here and "
                   "at the hub.")
            .arg(note.tube);
    if (note.code == QLatin1String("uuid_conflict") || note.code == QLatin1String("conflict"))
        return QCoreApplication::translate(
            "SiteNotes",
            "The province keeps the first version it received. Tell the site lead, and give the "
            "province's administrator the record id and the output of `relay-status` at the "
            "hub. Nothing needs to be entered again.");
    return QCoreApplication::translate(
        "SiteNotes",
        "The province did not store this record. Tell the site lead, and give the province's "
        "administrator the record id and the output of `relay-status` at the hub. The record "
        "stays here and at the hub; do not enter it again.");
}

// The kind of record a note can only be about, for a note whose record is no longer in the
// outbox (the list must not show an empty "Record type"); empty when the note kind allows more.
QString recordKindOfNote(const QString &noteKind) {
    using protocol::RecordKind;
    if (noteKind == QLatin1String("tube_code_reused"))
        return protocol::recordKindName(RecordKind::TubeOpened);
    if (noteKind == QLatin1String("person_sampled_elsewhere"))
        return protocol::recordKindName(RecordKind::SampleTaken);
    if (noteKind == QLatin1String("tube_boxed_twice"))
        return protocol::recordKindName(RecordKind::BoxTubeAdded);
    if (noteKind == QLatin1String("box_handed_over_twice"))
        return protocol::recordKindName(RecordKind::BoxHandedOver);
    if (noteKind == QLatin1String("box_code_reused"))
        return protocol::recordKindName(RecordKind::BoxOpened);
    return {};
}

} // namespace

QList<SiteNote> parseSiteNotes(const QByteArray &body) {
    QList<SiteNote> notes;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return notes;
    for (const QJsonValue &value : document.object().value(QLatin1String("site_notes")).toArray()) {
        const QJsonObject o = value.toObject();
        SiteNote note;
        note.uuid = o.value(QLatin1String("uuid")).toString();
        note.kind = o.value(QLatin1String("kind")).toString();
        if (note.uuid.isEmpty() || note.kind.isEmpty())
            continue;
        note.tube = o.value(QLatin1String("tube")).toString();
        note.otherStation = o.value(QLatin1String("other_station")).toString();
        note.otherTable = o.value(QLatin1String("other_table")).toString();
        note.otherAt = fromIsoUtc(o.value(QLatin1String("other_at")).toString());
        note.reason = o.value(QLatin1String("reason")).toString();
        note.box = o.value(QLatin1String("box")).toString();
        notes.append(note);
    }
    return notes;
}

QSqlError saveSiteNotes(Database &db, const QList<SiteNote> &notes, const QDateTime &now) {
    if (notes.isEmpty())
        return {};
    Transaction tx(db.connection());
    if (!tx.begun())
        return tx.beginError();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_notes (uuid, kind, record_kind, tube, other_station, "
        "other_table, other_at, reason, noted_at, box) "
        "VALUES (?, ?, (SELECT kind FROM outbox WHERE uuid = ?), ?, ?, ?, ?, ?, ?, ?)"));
    for (const SiteNote &note : notes) {
        q.addBindValue(note.uuid);
        q.addBindValue(note.kind);
        q.addBindValue(note.uuid);
        q.addBindValue(note.tube);
        q.addBindValue(note.otherStation);
        q.addBindValue(note.otherTable);
        q.addBindValue(note.otherAt.isValid() ? QVariant(isoUtc(note.otherAt))
                                              : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(note.reason);
        q.addBindValue(isoUtc(now));
        q.addBindValue(note.box.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(note.box));
        if (!q.exec())
            return q.lastError();
    }
    return tx.commit();
}

QList<SiteNote> siteNotes(Database &db, QSqlError *error) {
    QList<SiteNote> notes;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, kind, record_kind, tube, other_station, "
                               "other_table, other_at, reason, noted_at, box, other_name, "
                               "own_name FROM site_notes ORDER BY noted_at, uuid"))) {
        *error = q.lastError();
        return notes;
    }
    while (q.next()) {
        SiteNote note;
        note.uuid = q.value(0).toString();
        note.kind = q.value(1).toString();
        if (note.kind.startsWith(kRelayRefusedPrefix)) {
            note.code = note.kind.mid(kRelayRefusedPrefix.size());
            note.kind = kRelayRefused;
        }
        note.recordKind = q.value(2).toString();
        if (note.recordKind.isEmpty())
            note.recordKind = recordKindOfNote(note.kind);
        note.tube = q.value(3).toString();
        note.otherStation = q.value(4).toString();
        note.otherTable = q.value(5).toString();
        if (!q.value(6).isNull())
            note.otherAt = fromIsoUtc(q.value(6).toString());
        note.reason = q.value(7).toString();
        note.notedAt = fromIsoUtc(q.value(8).toString());
        note.box = q.value(9).toString();
        note.otherName = q.value(10).toString();
        note.ownName = q.value(11).toString();
        notes.append(note);
    }
    *error = QSqlError();
    return notes;
}

qint64 siteNoteCount(Database &db, QSqlError *error) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM site_notes")) || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    *error = QSqlError();
    return q.value(0).toLongLong();
}

QSqlError keepRelayRefusal(QSqlDatabase &db, const QJsonObject &fact, const QDateTime &now) {
    const QString uuid = fact.value(QLatin1String("record_uuid")).toString();
    if (uuid.isEmpty())
        return {}; // not a refusal this station can name
    QString code = fact.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        code = fact.value(QLatin1String("state")).toString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_notes (uuid, kind, record_kind, tube, other_station, "
        "other_table, other_at, reason, noted_at, box) "
        "VALUES (?, ?, COALESCE((SELECT kind FROM outbox WHERE uuid = ?), ?), ?, '', '', ?, ?, "
        "?, NULL)"));
    q.addBindValue(uuid);
    q.addBindValue(QString(kRelayRefusedPrefix + code));
    q.addBindValue(uuid);
    q.addBindValue(fact.value(QLatin1String("record_kind")).toString());
    q.addBindValue(fact.value(QLatin1String("tube")).toString());
    q.addBindValue(fromIsoUtc(fact.value(QLatin1String("at")).toString()).isValid()
                       ? QVariant(isoUtc(fromIsoUtc(fact.value(QLatin1String("at")).toString())))
                       : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(fact.value(QLatin1String("reason")).toString());
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return q.lastError();
    return {};
}

QSqlError keepTubeCodeClash(QSqlDatabase &db, const QJsonObject &fact, const QDateTime &now) {
    const QString tube = fact.value(QLatin1String("tube")).toString();
    if (tube.isEmpty())
        return {};
    const QDateTime at = fromIsoUtc(fact.value(QLatin1String("at")).toString());
    QSqlQuery q(db);
    // Another tube of this station with the code: not the other station's own (a tube of
    // another table packed here has no row in `tubes`).
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_notes (uuid, kind, record_kind, tube, other_station, "
        "other_table, other_at, reason, noted_at, box) "
        "SELECT t.uuid, 'tube_code_reused', 'tube.opened', t.code, ?, ?, ?, ?, ?, NULL "
        "FROM tubes t WHERE t.code = ? AND t.uuid <> ?"));
    q.addBindValue(fact.value(QLatin1String("station")).toString());
    q.addBindValue(fact.value(QLatin1String("table")).toString());
    q.addBindValue(at.isValid() ? QVariant(isoUtc(at)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(QStringLiteral("tube code %1 was also opened at %2 (%3)")
                       .arg(tube, fact.value(QLatin1String("table")).toString(),
                            fact.value(QLatin1String("station")).toString()));
    q.addBindValue(isoUtc(now));
    q.addBindValue(tube);
    q.addBindValue(fact.value(QLatin1String("tube_uuid")).toString());
    if (!q.exec())
        return q.lastError();
    return {};
}

QSqlError keepBoxCodeClash(QSqlDatabase &db, const QJsonObject &fact, const QDateTime &now) {
    const QString box = fact.value(QLatin1String("box")).toString();
    const QString boxUuid = fact.value(QLatin1String("box_uuid")).toString();
    if (box.isEmpty() || boxUuid.isEmpty())
        return {};
    const QDateTime at = fromIsoUtc(fact.value(QLatin1String("at")).toString());
    QSqlQuery q(db);
    // A box of this station with the code that is not the other station's box (a box of
    // another table handed over here has no row in `boxes`).
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_notes (uuid, kind, record_kind, tube, other_station, "
        "other_table, other_at, reason, noted_at, box) "
        "SELECT b.uuid, 'box_code_reused', 'box.opened', '', ?, ?, ?, ?, ?, b.code "
        "FROM boxes b WHERE b.code = ? AND b.uuid <> ?"));
    q.addBindValue(fact.value(QLatin1String("station")).toString());
    q.addBindValue(fact.value(QLatin1String("table")).toString());
    q.addBindValue(at.isValid() ? QVariant(isoUtc(at)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(QStringLiteral("box code %1 was also used at %2 (%3)")
                       .arg(box, fact.value(QLatin1String("table")).toString(),
                            fact.value(QLatin1String("station")).toString()));
    q.addBindValue(isoUtc(now));
    q.addBindValue(box);
    q.addBindValue(boxUuid);
    if (!q.exec())
        return q.lastError();
    return {};
}

QString siteNoteProblem(const SiteNote &note, const QString &otherTable) {
    if (note.kind == QLatin1String("staff_id_taken"))
        return QCoreApplication::translate("SiteNotes",
                                           "Staff ID %1 is %2 at %3; this station's %1 is %4")
            .arg(note.uuid, note.otherName,
                 otherTable.isEmpty() ? QCoreApplication::translate("SiteNotes", "another table")
                                      : otherTable,
                 note.ownName);
    if (note.kind == QLatin1String("tube_code_reused"))
        return QCoreApplication::translate("SiteNotes", "Tube code %1 was also used at %2")
            .arg(note.tube, otherTable);
    if (note.kind == QLatin1String("person_sampled_elsewhere")) {
        const QString otherAt =
            note.otherAt.isValid()
                ? QLocale().toString(note.otherAt.toLocalTime(), QStringLiteral("HH:mm"))
                : QString();
        return QCoreApplication::translate(
                   "SiteNotes", "This person was also sampled at %1 at %2 the same day, without a "
                                "confirmed re-test")
            .arg(otherTable, otherAt);
    }
    if (note.kind == QLatin1String("tube_boxed_twice"))
        return QCoreApplication::translate("SiteNotes", "Tube %1 was also packed into a box at %2")
            .arg(note.tube, otherTable);
    if (note.kind == QLatin1String("box_handed_over_twice"))
        return QCoreApplication::translate("SiteNotes", "Box %1 was also handed over at %2")
            .arg(note.box.isEmpty() ? note.tube : note.box, otherTable);
    if (note.kind == QLatin1String("box_code_reused"))
        return QCoreApplication::translate("SiteNotes", "Box code %1 was also used at %2")
            .arg(note.box, otherTable);
    if (note.kind == kRelayRefused)
        return relayRefusalProblem(note);
    return QCoreApplication::translate("SiteNotes", "Site note: %1").arg(note.kind);
}

QString siteNoteAdvice(const SiteNote &note, const QString &otherTable) {
    if (note.kind == QLatin1String("staff_id_taken"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "Two people have staff ID %1, so neither replaced the other: each signs in "
                   "only at the tables that hold their own %1. Tell the site lead: give one of "
                   "them another staff ID in F9 (add them again under a new staff ID, then "
                   "disable %1 at the table where it is theirs), and tell them their new ID.")
            .arg(note.uuid);
    // The record is stored; the people at the site must sort it out.
    if (note.kind == QLatin1String("tube_code_reused"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "Two tables used tube code %1, so their samples could be mixed up at the "
                   "laboratory. If the tube is still open here, no one more goes into it: "
                   "seal it now with its people and open a new tube. Tell the site lead now: "
                   "keep both tubes apart, mark them, and tell the laboratory which tubes "
                   "share the code. Nothing needs to be entered again.")
            .arg(note.tube);
    if (note.kind == QLatin1String("person_sampled_elsewhere"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "The person may have been sampled twice today (here in tube %1, and at "
                   "%2). Tell the site lead; if it was not meant as a re-test, the "
                   "laboratory may see the person twice. Nothing needs to be entered again.")
            .arg(note.tube, otherTable);
    if (note.kind == QLatin1String("tube_boxed_twice"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "Two boxes list tube %1 (one packed here, one at %2), but only one can "
                   "hold it. Tell the site lead now: open neither box; check which box holds "
                   "the tube and tell the laboratory that the other box's manifest lists it "
                   "by mistake. Nothing needs to be entered again.")
            .arg(note.tube, otherTable);
    if (note.kind == QLatin1String("box_handed_over_twice"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "Box %1 was handed over twice (here and at %2). Tell the site lead: check "
                   "with the courier which hand-over is the real one and keep both manifests "
                   "for the laboratory. Nothing needs to be entered again.")
            .arg(note.box.isEmpty() ? note.tube : note.box, otherTable);
    if (note.kind == QLatin1String("box_code_reused"))
        return QCoreApplication::translate(
                   "SiteNotes",
                   "Two boxes have code %1 (one packed here, one at %2), so the courier and the "
                   "laboratory could take one for the other. Tell the site lead now: keep the "
                   "boxes apart, mark both, hand each over only with its own manifest and tell "
                   "the laboratory that two boxes share the code. Nothing needs to be entered "
                   "again.")
            .arg(note.box, otherTable);
    if (note.kind == kRelayRefused)
        return relayRefusalAdvice(note);
    return note.reason;
}

QSqlError keepStaffCollision(const QSqlDatabase &db, const SiteNote &note, const QDateTime &now,
                             bool *changed) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO site_notes (uuid, kind, record_kind, tube, other_station, other_table, "
        "other_at, reason, noted_at, box, other_name, own_name) "
        "VALUES (?, 'staff_id_taken', ?, NULL, ?, ?, NULL, ?, ?, NULL, ?, ?) "
        "ON CONFLICT (uuid, kind) DO UPDATE SET other_table = excluded.other_table "
        "WHERE COALESCE(other_table, '') = '' AND excluded.other_table != ''"));
    for (const QVariant &v :
         {QVariant(note.uuid),
          QVariant(protocol::recordKindName(protocol::RecordKind::OperatorChanged)),
          QVariant(note.otherStation), QVariant(note.otherTable), QVariant(note.reason),
          QVariant(isoUtc(now)), QVariant(note.otherName), QVariant(note.ownName)})
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError();
    if (changed)
        *changed = q.numRowsAffected() > 0;
    return {};
}

} // namespace station
