// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteStaff.h"

#include "server/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sodium.h>

namespace station::server {

namespace {

QString nowCanonical() {
    return protocol::canonicalSiteStaffTime(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

// The station's rule for a PIN (StationStore::validatePin): not one digit repeated, not a
// run up or down.
bool isGuessable(const QString &pin) {
    const int first = (pin.at(1).unicode() - pin.at(0).unicode() + 10) % 10;
    for (int i = 2; i < pin.size(); ++i) {
        if ((pin.at(i).unicode() - pin.at(i - 1).unicode() + 10) % 10 != first)
            return false;
    }
    return first == 0 || first == 1 || first == 9;
}

// Eight random digits a station accepts, as its one-time PINs are.
QString newOneTimePin() {
    for (;;) {
        QString pin;
        for (int i = 0; i < 8; ++i)
            pin.append(QChar(u'0' + int(randombytes_uniform(10))));
        if (!isGuessable(pin))
            return pin;
    }
}

// The station's Argon2id string for a PIN (StationStore::hashPin's parameters).
QString pinVerifier(const QString &pin) {
    char out[crypto_pwhash_STRBYTES];
    const QByteArray bytes = pin.toUtf8();
    if (crypto_pwhash_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

protocol::SiteStaffEntry entryFrom(const QSqlQuery &q) {
    protocol::SiteStaffEntry e;
    e.staffId = q.value(0).toString();
    e.name = q.value(1).toString();
    e.role = q.value(2).toString();
    e.active = q.value(3).toInt() != 0;
    e.pinVerifier = q.value(4).toString();
    e.oneTimePin = q.value(5).toInt() != 0;
    e.changedAt = q.value(6).toString();
    e.changedBy = q.value(7).toString();
    e.station = q.value(8).toString();
    e.seq = q.value(9).toLongLong();
    e.origin = q.value(10).toString();
    return e;
}

const QString kColumns = QStringLiteral("staff_id, name, role, active, pin_verifier, one_time_pin, "
                                        "changed_at, changed_by, station, seq, origin");

} // namespace

SiteStaff::SiteStaff(Database &database)
    : m_database(database) {}

std::optional<protocol::SiteStaffEntry> SiteStaff::held(const QString &site, const QString &staffId,
                                                        QString *error) {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM site_staff WHERE site = ? AND staff_id = ?").arg(kColumns));
    q.addBindValue(site);
    q.addBindValue(staffId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return protocol::SiteStaffEntry{};
    return entryFrom(q);
}

bool SiteStaff::store(const QString &site, const protocol::SiteStaffEntry &entry,
                      protocol::SiteStaffOutcome *outcome, QString *error) {
    outcome->staffId = entry.staffId;
    const std::optional<protocol::SiteStaffEntry> current = held(site, entry.staffId, error);
    if (!current)
        return false;
    const bool known = !current->staffId.isEmpty();
    // Another person's staff id is never taken over, whichever version is newer. The
    // server's own import decides for the site; an entry held from before origins were kept
    // is its station's own to change.
    if (known && entry.station != serverStation() &&
        !protocol::sameSiteStaffMember(current->origin, current->name, entry.origin, entry.name) &&
        !(current->origin.isEmpty() && current->station == entry.station))
        return refuseCollision(site, entry, *current, outcome, error);
    if (known) {
        const int order = protocol::compareSiteStaffVersions(entry.changedAt, entry.station,
                                                             current->changedAt, current->station);
        if (order <= 0) {
            outcome->status =
                order == 0 ? QStringLiteral("duplicate") : QStringLiteral("superseded");
            outcome->seq = current->seq;
            return true;
        }
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO site_staff_sequence (site, last_seq) VALUES (?, 0) "
                             "ON CONFLICT (site) DO NOTHING"));
    q.addBindValue(site);
    bool ok = q.exec();
    if (ok) {
        // The update takes the row's lock (PostgreSQL) before the read: two writers of one
        // site cannot take the same number.
        q.prepare(QStringLiteral(
            "UPDATE site_staff_sequence SET last_seq = last_seq + 1 WHERE site = ?"));
        q.addBindValue(site);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("SELECT last_seq FROM site_staff_sequence WHERE site = ?"));
        q.addBindValue(site);
        ok = q.exec() && q.next();
    }
    if (!ok) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 seq = q.value(0).toLongLong();
    q.prepare(known ? QStringLiteral("UPDATE site_staff SET name = ?, role = ?, active = ?, "
                                     "pin_verifier = ?, one_time_pin = ?, changed_at = ?, "
                                     "changed_by = ?, station = ?, seq = ?, stored_at = ?, "
                                     "origin = ? WHERE site = ? AND staff_id = ?")
                    : QStringLiteral("INSERT INTO site_staff (name, role, active, pin_verifier, "
                                     "one_time_pin, changed_at, changed_by, station, seq, "
                                     "stored_at, origin, site, staff_id) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An entry from a station before origins keeps the one held.
    const QString origin = entry.origin.isEmpty() ? current->origin : entry.origin;
    for (const QVariant &v :
         {QVariant(entry.name), QVariant(entry.role), QVariant(entry.active ? 1 : 0),
          QVariant(entry.pinVerifier), QVariant(entry.oneTimePin ? 1 : 0),
          QVariant(entry.changedAt),
          entry.changedBy.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(entry.changedBy),
          QVariant(entry.station), QVariant(seq), QVariant(nowCanonical()),
          origin.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(origin),
          QVariant(site), QVariant(entry.staffId)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    outcome->status = QStringLiteral("stored");
    outcome->seq = seq;
    return true;
}

QString SiteStaff::tableOf(const QString &station, QString *error) {
    if (station == serverStation())
        return QStringLiteral("the site's server");
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT table_label FROM devices WHERE device_id = ?"));
    q.addBindValue(station);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool SiteStaff::refuseCollision(const QString &site, const protocol::SiteStaffEntry &entry,
                                const protocol::SiteStaffEntry &held,
                                protocol::SiteStaffOutcome *outcome, QString *error) {
    error->clear();
    const QString heldTable = tableOf(held.station, error);
    if (!error->isEmpty())
        return false;
    // Kept (once per staff id and station) so that every table of the site, the one that
    // holds the site's version too, lists the collision for its staff.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO site_staff_collisions (site, staff_id, station, name, held_station, "
        "held_name, noted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site, staff_id, station) "
        "DO UPDATE SET name = excluded.name, held_station = excluded.held_station, "
        "held_name = excluded.held_name"));
    for (const QVariant &v :
         {QVariant(site), QVariant(entry.staffId), QVariant(entry.station), QVariant(entry.name),
          QVariant(held.station), QVariant(held.name), QVariant(nowCanonical())})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    outcome->status = QStringLiteral("rejected");
    outcome->seq = 0;
    // No names: the station logs this sentence.
    outcome->reason =
        QStringLiteral("staff ID %1 is another person's at this site (added at %2): give one "
                       "of them another staff ID")
            .arg(entry.staffId, heldTable.isEmpty() ? held.station : heldTable);
    qCInfo(lcServer) << "a staff entry was refused: its staff id is another person's at the site";
    return true;
}

std::optional<QList<protocol::SiteStaffOutcome>>
SiteStaff::post(const QString &site, const QList<protocol::SiteStaffEntry> &entries,
                QString *error) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    QList<protocol::SiteStaffOutcome> outcomes;
    for (const protocol::SiteStaffEntry &entry : entries) {
        protocol::SiteStaffOutcome outcome;
        if (!store(site, entry, &outcome, error)) {
            db.rollback();
            return std::nullopt;
        }
        outcomes.append(outcome);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return outcomes;
}

std::optional<protocol::SiteStaffPage> SiteStaff::page(const QString &site, qint64 after, int limit,
                                                       QString *error) {
    protocol::SiteStaffPage page;
    page.site = site;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT last_seq FROM site_staff_sequence WHERE site = ?"));
    q.addBindValue(site);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (q.next())
        page.lastSeq = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT %1 FROM site_staff WHERE site = ? AND seq > ? "
                             "ORDER BY seq LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(site);
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        if (page.entries.size() == limit) {
            page.more = true;
            break;
        }
        page.entries.append(entryFrom(q));
    }
    q.prepare(QStringLiteral(
        "SELECT c.staff_id, c.station, COALESCE(d.table_label, ''), c.name, c.held_station, "
        "COALESCE(h.table_label, ''), c.held_name FROM site_staff_collisions c "
        "LEFT JOIN devices d ON d.device_id = c.station "
        "LEFT JOIN devices h ON h.device_id = c.held_station "
        "WHERE c.site = ? ORDER BY c.staff_id, c.station"));
    q.addBindValue(site);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        page.collisions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString()});
    return page;
}

std::optional<QList<ImportedStaff>>
SiteStaff::import(const QString &site, const QList<protocol::StaffListPerson> &people,
                  QString *error) {
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium cannot start");
        return std::nullopt;
    }
    // The Argon2id work first, outside the transaction.
    QList<ImportedStaff> done;
    QList<protocol::SiteStaffEntry> entries;
    const QString at = nowCanonical();
    for (const protocol::StaffListPerson &person : people) {
        const std::optional<protocol::SiteStaffEntry> current = held(site, person.staffId, error);
        if (!current)
            return std::nullopt;
        protocol::SiteStaffEntry e = *current;
        ImportedStaff imported{person.staffId, person.name, {}};
        if (current->staffId.isEmpty()) {
            imported.oneTimePin = newOneTimePin();
            e.staffId = person.staffId;
            e.active = true;
            e.oneTimePin = true;
            e.pinVerifier = pinVerifier(imported.oneTimePin);
            e.origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (e.pinVerifier.isEmpty()) {
                *error = QStringLiteral("the PIN could not be protected");
                return std::nullopt;
            }
        } else if (current->name == person.name && current->role == person.role) {
            continue; // listed as it is already
        }
        e.name = person.name;
        e.role = person.role;
        e.changedAt = at;
        e.changedBy.clear();
        e.station = serverStation();
        entries.append(e);
        done.append(imported);
    }
    const std::optional<QList<protocol::SiteStaffOutcome>> outcomes = post(site, entries, error);
    if (!outcomes)
        return std::nullopt;
    for (const protocol::SiteStaffOutcome &o : *outcomes) {
        if (o.status != QLatin1String("stored")) {
            // A station's change with a later time came in meanwhile, or a clock ahead.
            qCWarning(lcServer) << "import: an entry was not newer than the one held";
        }
    }
    qCInfo(lcServer).nospace() << "staff list imported for site " << site << ": " << done.size()
                               << " entries";
    return done;
}

} // namespace station::server
