// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: putting people into the open tube and taking them out again.
#include "core/sampling/SamplingService.h"

#include "core/Logging.h"
#include "core/TableLabel.h"
#include "core/domain/FreeTextPrivacy.h"
#include "core/sampling/SamplingMutation.h"
#include "core/storage/PersonalDataCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

QString lastChars(const QString &s, int n) {
    return s.right(n).toUpper();
}

// The site's note that another table used the code of this station's tube too (its
// tube.opened record has the tube's uuid), with the people in the tube now, for the tube
// `whereSql` names (on `tubes t`, with `bind` when valid); nullopt when there is none or it
// cannot be read (`error` says which). Reads no member of the tube (nothing to decrypt): a scan
// asks it before the re-test question and again in its transaction.
std::optional<SharedTubeCode> readSharedTubeCode(const QSqlDatabase &db, const QString &whereSql,
                                                 const QVariant &bind, QSqlError *error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t.code, n.other_table, (SELECT COUNT(*) FROM samples s WHERE "
                  "s.tube_id = t.id AND s.state = 'active'), t.uuid FROM tubes t JOIN site_notes "
                  "n ON n.uuid = t.uuid AND n.kind = 'tube_code_reused' %1 "
                  "ORDER BY n.noted_at LIMIT 1")
                  .arg(whereSql));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    *error = QSqlError();
    if (!q.next())
        return std::nullopt;
    SharedTubeCode shared;
    shared.tube = q.value(0).toString();
    shared.otherTable = q.value(1).toString();
    shared.people = q.value(2).toInt();
    shared.tubeUuid = q.value(3).toString();
    return shared;
}

std::optional<SharedTubeCode> readSharedTubeCode(const QSqlDatabase &db, const QString &tubeUuid,
                                                 QSqlError *error) {
    return readSharedTubeCode(db, QStringLiteral("WHERE t.uuid = ?"), tubeUuid, error);
}

} // namespace

std::optional<SharedTubeCode> SamplingService::sharedTubeCode(const QString &tubeUuid) const {
    QSqlError error;
    std::optional<SharedTubeCode> shared = readSharedTubeCode(m_db.connection(), tubeUuid, &error);
    if (error.isValid())
        qCWarning(lcDomain) << "cannot read the site's notes on a tube:" << error.text();
    return shared;
}

std::optional<SharedTubeCode> SamplingService::sharedOpenTubeCode() const {
    QSqlError error;
    std::optional<SharedTubeCode> shared = readSharedTubeCode(
        m_db.connection(), QStringLiteral("WHERE t.state = 'open'"), QVariant(), &error);
    if (error.isValid())
        qCWarning(lcDomain) << "cannot read the site's notes on the open tube:" << error.text();
    return shared;
}

QString SamplingService::sharedTubeCodeRefusal(const SharedTubeCode &shared) {
    const QString other =
        shared.otherTable.isEmpty() ? tr("another table") : shownTableLabel(shared.otherTable);
    if (shared.people == 0)
        return tr("Tube %1's code was also used at %2: nobody goes into it. Put it aside, mark "
                  "it for the site lead, and scan a new tube (this empty one is then replaced).")
            .arg(shared.tube, other);
    return tr("Tube %1's code was also used at %2: no one more goes into it. Seal it now (its "
              "%n people stay in it), mark it for the site lead, and open a new tube.",
              nullptr, shared.people)
        .arg(shared.tube, other);
}

Result<SampleAdded> SamplingService::addResident(const ResidentCode &resident, EntryMethod method,
                                                 bool retestConfirmed) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    auto open = openTubeSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenTube,
                         tr("No tube is open. Scan the tube first, then the resident."));
    if (open->isFull())
        return makeError(ErrorCode::TubeFull,
                         tr("Tube %1 is full. Scan the next tube.").arg(open->code));
    if (const std::optional<SharedTubeCode> shared = sharedTubeCode(open->uuid)) {
        qCInfo(lcDomain) << "scan into a tube whose code another table used refused";
        return makeError(ErrorCode::TubeCodeShared, sharedTubeCodeRefusal(*shared));
    }

    const QDateTime now = m_clock();
    Result<SampleAdded> added =
        mutate(tr("saving the sample in tube %1").arg(open->code), [&](Mutation &m) {
            return writeSample(m, *open, resident, method, retestConfirmed, now);
        });
    if (!added)
        return added;
    TubeSnapshot fallback = *open;
    if (added->tubeSealed)
        fallback.state = TubeState::Sealed;
    added.value().tube = reloadTube(open->id, fallback);
    return added;
}

Result<SampleAdded> SamplingService::writeSample(Mutation &m, const TubeSnapshot &tube,
                                                 const ResidentCode &resident, EntryMethod method,
                                                 bool retestConfirmed, const QDateTime &now) {
    const TubeSnapshot *open = &tube;
    // Read again in the transaction: the site's note may have come since the tube was read.
    QSqlError noteError;
    if (const std::optional<SharedTubeCode> shared =
            readSharedTubeCode(m.db, open->uuid, &noteError))
        return makeError(ErrorCode::TubeCodeShared, sharedTubeCodeRefusal(*shared));
    if (noteError.isValid())
        return m.failed(noteError);
    const QDate date = siteDate(now);
    const QString day = date.toString(Qt::ISODate);
    const QString personKey = m_codec.personKey(resident.idType, resident.idNumber, date);
    const QString masked = maskIdNumber(resident.idNumber);
    QSqlQuery q(m.db);

    q.prepare(QStringLiteral("SELECT position FROM samples WHERE tube_id = ? AND person_key = ? "
                             "AND state = 'active'"));
    q.addBindValue(open->id);
    q.addBindValue(personKey);
    if (!q.exec())
        return m.failed(q.lastError());
    if (q.next())
        return makeError(ErrorCode::PersonAlreadyInTube,
                         tr("%1 (%2) is already in tube %3 at position %4.")
                             .arg(resident.name, masked, open->code)
                             .arg(q.value(0).toInt()));

    q.prepare(
        QStringLiteral("SELECT t.code, s.taken_at FROM samples s JOIN tubes t ON t.id = s.tube_id "
                       "WHERE s.person_key = ? AND s.taken_day = ? AND s.state = 'active' "
                       "ORDER BY s.taken_at DESC LIMIT 1"));
    q.addBindValue(personKey);
    q.addBindValue(day);
    if (!q.exec())
        return m.failed(q.lastError());
    const bool seenToday = q.next();
    // A re-test: seen here today, or confirmed because another table of the site
    // sampled this person today (the server then does not note it).
    const bool retest = seenToday || retestConfirmed;
    if (seenToday && !retestConfirmed)
        return makeError(ErrorCode::RetestNeedsConfirmation,
                         tr("%1 (%2) was already sampled today at %3 in tube %4. Sample again?")
                             .arg(resident.name, masked,
                                  fromIsoUtc(q.value(1).toString())
                                      .toLocalTime()
                                      .toString(QStringLiteral("HH:mm")),
                                  q.value(0).toString()));

    // The lowest free position: a removed person's place is taken by the next one.
    int position = 1;
    q.prepare(QStringLiteral("SELECT position FROM samples WHERE tube_id = ? AND state = "
                             "'active' ORDER BY position"));
    q.addBindValue(open->id);
    if (!q.exec())
        return m.failed(q.lastError());
    int activeCount = 0;
    bool gapFound = false;
    while (q.next()) {
        ++activeCount;
        if (!gapFound && q.value(0).toInt() == position)
            ++position;
        else
            gapFound = true;
    }
    if (q.lastError().isValid())
        return m.failed(q.lastError());
    if (activeCount >= open->poolSize)
        return makeError(ErrorCode::TubeFull,
                         tr("Tube %1 is full. Scan the next tube.").arg(open->code));

    const QString uuid = newRecordUuid();
    q.prepare(QStringLiteral(
        "INSERT INTO samples (uuid, tube_id, position, state, person_key, registration_id, "
        "id_type, id_masked, id_tail, name, id_number, phone, address, group_code, "
        "entry_method, operator_id, taken_at, taken_day, retest_confirmed) "
        "VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto sealField = [&](const QString &value, const char *column) -> QVariant {
        if (value.isEmpty())
            return QVariant(QMetaType::fromType<QByteArray>());
        return m_codec.seal(value, uuid, QString::fromLatin1(column), date);
    };
    q.addBindValue(uuid);
    q.addBindValue(open->id);
    q.addBindValue(position);
    q.addBindValue(personKey);
    q.addBindValue(resident.registrationId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(resident.registrationId));
    q.addBindValue(idTypeCode(resident.idType));
    q.addBindValue(masked);
    q.addBindValue(lastChars(resident.idNumber, 4));
    q.addBindValue(m_codec.seal(resident.name, uuid, QStringLiteral("name"), date));
    q.addBindValue(m_codec.seal(resident.idNumber, uuid, QStringLiteral("id_number"), date));
    q.addBindValue(sealField(resident.phone, "phone"));
    q.addBindValue(sealField(resident.address, "address"));
    q.addBindValue(resident.group.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(resident.group));
    q.addBindValue(entryMethodKey(method));
    q.addBindValue(m_operator.id);
    q.addBindValue(isoUtc(now));
    q.addBindValue(day);
    q.addBindValue(retest ? 1 : 0);
    if (!q.exec())
        return m.refused(q.lastError());
    SampleAdded recorded;
    recorded.sampleId = q.lastInsertId().toLongLong();
    recorded.sampleUuid = uuid;
    recorded.position = position;

    if (!open->firstSwabAt.isValid()) {
        q.prepare(QStringLiteral("UPDATE tubes SET first_swab_at = ? WHERE id = ?"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(open->id);
        if (!q.exec())
            return m.failed(q.lastError());
    }

    QJsonObject c = envelope(now);
    c.insert(QStringLiteral("sample_uuid"), uuid);
    c.insert(QStringLiteral("tube"), open->code);
    c.insert(QStringLiteral("tube_uuid"), open->uuid);
    c.insert(QStringLiteral("position"), position);
    c.insert(QStringLiteral("pool_size"), open->poolSize);
    c.insert(QStringLiteral("rid"), resident.registrationId);
    c.insert(QStringLiteral("name"), resident.name);
    c.insert(QStringLiteral("id_type"), idTypeCode(resident.idType));
    c.insert(QStringLiteral("id_number"), resident.idNumber);
    if (!resident.phone.isEmpty())
        c.insert(QStringLiteral("phone"), resident.phone);
    if (!resident.address.isEmpty())
        c.insert(QStringLiteral("address"), resident.address);
    if (!resident.group.isEmpty())
        c.insert(QStringLiteral("group"), resident.group);
    c.insert(QStringLiteral("entry"), entryMethodKey(method));
    c.insert(QStringLiteral("sample_type"), QStringLiteral("throat_swab"));
    c.insert(QStringLiteral("retest_confirmed"), retest);
    QJsonObject audit{{QStringLiteral("tube"), open->code},
                      {QStringLiteral("position"), position},
                      {QStringLiteral("entry"), entryMethodKey(method)}};
    if (retest)
        audit.insert(QStringLiteral("retest_confirmed"), true);
    if (Status s = m.journal({uuid, protocol::RecordKind::SampleTaken, c}, uuid, audit, now);
        !s.ok())
        return s.error();

    // Counted inside the transaction, not from the snapshot read before it.
    const int count = activeCount + 1;
    recorded.tubeSealed = count >= open->poolSize;
    if (recorded.tubeSealed) {
        q.prepare(QStringLiteral("UPDATE tubes SET state = 'sealed', sealed_at = ? WHERE "
                                 "id = ? AND state = 'open'"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(open->id);
        if (!q.exec())
            return m.failed(q.lastError());
        QJsonObject s = envelope(now);
        s.insert(QStringLiteral("tube"), open->code);
        s.insert(QStringLiteral("tube_uuid"), open->uuid);
        s.insert(QStringLiteral("people"), count);
        s.insert(QStringLiteral("pool_size"), open->poolSize);
        s.insert(QStringLiteral("reason"), QString());
        if (Status journaled = m.journal(
                {newRecordUuid(), protocol::RecordKind::TubeSealed, s}, open->code,
                {{QStringLiteral("people"), count}, {QStringLiteral("at_capacity"), true}}, now);
            !journaled.ok())
            return journaled.error();
    }
    return recorded;
}

Result<TubeSnapshot> SamplingService::removeSample(qint64 sampleId, const QString &reasonIn) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         tr("Say why the person is removed (a reason is required)."));
    if (const QString personal = personalDataInFreeText(reason); !personal.isEmpty())
        return makeError(ErrorCode::InvalidInput, personal);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.uuid, s.state, s.position, t.id, t.code, t.state, "
                             "t.uuid, t.seal_reason FROM samples s JOIN tubes t "
                             "ON t.id = s.tube_id WHERE s.id = ?"));
    q.addBindValue(sampleId);
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::SampleNotFound, tr("That sample is not known."));
    const QString uuid = q.value(0).toString();
    const QString sampleState = q.value(1).toString();
    const int position = q.value(2).toInt();
    const qint64 tubeId = q.value(3).toLongLong();
    const QString tubeCode = q.value(4).toString();
    const TubeState tubeState = tubeStateFromKey(q.value(5).toString()).value_or(TubeState::Open);
    const QString tubeUuid = q.value(6).toString();
    const bool sealedAtCapacity = q.value(7).isNull() || q.value(7).toString().isEmpty();
    q.finish(); // the read ends here, before the transaction begins
    if (sampleState != QLatin1String("active"))
        return makeError(ErrorCode::SampleNotFound,
                         tr("That person was already removed from tube %1.").arg(tubeCode));

    // A tube that sealed itself at capacity may be reopened to correct its last person,
    // as long as it is not boxed and no other tube has been opened since.
    bool reopen = false;
    if (tubeState == TubeState::Sealed) {
        auto other = openTubeSnapshot();
        if (!sealedAtCapacity || other)
            return makeError(ErrorCode::TubeNotOpen,
                             tr("Tube %1 is sealed; people can only be removed from the open "
                                "tube. Void the tube if its swabs are unusable.")
                                 .arg(tubeCode));
        reopen = true;
    } else if (tubeState != TubeState::Open) {
        return makeError(ErrorCode::TubeNotOpen,
                         tr("Tube %1 is %2; people can only be removed from the open tube.")
                             .arg(tubeCode, tubeStateDisplayName(tubeState)));
    }

    const QDateTime now = m_clock();
    const Status done =
        mutate(tr("removing a person from tube %1").arg(tubeCode), [&](Mutation &m) -> Status {
            QSqlQuery write(m.db);
            if (reopen) {
                write.prepare(QStringLiteral("UPDATE tubes SET state = 'open', sealed_at = NULL "
                                             "WHERE id = ? AND state = 'sealed'"));
                write.addBindValue(tubeId);
                if (!write.exec())
                    return m.refused(write.lastError());
                QJsonObject c = envelope(now);
                c.insert(QStringLiteral("tube"), tubeCode);
                c.insert(QStringLiteral("tube_uuid"), tubeUuid);
                c.insert(QStringLiteral("reason"), reason);
                if (Status s = m.journal({newRecordUuid(), protocol::RecordKind::TubeReopened, c},
                                         tubeCode, {{QStringLiteral("reason"), reason}}, now);
                    !s.ok())
                    return s;
            }
            write.prepare(QStringLiteral(
                "UPDATE samples SET state = 'removed', removed_at = ?, removed_by = ?, "
                "removed_reason = ? WHERE id = ? AND state = 'active'"));
            write.addBindValue(isoUtc(now));
            write.addBindValue(m_operator.id);
            write.addBindValue(reason);
            write.addBindValue(sampleId);
            if (!write.exec() || write.numRowsAffected() != 1)
                return m.failed(write.lastError());
            QJsonObject c = envelope(now);
            c.insert(QStringLiteral("refers_to"), uuid);
            c.insert(QStringLiteral("tube"), tubeCode);
            c.insert(QStringLiteral("position"), position);
            c.insert(QStringLiteral("reason"), reason);
            return m.journal({newRecordUuid(), protocol::RecordKind::SampleRemoved, c}, uuid,
                             {{QStringLiteral("tube"), tubeCode},
                              {QStringLiteral("position"), position},
                              {QStringLiteral("reason"), reason}},
                             now);
        });
    if (!done)
        return done.error();
    TubeSnapshot fallback;
    fallback.id = tubeId;
    fallback.code = tubeCode;
    fallback.uuid = tubeUuid;
    return reloadTube(tubeId, fallback);
}

Result<TubeSnapshot> SamplingService::undoLastSample(const QString &reason) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    // The newest active sample at this station, in the open tube or in the tube that
    // just sealed itself.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT s.id FROM samples s JOIN tubes t ON t.id = s.tube_id "
                               "WHERE s.state = 'active' AND t.state IN ('open', 'sealed') "
                               "ORDER BY s.id DESC LIMIT 1")) ||
        !q.next())
        return makeError(ErrorCode::SampleNotFound, tr("There is nobody to undo."));
    return removeSample(q.value(0).toLongLong(), reason);
}

} // namespace station
