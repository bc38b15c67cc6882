// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/ScanRouter.h"

#include "core/domain/ScanClassifier.h"
#include "core/domain/TubeCodeCheck.h"
#include "core/sampling/SamplingService.h"
#include "table/Logging.h"

namespace station {

ScanRouter::ScanRouter(SamplingService &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {
    qRegisterMetaType<station::ScanOutcome>();
}

namespace {

// The parser's message, except where it would quote a scanned person's details: the birth
// date is digits 7-14 of the ID number, so the banner names the problem without them.
QString residentCodeRefusal(const ResidentCodeResult &parsed) {
    // A failed signature is said in words of what to do, not of what the field holds.
    if (parsed.error == ResidentCodeError::SignatureInvalid)
        return ScanRouter::tr("This code may be forged or altered: its signature does not "
                              "match the province's key. Nothing was recorded. Ask the resident "
                              "to refresh the code in the app and scan it again, or enter the "
                              "person from their ID card.");
    if (parsed.error == ResidentCodeError::SignatureMissing)
        return ScanRouter::tr("This resident code is not signed, and this site accepts only "
                              "signed codes. Nothing was recorded. Ask the resident to refresh "
                              "the code in the app, or enter the person from their ID card.");
    switch (parsed.idProblem) {
    case IdProblem::BadBirthDate:
        return ScanRouter::tr("The birth date in the ID number of this code is not a real date. "
                              "Nothing was recorded.");
    case IdProblem::FutureBirthDate:
        return ScanRouter::tr("The birth date in the ID number of this code is in the future. "
                              "Nothing was recorded.");
    default:
        return parsed.message;
    }
}

} // namespace

ScanOutcome ScanRouter::finish(const ScanOutcome &result) {
    Q_EMIT outcome(result);
    return result;
}

std::optional<ScanOutcome> ScanRouter::refusalWhileUnavailable() const {
    if (!m_accepting)
        return ScanOutcome::refusal(
            tr("Sign in first: scans are not taken while the station is locked."));
    if (m_busy || m_paused) {
        // Never lost silently: said on the banner (and heard) and kept there.
        qCInfo(lcTable) << "scan refused: a question or window is open";
        return ScanOutcome::refusal(tr("A scan arrived while a question or window was open and "
                                       "was NOT taken. Finish it, then scan again."));
    }
    return std::nullopt;
}

ScanOutcome ScanRouter::route(const QString &text, EntryMethod method) {
    if (auto refused = refusalWhileUnavailable()) {
        refused->fromScan = true;
        return finish(*refused);
    }
    m_busy = true;
    ScanOutcome result = routeUnguarded(text, method);
    m_busy = false;
    result.fromScan = true;
    return finish(result);
}

ScanOutcome ScanRouter::addResident(const ResidentCode &resident, EntryMethod method) {
    if (auto refused = refusalWhileUnavailable()) {
        refused->fromScan = true;
        return finish(*refused);
    }
    m_busy = true;
    ScanOutcome result = addResidentUnguarded(resident, method);
    m_busy = false;
    result.fromScan = true;
    return finish(result);
}

ScanOutcome ScanRouter::routeUnguarded(const QString &text, EntryMethod method) {
    const ScanClassifier classifier(m_service.identity().patterns);
    const ScanClassification scan = classifier.classify(text);
    switch (scan.kind) {
    case ScanKind::Tube:
        // A misread label is refused whether it would open a tube or pack one.
        if (const QString problem =
                tubeCodeCheckProblem(scan.text, m_service.identity().patterns.tubeCheckDigit);
            !problem.isEmpty())
            return ScanOutcome::refusal(problem);
        return isPacking() ? packTube(scan.text) : openTube(scan.text);
    case ScanKind::Box:
        return scanBox(scan.text);
    case ScanKind::ResidentCode: {
        if (m_provinceKey.isEmpty() && !m_acceptUnsigned) {
            qCInfo(lcTable) << "resident code refused: unsigned codes refused, no province key";
            return ScanOutcome::refusal(
                tr("This site accepts only signed resident codes, but the station has no "
                   "province key to check them. Nothing was recorded. Enter the person from "
                   "their ID card, and ask the site lead to enroll the station again or to "
                   "change the choice in Settings."));
        }
        const QDate today = m_service.now().toLocalTime().date();
        const ResidentCodeParser parser(m_provinceKey, m_acceptUnsigned ? UnsignedCodes::Accept
                                                                        : UnsignedCodes::Refuse);
        const ResidentCodeResult parsed = parser.parse(scan.text, today);
        if (!parsed.ok()) {
            qCInfo(lcTable) << "resident code refused, error" << static_cast<int>(parsed.error);
            return ScanOutcome::refusal(residentCodeRefusal(parsed));
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
                                    .arg(opened->poolSize))
        .aboutTube(opened->code, opened->count());
}

bool ScanRouter::isPacking() const {
    return m_service.openBoxSnapshot().has_value();
}

ScanOutcome ScanRouter::scanBox(const QString &code) {
    const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot();
    if (!open) {
        const Result<BoxSnapshot> opened = m_service.openBox(code);
        if (!opened)
            return ScanOutcome::refusal(opened.message());
        return ScanOutcome::success(
            tr("Box %1 is open. Scan the sealed tubes to pack, then scan the box code again "
               "to seal it.")
                .arg(opened->code));
    }
    if (open->code != code)
        return ScanOutcome::refusal(
            tr("Box %1 is still open. Scan %1 again to seal it before opening box %2.")
                .arg(open->code, code));
    const Result<BoxSnapshot> sealed = m_service.sealBox();
    if (!sealed)
        return ScanOutcome::refusal(sealed.message());
    Q_EMIT boxSealed(sealed->code);
    ScanOutcome done = ScanOutcome::attention(
        tr("Box %1 sealed with %2 tubes (%3 people). Hand it over with Ctrl+H.")
            .arg(sealed->code)
            .arg(sealed->tubeCount())
            .arg(sealed->personCount()));
    done.recorded = true;
    return done;
}

ScanOutcome ScanRouter::packTube(const QString &code) {
    const Result<BoxSnapshot> packed = m_service.addTubeToBox(code);
    if (!packed)
        return ScanOutcome::refusal(packed.message());
    return ScanOutcome::success(tr("Tube %1 packed into box %2 (%3 tubes, %4 people).")
                                    .arg(code, packed->code)
                                    .arg(packed->tubeCount())
                                    .arg(packed->personCount()));
}

ScanOutcome ScanRouter::addResidentUnguarded(const ResidentCode &resident, EntryMethod method) {
    if (const std::optional<BoxSnapshot> box = m_service.openBoxSnapshot())
        return ScanOutcome::refusal(
            tr("Finish packing box %1 first (scan the box code again to seal it).").arg(box->code));
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
                                    true)
            .aboutTube(a.tube.code, a.tube.count());
    return ScanOutcome::success(tr("%1 added to tube %2 (%3 / %4).")
                                    .arg(resident.name, a.tube.code)
                                    .arg(a.tube.count())
                                    .arg(a.tube.poolSize))
        .aboutTube(a.tube.code, a.tube.count());
}

} // namespace station
