// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HubHandOver.h"

#include "protocol/BoxHandOverRule.h"
#include "protocol/RecordKinds.h"
#include "protocol/TimeOrderedUuid.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/RecordStore.h"
#include "server/UpstreamQueue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace station::server {

namespace {

// How the hub names itself where a table gives its label (as at its enrollment at the
// province, server/UpstreamRelay): the stations show it as "the site hub" in their language
// (table/TableLabel).
const QString kHubLabel = QStringLiteral("site hub");

QString iso(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString shown(const QString &isoTime) {
    const QDateTime t = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("-");
}

// A table as the facts name it: its label and station ("Table 2 (gz-th-0001-t02)").
QString tableOf(const QString &label, const QString &station) {
    if (label.isEmpty())
        return station;
    return station.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, station);
}

// "1 tube, 1 person", "2 tubes, 11 people".
QString tubesAndPeople(int tubes, int people) {
    return QStringLiteral("%1 %2, %3 %4")
        .arg(tubes)
        .arg(tubes == 1 ? QStringLiteral("tube") : QStringLiteral("tubes"))
        .arg(people)
        .arg(people == 1 ? QStringLiteral("person") : QStringLiteral("people"));
}

struct BoxTube {
    QString tube;
    int people = 0;
    QString station; // where it was sealed
    QString table;
};

// A box of the hub's site as its facts tell it.
struct BoxAtHub {
    enum class Found { Sealed, NotSealed, OtherSite, Unknown, TwoBoxes };
    Found found = Found::Unknown;
    QString box, boxUuid;
    QString station, table; // the packer; NotSealed: where it is being packed
    QString sealedAt;
    QString otherSite;    // OtherSite
    QStringList packedAt; // TwoBoxes: where each box with the code is packed, first first
    int tubeCount = 0;
    int personCount = 0;
    QList<BoxTube> tubes;
    QList<protocol::SealedBoxTube> tubesNow;
    QDateTime earliestSwabAt;
    QString handedOverStation, handedOverTable, handedOverAt; // empty when it still waits
};

// Reads the box `code` of `site` from the hub's facts (the same facts the stations keep and
// judge by: core/sync/SiteFactsStore). False with *error when a statement fails.
bool readBox(const QSqlDatabase &db, const QString &site, const QString &code, BoxAtHub *box,
             QSqlError *error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (q.exec())
            return true;
        *error = q.lastError();
        return false;
    };
    *box = BoxAtHub();
    box->box = code;
    // Two boxes with one code (a table cut off from the site opened a code another table
    // had used: box_code_reused): which one the courier has, the hub cannot tell.
    if (!run(QStringLiteral("SELECT box_uuid, station, table_label FROM site_facts WHERE site = "
                            "? AND box = ? AND kind = 'box_state' AND state <> 'handed_over' "
                            "ORDER BY seq"),
             {site, code}))
        return false;
    {
        QStringList uuids;
        QStringList tables;
        while (q.next()) {
            if (uuids.contains(q.value(0).toString()))
                continue;
            uuids.append(q.value(0).toString());
            tables.append(tableOf(q.value(2).toString(), q.value(1).toString()));
        }
        q.finish();
        if (uuids.size() > 1) {
            box->found = BoxAtHub::Found::TwoBoxes;
            box->packedAt = tables;
            return true;
        }
    }
    if (!run(QStringLiteral("SELECT box_uuid, station, table_label, at, detail FROM site_facts "
                            "WHERE site = ? AND box = ? AND kind = 'box_state' AND state = "
                            "'sealed' ORDER BY seq DESC LIMIT 1"),
             {site, code}))
        return false;
    if (!q.next()) {
        q.finish();
        if (!run(QStringLiteral("SELECT station, table_label FROM site_facts WHERE site = ? AND "
                                "box = ? AND kind = 'box_state' ORDER BY seq DESC LIMIT 1"),
                 {site, code}))
            return false;
        if (q.next()) {
            box->found = BoxAtHub::Found::NotSealed;
            box->station = q.value(0).toString();
            box->table = q.value(1).toString();
            return true;
        }
        q.finish();
        // A hub holds its own site's records only; its projection would name another site's
        // box if one were ever stored here.
        if (!run(QStringLiteral("SELECT site FROM boxes WHERE box = ? AND site <> ? LIMIT 1"),
                 {code, site}))
            return false;
        if (q.next()) {
            box->found = BoxAtHub::Found::OtherSite;
            box->otherSite = q.value(0).toString();
        }
        return true;
    }
    box->found = BoxAtHub::Found::Sealed;
    box->boxUuid = q.value(0).toString();
    box->station = q.value(1).toString();
    box->table = q.value(2).toString();
    box->sealedAt = q.value(3).toString();
    const QJsonObject detail = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    q.finish();
    box->tubeCount = detail.value(QLatin1String("tube_count")).toInt();
    box->personCount = detail.value(QLatin1String("person_count")).toInt();
    for (const QJsonValue &value : detail.value(QLatin1String("tubes")).toArray()) {
        const QJsonObject t = value.toObject();
        box->tubes.append({t.value(QLatin1String("tube")).toString(),
                           t.value(QLatin1String("people")).toInt(),
                           t.value(QLatin1String("station")).toString(box->station),
                           t.value(QLatin1String("table")).toString(box->table)});
    }
    if (!run(QStringLiteral("SELECT station, table_label, at FROM site_facts WHERE site = ? AND "
                            "box_uuid = ? AND kind = 'box_state' AND state = 'handed_over' "
                            "ORDER BY seq LIMIT 1"),
             {site, box->boxUuid}))
        return false;
    if (q.next()) {
        box->handedOverStation = q.value(0).toString();
        box->handedOverTable = q.value(1).toString();
        box->handedOverAt = q.value(2).toString();
    }
    q.finish();
    for (const BoxTube &t : std::as_const(box->tubes)) {
        protocol::SealedBoxTube now{t.tube, t.people, {}, {}, {}, {}};
        if (!run(QStringLiteral("SELECT state, box_uuid, box, table_label FROM site_facts WHERE "
                                "site = ? AND tube = ? AND kind = 'tube_state' ORDER BY seq "
                                "DESC LIMIT 1"),
                 {site, t.tube}))
            return false;
        if (q.next()) {
            now.stateNow = q.value(0).toString();
            now.boxUuidNow = q.value(1).toString();
            now.boxNow = q.value(2).toString();
            now.tableNow = q.value(3).toString();
        }
        q.finish();
        box->tubesNow.append(now);
        // The facts carry no swab times: a tube's opening is the earliest its first swab can
        // be (as a station reckons a box of another table).
        if (!run(QStringLiteral("SELECT MIN(at) FROM site_facts WHERE site = ? AND tube = ? AND "
                                "kind = 'tube_state' AND state IN ('opened', 'sealed')"),
                 {site, t.tube}))
            return false;
        if (q.next() && !q.value(0).isNull()) {
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            if (at.isValid() && (!box->earliestSwabAt.isValid() || at < box->earliestSwabAt))
                box->earliestSwabAt = at;
        }
        q.finish();
    }
    if (!box->earliestSwabAt.isValid())
        box->earliestSwabAt = QDateTime::fromString(box->sealedAt, Qt::ISODateWithMs);
    return true;
}

// Why the box may not be handed over now, in English; empty when it may.
QString refusalOf(const BoxAtHub &box, const QString &site, const HubHandOverRequest &request,
                  const QDateTime &now) {
    switch (box.found) {
    case BoxAtHub::Found::Unknown:
        return QStringLiteral("box %1 is not known at site %2: no table of the site has sealed "
                              "it as far as this hub knows. Sync the table that packed it and "
                              "try again; a box of another site is handed over there.")
            .arg(box.box, site);
    case BoxAtHub::Found::OtherSite:
        return QStringLiteral("box %1 is a box of site %2, not of site %3: it is handed over "
                              "there")
            .arg(box.box, box.otherSite, site);
    case BoxAtHub::Found::TwoBoxes:
        return QStringLiteral("%1 boxes of site %2 have code %3: packed at %4. The hub cannot "
                              "tell which one the courier takes: hand each over at the table "
                              "that packed it, with its own manifest, and tell the laboratory "
                              "that the boxes share the code.")
            .arg(QString::number(box.packedAt.size()), site, box.box,
                 box.packedAt.join(QStringLiteral(" and ")));
    case BoxAtHub::Found::NotSealed:
        return QStringLiteral("box %1 is not sealed: it is still being packed at %2. Seal it "
                              "there first.")
            .arg(box.box, tableOf(box.table, box.station));
    case BoxAtHub::Found::Sealed:
        break;
    }
    if (!box.handedOverAt.isEmpty())
        return QStringLiteral("box %1 was already handed over at %2 at %3")
            .arg(box.box, tableOf(box.handedOverTable, box.handedOverStation),
                 shown(box.handedOverAt));
    const protocol::SealedBoxReconciliation r =
        protocol::reconcileSealedBox(box.boxUuid, box.tubeCount, box.personCount, box.tubesNow);
    if (!r.reconciles) {
        QStringList moved;
        for (const protocol::SealedTubeMoved &m : r.moved)
            moved << (m.voided ? QStringLiteral("tube %1 was voided at %2").arg(m.tube, m.table)
                               : QStringLiteral("tube %1 is now in box %2 at %3")
                                     .arg(m.tube, m.box, m.table));
        QString text = QStringLiteral("box %1 does not reconcile: %2 sealed it with %3 tubes "
                                      "and %4 people; the site's facts list %5 tubes and %6 "
                                      "people")
                           .arg(box.box, tableOf(box.table, box.station))
                           .arg(box.tubeCount)
                           .arg(box.personCount)
                           .arg(r.listedTubes)
                           .arg(r.listedPeople);
        if (!moved.isEmpty())
            text += QStringLiteral("; also: ") + moved.join(QStringLiteral("; "));
        return text + QStringLiteral(". Do not hand it over; check the box with its table.");
    }
    if (request.handedOverBy.trimmed().isEmpty() || request.carriedBy.trimmed().isEmpty())
        return QStringLiteral("name who hands the box over (--handed-over-by) and who carries "
                              "it (--carried-by)");
    if (protocol::handOverNeedsTemperature(box.earliestSwabAt, now) && !request.temperatureC)
        return QStringLiteral("the first swab in box %1 is more than 2 hours old (%2): record "
                              "the temperature with --temperature")
            .arg(box.box, shown(iso(box.earliestSwabAt)));
    if (request.temperatureC && !protocol::plausibleTransitTemperature(*request.temperatureC))
        return QStringLiteral("%1 C cannot be the temperature in a transport box (from %2 to %3 "
                              "C): read the thermometer again")
            .arg(*request.temperatureC, 0, 'f', 1)
            .arg(protocol::kTransitTemperatureMinC, 0, 'f', 0)
            .arg(protocol::kTransitTemperatureMaxC, 0, 'f', 0);
    return {};
}

// The hub's own box.handed_over record, as a station would send it.
QJsonObject handOverRecord(const BoxAtHub &box, const HubUpstreamRow &hub,
                           const HubHandOverRequest &request, const QDateTime &now, qint64 seq,
                           QString *uuid) {
    QJsonObject content{{QStringLiteral("site"), hub.site},
                        {QStringLiteral("station"), hub.hubId},
                        {QStringLiteral("table"), kHubLabel},
                        // The hub's, not a table's: no table of the site dashboard.
                        {QStringLiteral("site_hub"), true},
                        {QStringLiteral("at"), iso(now)},
                        {QStringLiteral("box"), box.box},
                        {QStringLiteral("box_uuid"), box.boxUuid},
                        {QStringLiteral("box_station"), box.station},
                        {QStringLiteral("tube_count"), box.tubeCount},
                        {QStringLiteral("person_count"), box.personCount},
                        {QStringLiteral("handed_over_by"), request.handedOverBy.trimmed()},
                        {QStringLiteral("carried_by"), request.carriedBy.trimmed()}};
    if (request.temperatureC)
        content.insert(QStringLiteral("temperature_c"), *request.temperatureC);
    if (box.earliestSwabAt.isValid())
        content.insert(QStringLiteral("earliest_swab_at"), iso(box.earliestSwabAt));
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    *uuid = protocol::newTimeOrderedUuid(now.toMSecsSinceEpoch());
    return QJsonObject{
        {QStringLiteral("uuid"), *uuid},
        {QStringLiteral("kind"), protocol::recordKindName(protocol::RecordKind::BoxHandedOver)},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("created_at"), iso(now)},
        {QStringLiteral("content"), QString::fromUtf8(bytes)},
        {QStringLiteral("hash"), protocol::sha256Hex(bytes)}};
}

} // namespace

int handOverAtHub(Database &database, const HubHandOverRequest &request, QTextStream &out,
                  QTextStream &err) {
    const auto failed = [&err](const QString &why) {
        err << QStringLiteral("province-server: %1").arg(why) << '\n';
        return 1;
    };
    QString error;
    UpstreamQueue queue(database);
    const std::optional<HubUpstreamRow> hub = queue.hubRow(&error);
    if (!hub)
        return failed(error.isEmpty() ? QStringLiteral("this database is no site hub's: a box is "
                                                       "handed over at a table or at its site's "
                                                       "hub")
                                      : error);
    QSqlDatabase db = database.connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BoxAtHub box;
    if (QSqlError sqlError; !readBox(db, hub->site, request.box, &box, &sqlError))
        return failed(QStringLiteral("cannot read the site's facts: %1").arg(sqlError.text()));
    if (const QString refusal = refusalOf(box, hub->site, request, now); !refusal.isEmpty()) {
        err << QStringLiteral("refused: %1").arg(refusal) << '\n';
        return 1;
    }

    RecordStore store(database);
    // The site key's row is what the hub's batches lock (SiteFacts): it must exist to be
    // locked below.
    if (!store.siteFacts().siteKey(hub->site, &error))
        return failed(QStringLiteral("cannot read the site key: %1").arg(error));
    QSqlQuery seqQuery(db);
    seqQuery.prepare(
        QStringLiteral("SELECT COALESCE(MAX(station_seq), 0) FROM records WHERE station = ?"));
    seqQuery.addBindValue(hub->hubId);
    if (!seqQuery.exec() || !seqQuery.next())
        return failed(
            QStringLiteral("cannot read the hub's records: %1").arg(seqQuery.lastError().text()));
    const qint64 seq = seqQuery.value(0).toLongLong() + 1;
    seqQuery.finish();
    QString uuid;
    const QJsonObject record = handOverRecord(box, *hub, request, now, seq, &uuid);

    // The check again, in the transaction that stores the record, once no batch of a station
    // can be written beside it (the site key's row locked: on SQLite the write lock, on
    // PostgreSQL the row every batch with facts locks): a station's hand-over that arrived
    // since is seen, and this one refused.
    QString lateRefusal;
    const RecordStore::Precondition stillWaiting = [&](QSqlDatabase &tx, QSqlError *sqlError) {
        QSqlQuery lock(tx);
        lock.prepare(QStringLiteral("UPDATE site_keys SET created_at = created_at WHERE site = ?"));
        lock.addBindValue(hub->site);
        if (!lock.exec()) {
            *sqlError = lock.lastError();
            return false;
        }
        BoxAtHub again;
        if (!readBox(tx, hub->site, request.box, &again, sqlError))
            return false;
        lateRefusal = again.boxUuid == box.boxUuid ? refusalOf(again, hub->site, request, now)
                                                   : QStringLiteral("box %1 changed meanwhile; "
                                                                    "try again")
                                                         .arg(request.box);
        return lateRefusal.isEmpty();
    };
    store.setUpstreamQueue([](int) {}); // queued in the same transaction; the relay sends it
    const BatchOutcome outcome =
        store.ingest(DeviceIdentity{hub->hubId, hub->site, DeviceRole::Station}, QJsonArray{record},
                     ServerLimits(), stillWaiting);
    if (outcome.refused) {
        err << QStringLiteral("refused: %1").arg(lateRefusal) << '\n';
        return 1;
    }
    if (!outcome.stored)
        return failed(outcome.error);
    const RecordResult &result = outcome.results.value(0);
    if (result.status != RecordStatus::Accepted)
        return failed(QStringLiteral("the hand-over was not stored (%1): %2")
                          .arg(recordStatusName(result.status), result.reason));
    qCInfo(lcServer) << "box handed over at the hub, record" << uuid;

    out << QStringLiteral("Box %1 handed over at the site hub %2 of site %3 at %4.")
               .arg(box.box, hub->hubId, hub->site, shown(iso(now)))
        << '\n';
    out << QStringLiteral("  carried by: %1; handed over by: %2")
               .arg(request.carriedBy.trimmed(), request.handedOverBy.trimmed());
    if (request.temperatureC)
        out << QStringLiteral("; temperature: %1 C").arg(*request.temperatureC, 0, 'f', 1);
    out << '\n';
    out << QStringLiteral("  packed and sealed at %1 at %2")
               .arg(tableOf(box.table, box.station), shown(box.sealedAt))
        << '\n';
    // Tubes and people by the table that sealed each tube, in the seal's order.
    QStringList order;
    QMap<QString, QPair<int, int>> byTable;
    for (const BoxTube &t : std::as_const(box.tubes)) {
        const QString table = tableOf(t.table, t.station);
        if (!byTable.contains(table))
            order << table;
        byTable[table].first += 1;
        byTable[table].second += t.people;
    }
    for (const QString &table : std::as_const(order))
        out << QStringLiteral("  %1: %2")
                   .arg(table,
                        tubesAndPeople(byTable.value(table).first, byTable.value(table).second))
            << '\n';
    out << QStringLiteral("  total: %1").arg(tubesAndPeople(box.tubeCount, box.personCount))
        << '\n';
    out << QStringLiteral("  record %1, queued for the province; the tables see it with their "
                          "next site facts")
               .arg(uuid)
        << '\n';
    return 0;
}

} // namespace station::server
