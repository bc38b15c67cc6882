// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: tubes under codes the station generates itself.
#include "core/Logging.h"
#include "core/domain/StationTubeCode.h"
#include "core/sampling/SamplingMutation.h"
#include "core/sampling/TubeCodeReservation.h"
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
    const Result<TubeSnapshot> opened = mutate(
        tr("opening a tube under a new station code"), [&](Mutation &m) -> Result<TubeSnapshot> {
            for (int attempt = 0; attempt <= kMaxSkippedCodes; ++attempt) {
                qint64 sequence = 0;
                if (QSqlError e = takeTubeCodeSequence(m.db, 1, &sequence); e.isValid())
                    return m.failed(e);
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
                                     tr("The generated tube code %1 does not match this site's "
                                        "tube pattern %2. Change the pattern or use pre-printed "
                                        "tubes.")
                                         .arg(*code, m_identity.patterns.tube));
                Result<TubeSnapshot> written = writeOpenedTube(m, *code, pool, now, true);
                if (written.code() != ErrorCode::TubeCodeUsed)
                    return written;
                qCWarning(lcDomain) << "generated tube code already used, taking the next number";
            }
            return makeError(ErrorCode::TubeCodeUsed,
                             tr("The next %1 generated tube codes were all used already. Check "
                                "the station database; meanwhile use pre-printed tubes.")
                                 .arg(kMaxSkippedCodes + 1));
        });
    if (!opened)
        return opened;
    qCDebug(lcDomain) << "generated tube opened, pool" << pool;
    return reloadTube(opened->id, opened.value());
}

Result<QStringList> reserveTubeCodes(Database &database, const StationIdentity &identity, int count,
                                     const QDateTime &now, qint64 operatorId) {
    if (count < 1 || count > kMaxReservedCodes)
        return makeError(
            ErrorCode::InvalidInput,
            SamplingService::tr("Between 1 and %1 tube codes can be reserved at a time.")
                .arg(kMaxReservedCodes));
    const QString what = SamplingService::tr("reserving %n tube code(s)", nullptr, count);
    const QSqlDatabase db = database.connection();
    const Result<QStringList> reserved = inTransaction(db, what, [&]() -> Result<QStringList> {
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
        if (QSqlError e = appendAudit(db, operatorId, QStringLiteral("tube_codes.reserved"),
                                      codes.constFirst(),
                                      {{QStringLiteral("first"), codes.constFirst()},
                                       {QStringLiteral("last"), codes.constLast()},
                                       {QStringLiteral("count"), count}},
                                      now);
            e.isValid())
            return Database::storageError(e, what);
        return codes;
    });
    if (reserved)
        qCInfo(lcDomain) << "reserved" << count << "generated tube codes";
    return reserved;
}

} // namespace station
