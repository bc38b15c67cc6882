// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SamplingScreen.h"

#include "core/TableLabel.h"
#include "core/domain/IdDocument.h"
#include "core/domain/Sentences.h"
#include "core/sampling/SamplingService.h"
#include "models/TubeMembersModel.h"
#include "table/ScanRouter.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"
#include "widgets/BoxPanel.h"
#include "widgets/CameraPreview.h"
#include "widgets/FeedbackSounds.h"
#include "widgets/HandOverDialog.h"
#include "widgets/ManualEntryDialog.h"
#include "widgets/RevealIdDialog.h"
#include "widgets/ScanField.h"
#include "widgets/StatusBanner.h"
#include "widgets/Theme.h"
#include "widgets/TodaysListDialog.h"
#include "widgets/WheelScrollsPage.h"
#include "widgets/printing/PrinterAlert.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace station {

namespace {
// The open tube and, under it, the camera picture (16:9 at 348x196).
constexpr int kLeftColumnWidth = 360;
} // namespace

SamplingScreen::SamplingScreen(TableWorkflow &table, FeedbackSounds &sounds, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_sounds(sounds)
    , m_banner(new StatusBanner(this))
    , m_tubePanel(new QFrame(this))
    , m_tubeTitle(new QLabel(this))
    , m_tubeNote(new QLabel(this))
    , m_tubeCode(new QLabel(this))
    , m_count(new QLabel(this))
    , m_firstSwab(new QLabel(this))
    , m_poolSize(new QComboBox(this))
    , m_members(new QTableView(this))
    , m_model(new TubeMembersModel(this))
    , m_scanField(new ScanField(this))
    , m_boxPanel(new BoxPanel(this))
    , m_cameraPanel(new QFrame(this))
    , m_cameraPreview(new CameraPreview(m_cameraPanel))
    , m_boxClock(new QTimer(this))
    , m_printerAlert(new widgets::PrinterAlert(this)) {
    setObjectName(QStringLiteral("samplingScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(14);
    layout->addWidget(m_banner);

    // The open tube: what it is, how full, since when; or the tube just sealed, until its
    // label is on; and, framed in red, that the last scan was refused.
    QFrame *tubePanel = m_tubePanel;
    tubePanel->setObjectName(QStringLiteral("panel"));
    tubePanel->setFixedWidth(kLeftColumnWidth);
    auto *tubeLayout = new QVBoxLayout(tubePanel);
    tubeLayout->setContentsMargins(20, 16, 20, 16);
    QLabel *tubeTitle = m_tubeTitle;
    tubeTitle->setText(tr("Open tube"));
    tubeTitle->setObjectName(QStringLiteral("panelTitle"));
    m_tubeNote->setObjectName(QStringLiteral("tubeNote"));
    m_tubeNote->setWordWrap(true);
    m_tubeNote->setTextFormat(Qt::PlainText);
    setTubeNoteSize(false);
    m_tubeNote->hide();
    m_tubeCode->setObjectName(QStringLiteral("tubeCode"));
    m_tubeCode->setTextInteractionFlags(Qt::NoTextInteraction);
    m_count->setObjectName(QStringLiteral("tubeCount"));
    m_count->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int size : validPoolSizes())
        m_poolSize->addItem(tr("%n people per tube", nullptr, size), size);
    m_poolSize->setObjectName(QStringLiteral("poolSizeField"));
    m_poolSize->setFocusPolicy(Qt::TabFocus);
    m_firstSwab->setObjectName(QStringLiteral("hint"));
    m_firstSwab->setWordWrap(true);
    tubeLayout->addWidget(tubeTitle);
    tubeLayout->addWidget(m_tubeCode);
    tubeLayout->addWidget(m_count);
    tubeLayout->addWidget(m_tubeNote);
    tubeLayout->addWidget(m_poolSize);
    tubeLayout->addSpacing(6);
    tubeLayout->addWidget(m_firstSwab);
    tubeLayout->addStretch(1);

    auto *peoplePanel = new QFrame(this);
    peoplePanel->setObjectName(QStringLiteral("panel"));
    auto *peopleLayout = new QVBoxLayout(peoplePanel);
    peopleLayout->setContentsMargins(16, 16, 16, 16);
    auto *peopleTitle = new QLabel(tr("People in this tube"), peoplePanel);
    peopleTitle->setObjectName(QStringLiteral("panelTitle"));
    m_members->setModel(m_model);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setFocusPolicy(Qt::NoFocus);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(TubeMembersModel::NameColumn,
                                                        QHeaderView::Stretch);
    m_members->verticalHeader()->setDefaultSectionSize(36);
    peopleLayout->addWidget(peopleTitle);
    peopleLayout->addWidget(m_members, 1);

    // The camera picture, under the open tube: where the eye already is, and neither the banner
    // above nor the list of people beside it gives up any room.
    m_cameraPanel->setObjectName(QStringLiteral("panel"));
    m_cameraPanel->setFixedWidth(kLeftColumnWidth);
    auto *cameraLayout = new QVBoxLayout(m_cameraPanel);
    cameraLayout->setContentsMargins(6, 6, 6, 6);
    cameraLayout->addWidget(m_cameraPreview, 1);
    m_cameraPreview->setHideKeyText(
        tr("%1: hide").arg(QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText)));

    auto *leftColumn = new QVBoxLayout;
    leftColumn->setSpacing(14);
    leftColumn->addWidget(tubePanel);
    leftColumn->addWidget(m_cameraPanel, 1);
    // The printer problem, the tube, the camera and the people scroll when a short screen
    // (with a box and a printer problem at once) leaves them too little room; the banner,
    // the box, the scan field and the buttons always stay in view.
    auto *middleContent = new QWidget(this);
    middleContent->setObjectName(QStringLiteral("tableMiddle"));
    auto *middleColumn = new QVBoxLayout(middleContent);
    middleColumn->setContentsMargins(0, 0, 0, 0);
    m_middleColumn = middleColumn;
    middleColumn->addWidget(m_printerAlert);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(14);
    middle->addLayout(leftColumn);
    middle->addWidget(peoplePanel, 1);
    middleColumn->addLayout(middle, 1);
    auto *middleScroll = new QScrollArea(this);
    middleScroll->setObjectName(QStringLiteral("tableMiddleScroll"));
    middleScroll->setWidget(middleContent);
    keepWheelForScrolling(middleContent);
    middleScroll->setWidgetResizable(true);
    middleScroll->setFrameShape(QFrame::NoFrame);
    middleScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    middleScroll->setFocusPolicy(Qt::NoFocus);
    middleScroll->setStyleSheet(
        QStringLiteral("QScrollArea, QWidget#tableMiddle { background: transparent; }"));
    middleScroll->viewport()->setAutoFillBackground(false);
    layout->addWidget(middleScroll, 1);
    layout->addWidget(m_boxPanel);
    m_boxPanel->hide();

    m_scanField->setPlaceholderText(
        tr("Scan a code, or type it and press Enter (Up/Down selects a person)"));
    m_scanField->setToolTip(tr("A code typed here is recorded as typed by hand."));
    layout->addWidget(m_scanField);

    // Every action has a key; the buttons show it so nobody needs the mouse.
    auto *buttons = new QGridLayout;
    m_actionGrid = buttons;
    buttons->setSpacing(8);
    const QList<QAction *> actions = {
        addScreenAction(tr("Undo last"), QKeySequence(Qt::CTRL | Qt::Key_Z),
                        &SamplingScreen::undoLast),
        addScreenAction(tr("Remove selected"), QKeySequence(Qt::Key_Delete),
                        &SamplingScreen::removeSelected),
        addScreenAction(tr("Seal early"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        &SamplingScreen::sealEarly),
        addScreenAction(tr("Void tube"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                        &SamplingScreen::voidTube),
        addScreenAction(tr("Manual entry"), QKeySequence(Qt::Key_F2), &SamplingScreen::manualEntry),
        addScreenAction(tr("Today's list"), QKeySequence(Qt::Key_F3),
                        &SamplingScreen::showTodaysList),
        addScreenAction(tr("Hand over box"), QKeySequence(Qt::CTRL | Qt::Key_H),
                        &SamplingScreen::handOverBox),
        addScreenAction(tr("Print tube label"), QKeySequence(Qt::CTRL | Qt::Key_P),
                        &SamplingScreen::printTubeLabel),
    };
    // A deliberate, rare action: on its key (and in today's list), not a button at hand all
    // day; the row of buttons must also still fit a 1280- or 1366-pixel laptop screen.
    addScreenAction(tr("Full ID number"), QKeySequence(Qt::CTRL | Qt::Key_I),
                    &SamplingScreen::revealSelectedId);
    // Their buttons are on the box panel and the printer alert.
    addScreenAction(tr("Print box label"), QKeySequence(Qt::CTRL | Qt::Key_B),
                    &SamplingScreen::printBoxLabel);
    addScreenAction(tr("Print manifest"), QKeySequence(Qt::CTRL | Qt::Key_M),
                    &SamplingScreen::printManifest);
    addScreenAction(tr("Retry printing"), QKeySequence(Qt::CTRL | Qt::Key_R),
                    &SamplingScreen::retryPrinting);
    // No button: the picture itself says how it is hidden, and the row of buttons stays calm.
    addScreenAction(tr("Show or hide the camera picture"), QKeySequence(Qt::Key_F6),
                    &SamplingScreen::toggleCameraPreview);
    QAction *lock = new QAction(tr("Lock"), this);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(lock);
    m_shortcuts.append(lock->shortcut());
    connect(lock, &QAction::triggered, this, &SamplingScreen::lockRequested);
    int column = 0;
    for (QAction *a : actions + QList<QAction *>{lock}) {
        auto *b = new QPushButton(QStringLiteral("%1\n%2").arg(
                                      a->text(), a->shortcut().toString(QKeySequence::NativeText)),
                                  this);
        b->setObjectName(QStringLiteral("screenAction"));
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumHeight(56);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        buttons->addWidget(b, 0, column++);
        m_actionButtons.append(b);
    }
    layout->addLayout(buttons);
    m_scanField->setScreenShortcuts(m_shortcuts);

    connect(m_scanField, &QLineEdit::returnPressed, this, &SamplingScreen::onScanEntered);
    connect(m_scanField, &ScanField::moveSelection, this, &SamplingScreen::moveSelection);
    connect(m_scanField, &ScanField::fragmentAbandoned, this, [this] {
        m_scanField->clear();
        m_table.refuseIncompleteScan();
    });
    connect(m_poolSize, &QComboBox::activated, this, &SamplingScreen::onPoolSizeChosen);
    connect(&m_table, &TableWorkflow::outcome, this, &SamplingScreen::report);
    connect(&m_table.service(), &SamplingService::changed, this, &SamplingScreen::refresh);
    connect(&m_table, &TableWorkflow::signInChanged, this, &SamplingScreen::onSignInChanged);
    connect(&m_table, &TableWorkflow::resampleRequired, this, &SamplingScreen::showResampleList);
    connect(&m_table, &TableWorkflow::printProblemsChanged, this,
            &SamplingScreen::updatePrinterAlert);
    connect(m_boxPanel, &BoxPanel::printLabelRequested, this, &SamplingScreen::printBoxLabel);
    connect(m_boxPanel, &BoxPanel::printManifestRequested, this, &SamplingScreen::printManifest);
    connect(m_printerAlert, &widgets::PrinterAlert::retryRequested, this,
            &SamplingScreen::retryPrinting);
    // The countdown moves on by itself while a box is on screen.
    m_boxClock->setInterval(30 * 1000);
    connect(m_boxClock, &QTimer::timeout, this, &SamplingScreen::refreshBox);
    setFocusProxy(m_scanField);
    refresh();
    showIdle();
    updatePrinterAlert();
}

QAction *SamplingScreen::addScreenAction(const QString &text, const QKeySequence &key,
                                         void (SamplingScreen::*slot)()) {
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    m_shortcuts.append(key);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void SamplingScreen::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refresh();
    m_scanField->setFocus();
}

void SamplingScreen::fitRoom(QSize room) {
    // A 1366x768 laptop (or 1280x720, or either at 125 %) leaves less than 760 pixels.
    const bool compact = room.height() < 760;
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->setContentsMargins(compact ? QMargins(12, 8, 12, 6) : QMargins(20, 16, 20, 12));
    outer->setSpacing(compact ? 8 : 14);
    m_middleColumn->setSpacing(outer->spacing());
    m_banner->setCompact(compact);
    m_tubePanel->layout()->setContentsMargins(compact ? QMargins(16, 10, 16, 10)
                                                      : QMargins(20, 16, 20, 16));
    // The count stays the largest figure on the screen.
    m_tubeCode->setStyleSheet(compact ? QStringLiteral("font-size: 24px;") : QString());
    m_count->setStyleSheet(compact ? QStringLiteral("font-size: 48px;") : QString());
    setTubeNoteSize(compact);
    m_printerAlert->setCompact(compact);
    m_boxPanel->layout()->setContentsMargins(compact ? QMargins(16, 6, 16, 6)
                                                     : QMargins(20, 12, 20, 12));

    // The buttons in one row when they fit side by side, in smaller type when that makes
    // them fit (their keys are what staff use), else in two rows.
    const auto rowWidth = [this, outer] {
        int width = outer->contentsMargins().left() + outer->contentsMargins().right();
        for (QPushButton *b : std::as_const(m_actionButtons))
            width += b->sizeHint().width() + m_actionGrid->horizontalSpacing();
        return width;
    };
    for (QPushButton *b : std::as_const(m_actionButtons)) {
        b->setStyleSheet(QString());
        b->setMinimumHeight(compact ? 48 : 56);
    }
    if (rowWidth() > room.width()) {
        for (QPushButton *b : std::as_const(m_actionButtons))
            b->setStyleSheet(QStringLiteral("QPushButton { font-size: %1px; padding: 6px 4px; }")
                                 .arg(theme::kBodyPixelSize - 3));
    }
    const int columns = rowWidth() <= room.width() ? int(m_actionButtons.size())
                                                   : int(m_actionButtons.size() + 1) / 2;
    for (QPushButton *b : std::as_const(m_actionButtons))
        m_actionGrid->removeWidget(b);
    for (int i = 0; i < m_actionButtons.size(); ++i)
        m_actionGrid->addWidget(m_actionButtons.at(i), i / columns, i % columns);
}

void SamplingScreen::setCameraPreviewShown(bool shown) {
    m_cameraPanel->setVisible(shown);
}

bool SamplingScreen::isCameraPreviewShown() const {
    return !m_cameraPanel->isHidden();
}

void SamplingScreen::toggleCameraPreview() {
    const bool shown = !isCameraPreviewShown();
    setCameraPreviewShown(shown);
    Q_EMIT cameraPreviewToggled(shown);
}

QString SamplingScreen::countText() const {
    return m_count->text();
}

QString SamplingScreen::tubePanelNote() const {
    return m_tubeNote->isHidden() ? QString() : m_tubeNote->text();
}

QString SamplingScreen::tubeCodeText() const {
    return m_tubeCode->text();
}

void SamplingScreen::report(const ScanOutcome &reported) {
    ScanOutcome outcome = reported;
    if (!outcome.sealedBox.isEmpty())
        outcome.message = tr("%1 Hand it over with Ctrl+H.").arg(outcome.message);
    const QString papers = boxPapersNote(outcome);
    // A print comes back by itself, later: heard as a scan's answer it would mislead.
    if (!outcome.printed)
        m_sounds.play(outcome.tone);
    if (outcome.tubeSealed && !outcome.tube.isEmpty())
        m_sealedTube = outcome.tube;
    // Its people stay in it: sealed early on its key (an empty one is replaced by the next).
    if (outcome.tubeCodeShared && outcome.tone == ScanOutcome::Tone::Refusal && outcome.count > 0)
        outcome.message = joinSentences(outcome.message, tr("Ctrl+E seals it."));
    if (outcome.tone == ScanOutcome::Tone::Refusal) {
        m_banner->showOutcome(outcome);
        // The tube panel's note says what happened: a recalled person's sample may have been
        // recorded (alone, in a single tube), so "refused" would send the nurse to scan again.
        if (outcome.recall)
            // Whose: the recalled person, not the pooled tube the panel shows.
            m_refusalNote = outcome.recorded ? tr("⚠ Recalled person: sampled alone")
                                             : tr("⚠ Recalled person: not yet sampled again");
        else
            m_refusalNote =
                outcome.fromScan ? tr("✕ Last scan refused") : tr("✕ Last action refused");
        m_refusalIsRecall = outcome.recall;
        // Refused behind a dialog: the dialog's own answer, which follows, must not hide it.
        m_refusalBehindDialog = m_table.isPaused();
        m_refusalOperator = m_table.currentOperator().staffId;
        setRefusalShown(true);
        refresh();
        return;
    }
    // The newest news replaces a refusal, except where the refusal would go unread: a
    // recalled person (待复核) stays until a scan is recorded, and a scan refused while a
    // dialog was open is not hidden by that dialog's answer.
    const bool recordedScan = outcome.fromScan && outcome.recorded;
    const bool behindDialog = std::exchange(m_refusalBehindDialog, false);
    if (m_refusalShown && !recordedScan && (m_refusalIsRecall || behindDialog)) {
        appendFollowUp(tr("Since then: %1").arg(outcome.message));
        refresh();
        return;
    }
    // A print done does not hide what the table said since it was asked for (a scan's
    // count, "hand it over"): it is added under it.
    if (outcome.printed && !m_refusalShown &&
        (m_banner->look() == StatusBanner::Look::Success ||
         m_banner->look() == StatusBanner::Look::Attention)) {
        // "Printing ..." under it is answered: replaced by what was printed.
        if (!m_printingNote.isEmpty() && m_banner->followUp() == m_printingNote)
            m_banner->setFollowUp({});
        m_printingNote.clear();
        appendFollowUp(outcome.message);
        return;
    }
    setRefusalShown(false);
    m_banner->showOutcome(outcome);
    // Under the seal, smaller: the seal and "hand it over" stay the headline.
    m_banner->setFollowUp(papers);
    m_printingNote = outcome.boxPapers == ScanOutcome::BoxPapers::Sent ? papers : QString();
    // How full the tube is, while it is open or sealed: a voided tube holds nobody any more,
    // and "0 / 5" beside its message read as a new tube open.
    if (outcome.tone != ScanOutcome::Tone::Notice && outcome.count >= 0 &&
        !outcome.tube.isEmpty()) {
        if (const Result<TubeSnapshot> tube = m_table.service().tube(outcome.tube);
            tube && tube->state != TubeState::Voided)
            m_banner->setCountText(
                QStringLiteral("%1 / %2").arg(outcome.count).arg(tube->poolSize));
    }
    refresh();
}

QString SamplingScreen::boxPapersNote(const ScanOutcome &outcome) const {
    switch (outcome.boxPapers) {
    case ScanOutcome::BoxPapers::Unknown:
        return {};
    case ScanOutcome::BoxPapers::NoPrinter:
        return tr("Box label and manifest NOT printed (no printer): set one in F10, then "
                  "Ctrl+B, Ctrl+M.");
    case ScanOutcome::BoxPapers::Sent:
        return tr("Printing the box label and manifest on %1.")
            .arg(m_table.printing() ? m_table.printing()->printerDescription() : QString());
    case ScanOutcome::BoxPapers::NotSent:
        return tr("Box label and manifest NOT both sent to the printer: Ctrl+B, Ctrl+M.");
    }
    return {};
}

void SamplingScreen::appendFollowUp(const QString &text) {
    const QString before = m_banner->followUp();
    m_banner->setFollowUp(joinSentences(before, text));
}

void SamplingScreen::onSignInChanged() {
    // Another operator does not start with the last one's refusal: it was theirs to read.
    if (m_table.isSignedIn() && m_refusalShown &&
        m_table.currentOperator().staffId != m_refusalOperator) {
        setRefusalShown(false);
        showIdle();
    }
    refresh();
}

void SamplingScreen::showIdle() {
    if (m_refusalShown)
        return;
    QString text;
    if (m_table.router().isPacking())
        text = tr("Scan the next sealed tube, or the box code to seal the box.");
    else if (const std::optional<SharedTubeCode> shared = m_table.sharedOpenTubeCode()) {
        // Not calm: nobody more goes into the open tube.
        QString said = SamplingService::sharedTubeCodeRefusal(*shared);
        if (shared->people > 0)
            said = joinSentences(said, tr("Ctrl+E seals it."));
        m_banner->showMessage(StatusBanner::Look::Attention, said);
        return;
    } else if (m_table.openTube())
        text = tr("Scan the next person.");
    else
        text = tr("Scan a tube code to open a tube.");
    m_banner->showMessage(StatusBanner::Look::Neutral, text);
}

void SamplingScreen::showRecovery() {
    const std::optional<TubeSnapshot> tube = m_table.openTube();
    if (!tube)
        return;
    QString last = tr("nobody yet");
    if (!tube->members.isEmpty()) {
        const TubeMember &m = tube->members.constLast();
        last = QStringLiteral("%1, %2, %3")
                   .arg(maskPersonName(m.name), m.idMasked,
                        QLocale().toString(m.takenAt.toLocalTime(), QStringLiteral("HH:mm")));
    }
    m_banner->showMessage(StatusBanner::Look::Attention,
                          tr("The station recovered from an unexpected stop. Tube %1 is still "
                             "open with %2 of %3 people. Last record: %4. Check it, then scan "
                             "the next person.")
                              .arg(tube->code)
                              .arg(tube->count())
                              .arg(tube->poolSize)
                              .arg(last));
    m_banner->setCountText(QStringLiteral("%1 / %2").arg(tube->count()).arg(tube->poolSize));
}

void SamplingScreen::setTubeNoteSize(bool compact) {
    // Bold and large, like the banner's words; on a laptop's short screen a little smaller,
    // so that "Put the label on this tube" keeps to one line beside the camera picture.
    QFont note = m_tubeNote->font();
    note.setPixelSize(compact ? 20 : 22);
    note.setBold(true);
    m_tubeNote->setFont(theme::withOneFontForMarks(note));
}

void SamplingScreen::setRefusalShown(bool shown) {
    m_refusalShown = shown;
    setTubeFramed(shown);
}

void SamplingScreen::setTubeFramed(bool framed) {
    // The frame is drawn here rather than in the theme so that it overrides the panel's
    // own border; the panel keeps its white ground.
    m_tubePanel->setStyleSheet(
        framed ? QStringLiteral("QFrame#panel { background: #ffffff; border: 5px solid %1; "
                                "border-radius: 10px; }")
                     .arg(theme::kBannerRefusalBg)
               : QString());
}

QString SamplingScreen::sharedCodeNote(const SharedTubeCode &shared, bool sealed) const {
    const QString other =
        shared.otherTable.isEmpty() ? tr("another table") : shownTableLabel(shared.otherTable);
    if (sealed)
        return tr("⚠ Put the label on, and mark it for the site lead: code also used at %1")
            .arg(other);
    if (shared.people == 0)
        return tr("✕ Code also used at %1: nobody goes in. Scan a new tube").arg(other);
    return tr("✕ Code also used at %1: nobody more goes in. Seal it: Ctrl+E").arg(other);
}

void SamplingScreen::refreshBox() {
    const std::optional<BoxSnapshot> box = m_table.boxOnScreen();
    m_boxPanel->setVisible(box.has_value());
    if (!box) {
        m_boxClock->stop();
        return;
    }
    QStringList others;
    for (const BoxSnapshot &b : m_table.boxesWaiting()) {
        if (b.code == box->code)
            continue;
        // Boxes other tables sealed may be handed over here too: said with their table.
        others << (b.isFromOtherTable()
                       ? tr("%1 (%2)").arg(b.code, shownTableLabel(b.packedAtTable))
                       : b.code);
    }
    // A large site may have many boxes waiting: the line stays one or two lines high.
    constexpr int kOthersShown = 6;
    if (others.size() > kOthersShown) {
        const int more = static_cast<int>(others.size()) - kOthersShown;
        others = others.mid(0, kOthersShown);
        others << tr("and %n more", nullptr, more);
    }
    m_boxPanel->setOthersWaiting(others);
    m_boxPanel->showBox(*box, m_table.reconcile(), m_table.service().now());
    if (!m_boxClock->isActive())
        m_boxClock->start();
}

void SamplingScreen::updatePrinterAlert() {
    const TablePrinting *printing = m_table.printing();
    m_printerAlert->showProblem(printing ? printing->lastFailure() : QString(),
                                printing ? printing->failedCount() : 0);
}

void SamplingScreen::refresh() {
    refreshBox();
    const std::optional<TubeSnapshot> tube = m_table.openTube();
    const qint64 selected = m_model->sampleIdAt(m_members->currentIndex().row());
    if (tube)
        m_sealedTube.clear();
    std::optional<TubeSnapshot> sealed;
    if (!tube && !m_sealedTube.isEmpty()) {
        const Result<TubeSnapshot> last = m_table.service().tube(m_sealedTube);
        if (last && last->state == TubeState::Sealed && last->boxCode.isEmpty())
            sealed = last.value();
    }
    m_model->setTube(tube ? tube : sealed);
    m_tubeTitle->setText(sealed ? tr("Sealed tube") : tr("Open tube"));
    // Another table used this tube's code too (the site said so): said on the tube as long
    // as it is open, and on the sealed one until its label is on.
    const std::optional<SharedTubeCode> shared =
        tube     ? m_table.service().sharedTubeCode(tube->uuid)
        : sealed ? m_table.service().sharedTubeCode(sealed->uuid)
                 : std::nullopt;
    const QString refusalStyle = QStringLiteral("QLabel { background: %1; color: %2; "
                                                "border-radius: 6px; padding: 6px 10px; }")
                                     .arg(theme::kBannerRefusalBg, theme::kBannerOnColourText);
    const QString attentionStyle =
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 6px "
                       "10px; }")
            .arg(theme::kBannerAttentionBg, theme::kBannerAttentionText);
    // One note at a time: the open tube's shared code (the banner says any other refusal),
    // then the refusal, then the label.
    if (shared && tube) {
        m_tubeNote->setText(sharedCodeNote(*shared, false));
        m_tubeNote->setStyleSheet(refusalStyle);
    } else if (m_refusalShown) {
        m_tubeNote->setText(m_refusalNote);
        m_tubeNote->setStyleSheet(refusalStyle);
    } else if (sealed) {
        m_tubeNote->setText(shared ? sharedCodeNote(*shared, true)
                                   : tr("Put the label on this tube"));
        m_tubeNote->setStyleSheet(attentionStyle);
    }
    m_tubeNote->setVisible(m_refusalShown || sealed || (shared && tube));
    setTubeFramed(m_refusalShown || (shared && tube));
    // The size is chosen for an open tube only: a sealed tube's is in its count ("10 / 10"),
    // and with none open there is nothing to choose it for. The line goes then, so that the
    // label's reminder or a refusal's note and the camera picture under it fit a laptop's
    // screen (with no tube, a refusal and the camera the middle scrolled at 1280x720). So
    // too under a note on a tube with people, whose size is fixed and in its count ("2 / 5"):
    // with a recalled person's note the middle scrolled 29 px at 1280x720.
    m_poolSize->setVisible(tube.has_value() && (tube->count() == 0 || !m_refusalShown));
    if (sealed) {
        m_tubeCode->setText(sealed->code);
        m_count->setText(QStringLiteral("%1 / %2").arg(sealed->count()).arg(sealed->poolSize));
        m_firstSwab->setText(m_table.printsLabelForEachTube()
                                 ? tr("The next tube opens by itself and its label is printed.")
                                 : tr("Scan a tube code to open the next tube."));
        m_poolSize->setCurrentIndex(m_poolSize->findData(sealed->poolSize));
        m_poolSize->setEnabled(false);
        return;
    }
    if (!tube) {
        m_tubeCode->setText(tr("No open tube"));
        m_count->setText(QStringLiteral("–"));
        m_firstSwab->setText(m_table.printsLabelForEachTube()
                                 ? tr("The next tube opens by itself and its label is printed.")
                                 : tr("Scan a tube code to open the next tube."));
        m_poolSize->setCurrentIndex(
            m_poolSize->findData(m_table.service().identity().defaultPoolSize));
        m_poolSize->setEnabled(false);
        return;
    }
    m_tubeCode->setText(tube->code);
    m_count->setText(QStringLiteral("%1 / %2").arg(tube->count()).arg(tube->poolSize));
    m_poolSize->setCurrentIndex(m_poolSize->findData(tube->poolSize));
    // The pool size is fixed once the first swab is in the tube.
    m_poolSize->setEnabled(tube->count() == 0);
    m_firstSwab->setText(
        tube->firstSwabAt.isValid()
            ? tr("First swab at %1")
                  .arg(QLocale().toString(tube->firstSwabAt.toLocalTime(), QStringLiteral("HH:mm")))
            : tr("No swab in this tube yet."));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected != 0 && m_model->sampleIdAt(row) == selected)
            m_members->selectRow(row);
    }
}

void SamplingScreen::onScanEntered() {
    const QString text = m_scanField->text();
    const bool fragment = m_scanField->hasScannerSpeedKeys();
    m_scanField->clear();
    // Scanner-speed keys here are part of a scan that came as typing: never a code.
    if (fragment) {
        m_table.refuseIncompleteScan();
        return;
    }
    if (text.trimmed().isEmpty())
        return;
    // Typed by a person: recorded as typed (Manual), never as a scan.
    m_table.scan(text, EntryMethod::Manual);
}

void SamplingScreen::onPoolSizeChosen(int index) {
    if (!m_table.choosePoolSize(m_poolSize->itemData(index).toInt()).recorded)
        refresh();
    m_scanField->setFocus();
}

void SamplingScreen::moveSelection(int delta) {
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_members->currentIndex().isValid() ? m_members->currentIndex().row()
                                                            : (delta > 0 ? -1 : rows);
    m_members->selectRow(qBound(0, current + delta, rows - 1));
}

void SamplingScreen::undoLast() {
    m_table.undoLast();
}

void SamplingScreen::removeSelected() {
    const qint64 sampleId = m_model->sampleIdAt(m_members->currentIndex().row());
    m_table.removeSample(sampleId);
}

void SamplingScreen::sealEarly() {
    m_table.sealEarly();
}

void SamplingScreen::voidTube() {
    m_table.voidTube();
}

void SamplingScreen::showResampleList(const QString &tubeCode, const QList<TubeMember> &people) {
    QStringList lines;
    for (const TubeMember &m : people)
        lines << QStringLiteral("%1. %2  %3").arg(m.position).arg(m.name, m.idMasked);
    QMessageBox box(QMessageBox::Warning, tr("Sample again"),
                    tr("Tube %1 was voided. Call %n person(s) back and sample them again:", nullptr,
                       int(people.size()))
                        .arg(tubeCode),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("resampleList"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.exec();
    m_scanField->setFocus();
}

void SamplingScreen::manualEntry() {
    ManualEntryDialog dialog(m_table.service().now().toLocalTime().date(), this);
    int result = QDialog::Rejected;
    {
        TableWorkflow::Pause pause(m_table);
        result = dialog.exec();
    }
    m_scanField->setFocus();
    if (result == QDialog::Accepted)
        m_table.addResident(dialog.resident(), EntryMethod::Manual);
}

void SamplingScreen::showTodaysList() {
    bool locked = false;
    {
        TableWorkflow::Pause pause(m_table);
        TodaysListDialog dialog(m_table.service(), m_idReveal, this);
        dialog.exec();
        locked = dialog.operatorLocked();
    }
    m_scanField->setFocus();
    if (locked)
        Q_EMIT lockRequested();
}

void SamplingScreen::revealSelectedId() {
    const int row = m_members->currentIndex().row();
    const std::optional<TubeSnapshot> &tube = m_model->tube();
    if (!m_idReveal) {
        report(ScanOutcome::refusal(tr("This station cannot show full ID numbers.")));
        return;
    }
    if (!tube || row < 0 || row >= tube->count()) {
        report(ScanOutcome::refusal(tr("Select a person in the open tube first (Up/Down), then "
                                       "press Ctrl+I; earlier tubes are in today's list (F3).")));
        return;
    }
    const TubeMember member = tube->members.at(row);
    bool locked = false;
    {
        TableWorkflow::Pause pause(m_table);
        RevealIdDialog dialog(
            *m_idReveal, m_table.currentOperator(),
            {member.sampleUuid, member.name, member.idMasked, tube->code, member.position}, this);
        dialog.exec();
        locked = dialog.operatorLocked();
    }
    m_scanField->setFocus();
    if (locked)
        Q_EMIT lockRequested();
}

void SamplingScreen::handOverBox() {
    const Result<BoxSnapshot> box = m_table.boxToHandOver();
    if (!box) {
        report(ScanOutcome::refusal(box.message()));
        return;
    }
    // Every box the courier may take here, the one on screen first: chosen in the dialog.
    HandOverDialog dialog(m_table, m_table.boxesToHandOver(), this);
    connect(&dialog, &HandOverDialog::printManifestRequested, this,
            [this](const QString &code, const HandOver &fields) {
                m_table.print(PrintedDocument::BoxManifest, code, fields);
            });
    {
        TableWorkflow::Pause pause(m_table);
        dialog.exec();
    }
    m_scanField->setFocus();
}

void SamplingScreen::printTubeLabel() {
    m_table.printTubeLabel();
}

void SamplingScreen::printBoxLabel() {
    m_table.printBoxLabel();
}

void SamplingScreen::printManifest() {
    m_table.printManifest();
}

void SamplingScreen::retryPrinting() {
    m_table.retryPrinting();
}

} // namespace station
