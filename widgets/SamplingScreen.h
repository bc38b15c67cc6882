// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/TubeSnapshot.h"
#include "models/ScanOutcome.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace station {

class BoxPanel;
class CameraPreview;
class FeedbackSounds;
class IdReveal;
class SamplingService;
class ScanField;
class ScanRouter;
class StatusBanner;
class TubeMembersModel;
namespace widgets {
class PrinterAlert;
class TablePrinting;
} // namespace widgets

// The table screen staff use all day: the banner, the open tube (k / N, people, first
// swab), the scan field, and every correction on one key: undo (Ctrl+Z), remove (Del),
// seal early (Ctrl+E), void (Ctrl+Shift+V), manual entry (F2), today's list (F3),
// full ID number of the selected person (Ctrl+I, PIN and reason, audited), lock (Ctrl+L).
// While a box is packed or waits for the courier, the box panel shows it; hand-over is on
// Ctrl+H. Labels: the tube's on Ctrl+P, the box's on Ctrl+B, the manifest on Ctrl+M (both
// also print by themselves when a box is sealed); a printer problem stays on screen with
// Retry (Ctrl+R) while scanning goes on. Beside the tube, the camera picture with the codes
// it reads (shown or hidden with F6).
class SamplingScreen : public QWidget {
    Q_OBJECT
public:
    SamplingScreen(SamplingService &service, ScanRouter &router, FeedbackSounds &sounds,
                   QWidget *parent = nullptr);

    StatusBanner *banner() const { return m_banner; }
    ScanField *scanField() const { return m_scanField; }
    QTableView *membersView() const { return m_members; }
    QComboBox *poolSizeField() const { return m_poolSize; }
    QString countText() const;
    BoxPanel *boxPanel() const { return m_boxPanel; }
    widgets::PrinterAlert *printerAlert() const { return m_printerAlert; }

    // Where labels and manifests go; nullptr = no printing (prints say so).
    void setPrinting(widgets::TablePrinting *printing);
    CameraPreview *cameraPreview() const { return m_cameraPreview; }

    // Shows or hides the camera picture (no signal: the caller already knows).
    void setCameraPreviewShown(bool shown);
    bool isCameraPreviewShown() const;
    // F6: shows the picture if hidden, hides it if shown, and says so.
    void toggleCameraPreview();

    // Shows an outcome on the banner and plays its sound.
    void report(const ScanOutcome &outcome);
    void refresh();

    void undoLast();
    void removeSelected();
    void sealEarly();
    void voidTube();
    void manualEntry();
    void showTodaysList();
    void handOverBox();
    // The open tube's label, or the last tube's when none is open.
    void printTubeLabel();
    void printBoxLabel();
    void printManifest();
    void retryPrinting();
    void revealSelectedId();
    // Enables the audited full display of ID numbers (Ctrl+I here and in today's list).
    void setIdReveal(IdReveal *reveal) { m_idReveal = reveal; }

    // "Print a label for each new tube": while on, whenever no tube is open the screen
    // opens one under a code the station generates and asks for its label. Scanning a
    // pre-printed tube still replaces it while it is empty.
    void setPrintLabelForEachTube(bool enabled);
    bool printsLabelForEachTube() const { return m_labelEachTube; }

Q_SIGNALS:
    void lockRequested();
    // Print the label of this tube (e.g. a code the station generated for a new tube).
    void tubeLabelRequested(const QString &tubeCode);
    // The operator showed or hid the camera picture (F6), to be remembered.
    void cameraPreviewToggled(bool shown);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *addScreenAction(const QString &text, const QKeySequence &key,
                             void (SamplingScreen::*slot)());
    std::optional<QString> askReason(const QString &title, const QString &question);
    void onScanEntered();
    void onPoolSizeChosen(int index);
    void moveSelection(int delta);
    void refreshBox();
    // Queues openGeneratedTube() so that it runs after the current scan's outcome is shown.
    void scheduleGeneratedTube();
    void openGeneratedTube();
    // Asks for a reason when the document was printed before (over `dialogParent`), then
    // sends it to the printer. `automatic` prints skip documents already printed and
    // stay quiet without a printer. True when the print was sent.
    bool requestPrint(PrintedDocument document, const QString &code, QWidget *dialogParent,
                      const std::optional<HandOver> &handOver = {}, bool automatic = false);
    void onBoxSealed(const QString &boxCode);
    void updatePrinterAlert();
    // The box the print and hand-over keys act on: the one on the panel unless it is being
    // packed, else the oldest sealed box waiting.
    std::optional<BoxSnapshot> sealedBoxOnScreen() const;

    SamplingService &m_service;
    ScanRouter &m_router;
    FeedbackSounds &m_sounds;
    StatusBanner *m_banner;
    QLabel *m_tubeCode;
    QLabel *m_count;
    QLabel *m_firstSwab;
    QComboBox *m_poolSize;
    QTableView *m_members;
    TubeMembersModel *m_model;
    ScanField *m_scanField;
    BoxPanel *m_boxPanel;
    QWidget *m_cameraPanel;
    CameraPreview *m_cameraPreview;
    QTimer *m_boxClock;
    widgets::PrinterAlert *m_printerAlert;
    widgets::TablePrinting *m_printing = nullptr;
    // The box on the panel: the open one, or the last one sealed here until handed over.
    QString m_boxCode;
    QList<QKeySequence> m_shortcuts;
    bool m_labelEachTube = false;
    bool m_generationQueued = false;
    // The pool size last chosen by the operator; generated tubes open with it (0: default).
    int m_chosenPoolSize = 0;
    IdReveal *m_idReveal = nullptr;
};

} // namespace station
