// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: tubes under codes the station generates itself.
#include "core/Logging.h"
#include "core/domain/StationTubeCode.h"
#include "core/sampling/SamplingService.h"
#include "core/sampling/TubeCodeReservation.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/TubeCodeSequence.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace station {

namespace {

// A generated code that is already a tube here (a database restored from an older copy)
// is skipped rather than refused: the next number is taken, a few times at most.
constexpr int kMaxSkippedCodes = 20;

} // namespace

Result<TubeSnapshot> SamplingService::openGeneratedTube(std::optional<int> poolSize) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    const Result<int> chosenPool = poolSizeToUse(poolSize);
    if (!chosenPool.ok())
        return chosenPool.error();
    const int pool = chosenPool.value();

    const QDateTime now = m_clock();
    const QString what = tr("opening a tube under a new station code");
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    for (int attempt = 0; attempt <= kMaxSkippedCodes; ++attempt) {
        qint64 sequence = 0;
        if (QSqlError e = takeTubeCodeSequence(db, 1, &sequence); e.isValid())
            return Database::storageError(e, what);
        const std::optional<QString> code =
            stationtubecode::format(m_identity.tableNumber, sequence);
        if (!code)
            return makeError(ErrorCode::InvalidCode,
                             tr("This station cannot generate more tube codes (table %1, "
                                "number %2). Use pre-printed tubes.")
                                 .arg(m_identity.tableNumber)
                                 .arg(sequence));
        if (Status s = checkTubeCode(*code); !s.ok())
            return makeError(ErrorCode::InvalidCode,
                             tr("The generated tube code %1 does not match this site's tube "
                                "pattern %2. Change the pattern or use pre-printed tubes.")
                                 .arg(*code, m_identity.patterns.tube));
        Result<TubeSnapshot> opened = writeOpenedTube(db, *code, pool, now, what, true);
        if (opened.code() == ErrorCode::TubeCodeUsed) {
            qCWarning(lcDomain) << "generated tube code already used, taking the next number";
            continue;
        }
        if (!opened)
            return opened;
        if (QSqlError e = tx.commit(); e.isValid())
            return Database::storageError(e, what);
        qCDebug(lcDomain) << "generated tube opened, pool" << pool;
        Q_EMIT changed();
        return reloadTube(opened->id, opened.value());
    }
    return makeError(ErrorCode::TubeCodeUsed,
                     tr("The next %1 generated tube codes were all used already. Check the "
                        "station database; meanwhile use pre-printed tubes.")
                         .arg(kMaxSkippedCodes + 1));
}

Result<QStringList> reserveTubeCodes(Database &database, const StationIdentity &identity, int count,
                                     const QDateTime &now, qint64 operatorId) {
    if (count < 1 || count > kMaxReservedCodes)
        return makeError(
            ErrorCode::InvalidInput,
            SamplingService::tr("Between 1 and %1 tube codes can be reserved at a time.")
                .arg(kMaxReservedCodes));
    const QString what = SamplingService::tr("reserving %n tube code(s)", nullptr, count);
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    qint64 first = 0;
    if (QSqlError e = takeTubeCodeSequence(db, count, &first); e.isValid())
        return Database::storageError(e, what);
    QStringList codes;
    for (qint64 n = first; n < first + count; ++n) {
        const std::optional<QString> code = stationtubecode::format(identity.tableNumber, n);
        if (!code)
            return makeError(
                ErrorCode::InvalidCode,
                SamplingService::tr("This station cannot generate more tube codes (table %1, "
                                    "number %2). Use pre-printed tubes.")
                    .arg(identity.tableNumber)
                    .arg(n));
        codes << *code;
    }
    if (ScanClassifier(identity.patterns).classify(codes.constFirst()).kind != ScanKind::Tube)
        return makeError(
            ErrorCode::InvalidCode,
            SamplingService::tr("The generated tube code %1 does not match this site's tube "
                                "pattern %2. Change the pattern or use pre-printed tubes.")
                .arg(codes.constFirst(), identity.patterns.tube));
    // Reserved codes are not records for the province (no tube exists yet), so there is no
    // outbox record to journal; the audit row alone says who took which numbers.
    if (QSqlError e =
            appendAudit(db, operatorId, QStringLiteral("tube_codes.reserved"), codes.constFirst(),
                        {{QStringLiteral("first"), codes.constFirst()},
                         {QStringLiteral("last"), codes.constLast()},
                         {QStringLiteral("count"), count}},
                        now);
        e.isValid())
        return Database::storageError(e, what);
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, what);
    qCInfo(lcDomain) << "reserved" << count << "generated tube codes";
    return codes;
}

} // namespace station
