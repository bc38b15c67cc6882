// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SiteFactsStore.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/sync/SiteNotes.h"
#include "protocol/SitePersonKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

SiteFactsStore::SiteFactsStore(Database &db, QByteArray siteKey, QString ownStation)
    : m_db(db)
    , m_siteKey(std::move(siteKey))
    , m_ownStation(std::move(ownStation)) {}

QString SiteFactsStore::personKey(const QString &idType, const QString &idNumber) const {
    return protocol::sitePersonKey(m_siteKey, idType, idNumber);
}

std::optional<SiteSighting> SiteFactsStore::personSampledElsewhere(const QString &idType,
                                                                   const QString &idNumber,
                                                                   const QDateTime &since) const {
    if (m_siteKey.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.station, f.table_label, f.tube, f.at FROM site_facts f "
        "WHERE f.person_key = ? AND f.kind = 'person_sampled' AND f.at >= ? AND f.station <> ? "
        "AND NOT EXISTS (SELECT 1 FROM site_facts u WHERE u.sample_uuid = f.sample_uuid "
        "AND u.kind = 'person_unsampled') ORDER BY f.at DESC LIMIT 1"));
    q.addBindValue(personKey(idType, idNumber));
    q.addBindValue(isoUtc(since));
    q.addBindValue(m_ownStation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SiteSighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromIsoUtc(q.value(3).toString())};
}

std::optional<SiteSighting> SiteFactsStore::tubeUsedElsewhere(const QString &tube) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT station, table_label, tube, at FROM site_facts "
                             "WHERE tube = ? AND kind = 'tube_state' AND station <> ? "
                             "AND state IS NOT 'boxed' ORDER BY seq LIMIT 1"));
    q.addBindValue(tube);
    q.addBindValue(m_ownStation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SiteSighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromIsoUtc(q.value(3).toString())};
}

namespace {

QDateTime optionalTime(const QVariant &value) {
    return value.isNull() ? QDateTime() : fromIsoUtc(value.toString());
}

} // namespace

std::optional<SiteTubeWhereabouts> SiteFactsStore::tubeWhereabouts(const QString &tube) const {
    return whereaboutsOfTube(tube, QString());
}

std::optional<SiteTubeWhereabouts>
SiteFactsStore::ownTubeWhereabouts(const QString &tube, const QString &tubeUuid) const {
    return whereaboutsOfTube(tube, tubeUuid);
}

std::optional<SiteTubeWhereabouts>
SiteFactsStore::whereaboutsOfTube(const QString &tube, const QString &ownTubeUuid) const {
    // For this station's own tube: only the facts that are about it (see ownTubeWhereabouts).
    const QString mine =
        ownTubeUuid.isEmpty()
            ? QString()
            : QStringLiteral(" AND (tube_uuid = ? OR NOT EXISTS (SELECT 1 FROM site_notes n "
                             "WHERE n.uuid = ? AND n.kind = 'tube_code_reused'))");
    const auto bind = [&](QSqlQuery &q) {
        q.addBindValue(tube);
        if (!ownTubeUuid.isEmpty()) {
            q.addBindValue(ownTubeUuid);
            q.addBindValue(ownTubeUuid);
        }
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT tube_uuid, state, station, table_label, at, box, box_uuid "
                             "FROM site_facts WHERE tube = ? AND kind = 'tube_state'") +
              mine + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    bind(q);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SiteTubeWhereabouts w;
    w.tube = tube;
    w.tubeUuid = q.value(0).toString();
    w.state = q.value(1).toString();
    w.station = q.value(2).toString();
    w.table = q.value(3).toString();
    w.at = fromIsoUtc(q.value(4).toString());
    w.box = q.value(5).toString();
    w.boxUuid = q.value(6).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT station, table_label, at, people, tube_uuid FROM site_facts "
                             "WHERE tube = ? AND kind = 'tube_state' AND state = 'sealed'") +
              mine + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    bind(q);
    if (q.exec() && q.next()) {
        w.sealedStation = q.value(0).toString();
        w.sealedTable = q.value(1).toString();
        w.sealedAt = fromIsoUtc(q.value(2).toString());
        w.people = q.value(3).isNull() ? -1 : q.value(3).toInt();
        if (w.tubeUuid.isEmpty())
            w.tubeUuid = q.value(4).toString();
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT at FROM site_facts WHERE tube = ? AND kind = 'tube_state' "
                             "AND state = 'opened'") +
              mine + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    bind(q);
    if (q.exec() && q.next())
        w.openedAt = fromIsoUtc(q.value(0).toString());
    return w;
}

std::optional<BoxOfSite> SiteFactsStore::sealedBox(const char *column, const QString &value) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT box, box_uuid, station, table_label, at, tube_count, "
                             "person_count, tubes FROM site_facts WHERE kind = 'box_state' "
                             "AND state = 'sealed' AND %1 = ? ORDER BY seq DESC LIMIT 1")
                  .arg(QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BoxOfSite b;
    b.box = q.value(0).toString();
    b.boxUuid = q.value(1).toString();
    b.station = q.value(2).toString();
    b.table = q.value(3).toString();
    b.sealedAt = fromIsoUtc(q.value(4).toString());
    b.tubeCount = q.value(5).toInt();
    b.personCount = q.value(6).toInt();
    const QJsonArray tubes = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
    for (const QJsonValue &entry : tubes) {
        const QJsonObject t = entry.toObject();
        b.tubes.append({t.value(QLatin1String("tube")).toString(),
                        t.value(QLatin1String("tube_uuid")).toString(),
                        t.value(QLatin1String("people")).toInt(),
                        t.value(QLatin1String("station")).toString(),
                        t.value(QLatin1String("table")).toString()});
    }
    q.finish();
    completeBox(b);
    return b;
}

void SiteFactsStore::completeBox(BoxOfSite &box) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT station, table_label, at FROM site_facts WHERE "
                             "kind = 'box_state' AND state = 'handed_over' AND box_uuid = ? "
                             "ORDER BY seq LIMIT 1"));
    q.addBindValue(box.boxUuid);
    if (q.exec() && q.next()) {
        box.handedOverStation = q.value(0).toString();
        box.handedOverTable = q.value(1).toString();
        box.handedOverAt = optionalTime(q.value(2));
    }
    q.finish();
    // The facts carry no swab times: a tube's opening is the earliest its first swab can be.
    for (const SiteBoxTube &t : std::as_const(box.tubes)) {
        q.prepare(QStringLiteral("SELECT MIN(at) FROM site_facts WHERE tube = ? AND "
                                 "kind = 'tube_state' AND state IN ('opened', 'sealed')"));
        q.addBindValue(t.tube);
        if (q.exec() && q.next() && !q.value(0).isNull()) {
            const QDateTime at = fromIsoUtc(q.value(0).toString());
            if (!box.earliestSwabAt.isValid() || at < box.earliestSwabAt)
                box.earliestSwabAt = at;
        }
        q.finish();
    }
    if (!box.earliestSwabAt.isValid())
        box.earliestSwabAt = box.sealedAt;
}

QList<BoxOfSite> SiteFactsStore::sealedBoxesOfOtherTables() const {
    QStringList uuids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.box_uuid FROM site_facts f WHERE f.kind = 'box_state' AND f.state = 'sealed' "
        "AND f.station <> ? AND f.box_uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "site_facts h WHERE h.box_uuid = f.box_uuid AND h.kind = 'box_state' "
        "AND h.state = 'handed_over') "
        // A code two boxes share (box_code_reused) names no one box: each is handed over at
        // the table that packed it, never here by its code.
        "AND NOT EXISTS (SELECT 1 FROM boxes b WHERE b.code = f.box) AND NOT EXISTS (SELECT "
        "1 FROM site_facts o WHERE o.box = f.box AND o.kind = 'box_state' AND o.box_uuid <> "
        "f.box_uuid) GROUP BY f.box_uuid ORDER BY MIN(f.at), MIN(f.seq)"));
    q.addBindValue(m_ownStation);
    if (!q.exec())
        return {};
    while (q.next())
        uuids.append(q.value(0).toString());
    q.finish();
    QList<BoxOfSite> boxes;
    for (const QString &uuid : std::as_const(uuids)) {
        if (std::optional<BoxOfSite> b = sealedBox("box_uuid", uuid))
            boxes.append(*b);
    }
    return boxes;
}

std::optional<BoxCodeElsewhere> SiteFactsStore::boxCodeUsedElsewhere(const QString &boxCode) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Any box_state of another station: a seal or hand-over whose opening this station has
    // not kept (older than two days, or not in yet) still says the code was used.
    q.prepare(QStringLiteral("SELECT box_uuid, station, table_label, state, at FROM site_facts "
                             "WHERE box = ? AND kind = 'box_state' AND station <> ? "
                             "ORDER BY seq"));
    q.addBindValue(boxCode);
    q.addBindValue(m_ownStation);
    if (!q.exec())
        return std::nullopt;
    std::optional<BoxCodeElsewhere> found;
    while (q.next()) {
        const QString state = q.value(3).toString();
        const QDateTime at = fromIsoUtc(q.value(4).toString());
        if (!found) {
            found = BoxCodeElsewhere{};
            found->box = boxCode;
            found->boxUuid = q.value(0).toString();
            found->station = q.value(1).toString();
            found->table = q.value(2).toString();
        }
        if (q.value(0).toString() != found->boxUuid)
            continue; // a second box with the code: the first one is named
        if (state == QLatin1String("handed_over") && !found->handedOverAt.isValid()) {
            found->handedOverAt = at; // possibly at a third table: where it was handed over
            found->handedOverTable = q.value(2).toString();
        } else if (state == QLatin1String("opened") && !found->openedAt.isValid()) {
            found->openedAt = at;
        } else if (state == QLatin1String("sealed") && !found->sealedAt.isValid()) {
            found->sealedAt = at;
        }
    }
    q.finish();
    return found;
}

QStringList SiteFactsStore::tablesOfBoxCode(const QString &boxCode) const {
    QStringList tables;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The packing table of each box: its first fact that is not a hand-over (a hand-over's
    // station is where it was handed over).
    q.prepare(QStringLiteral("SELECT box_uuid, table_label FROM site_facts WHERE box = ? AND "
                             "kind = 'box_state' AND state <> 'handed_over' ORDER BY seq"));
    q.addBindValue(boxCode);
    if (!q.exec())
        return tables;
    QStringList uuids;
    while (q.next()) {
        if (uuids.contains(q.value(0).toString()))
            continue;
        uuids << q.value(0).toString();
        tables << q.value(1).toString();
    }
    return tables;
}

std::optional<BoxOfSite> SiteFactsStore::boxOfOtherTable(const QString &boxCode) const {
    std::optional<BoxOfSite> b = sealedBox("box", boxCode);
    if (!b || b->station == m_ownStation)
        return std::nullopt;
    return b;
}

std::optional<BoxOfSite> SiteFactsStore::handedOverElsewhere(const QString &boxUuid) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT box, station, table_label, at FROM site_facts WHERE "
                             "kind = 'box_state' AND state = 'handed_over' AND box_uuid = ? "
                             "AND station <> ? ORDER BY seq LIMIT 1"));
    q.addBindValue(boxUuid);
    q.addBindValue(m_ownStation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BoxOfSite b;
    b.box = q.value(0).toString();
    b.boxUuid = boxUuid;
    b.station = m_ownStation;
    b.handedOverStation = q.value(1).toString();
    b.handedOverTable = q.value(2).toString();
    b.handedOverAt = fromIsoUtc(q.value(3).toString());
    return b;
}

qint64 SiteFactsStore::cursor(QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT last_seq FROM site_facts_cursor WHERE id = 1"))) {
        *error = q.lastError();
        return 0;
    }
    *error = QSqlError();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SiteFactsStore::count(QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM site_facts")) || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    *error = QSqlError();
    return q.value(0).toLongLong();
}

QSqlError SiteFactsStore::apply(const QJsonArray &facts, qint64 lastSeq, const QDateTime &now) {
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_facts (seq, kind, station, table_label, person_key, tube, "
        "sample_uuid, state, at, tube_uuid, people, box, box_uuid, box_station, tube_count, "
        "person_count, tubes, pool_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    const auto text = [](const QJsonObject &o, const char *name) {
        const QString value = o.value(QLatin1String(name)).toString();
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    const auto number = [](const QJsonObject &o, const char *name) {
        const QJsonValue value = o.value(QLatin1String(name));
        return value.isDouble() ? QVariant(value.toInteger())
                                : QVariant(QMetaType::fromType<int>());
    };
    for (const QJsonValue &value : facts) {
        const QJsonObject o = value.toObject();
        const qint64 seq = o.value(QLatin1String("seq")).toInteger();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (seq <= 0 || kind.isEmpty())
            continue; // not a fact this station can use
        q.addBindValue(seq);
        q.addBindValue(kind);
        q.addBindValue(o.value(QLatin1String("station")).toString());
        q.addBindValue(o.value(QLatin1String("table")).toString());
        q.addBindValue(text(o, "person_key"));
        q.addBindValue(text(o, "tube"));
        q.addBindValue(text(o, "sample_uuid"));
        q.addBindValue(text(o, "state"));
        q.addBindValue(isoUtc(fromIsoUtc(o.value(QLatin1String("at")).toString())));
        // Boxes across tables (tube_state "boxed", box_state); members this station does not
        // know are left out, as are kinds no rule asks about.
        q.addBindValue(text(o, "tube_uuid"));
        q.addBindValue(number(o, "people"));
        q.addBindValue(text(o, "box"));
        q.addBindValue(text(o, "box_uuid"));
        q.addBindValue(text(o, "box_station"));
        q.addBindValue(number(o, "tube_count"));
        q.addBindValue(number(o, "person_count"));
        const QJsonValue tubes = o.value(QLatin1String("tubes"));
        q.addBindValue(tubes.isArray()
                           ? QVariant(QString::fromUtf8(
                                 QJsonDocument(tubes.toArray()).toJson(QJsonDocument::Compact)))
                           : QVariant(QMetaType::fromType<QString>()));
        // person_sampled: the tube's pool size (a server before it sends none: NULL, and
        // the recall rule then treats the sample as not taken alone).
        q.addBindValue(number(o, "pool_size"));
        if (!q.exec())
            return q.lastError();
        if (kind == QLatin1String("recall")) {
            if (QSqlError e = keepRecall(o, seq); e.isValid())
                return e;
        }
        // A record of this station the province did not take, told by the site hub that had
        // accepted it: a sync problem here (SiteNotes).
        // A tube code this station opened too, opened at another table (both cut off from
        // the site at the time): a sync problem here as well as there.
        if (kind == QLatin1String("tube_state") &&
            o.value(QLatin1String("state")).toString() == QLatin1String("opened") &&
            o.value(QLatin1String("station")).toString() != m_ownStation) {
            QSqlDatabase connection = m_db.connection();
            if (QSqlError e = keepTubeCodeClash(connection, o, now); e.isValid())
                return e;
        }
        // A box code this station used too, opened at another table: the same, for boxes.
        if (kind == QLatin1String("box_state") &&
            o.value(QLatin1String("state")).toString() != QLatin1String("handed_over") &&
            o.value(QLatin1String("station")).toString() != m_ownStation) {
            QSqlDatabase connection = m_db.connection();
            if (QSqlError e = keepBoxCodeClash(connection, o, now); e.isValid())
                return e;
        }
        if (kind == QLatin1String("relay_refused") &&
            o.value(QLatin1String("station")).toString() == m_ownStation) {
            QSqlDatabase connection = m_db.connection();
            if (QSqlError e = keepRelayRefusal(connection, o, now); e.isValid())
                return e;
        }
    }
    if (QSqlError e = forgetOldRecalls(now); e.isValid())
        return e;
    // The rules look at today only: facts older than two days go, with the person keys in
    // them (a person key names a person at the site; none is kept longer than needed).
    // Except the samples of a person whose recall is still open (and their undoing): one of
    // them may be the sample alone that answered it, and the recall shows it until the
    // province closes it, however long that takes (sampledAloneElsewhere()).
    q.prepare(QStringLiteral(
        "DELETE FROM site_facts WHERE at < ? AND (sample_uuid IS NULL OR sample_uuid NOT IN ("
        "SELECT s.sample_uuid FROM site_facts s JOIN site_recalls r "
        "ON r.person_key = s.person_key AND r.state = 'open' "
        "WHERE s.kind = 'person_sampled' AND s.sample_uuid IS NOT NULL))"));
    q.addBindValue(isoUtc(now.addDays(-2)));
    if (!q.exec())
        return q.lastError();
    q.prepare(QStringLiteral("INSERT INTO site_facts_cursor (id, last_seq, updated_at) "
                             "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "last_seq = MAX(last_seq, excluded.last_seq), "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(lastSeq);
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return q.lastError();
    return tx.commit();
}

} // namespace station
