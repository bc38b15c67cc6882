// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/SiteStaffList.h"

#include "core/staff/StaffLogging.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/sync/SiteNotes.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace station {

namespace {

QSqlError setCursor(const QSqlDatabase &db, const QString &server, qint64 seq) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO site_staff_cursor (server, after_seq) VALUES (?, ?) "
                             "ON CONFLICT (server) DO UPDATE SET after_seq = "
                             "max(after_seq, excluded.after_seq)"));
    q.addBindValue(server);
    q.addBindValue(seq);
    if (!q.exec())
        return q.lastError();
    return {};
}

QString ownDevice(const QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT device_id FROM station WHERE id = 1")) || !q.next()) {
        *error = q.lastError();
        return {};
    }
    return q.value(0).toString();
}

// The label a table of the site goes by in the site's facts ("Table 2"); empty when this
// station has no fact of it yet.
QString tableLabelOf(const QSqlDatabase &db, const QString &station) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT table_label FROM site_facts WHERE station = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(station);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

SiteStaffList::SiteStaffList(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock)) {}

QSqlError SiteStaffList::queueChange(const QSqlDatabase &db, const QString &staffId,
                                     const QString &changedBy, const QString &station,
                                     const QDateTime &at) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, role, active, pin_hash, must_set_pin, site_origin "
                             "FROM operators WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec())
        return q.lastError();
    if (!q.next())
        return QSqlError(QStringLiteral("site staff"), QStringLiteral("no such operator"),
                         QSqlError::StatementError);
    protocol::SiteStaffEntry e;
    e.staffId = staffId;
    e.name = q.value(0).toString();
    e.role = q.value(1).toString();
    e.active = q.value(2).toInt() != 0;
    e.pinVerifier = q.value(3).toString();
    e.oneTimePin = q.value(4).toInt() != 0;
    // The first change sent of someone added here starts their line at the site.
    e.origin = q.value(5).isNull() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   : q.value(5).toString();
    e.changedAt = isoUtc(at);
    e.changedBy = changedBy;
    e.station = station;
    q.prepare(QStringLiteral("UPDATE operators SET site_changed_at = ?, site_changed_station = ?, "
                             "site_origin = ? WHERE staff_id = ?"));
    q.addBindValue(e.changedAt);
    q.addBindValue(e.station);
    q.addBindValue(e.origin);
    q.addBindValue(staffId);
    if (!q.exec())
        return q.lastError();
    q.prepare(QStringLiteral(
        "INSERT INTO site_staff_outbox (staff_id, entry, queued_at) VALUES (?, ?, ?)"));
    q.addBindValue(staffId);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(protocol::siteStaffEntryJson(e)).toJson(QJsonDocument::Compact)));
    q.addBindValue(e.changedAt);
    if (!q.exec())
        return q.lastError();
    return {};
}

Result<int> SiteStaffList::queueUnlisted() {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    const QString what = tr("putting this station's staff on the site's list");
    return inTransaction(db, what, [&]() -> Result<int> {
        QSqlError error;
        const QString device = ownDevice(db, &error);
        if (error.isValid())
            return Database::storageError(error, what);
        QSqlQuery q(db);
        QStringList unlisted;
        if (!q.exec(QStringLiteral("SELECT staff_id FROM operators WHERE site_changed_at IS NULL "
                                   "ORDER BY id")))
            return Database::storageError(q.lastError(), what);
        while (q.next())
            unlisted << q.value(0).toString();
        for (const QString &staffId : std::as_const(unlisted)) {
            if (QSqlError err = queueChange(db, staffId, QString(), device, now); err.isValid())
                return Database::storageError(err, what);
            const QJsonObject detail{
                {QStringLiteral("why"), QStringLiteral("not on the site's staff list yet")}};
            if (QSqlError err = appendAudit(db, 0, QStringLiteral("operator.site_listed"), staffId,
                                            detail, now);
                err.isValid())
                return Database::storageError(err, what);
        }
        return int(unlisted.size());
    });
}

QList<QueuedStaffEntry> SiteStaffList::pending(int limit, QSqlError *error) const {
    QList<QueuedStaffEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, entry FROM site_staff_outbox ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError();
        return list;
    }
    while (q.next()) {
        QString why;
        const std::optional<protocol::SiteStaffEntry> e = protocol::parseSiteStaffEntry(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), &why);
        // An entry this station wrote always reads back; one that does not is sent as
        // nothing and leaves the queue with the server's answer like any other.
        list.append({q.value(0).toLongLong(), e.value_or(protocol::SiteStaffEntry{})});
    }
    return list;
}

int SiteStaffList::pendingCount(QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM site_staff_outbox")) || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    return q.value(0).toInt();
}

QSqlError SiteStaffList::forget(const QList<qint64> &ids) {
    const QSqlDatabase db = m_db.connection();
    const Status done = inTransaction(db, tr("saving the server's answer"), [&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM site_staff_outbox WHERE id = ?"));
        for (const qint64 id : ids) {
            q.addBindValue(id);
            if (!q.exec())
                return Database::storageError(q.lastError(), tr("saving the server's answer"));
        }
        return success();
    });
    if (!done)
        return QSqlError(QStringLiteral("site staff"), done.message(), QSqlError::StatementError);
    return {};
}

qint64 SiteStaffList::afterSeq(const QString &server, QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT after_seq FROM site_staff_cursor WHERE server = ?"));
    q.addBindValue(server);
    if (!q.exec()) {
        *error = q.lastError();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<SiteStaffApplied> SiteStaffList::apply(const QString &server,
                                              const protocol::SiteStaffEntry &e) {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    const QString what = tr("applying the site's staff list");
    return inTransaction(db, what, [&]() -> Result<SiteStaffApplied> {
        QSqlQuery q(db);
        QSqlError deviceError;
        const QString device = ownDevice(db, &deviceError);
        if (deviceError.isValid())
            return Database::storageError(deviceError, what);
        q.prepare(QStringLiteral("SELECT id, role, active, pin_hash, site_changed_at, "
                                 "site_changed_station, name, site_origin FROM operators "
                                 "WHERE staff_id = ?"));
        q.addBindValue(e.staffId);
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        const bool known = q.next();
        const QString ownName = known ? q.value(6).toString() : QString();
        const qint64 id = known ? q.value(0).toLongLong() : 0;
        const QString role = known ? q.value(1).toString() : QString();
        const bool active = known && q.value(2).toInt() != 0;
        const bool pinChanged = !known || q.value(3).toString() != e.pinVerifier;
        // A row never changed through the staff list (the administrator `init` made before
        // provisioning queued them) has no version: any entry of the same person is newer.
        const bool hasVersion = known && !q.value(4).isNull();
        SiteStaffApplied outcome = SiteStaffApplied::Applied;
        // Another person given the same staff id elsewhere never replaces this table's one
        // (whichever is newer): same person means one adding (origin) or one name. A row from
        // before origins whose version came from another table was the site's already.
        const bool fromSite = hasVersion && q.value(5).toString() != device;
        if (known &&
            !protocol::sameSiteStaffMember(q.value(7).toString(), ownName, e.origin, e.name) &&
            !(q.value(7).isNull() && fromSite))
            outcome = SiteStaffApplied::AnotherPerson;
        else if (hasVersion &&
                 protocol::compareSiteStaffVersions(e.changedAt, e.station, q.value(4).toString(),
                                                    q.value(5).toString()) <= 0)
            outcome = SiteStaffApplied::NotNewer;
        if (outcome == SiteStaffApplied::Applied && role == QLatin1String("administrator") &&
            active && !(e.role == QLatin1String("administrator") && e.active)) {
            q.prepare(QStringLiteral("SELECT count(*) FROM operators WHERE role = "
                                     "'administrator' AND active = 1 AND id != ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return Database::storageError(q.lastError(), what);
            if (q.value(0).toInt() == 0)
                outcome = SiteStaffApplied::HeldLocally;
        }
        if (outcome == SiteStaffApplied::Applied) {
            // The phone stays as this table has it, and so does the lock-out unless the PIN
            // changed (below).
            q.prepare(known ? QStringLiteral("UPDATE operators SET name = ?, role = ?, active = ?, "
                                             "pin_hash = ?, must_set_pin = ?, site_changed_at = "
                                             "?, site_changed_station = ?, site_origin = "
                                             "COALESCE(?, site_origin) WHERE staff_id = ?")
                            : QStringLiteral("INSERT INTO operators (name, role, active, pin_hash, "
                                             "must_set_pin, site_changed_at, site_changed_station, "
                                             "site_origin, staff_id, created_at) VALUES "
                                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(e.name), QVariant(e.role), QVariant(e.active ? 1 : 0),
                  QVariant(e.pinVerifier), QVariant(e.oneTimePin ? 1 : 0), QVariant(e.changedAt),
                  QVariant(e.station),
                  e.origin.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(e.origin),
                  QVariant(e.staffId)})
                q.addBindValue(v);
            if (!known)
                q.addBindValue(isoUtc(now));
            if (!q.exec())
                return Database::storageError(q.lastError(), what);
            // A new PIN (a lead's reset, or its holder's own) ends this table's lock-out:
            // the wrong PINs counted here were tries at the old one.
            if (known && pinChanged) {
                q.prepare(QStringLiteral("UPDATE operators SET failed_attempts = 0, "
                                         "locked_until = NULL WHERE id = ?"));
                q.addBindValue(id);
                if (!q.exec())
                    return Database::storageError(q.lastError(), what);
            }
        }
        if (outcome != SiteStaffApplied::NotNewer) {
            // No operator.changed record: the table where the change was made sent it.
            QJsonObject detail{
                {QStringLiteral("from_station"), e.station},
                {QStringLiteral("changed_by"), e.changedBy},
                {QStringLiteral("changed_at"), e.changedAt},
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("role"), e.role},
                {QStringLiteral("active"), e.active},
                {QStringLiteral("one_time_pin"), e.oneTimePin},
                {QStringLiteral("pin_changed"), pinChanged},
                {QStringLiteral("new_here"), !known},
                {QStringLiteral("record"),
                 QStringLiteral("none: the station where the change was made sent it")}};
            const QString action = outcome == SiteStaffApplied::Applied
                                       ? QStringLiteral("operator.site_changed")
                                   : outcome == SiteStaffApplied::HeldLocally
                                       ? QStringLiteral("operator.site_change_held")
                                       : QStringLiteral("operator.site_change_refused");
            if (outcome == SiteStaffApplied::HeldLocally)
                detail.insert(QStringLiteral("why"),
                              QStringLiteral("it would leave this station without an active "
                                             "administrator"));
            if (outcome == SiteStaffApplied::AnotherPerson) {
                detail.insert(QStringLiteral("why"),
                              QStringLiteral("the staff id is another person's at this station"));
                SiteNote note;
                note.uuid = e.staffId;
                note.otherStation = e.station;
                note.otherTable = tableLabelOf(db, e.station);
                note.otherName = e.name;
                note.ownName = ownName;
                note.reason = QStringLiteral("staff ID %1 is another person's at the site than "
                                             "at this station")
                                  .arg(e.staffId);
                if (QSqlError err = keepStaffCollision(db, note, now); err.isValid())
                    return Database::storageError(err, what);
            }
            if (QSqlError err = appendAudit(db, 0, action, e.staffId, detail, now); err.isValid())
                return Database::storageError(err, what);
        }
        if (QSqlError err = setCursor(db, server, e.seq); err.isValid())
            return Database::storageError(err, what);
        if (outcome == SiteStaffApplied::HeldLocally)
            qCWarning(lcStaff) << "a site staff entry was held: it would disable the station's "
                                  "last administrator";
        if (outcome == SiteStaffApplied::AnotherPerson)
            qCWarning(lcStaff) << "a site staff entry was refused: its staff id is another "
                                  "person's here (listed in the sync problems)";
        return outcome;
    });
}

Result<int> SiteStaffList::noteCollisions(const QList<protocol::SiteStaffCollision> &collisions) {
    if (collisions.isEmpty())
        return 0;
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    const QString what = tr("keeping the site's staff problems");
    return inTransaction(db, what, [&]() -> Result<int> {
        QSqlError error;
        const QString device = ownDevice(db, &error);
        if (error.isValid())
            return Database::storageError(error, what);
        int noted = 0;
        QSqlQuery q(db);
        for (const protocol::SiteStaffCollision &c : collisions) {
            q.prepare(QStringLiteral("SELECT name FROM operators WHERE staff_id = ?"));
            q.addBindValue(c.staffId);
            if (!q.exec())
                return Database::storageError(q.lastError(), what);
            if (!q.next())
                continue; // neither of them is at this table
            const QString ownName = q.value(0).toString();
            SiteNote note;
            note.uuid = c.staffId;
            note.ownName = ownName;
            if (c.station == device) {
                // This table's version was refused: the site holds the other person.
                note.otherStation = c.heldStation;
                note.otherTable = c.heldTable;
                note.otherName = c.heldName;
            } else if (ownName.trimmed() == c.heldName.trimmed()) {
                // This table holds the site's version; another table has another person.
                note.otherStation = c.station;
                note.otherTable = c.table;
                note.otherName = c.name;
            } else {
                continue; // a third person: this table finds it when it applies the entry
            }
            note.reason =
                QStringLiteral("staff ID %1 is another person's at another table").arg(c.staffId);
            bool changed = false;
            if (QSqlError err = keepStaffCollision(db, note, now, &changed); err.isValid())
                return Database::storageError(err, what);
            noted += changed ? 1 : 0;
        }
        return noted;
    });
}

} // namespace station
