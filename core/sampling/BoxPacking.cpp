// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: packing sealed tubes into transfer boxes and handing boxes over.
#include "core/sampling/SamplingService.h"

#include "core/Logging.h"
#include "core/sampling/SamplingMutation.h"
#include "protocol/BoxAge.h"
#include "protocol/BoxHandOverRule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

// What the hand-over's own fields lack, the same wherever the box was packed: who hands it
// over and who carries it; the temperature once the first swab is 2 hours old, and one that a
// transport box's thermometer can read. Empty when nothing is wrong.
QString handOverFieldsRefusal(const HandOver &handOver, const QString &boxCode,
                              const QDateTime &earliestSwabAt, const QDateTime &now) {
    if (handOver.handedOverBy.trimmed().isEmpty() || handOver.carriedBy.trimmed().isEmpty())
        return QCoreApplication::translate("station::SamplingService",
                                           "Enter who hands the box over and who carries it.");
    if (protocol::handOverNeedsTemperature(earliestSwabAt, now) && !handOver.temperatureC)
        return QCoreApplication::translate(
                   "station::SamplingService",
                   "The first swab in box %1 is more than 2 hours old: record the temperature.")
            .arg(boxCode);
    if (handOver.temperatureC && !protocol::plausibleTransitTemperature(*handOver.temperatureC))
        return QCoreApplication::translate(
                   "station::SamplingService",
                   "%1 °C cannot be the temperature in a transport box (from %2 to %3 °C). Read "
                   "the thermometer again.")
            .arg(*handOver.temperatureC, 0, 'f', 1)
            .arg(protocol::kTransitTemperatureMinC, 0, 'f', 0)
            .arg(protocol::kTransitTemperatureMaxC, 0, 'f', 0);
    return {};
}

QDateTime optionalTime(const QVariant &v) {
    return v.isNull() ? QDateTime() : fromIsoUtc(v.toString());
}

} // namespace

std::optional<BoxSnapshot> SamplingService::loadBox(const QString &whereSql,
                                                    const QVariant &bind) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, uuid, code, state, opened_at, sealed_at, handed_over_at, "
                             "handed_over_by, carried_by, temperature_c FROM boxes ") +
              whereSql);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BoxSnapshot b;
    b.id = q.value(0).toLongLong();
    b.uuid = q.value(1).toString();
    b.code = q.value(2).toString();
    b.state = boxStateFromKey(q.value(3).toString()).value_or(BoxState::Open);
    b.openedAt = fromIsoUtc(q.value(4).toString());
    b.sealedAt = optionalTime(q.value(5));
    b.handedOverAt = optionalTime(q.value(6));
    b.handedOverBy = q.value(7).toString();
    b.carriedBy = q.value(8).toString();
    if (!q.value(9).isNull())
        b.temperatureC = q.value(9).toDouble();

    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral(
        "SELECT t.code, t.first_swab_at, t.sealed_at, "
        "(SELECT count(*) FROM samples s WHERE s.tube_id = t.id AND s.state = 'active'), "
        "t.uuid, NULL, NULL FROM tubes t WHERE t.box_id = ? "
        "UNION ALL SELECT tube, first_swab_at, sealed_at, people, tube_uuid, tube_station, "
        "tube_table FROM box_site_tubes WHERE box_id = ? ORDER BY 3, 1"));
    t.addBindValue(b.id);
    t.addBindValue(b.id);
    if (t.exec()) {
        while (t.next()) {
            BoxSnapshot::Tube tube;
            tube.code = t.value(0).toString();
            tube.firstSwabAt = optionalTime(t.value(1));
            tube.sealedAt = optionalTime(t.value(2));
            tube.people = t.value(3).toInt();
            tube.uuid = t.value(4).toString();
            tube.station = t.value(5).toString();
            tube.table = t.value(6).toString();
            if (tube.firstSwabAt.isValid() &&
                (!b.earliestSwabAt.isValid() || tube.firstSwabAt < b.earliestSwabAt))
                b.earliestSwabAt = tube.firstSwabAt;
            b.tubes.append(tube);
        }
    }
    return b;
}

BoxSnapshot SamplingService::reloadBox(qint64 id, const BoxSnapshot &fallback) const {
    if (id == 0)
        return openBoxSnapshot().value_or(fallback);
    return loadBox(QStringLiteral("WHERE id = ?"), id).value_or(fallback);
}

std::optional<BoxSnapshot> SamplingService::openBoxSnapshot() const {
    return loadBox(QStringLiteral("WHERE state = 'open'"), {});
}

QList<BoxSnapshot> SamplingService::sealedBoxesAwaitingHandOver() const {
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id FROM boxes WHERE state = 'sealed' ORDER BY sealed_at, id"))) {
        qCWarning(lcDomain) << "listing sealed boxes failed:" << q.lastError().text();
        return {};
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<BoxSnapshot> boxes;
    for (qint64 id : ids) {
        if (std::optional<BoxSnapshot> b = loadBox(QStringLiteral("WHERE id = ?"), id))
            boxes.append(*b);
    }
    return boxes;
}

Result<BoxSnapshot> SamplingService::box(const QString &code) const {
    if (auto b = loadBox(QStringLiteral("WHERE code = ?"), code))
        return *b;
    return makeError(ErrorCode::BoxNotFound, tr("Box %1 is not known at this station.").arg(code));
}

Result<BoxSnapshot> SamplingService::openBox(const QString &code) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    if (const ScanClassification read = ScanClassifier(m_identity.patterns).classify(code);
        read.kind != ScanKind::Box)
        return makeError(ErrorCode::InvalidCode,
                         tr("Not a box code of this site: read %1.").arg(nameScannedText(read)));
    if (loadBox(QStringLiteral("WHERE code = ?"), code))
        return makeError(ErrorCode::BoxCodeUsed,
                         tr("Box %1 was already used; take a new box or bag.").arg(code));
    if (auto open = openBoxSnapshot())
        return makeError(ErrorCode::BoxAlreadyOpen,
                         tr("Box %1 is still being packed. Seal it before starting box %2.")
                             .arg(open->code, code));
    const QDateTime now = m_clock();
    const QString uuid = newRecordUuid();
    const Status done = mutate(tr("opening box %1").arg(code), [&](Mutation &m) -> Status {
        QSqlQuery q(m.db);
        q.prepare(QStringLiteral("INSERT INTO boxes (uuid, code, state, opened_at, opened_by) "
                                 "VALUES (?, ?, 'open', ?, ?)"));
        q.addBindValue(uuid);
        q.addBindValue(code);
        q.addBindValue(isoUtc(now));
        q.addBindValue(m_operator.id);
        if (!q.exec())
            return m.refused(q.lastError());
        QJsonObject c = envelope(now);
        c.insert(QStringLiteral("box"), code);
        c.insert(QStringLiteral("box_uuid"), uuid);
        return m.journal({uuid, protocol::RecordKind::BoxOpened, c}, code, {}, now);
    });
    if (!done)
        return done.error();
    BoxSnapshot opened;
    opened.uuid = uuid;
    opened.code = code;
    opened.openedAt = now;
    return reloadBox(0, opened);
}

Result<BoxSnapshot> SamplingService::addTubeToBox(const QString &tubeCode) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    auto open = openBoxSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenBox,
                         tr("No box is being packed. Scan the box code first."));
    auto tubeSnap = loadTube(QStringLiteral("WHERE t.code = ?"), tubeCode);
    if (!tubeSnap)
        return makeError(ErrorCode::TubeNotFound,
                         tr("Tube %1 is not known at this station.").arg(tubeCode));
    switch (tubeSnap->state) {
    case TubeState::Sealed:
        break;
    case TubeState::Open:
        return makeError(
            ErrorCode::TubeNotSealed,
            tr("Tube %1 is still open. Seal it before it goes into a box.").arg(tubeCode));
    case TubeState::Voided:
        return makeError(ErrorCode::TubeNotSealed,
                         tr("Tube %1 was voided and must not be sent to the lab.").arg(tubeCode));
    case TubeState::Boxed:
    case TubeState::HandedOver:
        return makeError(ErrorCode::TubeAlreadyBoxed,
                         tr("Tube %1 is already in box %2.").arg(tubeCode, tubeSnap->boxCode));
    }
    const QDateTime now = m_clock();
    const Status done = mutate(
        tr("putting tube %1 into box %2").arg(tubeCode, open->code), [&](Mutation &m) -> Status {
            QSqlQuery q(m.db);
            q.prepare(QStringLiteral(
                "UPDATE tubes SET state = 'boxed', box_id = ? WHERE id = ? AND state = 'sealed'"));
            q.addBindValue(open->id);
            q.addBindValue(tubeSnap->id);
            if (!q.exec() || q.numRowsAffected() != 1)
                return m.refused(q.lastError());
            QJsonObject c = envelope(now);
            c.insert(QStringLiteral("box"), open->code);
            c.insert(QStringLiteral("box_uuid"), open->uuid);
            c.insert(QStringLiteral("tube"), tubeCode);
            c.insert(QStringLiteral("tube_uuid"), tubeSnap->uuid);
            c.insert(QStringLiteral("people"), tubeSnap->count());
            return m.journal(
                {newRecordUuid(), protocol::RecordKind::BoxTubeAdded, c}, open->code,
                {{QStringLiteral("tube"), tubeCode}, {QStringLiteral("people"), tubeSnap->count()}},
                now);
        });
    if (!done)
        return done.error();
    return reloadBox(open->id, *open);
}

Result<BoxSnapshot> SamplingService::addSiteTubeToBox(const SealedTubeElsewhere &tube) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    auto open = openBoxSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenBox,
                         tr("No box is being packed. Scan the box code first."));
    if (tube.code.isEmpty() || tube.uuid.isEmpty() || tube.station.isEmpty() ||
        tube.station == m_identity.deviceId || tube.people < 0)
        return makeError(
            ErrorCode::InvalidInput,
            tr("Tube %1 is not a tube sealed at another table of this site.").arg(tube.code));
    if (loadTube(QStringLiteral("WHERE t.code = ?"), tube.code))
        return makeError(
            ErrorCode::InvalidInput,
            tr("Tube %1 is a tube of this station, not of another table.").arg(tube.code));
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT b.code FROM box_site_tubes t JOIN boxes b ON "
                                 "b.id = t.box_id WHERE t.tube = ? OR t.tube_uuid = ?"));
        q.addBindValue(tube.code);
        q.addBindValue(tube.uuid);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("checking tube %1").arg(tube.code));
        if (q.next())
            return makeError(
                ErrorCode::TubeAlreadyBoxed,
                tr("Tube %1 is already in box %2.").arg(tube.code, q.value(0).toString()));
    }
    const QDateTime now = m_clock();
    const auto optionalIso = [](const QDateTime &at) {
        return at.isValid() ? QVariant(isoUtc(at)) : QVariant(QMetaType::fromType<QString>());
    };
    const Status done = mutate(
        tr("putting tube %1 of %2 into box %3").arg(tube.code, tube.table, open->code),
        [&](Mutation &m) -> Status {
            QSqlQuery q(m.db);
            q.prepare(QStringLiteral(
                "INSERT INTO box_site_tubes (box_id, tube, tube_uuid, people, tube_station, "
                "tube_table, first_swab_at, sealed_at, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(open->id);
            q.addBindValue(tube.code);
            q.addBindValue(tube.uuid);
            q.addBindValue(tube.people);
            q.addBindValue(tube.station);
            q.addBindValue(tube.table);
            q.addBindValue(optionalIso(tube.firstSwabAt));
            q.addBindValue(optionalIso(tube.sealedAt));
            q.addBindValue(isoUtc(now));
            q.addBindValue(m_operator.id);
            if (!q.exec())
                return m.refused(q.lastError());
            QJsonObject c = envelope(now);
            c.insert(QStringLiteral("box"), open->code);
            c.insert(QStringLiteral("box_uuid"), open->uuid);
            c.insert(QStringLiteral("tube"), tube.code);
            c.insert(QStringLiteral("tube_uuid"), tube.uuid);
            c.insert(QStringLiteral("people"), tube.people);
            c.insert(QStringLiteral("tube_station"), tube.station);
            c.insert(QStringLiteral("tube_table"), tube.table);
            return m.journal({newRecordUuid(), protocol::RecordKind::BoxTubeAdded, c}, open->code,
                             {{QStringLiteral("tube"), tube.code},
                              {QStringLiteral("people"), tube.people},
                              {QStringLiteral("tube_table"), tube.table}},
                             now);
        });
    if (!done)
        return done.error();
    return reloadBox(open->id, *open);
}

Result<BoxSnapshot> SamplingService::sealBox() {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    auto open = openBoxSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenBox, tr("No box is being packed."));
    if (open->tubes.isEmpty())
        return makeError(ErrorCode::BoxEmpty,
                         tr("Box %1 is empty. Scan sealed tubes into it first.").arg(open->code));
    const QDateTime now = m_clock();
    const Status done = mutate(tr("sealing box %1").arg(open->code), [&](Mutation &m) -> Status {
        QSqlQuery q(m.db);
        q.prepare(QStringLiteral("UPDATE boxes SET state = 'sealed', sealed_at = ?, "
                                 "sealed_tube_count = ?, sealed_person_count = ? "
                                 "WHERE id = ? AND state = 'open'"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(open->tubeCount());
        q.addBindValue(open->personCount());
        q.addBindValue(open->id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return m.refused(q.lastError());
        QJsonArray tubes;
        for (const BoxSnapshot::Tube &t : open->tubes) {
            QJsonObject tube{{QStringLiteral("tube"), t.code},
                             {QStringLiteral("tube_uuid"), t.uuid},
                             {QStringLiteral("people"), t.people}};
            // Where a tube of another table was sealed, as box.tube_added said it.
            if (t.isFromOtherTable()) {
                tube.insert(QStringLiteral("tube_station"), t.station);
                tube.insert(QStringLiteral("tube_table"), t.table);
            }
            tubes.append(tube);
        }
        QJsonObject c = envelope(now);
        c.insert(QStringLiteral("box"), open->code);
        c.insert(QStringLiteral("box_uuid"), open->uuid);
        c.insert(QStringLiteral("tubes"), tubes);
        c.insert(QStringLiteral("tube_count"), open->tubeCount());
        c.insert(QStringLiteral("person_count"), open->personCount());
        return m.journal({newRecordUuid(), protocol::RecordKind::BoxSealed, c}, open->code,
                         {{QStringLiteral("tubes"), open->tubeCount()},
                          {QStringLiteral("people"), open->personCount()}},
                         now);
    });
    if (!done)
        return done.error();
    return reloadBox(open->id, *open);
}

Result<BoxSnapshot> SamplingService::handOverBox(const QString &boxCode, const HandOver &handOver) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    auto b = loadBox(QStringLiteral("WHERE code = ?"), boxCode);
    if (!b)
        return makeError(ErrorCode::BoxNotFound,
                         tr("Box %1 is not known at this station.").arg(boxCode));
    if (b->state != BoxState::Sealed)
        return makeError(ErrorCode::BoxNotSealed,
                         b->state == BoxState::Open
                             ? tr("Box %1 is still being packed; seal it first.").arg(boxCode)
                             : tr("Box %1 was already handed over.").arg(boxCode));
    const QDateTime now = m_clock();
    if (const QString wrong = handOverFieldsRefusal(handOver, boxCode, b->earliestSwabAt, now);
        !wrong.isEmpty())
        return makeError(ErrorCode::InvalidInput, wrong);

    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT sealed_tube_count, sealed_person_count FROM boxes WHERE id = ?"));
    q.addBindValue(b->id);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError(), tr("checking box %1").arg(boxCode));
    const int sealedTubes = q.value(0).toInt();
    const int sealedPeople = q.value(1).toInt();
    q.finish(); // the read ends here, before the transaction begins
    const Reconciliation r = reconcile();
    if (sealedTubes != b->tubeCount() || sealedPeople != b->personCount() || !r.balanced())
        return makeError(ErrorCode::BoxDoesNotReconcile,
                         tr("Box %1 does not reconcile: sealed with %2 tubes and %3 people, now "
                            "%4 tubes and %5 people. Do not hand it over; call the site lead.")
                             .arg(boxCode)
                             .arg(sealedTubes)
                             .arg(sealedPeople)
                             .arg(b->tubeCount())
                             .arg(b->personCount()));

    const Status done = mutate(tr("handing over box %1").arg(boxCode), [&](Mutation &m) -> Status {
        if (Status allowed = m.require(StaffAction::HandOverBox); !allowed.ok())
            return allowed;
        QSqlQuery write(m.db);
        write.prepare(QStringLiteral("UPDATE boxes SET state = 'handed_over', handed_over_at = ?, "
                                     "handed_over_by = ?, carried_by = ?, temperature_c = ? "
                                     "WHERE id = ? AND state = 'sealed'"));
        write.addBindValue(isoUtc(now));
        write.addBindValue(handOver.handedOverBy.trimmed());
        write.addBindValue(handOver.carriedBy.trimmed());
        write.addBindValue(handOver.temperatureC ? QVariant(*handOver.temperatureC)
                                                 : QVariant(QMetaType::fromType<double>()));
        write.addBindValue(b->id);
        if (!write.exec() || write.numRowsAffected() != 1)
            return m.refused(write.lastError());
        write.prepare(QStringLiteral(
            "UPDATE tubes SET state = 'handed_over' WHERE box_id = ? AND state = 'boxed'"));
        write.addBindValue(b->id);
        if (!write.exec())
            return m.failed(write.lastError());
        QJsonObject c = envelope(now);
        c.insert(QStringLiteral("box"), boxCode);
        c.insert(QStringLiteral("box_uuid"), b->uuid);
        c.insert(QStringLiteral("tube_count"), b->tubeCount());
        c.insert(QStringLiteral("person_count"), b->personCount());
        c.insert(QStringLiteral("handed_over_by"), handOver.handedOverBy.trimmed());
        c.insert(QStringLiteral("carried_by"), handOver.carriedBy.trimmed());
        if (handOver.temperatureC)
            c.insert(QStringLiteral("temperature_c"), *handOver.temperatureC);
        if (b->earliestSwabAt.isValid())
            c.insert(QStringLiteral("earliest_swab_at"), isoUtc(b->earliestSwabAt));
        return m.journal({newRecordUuid(), protocol::RecordKind::BoxHandedOver, c}, boxCode,
                         {{QStringLiteral("tubes"), b->tubeCount()},
                          {QStringLiteral("people"), b->personCount()}},
                         now);
    });
    if (!done)
        return done.error();
    return reloadBox(b->id, *b);
}

bool SamplingService::siteBoxHandedOverHere(const QString &boxUuid) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM site_box_hand_overs WHERE box_uuid = ?"));
    q.addBindValue(boxUuid);
    return q.exec() && q.next();
}

std::optional<BoxSnapshot> SamplingService::asHandedOverHere(const BoxSnapshot &box) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT handed_over_at, handed_over_by, carried_by, temperature_c "
                             "FROM site_box_hand_overs WHERE box_uuid = ?"));
    q.addBindValue(box.uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BoxSnapshot handed = box;
    handed.state = BoxState::HandedOver;
    handed.handedOverAt = optionalTime(q.value(0));
    handed.handedOverBy = q.value(1).toString();
    handed.carriedBy = q.value(2).toString();
    handed.temperatureC = q.value(3).isNull() ? qQNaN() : q.value(3).toDouble();
    // Handed over here, whatever another table did too (a conflict the sync problems list).
    handed.handedOverAtTable.clear();
    return handed;
}

Result<BoxSnapshot> SamplingService::handOverSiteBox(const BoxSnapshot &box,
                                                     const HandOver &handOver) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    if (!box.isFromOtherTable() || box.uuid.isEmpty() || box.packedAtStation == m_identity.deviceId)
        return makeError(ErrorCode::InvalidInput,
                         tr("Box %1 is not a box of another table of this site.").arg(box.code));
    if (siteBoxHandedOverHere(box.uuid))
        return makeError(ErrorCode::BoxNotSealed,
                         tr("Box %1 was already handed over.").arg(box.code));
    const QDateTime now = m_clock();
    if (const QString wrong = handOverFieldsRefusal(handOver, box.code, box.earliestSwabAt, now);
        !wrong.isEmpty())
        return makeError(ErrorCode::InvalidInput, wrong);
    const Status done = mutate(
        tr("handing over box %1 of %2").arg(box.code, box.packedAtTable),
        [&](Mutation &m) -> Status {
            if (Status allowed = m.require(StaffAction::HandOverBox); !allowed.ok())
                return allowed;
            QSqlQuery write(m.db);
            write.prepare(QStringLiteral(
                "INSERT INTO site_box_hand_overs (box_uuid, box, box_station, box_table, "
                "tube_count, person_count, handed_over_at, handed_over_by, carried_by, "
                "temperature_c, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            write.addBindValue(box.uuid);
            write.addBindValue(box.code);
            write.addBindValue(box.packedAtStation);
            write.addBindValue(box.packedAtTable);
            write.addBindValue(box.tubeCount());
            write.addBindValue(box.personCount());
            write.addBindValue(isoUtc(now));
            write.addBindValue(handOver.handedOverBy.trimmed());
            write.addBindValue(handOver.carriedBy.trimmed());
            write.addBindValue(handOver.temperatureC ? QVariant(*handOver.temperatureC)
                                                     : QVariant(QMetaType::fromType<double>()));
            write.addBindValue(m_operator.id);
            if (!write.exec())
                return m.refused(write.lastError());
            QJsonObject c = envelope(now);
            c.insert(QStringLiteral("box"), box.code);
            c.insert(QStringLiteral("box_uuid"), box.uuid);
            c.insert(QStringLiteral("box_station"), box.packedAtStation);
            c.insert(QStringLiteral("tube_count"), box.tubeCount());
            c.insert(QStringLiteral("person_count"), box.personCount());
            c.insert(QStringLiteral("handed_over_by"), handOver.handedOverBy.trimmed());
            c.insert(QStringLiteral("carried_by"), handOver.carriedBy.trimmed());
            if (handOver.temperatureC)
                c.insert(QStringLiteral("temperature_c"), *handOver.temperatureC);
            if (box.earliestSwabAt.isValid())
                c.insert(QStringLiteral("earliest_swab_at"), isoUtc(box.earliestSwabAt));
            return m.journal({newRecordUuid(), protocol::RecordKind::BoxHandedOver, c}, box.code,
                             {{QStringLiteral("tubes"), box.tubeCount()},
                              {QStringLiteral("people"), box.personCount()},
                              {QStringLiteral("box_table"), box.packedAtTable}},
                             now);
        });
    if (!done)
        return done.error();
    BoxSnapshot handed = box;
    handed.state = BoxState::HandedOver;
    handed.handedOverAt = now;
    handed.handedOverBy = handOver.handedOverBy.trimmed();
    handed.carriedBy = handOver.carriedBy.trimmed();
    if (handOver.temperatureC)
        handed.temperatureC = *handOver.temperatureC;
    return handed;
}

QList<BoxSnapshot::Tube> SamplingService::sealedTubesNotBoxed() const {
    QList<BoxSnapshot::Tube> tubes;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT t.code, t.first_swab_at, t.sealed_at, "
            "(SELECT count(*) FROM samples s WHERE s.tube_id = t.id AND s.state = 'active'), "
            "t.uuid FROM tubes t WHERE t.state = 'sealed' AND t.box_id IS NULL "
            "ORDER BY t.sealed_at, t.id"))) {
        qCWarning(lcDomain) << "listing unboxed tubes failed:" << q.lastError().text();
        return tubes;
    }
    while (q.next()) {
        BoxSnapshot::Tube t;
        t.code = q.value(0).toString();
        t.firstSwabAt = optionalTime(q.value(1));
        t.sealedAt = optionalTime(q.value(2));
        t.people = q.value(3).toInt();
        t.uuid = q.value(4).toString();
        tubes.append(t);
    }
    return tubes;
}

Reconciliation SamplingService::reconcile() const {
    Reconciliation r;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral(
            "SELECT "
            " sum(CASE WHEN t.state IN ('sealed', 'boxed', 'handed_over') THEN 1 ELSE 0 END), "
            " sum(CASE WHEN t.box_id IS NOT NULL THEN 1 ELSE 0 END), "
            " sum(CASE WHEN t.state = 'sealed' AND t.box_id IS NULL THEN 1 ELSE 0 END) "
            "FROM samples s JOIN tubes t ON t.id = s.tube_id WHERE s.state = 'active'")) &&
        q.next()) {
        r.peopleInClosedTubes = q.value(0).toInt();
        r.peopleInBoxes = q.value(1).toInt();
        r.peopleInUnboxedSealedTubes = q.value(2).toInt();
    }
    if (q.exec(QStringLiteral(
            "SELECT count(*) FROM tubes WHERE state = 'sealed' AND box_id IS NULL")) &&
        q.next())
        r.unboxedSealedTubes = q.value(0).toInt();
    return r;
}

} // namespace station
