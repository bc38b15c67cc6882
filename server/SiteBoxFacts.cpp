// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteBoxFacts.h"

#include "protocol/TableNumber.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

namespace station::server {

namespace {

const QString kTubeState = QStringLiteral("tube_state");
const QString kBoxState = QStringLiteral("box_state");

QString textOrNull(const QString &value) {
    return value.isEmpty() ? QString() : value;
}

// A record's table as the facts carry it: a number in its wire label ("Table 3"), a label in
// its one English form.
QString textOrNumber(const QJsonValue &value) {
    return value.isDouble() ? protocol::tableWireLabel(value.toInt())
                            : protocol::canonicalTableLabel(value.toString());
}

} // namespace

const QList<protocol::RecordKind> &SiteBoxFacts::kinds() {
    using K = protocol::RecordKind;
    static const QList<K> derived{K::TubeOpened,   K::TubeSealed, K::TubeVoided,   K::BoxOpened,
                                  K::BoxTubeAdded, K::BoxSealed,  K::BoxHandedOver};
    return derived;
}

bool SiteBoxFacts::derivesFrom(protocol::RecordKind kind) {
    using K = protocol::RecordKind;
    switch (kind) { // asked once per record stored: no list walked
    case K::TubeOpened:
    case K::TubeSealed:
    case K::TubeVoided:
    case K::BoxOpened:
    case K::BoxTubeAdded:
    case K::BoxSealed:
    case K::BoxHandedOver:
        return true;
    default:
        return false;
    }
}

SiteBoxFacts::SiteBoxFacts(const QSqlDatabase &db, BatchStatement &deviceLabel)
    : m_deviceLabel(deviceLabel)
    , m_insert(db)
    , m_tubeElsewhere(db)
    , m_boxedBefore(db)
    , m_boxTubes(db)
    , m_handedOverBefore(db)
    , m_boxCodeBefore(db) {}

bool SiteBoxFacts::prepare(QSqlError *error) {
    for (auto [query, sql] : std::initializer_list<std::pair<BatchStatement *, QString>>{
             {&m_insert,
              QStringLiteral("INSERT INTO site_facts (site, kind, station, table_label, tube, "
                             "state, at, record_uuid, tube_uuid, box, box_uuid, detail) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")},
             {&m_tubeElsewhere,
              QStringLiteral("SELECT station, table_label FROM site_facts WHERE site = ? AND "
                             "tube = ? AND kind = 'tube_state' AND state <> 'boxed' AND "
                             "station <> ? ORDER BY seq LIMIT 1")},
             {&m_boxedBefore,
              QStringLiteral("SELECT station, table_label, box, at FROM site_facts WHERE site = "
                             "? AND tube = ? AND kind = 'tube_state' AND state = 'boxed' AND "
                             "tube_uuid = ? AND box_uuid <> ? ORDER BY seq LIMIT 1")},
             {&m_boxTubes,
              QStringLiteral("SELECT tube, tube_uuid, detail FROM site_facts WHERE site = ? AND "
                             "box_uuid = ? AND kind = 'tube_state' AND state = 'boxed' ORDER "
                             "BY seq")},
             {&m_handedOverBefore,
              QStringLiteral("SELECT station, table_label, at FROM site_facts WHERE site = ? AND "
                             "box_uuid = ? AND kind = 'box_state' AND state = 'handed_over' "
                             "ORDER BY seq LIMIT 1")},
             {&m_boxCodeBefore,
              QStringLiteral("SELECT station, table_label, at FROM site_facts WHERE site = ? AND "
                             "box = ? AND kind = 'box_state' AND box_uuid <> ? ORDER BY seq "
                             "LIMIT 1")}}) {
        if (!query->prepare(sql)) {
            *error = query->lastError();
            return false;
        }
    }
    return true;
}

bool SiteBoxFacts::insert(const QString &site, const SiteFact &fact, const QString &recordUuid,
                          QSqlError *error) {
    BatchStatement &insert = m_insert;
    insert.addBindValue(site);
    insert.addBindValue(fact.kind);
    insert.addBindValue(fact.station);
    insert.addBindValue(fact.table);
    insert.addBindValue(textOrNull(fact.tube));
    insert.addBindValue(fact.state);
    insert.addBindValue(fact.at);
    insert.addBindValue(recordUuid);
    insert.addBindValue(textOrNull(fact.tubeUuid));
    insert.addBindValue(textOrNull(fact.box));
    insert.addBindValue(textOrNull(fact.boxUuid));
    insert.addBindValue(
        fact.detail.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(fact.detail).toJson(QJsonDocument::Compact)));
    if (!insert.exec()) {
        *error = insert.lastError();
        return false;
    }
    return true;
}

// The table label of `station` (not the record's own) as the facts give it: the device's
// label, else `fallback` (what the record says). Never a label another record of the batch
// gave, so that a hub (one batch of many stations) and the province derive the same.
QString SiteBoxFacts::tableLabelOf(const QString &station, const QString &fallback) {
    auto known = m_deviceLabels.constFind(station);
    if (known == m_deviceLabels.constEnd()) {
        QString label = QStringLiteral("");
        m_deviceLabel.addBindValue(station);
        if (m_deviceLabel.exec() && m_deviceLabel.next())
            label = protocol::canonicalTableLabel(m_deviceLabel.value(0).toString());
        m_deviceLabel.finish();
        known = m_deviceLabels.insert(station, label);
    }
    if (!known->isEmpty())
        return *known;
    return fallback.isNull() ? QStringLiteral("") : fallback;
}

bool SiteBoxFacts::project(const QString &site, const protocol::ValidRecord &record,
                           const QJsonObject &content, SiteFact fact, SiteProjection *out,
                           QSqlError *error) {
    using K = protocol::RecordKind;
    switch (record.kind) {
    case K::TubeVoided:
        fact.kind = kTubeState;
        fact.state = QStringLiteral("voided");
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        break;
    case K::TubeOpened:
        fact.kind = kTubeState;
        fact.state = QStringLiteral("opened");
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        {
            BatchStatement &query = m_tubeElsewhere;
            query.addBindValue(site);
            query.addBindValue(fact.tube);
            query.addBindValue(fact.station);
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
            if (query.next()) {
                SiteNote note = noteFromOtherTable(query, record,
                                                   QStringLiteral("tube_code_reused"), fact.tube);
                note.reason = QStringLiteral("tube code %1 was already used at %2 (%3)")
                                  .arg(note.tube, note.otherTable, note.otherStation);
                out->notes.append(note);
            }
            query.finish();
        }
        break;
    case K::TubeSealed:
        fact.kind = kTubeState;
        fact.state = QStringLiteral("sealed");
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        fact.detail.insert(QStringLiteral("people"),
                           content.value(QLatin1String("people")).toInteger());
        break;
    case K::BoxOpened:
    case K::BoxTubeAdded:
    case K::BoxSealed:
    case K::BoxHandedOver:
        return projectBox(site, record, content, fact, out, error);
    default:
        return true;
    }
    if (!insert(site, fact, record.uuid, error))
        return false;
    ++out->facts;
    return true;
}

bool SiteBoxFacts::projectBox(const QString &site, const protocol::ValidRecord &record,
                              const QJsonObject &content, SiteFact fact, SiteProjection *out,
                              QSqlError *error) {
    using K = protocol::RecordKind;
    // The record's station is the one that packed the box, except for a hand-over done at
    // another station (box_station names the packer then).
    fact.box = content.value(QLatin1String("box")).toString();
    fact.boxUuid = content.value(QLatin1String("box_uuid")).toString();
    const auto insertFact = [&](const SiteFact &made) {
        if (!insert(site, made, record.uuid, error))
            return false;
        ++out->facts;
        return true;
    };
    switch (record.kind) {
    case K::BoxOpened: {
        fact.kind = kBoxState;
        fact.state = QStringLiteral("opened");
        fact.tube.clear();
        // A box code is used once at the site. A table cut off from the others may open a
        // box with a code another table already used: the record is stored all the same
        // (both boxes are real), and the note tells the site.
        BatchStatement &query = m_boxCodeBefore;
        query.addBindValue(site);
        query.addBindValue(fact.box);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        if (query.next()) {
            SiteNote note = noteFromOtherTable(query, record, QStringLiteral("box_code_reused"),
                                               QStringLiteral(""));
            note.box = fact.box;
            note.otherAt = query.value(2).toString();
            note.reason = QStringLiteral("box code %1 was already used at %2 (%3) at %4")
                              .arg(note.box, note.otherTable, note.otherStation, note.otherAt);
            out->notes.append(note);
        }
        query.finish();
        return insertFact(fact);
    }
    case K::BoxTubeAdded: {
        // Where the tube now is: in this box, at the table that packed it. Where it was
        // sealed comes from the record (a tube of another table names it), never from facts
        // this server happens to hold, so that every server derives the same.
        fact.kind = kTubeState;
        fact.state = QStringLiteral("boxed");
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        const QString tubeStation = content.value(QLatin1String("tube_station")).toString();
        const bool elsewhere = !tubeStation.isEmpty() && tubeStation != fact.station;
        fact.detail = QJsonObject{
            {QStringLiteral("people"), content.value(QLatin1String("people")).toInteger()},
            {QStringLiteral("tube_station"), elsewhere ? tubeStation : fact.station},
            {QStringLiteral("tube_table"),
             elsewhere ? tableLabelOf(tubeStation,
                                      textOrNumber(content.value(QLatin1String("tube_table"))))
                       : fact.table}};
        BatchStatement &query = m_boxedBefore;
        query.addBindValue(site);
        query.addBindValue(fact.tube);
        query.addBindValue(fact.tubeUuid);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        if (query.next()) {
            SiteNote note =
                noteFromOtherTable(query, record, QStringLiteral("tube_boxed_twice"), fact.tube);
            note.box = fact.box;
            note.otherBox = query.value(2).toString();
            note.otherAt = query.value(3).toString();
            note.reason = QStringLiteral("tube %1 was already put into box %2 at %3 (%4)")
                              .arg(note.tube, note.otherBox, note.otherTable, note.otherStation);
            out->notes.append(note);
        }
        query.finish();
        return insertFact(fact);
    }
    case K::BoxSealed: {
        fact.kind = kBoxState;
        fact.state = QStringLiteral("sealed");
        fact.tube.clear();
        // The tubes the box was sealed with (the record's list), each with where it was
        // sealed, from the box's boxed facts: the packer's own records, stored before.
        struct Boxed {
            QString tubeUuid;
            QJsonObject detail;
        };
        QHash<QString, Boxed> boxed; // by tube code
        QStringList boxedOrder;
        BatchStatement &query = m_boxTubes;
        query.addBindValue(site);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        while (query.next()) {
            const QString tube = query.value(0).toString();
            if (boxed.contains(tube))
                continue;
            boxedOrder.append(tube);
            boxed.insert(tube,
                         {query.value(1).toString(),
                          QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()});
        }
        query.finish();
        QJsonArray listed = content.value(QLatin1String("tubes")).toArray();
        if (listed.isEmpty()) {
            for (const QString &tube : std::as_const(boxedOrder))
                listed.append(QJsonObject{{QStringLiteral("tube"), tube}});
        }
        QJsonArray tubes;
        for (const QJsonValue &value : std::as_const(listed)) {
            const QJsonObject entry = value.toObject();
            const QString tube = entry.value(QLatin1String("tube")).toString();
            const Boxed known = boxed.value(tube);
            const QJsonValue people = entry.contains(QLatin1String("people"))
                                          ? entry.value(QLatin1String("people"))
                                          : known.detail.value(QLatin1String("people"));
            tubes.append(QJsonObject{
                {QStringLiteral("tube"), tube},
                {QStringLiteral("tube_uuid"),
                 known.tubeUuid.isEmpty() ? entry.value(QLatin1String("tube_uuid")).toString()
                                          : known.tubeUuid},
                {QStringLiteral("people"), people.toInteger()},
                {QStringLiteral("station"),
                 known.detail.value(QLatin1String("tube_station")).toString(fact.station)},
                {QStringLiteral("table"),
                 known.detail.value(QLatin1String("tube_table")).toString(fact.table)}});
        }
        fact.detail = QJsonObject{
            {QStringLiteral("tube_count"), content.value(QLatin1String("tube_count")).toInteger()},
            {QStringLiteral("person_count"),
             content.value(QLatin1String("person_count")).toInteger()},
            {QStringLiteral("tubes"), tubes}};
        return insertFact(fact);
    }
    case K::BoxHandedOver: {
        fact.kind = kBoxState;
        fact.state = QStringLiteral("handed_over");
        fact.tube.clear();
        const QString packer = content.value(QLatin1String("box_station")).toString();
        fact.detail =
            QJsonObject{{QStringLiteral("box_station"), packer.isEmpty() ? fact.station : packer}};
        BatchStatement &query = m_handedOverBefore;
        query.addBindValue(site);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        if (query.next()) {
            SiteNote note = noteFromOtherTable(
                query, record, QStringLiteral("box_handed_over_twice"), QStringLiteral(""));
            note.box = fact.box;
            note.otherAt = query.value(2).toString();
            note.reason = QStringLiteral("box %1 was already handed over at %2 (%3) at %4")
                              .arg(note.box, note.otherTable, note.otherStation, note.otherAt);
            out->notes.append(note);
        }
        query.finish();
        return insertFact(fact);
    }
    default:
        return true;
    }
}

} // namespace station::server
