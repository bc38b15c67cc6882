// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/SamplingService.h"

#include "core/settings/SettingsAuthority.h"

#include "core/Logging.h"
#include "core/domain/TubeCodeCheck.h"
#include "core/sampling/SamplingMutation.h"
#include "core/sampling/SqlErrors.h"
#include "core/storage/PersonalDataCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

QDateTime optionalTime(const QVariant &v) {
    return v.isNull() ? QDateTime() : fromIsoUtc(v.toString());
}

QString tubeSelect() {
    return QStringLiteral("SELECT t.id, t.uuid, t.code, t.pool_size, t.state, t.opened_at, "
                          "t.first_swab_at, t.sealed_at, t.seal_reason, t.void_reason, b.code "
                          "FROM tubes t LEFT JOIN boxes b ON b.id = t.box_id ");
}

} // namespace

SamplingService::SamplingService(Database &db, const PersonalDataCodec &codec,
                                 StationIdentity identity, Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_codec(codec)
    , m_identity(std::move(identity))
    , m_clock(std::move(clock)) {}

Status SamplingService::requireOperator() const {
    if (!m_operator.isValid())
        return makeError(ErrorCode::NoOperator, tr("Sign in before sampling."));
    return success();
}

Result<int> SamplingService::poolSizeToUse(std::optional<int> requested) const {
    const int pool = requested.value_or(m_identity.defaultPoolSize);
    if (!isValidPoolSize(pool))
        return makeError(ErrorCode::InvalidPoolSize,
                         tr("The pool size must be 1, 5, 10 or 20 people a tube."));
    return pool;
}

DomainError SamplingService::Mutation::failed(const QSqlError &error) const {
    return Database::storageError(error, m_what);
}

DomainError SamplingService::Mutation::refused(const QSqlError &error) const {
    return sqlFailure(error, m_what);
}

Status SamplingService::checkSettingsChange(const QVariantHash &before,
                                            const QVariantHash &after) const {
    return SettingsAuthority::check(m_db.connection(), m_operator.id, before, after);
}

Status SamplingService::recordSettingsChange(const QVariantHash &before,
                                             const QVariantHash &after) {
    return SettingsAuthority::record(m_db.connection(), m_operator.id, before, after, m_clock());
}

Status SamplingService::mayDo(StaffAction action) const {
    return Permissions::require(m_db.connection(), m_operator.id, action);
}

Status SamplingService::Mutation::require(StaffAction action) const {
    return Permissions::require(db, m_service.m_operator.id, action);
}

Status SamplingService::Mutation::journal(const OutboxRecord &record, const QString &auditSubject,
                                          const QJsonObject &auditDetail,
                                          const QDateTime &at) const {
    if (const QSqlError e = appendJournal(db, m_service.m_codec, m_service.m_operator.id, record,
                                          auditSubject, auditDetail, at);
        e.isValid())
        return failed(e);
    return success();
}

QJsonObject SamplingService::envelope(const QDateTime &at) const {
    return {{QStringLiteral("site"), m_identity.siteCode},
            {QStringLiteral("district"), m_identity.district},
            {QStringLiteral("station"), m_identity.deviceId},
            {QStringLiteral("table"), m_identity.tableNumber},
            {QStringLiteral("operator"), m_operator.staffId},
            {QStringLiteral("at"), isoUtc(at)}};
}

std::optional<TubeSnapshot> SamplingService::loadTube(const QString &whereSql, const QVariant &bind,
                                                      QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    q.prepare(tubeSelect() + whereSql);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    TubeSnapshot t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.code = q.value(2).toString();
    t.poolSize = q.value(3).toInt();
    t.state = tubeStateFromKey(q.value(4).toString()).value_or(TubeState::Open);
    t.openedAt = fromIsoUtc(q.value(5).toString());
    t.firstSwabAt = optionalTime(q.value(6));
    t.sealedAt = optionalTime(q.value(7));
    t.sealReason = q.value(8).toString();
    t.voidReason = q.value(9).toString();
    t.boxCode = q.value(10).toString();

    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral(
        "SELECT id, uuid, position, name, id_masked, id_type, entry_method, taken_at, "
        "retest_confirmed FROM samples WHERE tube_id = ? AND state = ? ORDER BY position"));
    m.addBindValue(t.id);
    // A voided tube still lists the people who must be sampled again.
    m.addBindValue(t.state == TubeState::Voided ? QStringLiteral("voided")
                                                : QStringLiteral("active"));
    if (!m.exec()) {
        if (error)
            *error = m.lastError();
        return std::nullopt;
    }
    {
        while (m.next()) {
            TubeMember p;
            p.sampleId = m.value(0).toLongLong();
            p.sampleUuid = m.value(1).toString();
            p.position = m.value(2).toInt();
            p.name = m_codec.open(m.value(3).toByteArray(), p.sampleUuid, QStringLiteral("name"))
                         .value_or(QString());
            p.idMasked = m.value(4).toString();
            p.idType = idTypeFromCode(m.value(5).toString()).value_or(IdType::Other);
            p.entryMethod =
                entryMethodFromKey(m.value(6).toString()).value_or(EntryMethod::Scanner);
            p.takenAt = fromIsoUtc(m.value(7).toString());
            p.retestConfirmed = m.value(8).toBool();
            t.members.append(p);
        }
    }
    return t;
}

TubeSnapshot SamplingService::reloadTube(qint64 id, const TubeSnapshot &fallback) const {
    return loadTube(QStringLiteral("WHERE t.id = ?"), id).value_or(fallback);
}

std::optional<TubeSnapshot> SamplingService::openTubeSnapshot() const {
    return loadTube(QStringLiteral("WHERE t.state = 'open'"), {});
}

std::optional<TubeSnapshot> SamplingService::latestTube() const {
    return loadTube(
        QStringLiteral("WHERE t.state <> 'voided' ORDER BY t.opened_at DESC, t.id DESC LIMIT 1"),
        {});
}

Result<TubeSnapshot> SamplingService::tube(const QString &code) const {
    if (auto t = loadTube(QStringLiteral("WHERE t.code = ?"), code))
        return *t;
    return makeError(ErrorCode::TubeNotFound,
                     tr("Tube %1 is not known at this station.").arg(code));
}

Status SamplingService::checkTubeCode(const QString &code) const {
    // Named by what it is, not echoed: a resident's code in the field holds an ID number.
    if (const ScanClassification read = ScanClassifier(m_identity.patterns).classify(code);
        read.kind != ScanKind::Tube)
        return makeError(ErrorCode::InvalidCode,
                         tr("Not a tube code of this site: read %1.").arg(nameScannedText(read)));
    if (const QString problem = tubeCodeCheckProblem(code, m_identity.patterns.tubeCheckDigit);
        !problem.isEmpty())
        return makeError(ErrorCode::InvalidCode, problem);
    return success();
}

Result<TubeSnapshot> SamplingService::openTube(const QString &code, std::optional<int> poolSize) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    const Result<int> chosenPool = poolSizeToUse(poolSize);
    if (!chosenPool.ok())
        return chosenPool.error();
    const int pool = chosenPool.value();
    if (Status s = checkTubeCode(code); !s.ok())
        return s.error();

    const QDateTime now = m_clock();
    const Result<TubeSnapshot> opened = mutate(tr("opening tube %1").arg(code), [&](Mutation &m) {
        return writeOpenedTube(m, code, pool, now, false);
    });
    if (!opened)
        return opened;
    qCDebug(lcDomain) << "tube opened, pool" << pool;
    return reloadTube(opened->id, opened.value());
}

Result<TubeSnapshot> SamplingService::writeOpenedTube(Mutation &m, const QString &code, int pool,
                                                      const QDateTime &now, bool generated) {
    QSqlQuery q(m.db);
    q.prepare(QStringLiteral("SELECT state FROM tubes WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return m.failed(q.lastError());
    if (q.next()) {
        const auto state = tubeStateFromKey(q.value(0).toString()).value_or(TubeState::Open);
        if (state == TubeState::Open)
            return makeError(ErrorCode::TubeAlreadyOpen,
                             tr("Tube %1 is already the open tube.").arg(code));
        return makeError(ErrorCode::TubeCodeUsed,
                         tr("Tube %1 was already used (%2). A tube code is never used twice: "
                            "take a new tube.")
                             .arg(code, tubeStateDisplayName(state)));
    }
    // Inside the transaction a failed read ends the operation: SQLite may have rolled the
    // transaction back, and nothing may then be written statement by statement.
    QSqlError readError;
    const auto open = loadTube(QStringLiteral("WHERE t.state = 'open'"), {}, &readError);
    if (readError.isValid())
        return m.failed(readError);
    if (open) {
        if (open->count() > 0)
            return makeError(ErrorCode::TubeAlreadyOpen,
                             tr("Tube %1 is open with %2 of %3 people. Fill it or seal it early "
                                "before starting tube %4.")
                                 .arg(open->code)
                                 .arg(open->count())
                                 .arg(open->poolSize)
                                 .arg(code));
        // An empty tube that was scanned and then replaced: its code is spent.
        const QString reason = tr("Replaced by tube %1 before the first swab").arg(code);
        q.prepare(QStringLiteral(
            "UPDATE tubes SET state = 'voided', voided_at = ?, void_reason = ? WHERE id = ?"));
        q.addBindValue(isoUtc(now));
        q.addBindValue(reason);
        q.addBindValue(open->id);
        if (!q.exec())
            return m.failed(q.lastError());
        QJsonObject c = envelope(now);
        c.insert(QStringLiteral("tube"), open->code);
        c.insert(QStringLiteral("tube_uuid"), open->uuid);
        c.insert(QStringLiteral("reason"), reason);
        c.insert(QStringLiteral("samples"), QJsonArray());
        if (Status s = m.journal({newRecordUuid(), protocol::RecordKind::TubeVoided, c}, open->code,
                                 {{QStringLiteral("reason"), reason}}, now);
            !s.ok())
            return s.error();
    }

    const QString uuid = newRecordUuid();
    q.prepare(QStringLiteral("INSERT INTO tubes (uuid, code, pool_size, state, opened_at, "
                             "opened_by) VALUES (?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(uuid);
    q.addBindValue(code);
    q.addBindValue(pool);
    q.addBindValue(isoUtc(now));
    q.addBindValue(m_operator.id);
    if (!q.exec())
        return m.refused(q.lastError());
    TubeSnapshot opened;
    opened.id = q.lastInsertId().toLongLong();
    opened.uuid = uuid;
    opened.code = code;
    opened.poolSize = pool;
    opened.openedAt = now;
    QJsonObject c = envelope(now);
    c.insert(QStringLiteral("tube"), code);
    c.insert(QStringLiteral("tube_uuid"), uuid);
    c.insert(QStringLiteral("pool_size"), pool);
    // Lets the province tell a station-issued code from a pre-printed one.
    if (generated)
        c.insert(QStringLiteral("code_source"), QStringLiteral("station"));
    QJsonObject detail{{QStringLiteral("pool_size"), pool}};
    if (generated)
        detail.insert(QStringLiteral("generated"), true);
    if (Status s = m.journal({uuid, protocol::RecordKind::TubeOpened, c}, code, detail, now);
        !s.ok())
        return s.error();
    return opened;
}

Result<TubeSnapshot> SamplingService::changePoolSize(int poolSize) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    if (const Result<int> pool = poolSizeToUse(poolSize); !pool.ok())
        return pool.error();
    auto open = openTubeSnapshot();
    if (!open)
        return makeError(ErrorCode::NoOpenTube, tr("No tube is open. Scan a tube first."));
    if (open->count() > 0)
        return makeError(
            ErrorCode::PoolSizeLocked,
            tr("Tube %1 already has people; its pool size can no longer change.").arg(open->code));
    if (open->poolSize == poolSize)
        return *open;
    const QDateTime now = m_clock();
    const Status changedPool =
        mutate(tr("changing the pool size of tube %1").arg(open->code), [&](Mutation &m) -> Status {
            QSqlQuery q(m.db);
            q.prepare(
                QStringLiteral("UPDATE tubes SET pool_size = ? WHERE id = ? AND state = 'open'"));
            q.addBindValue(poolSize);
            q.addBindValue(open->id);
            if (!q.exec())
                return m.refused(q.lastError());
            QJsonObject c = envelope(now);
            c.insert(QStringLiteral("tube"), open->code);
            c.insert(QStringLiteral("tube_uuid"), open->uuid);
            c.insert(QStringLiteral("pool_size"), poolSize);
            c.insert(QStringLiteral("previous_pool_size"), open->poolSize);
            return m.journal(
                {newRecordUuid(), protocol::RecordKind::TubePoolChanged, c}, open->code,
                {{QStringLiteral("from"), open->poolSize}, {QStringLiteral("to"), poolSize}}, now);
        });
    if (!changedPool)
        return changedPool.error();
    TubeSnapshot changedTube = *open;
    changedTube.poolSize = poolSize;
    return reloadTube(open->id, changedTube);
}

bool SamplingService::sampledToday(const ResidentCode &resident) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM samples WHERE person_key = ? AND taken_day = ? AND "
                             "state = 'active' LIMIT 1"));
    const QDate today = siteDate(m_clock());
    q.addBindValue(m_codec.personKey(resident.idType, resident.idNumber, today));
    q.addBindValue(today.toString(Qt::ISODate));
    return q.exec() && q.next();
}

} // namespace station
