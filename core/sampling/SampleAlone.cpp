// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService: a recalled person (待复核) sampled alone in a single-person tube while the
// table's pooled tube stays open.
#include "core/Logging.h"
#include "core/domain/Clock.h"
#include "core/domain/StationTubeCode.h"
#include "core/sampling/SamplingMutation.h"
#include "core/storage/TubeCodeSequence.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace station {

Result<SampleAdded> SamplingService::addResidentAlone(const ResidentCode &resident,
                                                      EntryMethod method, const QString &tubeCode,
                                                      const QString &recallPersonKey) {
    if (Status s = requireOperator(); !s.ok())
        return s.error();
    if (!tubeCode.isEmpty()) {
        if (Status s = checkTubeCode(tubeCode); !s.ok())
            return s.error();
    }
    const std::optional<TubeSnapshot> pooled = openTubeSnapshot();
    if (pooled && pooled->code == tubeCode)
        return makeError(ErrorCode::TubeAlreadyOpen,
                         tr("Tube %1 is the open pooled tube. Take a NEW tube for %2 alone and "
                            "scan its code.")
                             .arg(tubeCode, resident.name));

    const QDateTime now = m_clock();
    Result<SampleAdded> added = mutate(
        tr("sampling a person alone in a new tube"), [&](Mutation &m) -> Result<SampleAdded> {
            QSqlQuery q(m.db);
            // The station has one open tube at a time (tubes_one_open): the pooled tube is
            // set aside for this transaction only and is open again when it commits, with
            // its people and its place in the pool untouched; nothing else sees the moment.
            if (pooled) {
                q.prepare(QStringLiteral(
                    "UPDATE tubes SET state = 'sealed' WHERE id = ? AND state = 'open'"));
                q.addBindValue(pooled->id);
                if (!q.exec() || q.numRowsAffected() != 1)
                    return m.failed(q.lastError());
            }
            QString code = tubeCode;
            if (code.isEmpty()) {
                qint64 sequence = 0;
                if (QSqlError e = takeTubeCodeSequence(m.db, 1, &sequence); e.isValid())
                    return m.failed(e);
                const std::optional<QString> generated =
                    stationtubecode::format(m_identity.tableNumber, sequence);
                if (!generated || !checkTubeCode(*generated).ok())
                    return makeError(ErrorCode::InvalidCode,
                                     tr("This station cannot generate a tube code for a single "
                                        "tube. Take a new pre-printed tube and scan its code."));
                code = *generated;
            }
            const Result<TubeSnapshot> single =
                writeOpenedTube(m, code, 1, now, tubeCode.isEmpty());
            if (!single)
                return single.error();
            // A recall is a re-test by definition: no question about "sampled today".
            Result<SampleAdded> written =
                writeSample(m, single.value(), resident, method, true, now);
            if (!written)
                return written;
            // Shown at once in the recall list; the province closes the recall when the
            // sample reaches it.
            if (!recallPersonKey.isEmpty()) {
                q.prepare(QStringLiteral("UPDATE site_recalls SET sampled_again_at = ?, "
                                         "sampled_again_tube = ? WHERE person_key = ? AND "
                                         "state = 'open'"));
                q.addBindValue(isoUtc(now));
                q.addBindValue(code);
                q.addBindValue(recallPersonKey);
                if (!q.exec())
                    return m.failed(q.lastError());
            }
            if (pooled) {
                q.prepare(QStringLiteral(
                    "UPDATE tubes SET state = 'open' WHERE id = ? AND state = 'sealed'"));
                q.addBindValue(pooled->id);
                if (!q.exec() || q.numRowsAffected() != 1)
                    return m.failed(q.lastError());
            }
            written.value().tube = single.value();
            return written;
        });
    if (!added)
        return added;
    TubeSnapshot fallback = added->tube;
    fallback.state = TubeState::Sealed;
    added.value().tube = reloadTube(fallback.id, fallback);
    qCInfo(lcDomain) << "recalled person sampled alone in a single-person tube";
    return added;
}

} // namespace station
