// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingScreen: tube labels, box labels and manifests from the table, reprint reasons,
// and the printer alert with Retry.
#include "widgets/SamplingScreen.h"

#include "core/sampling/SamplingService.h"
#include "models/ScanRouter.h"
#include "widgets/BoxPanel.h"
#include "widgets/ModalGuard.h"
#include "widgets/ScanField.h"
#include "widgets/StatusBanner.h"
#include "widgets/printing/PrinterAlert.h"
#include "widgets/printing/ReprintReasonDialog.h"
#include "widgets/printing/TablePrinting.h"

namespace station {

using widgets::ReprintReasonDialog;
using widgets::TablePrinting;

void SamplingScreen::setPrinting(TablePrinting *printing) {
    if (m_printing)
        disconnect(m_printing, nullptr, this, nullptr);
    m_printing = printing;
    if (m_printing) {
        connect(m_printing, &TablePrinting::problemsChanged, this,
                &SamplingScreen::updatePrinterAlert);
        connect(m_printing, &TablePrinting::recordFailed, this,
                [this](const QString &message) { report(ScanOutcome::refusal(message)); });
        connect(m_printing, &QObject::destroyed, this, [this] { m_printing = nullptr; });
    }
    updatePrinterAlert();
}

void SamplingScreen::updatePrinterAlert() {
    if (!m_printing) {
        m_printerAlert->showProblem({}, 0);
        return;
    }
    m_printerAlert->showProblem(m_printing->lastFailure(), m_printing->failedCount());
}

std::optional<BoxSnapshot> SamplingScreen::sealedBoxOnScreen() const {
    if (!m_boxCode.isEmpty()) {
        const Result<BoxSnapshot> known = m_service.box(m_boxCode);
        if (known && known->state == BoxState::Sealed)
            return known.value();
    }
    const QList<BoxSnapshot> waiting = m_service.sealedBoxesAwaitingHandOver();
    if (waiting.isEmpty())
        return std::nullopt;
    return waiting.first();
}

bool SamplingScreen::requestPrint(PrintedDocument document, const QString &code,
                                  QWidget *dialogParent, const std::optional<HandOver> &handOver,
                                  bool automatic) {
    const QString what = TablePrinting::describe(document, code);
    if (!m_printing || !m_printing->hasPrinter()) {
        // A site without a printer seals boxes all day; only a request gets an answer.
        if (!automatic)
            report(ScanOutcome::refusal(
                tr("No printer is set up, so %1 was not printed. Set the printer in Settings "
                   "(F10).")
                    .arg(what)));
        return false;
    }
    // The same document waiting after a printer problem goes out as that print, not a copy.
    if (m_printing->retryIfFailed(document, code)) {
        if (!automatic)
            m_banner->showMessage(
                StatusBanner::Look::Neutral,
                tr("Printing %1 again on %2.").arg(what, m_printing->printerDescription()));
        return true;
    }
    QString reason;
    if (m_printing->wasPrinted(document, code)) {
        if (automatic)
            return false;
        int answer = QDialog::Rejected;
        ReprintReasonDialog dialog(what, dialogParent);
        {
            ModalGuard guard(m_router);
            answer = dialog.exec();
        }
        if (dialogParent == this)
            m_scanField->setFocus();
        if (answer != QDialog::Accepted) {
            m_banner->showMessage(StatusBanner::Look::Neutral,
                                  tr("Not printed again: %1.").arg(what));
            return false;
        }
        reason = dialog.reason();
    }
    const Result<int> sent = m_printing->print(document, code, reason, handOver);
    if (!sent) {
        report(ScanOutcome::refusal(sent.message()));
        return false;
    }
    if (!automatic)
        m_banner->showMessage(StatusBanner::Look::Neutral,
                              tr("Printing %1 on %2.").arg(what, m_printing->printerDescription()));
    return true;
}

void SamplingScreen::printTubeLabel() {
    std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    if (!tube)
        tube = m_service.latestTube();
    if (!tube) {
        report(ScanOutcome::refusal(
            tr("There is no tube to print a label for. Scan or open a tube first.")));
        return;
    }
    requestPrint(PrintedDocument::TubeLabel, tube->code, this);
}

void SamplingScreen::printBoxLabel() {
    if (m_boxCode.isEmpty()) {
        report(ScanOutcome::refusal(
            tr("No box is on screen. Scan a box code to open a box, then print its label.")));
        return;
    }
    requestPrint(PrintedDocument::BoxLabel, m_boxCode, this);
}

void SamplingScreen::printManifest() {
    const std::optional<BoxSnapshot> box = sealedBoxOnScreen();
    if (!box) {
        const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot();
        report(ScanOutcome::refusal(
            open ? tr("Box %1 is still being packed: scan its code again to seal it; its "
                      "manifest prints then.")
                       .arg(open->code)
                 : tr("No sealed box waits at this table, so there is no manifest to print.")));
        return;
    }
    requestPrint(PrintedDocument::BoxManifest, box->code, this);
}

void SamplingScreen::retryPrinting() {
    if (!m_printing || m_printing->failedCount() == 0) {
        m_banner->showMessage(StatusBanner::Look::Neutral, tr("No print waits to be retried."));
        return;
    }
    const int waiting = m_printing->failedCount();
    m_printing->retryFailed();
    m_banner->showMessage(StatusBanner::Look::Neutral,
                          tr("Printing again: %n print(s) sent to %1.", nullptr, waiting)
                              .arg(m_printing->printerDescription()));
}

void SamplingScreen::onBoxSealed(const QString &boxCode) {
    // The label goes on the box and the manifest travels with it.
    requestPrint(PrintedDocument::BoxLabel, boxCode, this, {}, true);
    requestPrint(PrintedDocument::BoxManifest, boxCode, this, {}, true);
}

} // namespace station
