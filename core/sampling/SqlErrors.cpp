// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/SqlErrors.h"

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace station {

namespace {
// These refusals are SamplingService's messages, translated under its context.
struct SamplingServiceText {
    Q_DECLARE_TR_FUNCTIONS(station::SamplingService)
};
} // namespace

DomainError sqlFailure(const QSqlError &error, const QString &what) {
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("station:tube_full")))
        return makeError(ErrorCode::TubeFull,
                         SamplingServiceText::tr("The tube is full; scan the next tube."));
    if (text.contains(QLatin1String("station:tube_not_open")))
        return makeError(ErrorCode::TubeNotOpen, SamplingServiceText::tr("The tube is not open."));
    if (text.contains(QLatin1String("station:box_not_open")))
        return makeError(ErrorCode::BoxNotOpen, SamplingServiceText::tr("The box is not open."));
    if (text.contains(QLatin1String("samples_person_once_per_tube")) ||
        text.contains(QLatin1String("samples.tube_id, samples.person_key")))
        return makeError(ErrorCode::PersonAlreadyInTube,
                         SamplingServiceText::tr("This person is already in the tube."));
    if (text.contains(QLatin1String("tubes.code")))
        return makeError(ErrorCode::TubeCodeUsed,
                         SamplingServiceText::tr("This tube code was already used."));
    if (text.contains(QLatin1String("boxes.code")))
        return makeError(ErrorCode::BoxCodeUsed,
                         SamplingServiceText::tr("This box code was already used."));
    if (text.contains(QLatin1String("tubes.state")))
        return makeError(ErrorCode::TubeAlreadyOpen,
                         SamplingServiceText::tr("Another tube is already open."));
    if (text.contains(QLatin1String("boxes.state")))
        return makeError(ErrorCode::BoxAlreadyOpen,
                         SamplingServiceText::tr("Another box is already open."));
    return Database::storageError(error, what);
}

} // namespace station
