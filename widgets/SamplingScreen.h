// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sampling/TubeSnapshot.h"
#include "table/ScanOutcome.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace station {

class BoxPanel;
class CameraPreview;
class FeedbackSounds;
class IdReveal;
class ScanField;
class StatusBanner;
class TableWorkflow;
class TubeMembersModel;
namespace widgets {
class PrinterAlert;
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
//
// A view of the table's workflow (TableWorkflow): it shows the workflow's state and
// outcomes and passes on the keys; the rules (what a scan means, when a label prints, which
// box hand-over acts on, what needs a reason) are the workflow's.
class SamplingScreen : public QWidget {
    Q_OBJECT
public:
    SamplingScreen(TableWorkflow &table, FeedbackSounds &sounds, QWidget *parent = nullptr);

    StatusBanner *banner() const { return m_banner; }
    ScanField *scanField() const { return m_scanField; }
    QTableView *membersView() const { return m_members; }
    QComboBox *poolSizeField() const { return m_poolSize; }
    QString countText() const;
    BoxPanel *boxPanel() const { return m_boxPanel; }
    widgets::PrinterAlert *printerAlert() const { return m_printerAlert; }

    CameraPreview *cameraPreview() const { return m_cameraPreview; }

    // Shows or hides the camera picture (no signal: the caller already knows).
    void setCameraPreviewShown(bool shown);
    // Arranges the screen for the room its window has: on a short laptop screen the type,
    // the margins and the buttons are smaller (never cut), and when the buttons are wider
    // than the room they take two rows.
    void fitRoom(QSize room);
    bool isCameraPreviewShown() const;
    // F6: shows the picture if hidden, hides it if shown, and says so.
    void toggleCameraPreview();

    // Shows an outcome on the banner and plays its sound: the newest news. A refusal is
    // replaced by what happens next, except a recalled person (待复核, until a scan is
    // recorded) and a scan refused behind a dialog (not by that dialog's answer); a print
    // done is added under a success. Another operator signing in starts without it.
    void report(const ScanOutcome &outcome);
    void refresh();
    // The calm waiting banner ("Scan the next person"), unless a refusal is still shown.
    void showIdle();
    // After a restart that followed an unexpected stop, with a tube open: says so, with the
    // tube, its count and the last record (name and ID number masked).
    void showRecovery();
    // Whether a refusal is held on screen (banner and tube panel) until the next good scan.
    bool isRefusalShown() const { return m_refusalShown; }
    // The line on the tube panel ("Last scan refused", "Put the label on this tube").
    QString tubePanelNote() const;
    QString tubeCodeText() const;

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

Q_SIGNALS:
    void lockRequested();
    // The operator showed or hid the camera picture (F6), to be remembered.
    void cameraPreviewToggled(bool shown);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *addScreenAction(const QString &text, const QKeySequence &key,
                             void (SamplingScreen::*slot)());
    void onScanEntered();
    void onPoolSizeChosen(int index);
    void moveSelection(int delta);
    void refreshBox();
    void updatePrinterAlert();
    void setRefusalShown(bool shown);
    // The tube panel framed in red (a refusal shown, or the open tube's code used elsewhere).
    void setTubeFramed(bool framed);
    // The tube panel's note for a tube whose code another table used too.
    QString sharedCodeNote(const SharedTubeCode &shared, bool sealed) const;
    // The tube panel's note ("Put the label on this tube", "✕ Last scan refused") in its type
    // for the room (fitRoom()).
    void setTubeNoteSize(bool compact);
    void appendFollowUp(const QString &text);
    // What became of a sealed box's label and manifest, and how to print them later.
    QString boxPapersNote(const ScanOutcome &outcome) const;
    void onSignInChanged();
    void showTube(const TubeSnapshot &tube, bool sealed);
    // The people of a voided tube, to call back and sample again.
    void showResampleList(const QString &tubeCode, const QList<TubeMember> &people);

    TableWorkflow &m_table;
    FeedbackSounds &m_sounds;
    StatusBanner *m_banner;
    QFrame *m_tubePanel;
    QLabel *m_tubeTitle;
    QLabel *m_tubeNote;
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
    QList<QKeySequence> m_shortcuts;
    QList<QPushButton *> m_actionButtons;
    QGridLayout *m_actionGrid = nullptr;
    QVBoxLayout *m_middleColumn = nullptr;
    IdReveal *m_idReveal = nullptr;
    bool m_refusalShown = false;
    QString m_refusalNote; // the tube panel's note while a refusal (or a recall) is shown
    bool m_refusalIsRecall = false;
    bool m_refusalBehindDialog = false;
    QString m_refusalOperator; // who was signed in when it was refused
    // The follow-up "printing the box's papers", replaced by what the printer took.
    QString m_printingNote;
    // The tube sealed last, shown (with "put the label on") until the next tube opens.
    QString m_sealedTube;
};

} // namespace station
