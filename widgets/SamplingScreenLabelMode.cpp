// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingScreen: "print a label for each new tube" - whenever no tube is open, a tube is
// opened under a code the station generates and its label is requested.
#include "widgets/SamplingScreen.h"

#include "core/sampling/SamplingService.h"
#include "models/ScanRouter.h"
#include "widgets/printing/TablePrinting.h"

namespace station {

void SamplingScreen::setPrintLabelForEachTube(bool enabled) {
    m_labelEachTube = enabled;
    refresh();
}

void SamplingScreen::scheduleGeneratedTube() {
    if (m_generationQueued)
        return;
    m_generationQueued = true;
    QMetaObject::invokeMethod(this, &SamplingScreen::openGeneratedTube, Qt::QueuedConnection);
}

void SamplingScreen::openGeneratedTube() {
    m_generationQueued = false;
    // Nobody signed in, or a question on screen: the next refresh tries again.
    if (!m_labelEachTube || !m_service.currentOperator().isValid() || !m_router.isAccepting() ||
        m_router.isPaused() || m_service.openTubeSnapshot())
        return;
    const Result<TubeSnapshot> opened = m_service.openGeneratedTube(
        m_chosenPoolSize > 0 ? std::optional<int>(m_chosenPoolSize) : std::nullopt);
    if (!opened) {
        report(ScanOutcome::refusal(
            tr("No tube was opened and no label printed: %1").arg(opened.message())));
        return;
    }
    // The print answers on the banner (printing, or why not); the operator's next step
    // follows it, and says whether a label is coming.
    const bool printerReady = m_printing && m_printing->hasPrinter();
    Q_EMIT tubeLabelRequested(opened->code);
    ScanOutcome outcome = ScanOutcome::attention(
        printerReady ? tr("Tube %1 is open for %2 people. Its label is being printed: stick it "
                          "on the new tube, then scan the residents.")
                           .arg(opened->code)
                           .arg(opened->poolSize)
                     : tr("Tube %1 is open for %2 people, but no printer is set up, so its label "
                          "was not printed. Set the printer in Settings (F10), or write the code "
                          "on the tube.")
                           .arg(opened->code)
                           .arg(opened->poolSize));
    outcome.recorded = true;
    report(outcome);
}

} // namespace station
