// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: sealing a tube before it is full, and voiding a tube.
#include "core/sampling/SamplingService.h"

#include "core/Logging.h"
#include "core/domain/FreeTextPrivacy.h"
#include "core/sampling/SamplingMutation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace station {

Result<TubeSnapshot> SamplingService::sealOpenTubeEarly(const QString &reasonIn) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         tr("Say why the tube is sealed before it is full (a reason is "
                            "required)."));
    if (const QString personal = personalDataInFreeText(reason); !personal.isEmpty())
        return makeError(ErrorCode::InvalidInput, personal);
    auto open = openTubeSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenTube, tr("No tube is open."));
    if (open->count() == 0)
        return makeError(
            ErrorCode::TubeNotOpen,
            tr("Tube %1 is empty; there is nothing to seal. Use it, or void it.").arg(open->code));
    const QDateTime now = m_clock();
    const Status done = mutate(tr("sealing tube %1").arg(open->code), [&](Mutation &m) -> Status {
        if (Status allowed = m.require(StaffAction::SealTube); !allowed.ok())
            return allowed;
        QSqlQuery q(m.db);
        q.prepare(QStringLiteral("UPDATE tubes SET state = 'sealed', sealed_at = ?, "
                                 "seal_reason = ? WHERE id = ? AND state = 'open'"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(reason);
        q.addBindValue(open->id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return m.refused(q.lastError());
        QJsonObject c = envelope(now);
        c.insert(QStringLiteral("tube"), open->code);
        c.insert(QStringLiteral("tube_uuid"), open->uuid);
        c.insert(QStringLiteral("people"), open->count());
        c.insert(QStringLiteral("pool_size"), open->poolSize);
        c.insert(QStringLiteral("reason"), reason);
        return m.journal({newRecordUuid(), protocol::RecordKind::TubeSealed, c}, open->code,
                         {{QStringLiteral("people"), open->count()},
                          {QStringLiteral("at_capacity"), false},
                          {QStringLiteral("reason"), reason}},
                         now);
    });
    if (!done)
        return done.error();
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
    if (const QString personal = personalDataInFreeText(reason); !personal.isEmpty())
        return makeError(ErrorCode::InvalidInput, personal);
    auto before = loadTube(QStringLiteral("WHERE t.code = ?"), code);
    if (!before)
        return makeError(ErrorCode::TubeNotFound,
                         tr("Tube %1 is not known at this station.").arg(code));
    if (!tubeTransitionAllowed(before->state, TubeState::Voided))
        return makeError(ErrorCode::TubeNotOpen,
                         tr("Tube %1 is %2 and can no longer be voided here.")
                             .arg(code, tubeStateDisplayName(before->state)));
    const QDateTime now = m_clock();
    const Status done = mutate(tr("voiding tube %1").arg(code), [&](Mutation &m) -> Status {
        // Voiding an empty tube loses nobody's sample; one with samples calls people back.
        if (before->count() > 0) {
            if (Status allowed = m.require(StaffAction::VoidTubeWithSamples); !allowed.ok())
                return allowed;
        }
        QSqlQuery q(m.db);
        q.prepare(QStringLiteral("UPDATE tubes SET state = 'voided', voided_at = ?, "
                                 "void_reason = ? WHERE id = ? AND state IN ('open', 'sealed')"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(reason);
        q.addBindValue(before->id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return m.refused(q.lastError());
        q.prepare(QStringLiteral(
            "UPDATE samples SET state = 'voided' WHERE tube_id = ? AND state = 'active'"));
        q.addBindValue(before->id);
        if (!q.exec())
            return m.failed(q.lastError());
        QJsonArray samples;
        for (const TubeMember &member : before->members)
            samples.append(member.sampleUuid);
        QJsonObject c = envelope(now);
        c.insert(QStringLiteral("tube"), code);
        c.insert(QStringLiteral("tube_uuid"), before->uuid);
        c.insert(QStringLiteral("reason"), reason);
        c.insert(QStringLiteral("samples"), samples);
        return m.journal(
            {newRecordUuid(), protocol::RecordKind::TubeVoided, c}, code,
            {{QStringLiteral("reason"), reason}, {QStringLiteral("people"), before->count()}}, now);
    });
    if (!done)
        return done.error();
    qCInfo(lcDomain) << "tube voided with" << before->count() << "people to re-sample";
    VoidedTube result;
    TubeSnapshot voided = *before;
    voided.state = TubeState::Voided;
    voided.voidReason = reason;
    result.tube = reloadTube(before->id, voided);
    result.toResample = before->members;
    return result;
}

} // namespace station
