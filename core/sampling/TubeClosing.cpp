// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: sealing a tube before it is full, and voiding a tube.
#include "core/sampling/SamplingService.h"

#include "core/Logging.h"
#include "core/sampling/SqlErrors.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "protocol/RecordKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace station {

using protocol::RecordKind;

namespace {} // namespace

Result<TubeSnapshot> SamplingService::sealOpenTubeEarly(const QString &reasonIn) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         tr("Say why the tube is sealed before it is full (a reason is "
                            "required)."));
    auto open = openTubeSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenTube, tr("No tube is open."));
    if (open->count() == 0)
        return makeError(
            ErrorCode::TubeNotOpen,
            tr("Tube %1 is empty; there is nothing to seal. Use it, or void it.").arg(open->code));
    const QDateTime now = m_clock();
    const QString what = tr("sealing tube %1").arg(open->code);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE tubes SET state = 'sealed', sealed_at = ?, seal_reason = ? "
                             "WHERE id = ? AND state = 'open'"));
    q.addBindValue(isoUtc(now));
    q.addBindValue(reason);
    q.addBindValue(open->id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return sqlFailure(q.lastError(), what);
    QJsonObject c = envelope(now);
    c.insert(QStringLiteral("tube"), open->code);
    c.insert(QStringLiteral("tube_uuid"), open->uuid);
    c.insert(QStringLiteral("people"), open->count());
    c.insert(QStringLiteral("pool_size"), open->poolSize);
    c.insert(QStringLiteral("reason"), reason);
    if (QSqlError e = journal(db, {newRecordUuid(), RecordKind::TubeSealed, c}, open->code,
                              {{QStringLiteral("people"), open->count()},
                               {QStringLiteral("at_capacity"), false},
                               {QStringLiteral("reason"), reason}},
                              now);
        e.isValid())
        return Database::storageError(e, what);
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, what);
    Q_EMIT changed();
    TubeSnapshot sealed = *open;
    sealed.state = TubeState::Sealed;
    sealed.sealedAt = now;
    sealed.sealReason = reason;
    return reloadTube(open->id, sealed);
}

Result<VoidedTube> SamplingService::voidTube(const QString &code, const QString &reasonIn) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         tr("Say why the tube is voided (a reason is required)."));
    auto before = loadTube(QStringLiteral("WHERE t.code = ?"), code);
    if (!before)
        return makeError(ErrorCode::TubeNotFound,
                         tr("Tube %1 is not known at this station.").arg(code));
    if (!tubeTransitionAllowed(before->state, TubeState::Voided))
        return makeError(ErrorCode::TubeNotOpen,
                         tr("Tube %1 is %2 and can no longer be voided here.")
                             .arg(code, tubeStateDisplayName(before->state)));
    const QDateTime now = m_clock();
    const QString what = tr("voiding tube %1").arg(code);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE tubes SET state = 'voided', voided_at = ?, void_reason = ? "
                             "WHERE id = ? AND state IN ('open', 'sealed')"));
    q.addBindValue(isoUtc(now));
    q.addBindValue(reason);
    q.addBindValue(before->id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return sqlFailure(q.lastError(), what);
    q.prepare(QStringLiteral(
        "UPDATE samples SET state = 'voided' WHERE tube_id = ? AND state = 'active'"));
    q.addBindValue(before->id);
    if (!q.exec())
        return Database::storageError(q.lastError(), what);
    QJsonArray samples;
    for (const TubeMember &m : before->members)
        samples.append(m.sampleUuid);
    QJsonObject c = envelope(now);
    c.insert(QStringLiteral("tube"), code);
    c.insert(QStringLiteral("tube_uuid"), before->uuid);
    c.insert(QStringLiteral("reason"), reason);
    c.insert(QStringLiteral("samples"), samples);
    if (QSqlError e = journal(
            db, {newRecordUuid(), RecordKind::TubeVoided, c}, code,
            {{QStringLiteral("reason"), reason}, {QStringLiteral("people"), before->count()}}, now);
        e.isValid())
        return Database::storageError(e, what);
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, what);
    qCInfo(lcDomain) << "tube voided with" << before->count() << "people to re-sample";
    Q_EMIT changed();
    VoidedTube result;
    TubeSnapshot voided = *before;
    voided.state = TubeState::Voided;
    voided.voidReason = reason;
    result.tube = reloadTube(before->id, voided);
    result.toResample = before->members;
    return result;
}

} // namespace station
