// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
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
class FeedbackSounds;
class IdReveal;
class SamplingService;
class ScanField;
class ScanRouter;
class StatusBanner;
class TubeMembersModel;

// The table screen staff use all day: the banner, the open tube (k / N, people, first
// swab), the scan field, and every correction on one key: undo (Ctrl+Z), remove (Del),
// seal early (Ctrl+E), void (Ctrl+Shift+V), manual entry (F2), today's list (F3),
// full ID number of the selected person (Ctrl+I, PIN and reason, audited), lock (Ctrl+L).
// While a box is packed or waits for the courier, the box panel shows it;
// hand-over is on Ctrl+H.
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
    void revealSelectedId();
    // Enables the audited full display of ID numbers (Ctrl+I here and in today's list).
    void setIdReveal(IdReveal *reveal) { m_idReveal = reveal; }

Q_SIGNALS:
    void lockRequested();

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
    QTimer *m_boxClock;
    // The box on the panel: the open one, or the last one sealed here until handed over.
    QString m_boxCode;
    QList<QKeySequence> m_shortcuts;
    IdReveal *m_idReveal = nullptr;
};

} // namespace station
