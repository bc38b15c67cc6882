// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ScanRouter.h"

#include "core/domain/ScanClassifier.h"
#include "core/sampling/SamplingService.h"
#include "models/Logging.h"

namespace station {

ScanRouter::ScanRouter(SamplingService &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {
    qRegisterMetaType<station::ScanOutcome>();
}

ScanOutcome ScanRouter::finish(const ScanOutcome &result) {
    Q_EMIT outcome(result);
    return result;
}

std::optional<ScanOutcome> ScanRouter::refusalWhileUnavailable() const {
    if (!m_accepting)
        return ScanOutcome::refusal(
            tr("Sign in first: scans are not taken while the station is locked."));
    if (m_busy || m_paused)
        return ScanOutcome::refusal(
            tr("Finish the window or question on screen first; this scan was not taken."));
    return std::nullopt;
}

ScanOutcome ScanRouter::route(const QString &text, EntryMethod method) {
    if (const auto refused = refusalWhileUnavailable())
        return finish(*refused);
    m_busy = true;
    const ScanOutcome result = routeUnguarded(text, method);
    m_busy = false;
    return finish(result);
}

ScanOutcome ScanRouter::addResident(const ResidentCode &resident, EntryMethod method) {
    if (const auto refused = refusalWhileUnavailable())
        return finish(*refused);
    m_busy = true;
    const ScanOutcome result = addResidentUnguarded(resident, method);
    m_busy = false;
    return finish(result);
}

ScanOutcome ScanRouter::routeUnguarded(const QString &text, EntryMethod method) {
    const ScanClassifier classifier(m_service.identity().patterns);
    const ScanClassification scan = classifier.classify(text);
    switch (scan.kind) {
    case ScanKind::Tube:
        return openTube(scan.text);
    case ScanKind::Box:
        return ScanOutcome::attention(
            tr("Box %1 read. Packing tubes into boxes is done on the box screen, which comes "
               "in a later version; nothing was recorded.")
                .arg(scan.text));
    case ScanKind::ResidentCode: {
        const QDate today = m_service.now().toLocalTime().date();
        const ResidentCodeResult parsed = ResidentCodeParser(m_provinceKey).parse(scan.text, today);
        if (!parsed.ok()) {
            qCInfo(lcModels) << "resident code refused, error" << static_cast<int>(parsed.error);
            return ScanOutcome::refusal(parsed.message);
        }
        return addResidentUnguarded(*parsed.code, method);
    }
    case ScanKind::Unknown:
        break;
    }
    return ScanOutcome::refusal(scan.message.isEmpty()
                                    ? tr("This code is not a tube, box or resident code.")
                                    : scan.message);
}

ScanOutcome ScanRouter::openTube(const QString &code) {
    const Result<TubeSnapshot> opened = m_service.openTube(code);
    if (!opened)
        return ScanOutcome::refusal(opened.message());
    return ScanOutcome::success(tr("Tube %1 is open for %2 people. Scan the residents.")
                                    .arg(opened->code)
                                    .arg(opened->poolSize));
}

ScanOutcome ScanRouter::addResidentUnguarded(const ResidentCode &resident, EntryMethod method) {
    Result<SampleAdded> added = m_service.addResident(resident, method, false);
    if (added.code() == ErrorCode::RetestNeedsConfirmation) {
        if (!m_confirmRetest || !m_confirmRetest(resident))
            return ScanOutcome::attention(
                tr("Not recorded: %1 was already sampled today and the re-test was not "
                   "confirmed.")
                    .arg(resident.name));
        added = m_service.addResident(resident, method, true);
    }
    if (!added)
        return ScanOutcome::refusal(added.message());
    const SampleAdded &a = added.value();
    if (a.tubeSealed)
        return ScanOutcome::success(tr("%1 added. Tube %2 is full (%3 / %3) and sealed. Scan "
                                       "the next tube.")
                                        .arg(resident.name, a.tube.code)
                                        .arg(a.tube.poolSize),
                                    true);
    return ScanOutcome::success(tr("%1 added to tube %2 (%3 / %4).")
                                    .arg(resident.name, a.tube.code)
                                    .arg(a.tube.count())
                                    .arg(a.tube.poolSize));
}

} // namespace station
