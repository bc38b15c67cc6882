// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SamplingScreen.h"

#include "core/sampling/SamplingService.h"
#include "models/ScanRouter.h"
#include "models/TubeMembersModel.h"
#include "widgets/BoxPanel.h"
#include "widgets/CameraPreview.h"
#include "widgets/FeedbackSounds.h"
#include "widgets/HandOverDialog.h"
#include "widgets/ManualEntryDialog.h"
#include "widgets/ModalGuard.h"
#include "widgets/RevealIdDialog.h"
#include "widgets/ScanField.h"
#include "widgets/StatusBanner.h"
#include "widgets/TodaysListDialog.h"
#include "widgets/printing/PrinterAlert.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace station {

namespace {
// The open tube and, under it, the camera picture (16:9 at 348x196).
constexpr int kLeftColumnWidth = 360;
} // namespace

SamplingScreen::SamplingScreen(SamplingService &service, ScanRouter &router, FeedbackSounds &sounds,
                               QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_router(router)
    , m_sounds(sounds)
    , m_banner(new StatusBanner(this))
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
    layout->addWidget(m_printerAlert);

    // The open tube: what it is, how full, since when.
    auto *tubePanel = new QFrame(this);
    tubePanel->setObjectName(QStringLiteral("panel"));
    tubePanel->setFixedWidth(kLeftColumnWidth);
    auto *tubeLayout = new QVBoxLayout(tubePanel);
    tubeLayout->setContentsMargins(20, 16, 20, 16);
    auto *tubeTitle = new QLabel(tr("Open tube"), tubePanel);
    tubeTitle->setObjectName(QStringLiteral("panelTitle"));
    m_tubeCode->setObjectName(QStringLiteral("tubeCode"));
    m_tubeCode->setTextInteractionFlags(Qt::NoTextInteraction);
    m_count->setObjectName(QStringLiteral("tubeCount"));
    m_count->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int size : validPoolSizes())
        m_poolSize->addItem(tr("%n people per tube", nullptr, size), size);
    m_poolSize->setObjectName(QStringLiteral("poolSizeField"));
    m_poolSize->setFocusPolicy(Qt::TabFocus);
    m_firstSwab->setObjectName(QStringLiteral("hint"));
    tubeLayout->addWidget(tubeTitle);
    tubeLayout->addWidget(m_tubeCode);
    tubeLayout->addWidget(m_count);
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
    auto *middle = new QHBoxLayout;
    middle->setSpacing(14);
    middle->addLayout(leftColumn);
    middle->addWidget(peoplePanel, 1);
    layout->addLayout(middle, 1);
    layout->addWidget(m_boxPanel);
    m_boxPanel->hide();

    m_scanField->setPlaceholderText(
        tr("Scan a code, or type it and press Enter (Up/Down selects a person)"));
    layout->addWidget(m_scanField);

    // Every action has a key; the buttons show it so nobody needs the mouse.
    auto *buttons = new QGridLayout;
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
    }
    layout->addLayout(buttons);
    m_scanField->setScreenShortcuts(m_shortcuts);

    connect(m_scanField, &QLineEdit::returnPressed, this, &SamplingScreen::onScanEntered);
    connect(m_scanField, &ScanField::moveSelection, this, &SamplingScreen::moveSelection);
    connect(m_poolSize, &QComboBox::activated, this, &SamplingScreen::onPoolSizeChosen);
    connect(&m_router, &ScanRouter::outcome, this, &SamplingScreen::report);
    connect(&m_service, &SamplingService::changed, this, &SamplingScreen::refresh);
    connect(&m_router, &ScanRouter::boxSealed, this, &SamplingScreen::onBoxSealed);
    connect(m_boxPanel, &BoxPanel::printLabelRequested, this, &SamplingScreen::printBoxLabel);
    connect(m_boxPanel, &BoxPanel::printManifestRequested, this, &SamplingScreen::printManifest);
    connect(m_printerAlert, &widgets::PrinterAlert::retryRequested, this,
            &SamplingScreen::retryPrinting);
    connect(this, &SamplingScreen::tubeLabelRequested, this,
            [this](const QString &code) { requestPrint(PrintedDocument::TubeLabel, code, this); });
    // The countdown moves on by itself while a box is on screen.
    m_boxClock->setInterval(30 * 1000);
    connect(m_boxClock, &QTimer::timeout, this, &SamplingScreen::refreshBox);
    setFocusProxy(m_scanField);
    refresh();
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

void SamplingScreen::report(const ScanOutcome &outcome) {
    m_banner->showOutcome(outcome);
    m_sounds.play(outcome.tone);
}

void SamplingScreen::refreshBox() {
    // Sealed boxes come from the database, so they are on screen again after a restart.
    std::optional<BoxSnapshot> box = m_service.openBoxSnapshot();
    const QList<BoxSnapshot> waiting = m_service.sealedBoxesAwaitingHandOver();
    if (!box) {
        for (const BoxSnapshot &b : waiting) {
            if (b.code == m_boxCode)
                box = b;
        }
        if (!box && !waiting.isEmpty())
            box = waiting.first();
    }
    m_boxCode = box ? box->code : QString();
    m_boxPanel->setVisible(box.has_value());
    if (!box) {
        m_boxClock->stop();
        return;
    }
    QStringList others;
    for (const BoxSnapshot &b : waiting) {
        if (b.code != box->code)
            others << b.code;
    }
    m_boxPanel->setOthersWaiting(others);
    m_boxPanel->showBox(*box, m_service.reconcile(), m_service.now());
    if (!m_boxClock->isActive())
        m_boxClock->start();
}

void SamplingScreen::refresh() {
    refreshBox();
    const std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    const qint64 selected = m_model->sampleIdAt(m_members->currentIndex().row());
    m_model->setTube(tube);
    if (!tube) {
        m_tubeCode->setText(tr("No open tube"));
        m_count->setText(QStringLiteral("–"));
        m_firstSwab->setText(m_labelEachTube
                                 ? tr("The next tube opens by itself and its label is printed.")
                                 : tr("Scan a tube code to open the next tube."));
        m_poolSize->setCurrentIndex(m_poolSize->findData(m_service.identity().defaultPoolSize));
        m_poolSize->setEnabled(false);
        if (m_labelEachTube)
            scheduleGeneratedTube();
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
                  .arg(tube->firstSwabAt.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("No swab in this tube yet."));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected != 0 && m_model->sampleIdAt(row) == selected)
            m_members->selectRow(row);
    }
}

void SamplingScreen::onScanEntered() {
    const QString text = m_scanField->text();
    m_scanField->clear();
    if (text.trimmed().isEmpty())
        return;
    m_router.route(text, EntryMethod::Scanner);
}

void SamplingScreen::onPoolSizeChosen(int index) {
    const Result<TubeSnapshot> changed =
        m_service.changePoolSize(m_poolSize->itemData(index).toInt());
    if (!changed) {
        report(ScanOutcome::refusal(changed.message()));
        refresh();
    } else {
        m_chosenPoolSize = changed->poolSize;
        report(ScanOutcome::success(
            tr("Tube %1 now takes %2 people.").arg(changed->code).arg(changed->poolSize)));
    }
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

std::optional<QString> SamplingScreen::askReason(const QString &title, const QString &question) {
    ModalGuard guard(m_router);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, title, question, QLineEdit::Normal, {}, &ok);
    m_scanField->setFocus();
    if (!ok)
        return std::nullopt;
    return reason.trimmed();
}

void SamplingScreen::undoLast() {
    const std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    if (!tube || tube->count() == 0) {
        report(ScanOutcome::refusal(tr("There is nobody to undo: the open tube is empty.")));
        return;
    }
    const TubeMember last = tube->members.constLast();
    const auto reason =
        askReason(tr("Undo last person"), tr("Why is %1 (position %2) taken out of tube %3?")
                                              .arg(last.name)
                                              .arg(last.position)
                                              .arg(tube->code));
    if (!reason)
        return;
    const Result<TubeSnapshot> undone = m_service.undoLastSample(*reason);
    if (!undone)
        report(ScanOutcome::refusal(undone.message()));
    else
        report(ScanOutcome::attention(
            tr("%1 was taken out of tube %2. Sample this person again if needed.")
                .arg(last.name, tube->code)));
}

void SamplingScreen::removeSelected() {
    const int row = m_members->currentIndex().row();
    const std::optional<TubeSnapshot> &tube = m_model->tube();
    if (!tube || row < 0 || row >= tube->count()) {
        report(ScanOutcome::refusal(
            tr("Select a person in the open tube first (Up/Down), then press Del.")));
        return;
    }
    const TubeMember member = tube->members.at(row);
    const auto reason =
        askReason(tr("Remove person"), tr("Why is %1 (position %2) removed from tube %3?")
                                           .arg(member.name)
                                           .arg(member.position)
                                           .arg(tube->code));
    if (!reason)
        return;
    const Result<TubeSnapshot> removed = m_service.removeSample(member.sampleId, *reason);
    if (!removed)
        report(ScanOutcome::refusal(removed.message()));
    else
        report(ScanOutcome::attention(
            tr("%1 was removed from tube %2.").arg(member.name, removed->code)));
}

void SamplingScreen::sealEarly() {
    const std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    if (!tube) {
        report(ScanOutcome::refusal(tr("There is no open tube to seal.")));
        return;
    }
    const auto reason =
        askReason(tr("Seal tube early"), tr("Tube %1 has %2 of %3 people. Why is it sealed now?")
                                             .arg(tube->code)
                                             .arg(tube->count())
                                             .arg(tube->poolSize));
    if (!reason)
        return;
    const Result<TubeSnapshot> sealed = m_service.sealOpenTubeEarly(*reason);
    if (!sealed)
        report(ScanOutcome::refusal(sealed.message()));
    else
        report(ScanOutcome::success(
            tr("Tube %1 sealed with %n people. Scan the next tube.", nullptr, sealed->count())
                .arg(sealed->code)));
}

void SamplingScreen::voidTube() {
    QString code;
    if (const std::optional<TubeSnapshot> open = m_service.openTubeSnapshot()) {
        code = open->code;
    } else {
        ModalGuard guard(m_router);
        bool ok = false;
        code = QInputDialog::getText(this, tr("Void tube"), tr("Code of the sealed tube to void:"),
                                     QLineEdit::Normal, {}, &ok)
                   .trimmed();
        if (!ok || code.isEmpty()) {
            m_scanField->setFocus();
            return;
        }
    }
    const auto reason =
        askReason(tr("Void tube"), tr("Why is tube %1 voided? Its people must be sampled "
                                      "again.")
                                       .arg(code));
    if (!reason)
        return;
    const Result<VoidedTube> voided = m_service.voidTube(code, *reason);
    if (!voided) {
        report(ScanOutcome::refusal(voided.message()));
        return;
    }
    const QList<TubeMember> &people = voided->toResample;
    report(ScanOutcome::attention(
        tr("Tube %1 voided. %n people must be sampled again.", nullptr, people.size()).arg(code)));
    if (people.isEmpty())
        return;
    QStringList lines;
    for (const TubeMember &m : people)
        lines << QStringLiteral("%1. %2  %3").arg(m.position).arg(m.name, m.idMasked);
    ModalGuard guard(m_router);
    QMessageBox box(
        QMessageBox::Warning, tr("Sample again"),
        tr("Tube %1 was voided. Call these people back and sample them again:").arg(code),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("resampleList"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.exec();
    m_scanField->setFocus();
    // The list was on screen when the tube closed; the next generated tube opens now.
    if (m_labelEachTube)
        scheduleGeneratedTube();
}

void SamplingScreen::manualEntry() {
    ManualEntryDialog dialog(m_service.now().toLocalTime().date(), this);
    int result = QDialog::Rejected;
    {
        ModalGuard guard(m_router);
        result = dialog.exec();
    }
    m_scanField->setFocus();
    if (result == QDialog::Accepted)
        m_router.addResident(dialog.resident(), EntryMethod::Manual);
}

void SamplingScreen::showTodaysList() {
    bool locked = false;
    {
        ModalGuard guard(m_router);
        TodaysListDialog dialog(m_service, m_idReveal, this);
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
        ModalGuard guard(m_router);
        RevealIdDialog dialog(
            *m_idReveal, m_service.currentOperator(),
            {member.sampleUuid, member.name, member.idMasked, tube->code, member.position}, this);
        dialog.exec();
        locked = dialog.operatorLocked();
    }
    m_scanField->setFocus();
    if (locked)
        Q_EMIT lockRequested();
}

void SamplingScreen::handOverBox() {
    const std::optional<BoxSnapshot> box = sealedBoxOnScreen();
    if (!box || box->state != BoxState::Sealed) {
        const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot();
        report(ScanOutcome::refusal(
            open ? tr("Box %1 is still being packed: scan its code again to seal it, then hand "
                      "it over.")
                       .arg(open->code)
                 : tr("No sealed box waits for hand-over at this table. Scan a box code, pack "
                      "the tubes and scan the box code again to seal it.")));
        return;
    }
    HandOverDialog dialog(m_service, *box, this);
    connect(&dialog, &HandOverDialog::printManifestRequested, this,
            [this, &dialog, code = box->code](const HandOver &fields) {
                requestPrint(PrintedDocument::BoxManifest, code, &dialog, fields);
            });
    int result = QDialog::Rejected;
    {
        ModalGuard guard(m_router);
        result = dialog.exec();
    }
    m_scanField->setFocus();
    if (result != QDialog::Accepted)
        return;
    report(ScanOutcome::success(tr("Box %1 handed over to %2 with %3 tubes (%4 people).")
                                    .arg(box->code, dialog.carriedByField()->text().trimmed())
                                    .arg(box->tubeCount())
                                    .arg(box->personCount())));
    m_boxCode.clear();
    refresh();
}

} // namespace station
