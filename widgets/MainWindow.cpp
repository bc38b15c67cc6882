// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MainWindow.h"

#include "core/dashboard/SiteAggregatesSource.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SyncController.h"
#include "models/StaffListModel.h"
#include "models/SyncProblemsModel.h"
#include "widgets/dashboard/DashboardWindow.h"
#include "widgets/sync/HubJoinPanel.h"
#include "widgets/sync/SyncProblemsAlert.h"
#include "widgets/sync/SyncProblemsView.h"
#include "widgets/sync/SyncStatusWidget.h"

#include "core/TableLabel.h"
#include "core/sampling/SamplingService.h"
#include "core/settings/StationSettings.h"
#include "core/staff/Permissions.h"
#include "core/storage/StationStore.h"
#include "core/sync/TableNumberChange.h"
#include "protocol/JoinCode.h"
#include "table/ScanRouter.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"
#include "widgets/FeedbackSounds.h"
#include "widgets/FocusLostWarning.h"
#include "widgets/Logging.h"
#include "widgets/LoginScreen.h"
#include "widgets/RecallContactDialog.h"
#include "widgets/Resources.h"
#include "widgets/SamplingScreen.h"
#include "widgets/ScanField.h"
#include "widgets/ScannerTestField.h"
#include "widgets/ScreenRoom.h"
#include "widgets/SettingsDialog.h"
#include "widgets/StaffDialog.h"
#include "widgets/StatusBanner.h"
#include "widgets/TableDialogs.h"
#include "widgets/printing/StationPrinter.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <optional>

namespace station {

MainWindow::MainWindow(StationStore &store, TableWorkflow &table, StationSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_table(table)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_idle(new QTimer(this))
    , m_operatorLabel(new ElidingLabel(this))
    , m_stationLabel(new ElidingLabel(this))
    , m_keysHint(new ElidingLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_scannerLabel(new ElidingLabel(this)) // cut with an ellipsis (and a tooltip), not mid-glyph
    , m_focusLostWarning(new FocusLostWarning(this))
    , m_syncProblemsAlert(new SyncProblemsAlert(this)) {
    initStationResources();
    setObjectName(QStringLiteral("mainWindow"));
    m_startedAfterUnexpectedStop = settings.windowRunning();
    m_recoveryToShow = m_startedAfterUnexpectedStop;
    if (m_startedAfterUnexpectedStop)
        qCWarning(lcUi) << "the last run did not close normally";
    settings.setWindowRunning(true);
    settings.sync();
    setWindowTitle(tr("Sampling Station"));
    m_sounds = new FeedbackSounds(settings.soundEnabled(), this);
    m_login = new LoginScreen(store, table.service().identity(), m_stack);
    m_sampling = new SamplingScreen(table, *m_sounds, m_stack);
    // Questions are asked over the table screen, whose scan field has the focus afterwards.
    m_dialogs = std::make_unique<TableDialogs>(
        m_sampling, [this](const QString &code) { onScanned(code, EntryMethod::Scanner); },
        [this](const ScanOutcome &outcome) { m_sampling->report(outcome); });
    m_table.setAsker(m_dialogs.get());
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_sampling);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_focusLostWarning);
    centralLayout->addWidget(m_syncProblemsAlert);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_focusLostWarning->hide();
    connect(m_syncProblemsAlert, &QPushButton::clicked, this, &MainWindow::showSyncProblems);
    connect(m_focusLostWarning, &QPushButton::clicked, this, [this] {
        raise();
        activateWindow();
        m_sampling->setFocus();
    });
    // Activation is settled by the time a queued call runs.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this] {
        QMetaObject::invokeMethod(this, &MainWindow::updateFocusLostWarning, Qt::QueuedConnection);
    });

    m_operatorLabel->setObjectName(QStringLiteral("operatorStatus"));
    statusBar()->addWidget(m_operatorLabel, 1);
    m_scannerLabel->setObjectName(QStringLiteral("scannerStatus"));
    m_scannerLabel->hide();
    statusBar()->addPermanentWidget(m_scannerLabel);
    m_stationLabel->setObjectName(QStringLiteral("stationStatus"));
    statusBar()->addPermanentWidget(m_stationLabel);
    // Until attachSync() (a station with a server and a device token), uploads are off.
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncLabel->setText(tr("Upload: not configured"));
    statusBar()->addPermanentWidget(m_syncLabel);

    m_idle->setSingleShot(true);
    m_idle->setInterval(idleLockMilliseconds());
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lockForIdleness);
    connect(m_login, &LoginScreen::signedIn, this, &MainWindow::onSignedIn);
    connect(m_sampling, &SamplingScreen::lockRequested, this, &MainWindow::lock);
    m_sampling->setCameraPreviewShown(settings.cameraPreviewVisible());
    connect(m_sampling, &SamplingScreen::cameraPreviewToggled, this, [this](bool shown) {
        m_settings.setCameraPreviewVisible(shown);
        m_settings.sync();
    });
    qApp->installEventFilter(this);

    auto *settingsAction = new QAction(tr("Settings"), this);
    settingsAction->setShortcut(QKeySequence(Qt::Key_F10));
    addAction(settingsAction);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    auto *staffAction = new QAction(tr("Staff"), this);
    staffAction->setShortcut(QKeySequence(Qt::Key_F9));
    addAction(staffAction);
    connect(staffAction, &QAction::triggered, this, &MainWindow::showStaff);
    auto *dashboardAction = new QAction(tr("Dashboard"), this);
    dashboardAction->setShortcut(QKeySequence(Qt::Key_F4));
    addAction(dashboardAction);
    connect(dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    // On every station, with a server or not: without one it says so (never nothing).
    auto *problemsAction = new QAction(tr("Sync problems"), this);
    problemsAction->setShortcut(QKeySequence(Qt::Key_F7));
    addAction(problemsAction);
    connect(problemsAction, &QAction::triggered, this, &MainWindow::showSyncProblems);
    m_keysHint->setObjectName(QStringLiteral("keysStatus"));
    statusBar()->addPermanentWidget(m_keysHint);

    // 1280x800 where there is room; on a laptop screen (1366x768, 1280x720, at 100 % or
    // 125 %) the window opens maximized, and its screens arrange themselves for the room.
    const QSize preferred(1280, 800);
    fitToScreenWhenShown(this, preferred, [this, preferred](QSize room) {
        // Narrower separators, so that the status texts keep their words on a narrow screen.
        statusBar()->setStyleSheet(
            room.width() < 1200 ? QStringLiteral("QLabel { padding: 2px 6px; }") : QString());
        m_focusLostWarning->fitRoom(room);
        m_login->fitRoom(room);
        m_sampling->fitRoom(room - QSize(0, statusBar()->sizeHint().height()));
        if (room.width() < preferred.width() || room.height() < preferred.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    });
    lock();
    m_login->reset();
    m_table.setPrintLabelForEachTube(settings.printLabelForEachTube());
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(this);
    delete m_dashboard; // a window of its own: it would outlive the station's window
    m_table.setAsker(nullptr);
}

void MainWindow::recordCleanShutdown() {
    m_settings.setWindowRunning(false);
    m_settings.sync();
}

void MainWindow::setIdReveal(IdReveal *reveal) {
    m_sampling->setIdReveal(reveal);
}

int MainWindow::idleLockMilliseconds() const {
    return m_settings.idleLockMinutes() * 60 * 1000;
}

bool MainWindow::isLocked() const {
    return m_stack->currentWidget() == m_login;
}

void MainWindow::onScanned(const QString &text, EntryMethod method) {
    m_idle->start();
    if (m_hubJoin && protocol::looksLikeJoinCode(text)) {
        m_hubJoin->takeScan(text);
        return;
    }
    if (m_scannerTest) {
        // The scanner's type key tells a keyboard burst from a serial or HID-POS scan.
        const QString scanner = sender() ? sender()->objectName() : QString();
        m_scannerTest->showScan(text, ScannerTestField::arrivalOf(scanner, method));
        return;
    }
    if (isLocked()) {
        // Nothing is recorded without an operator; the login screen says why.
        m_login->reset(tr("Sign in first: the scan was not taken."), LoginScreen::Tone::Problem);
        return;
    }
    if (inFront(m_dashboard) || inFront(m_syncProblemsView)) {
        // Refused as behind any window over the table: whoever scanned sees neither the
        // outcome nor a question the scan would raise. Raising the table instead would rest
        // on the window manager letting us take the front, which it may refuse. The refusal
        // is said where the eyes are (that window), and at the table and in the sound.
        {
            TableWorkflow::Pause pause(m_table);
            m_table.scan(text, method);
        }
        refuseOnWindowInFront();
        return;
    }
    m_table.scan(text, method);
}

dashboard::DashboardWindow *MainWindow::dashboardWindow() const {
    return m_dashboard;
}

bool MainWindow::inFront(const QWidget *window) {
    if (!window)
        return false;
    for (QWidget *w = QApplication::activeWindow(); w; w = w->parentWidget()) {
        if (w == window)
            return true;
    }
    return false;
}

bool MainWindow::refuseOnWindowInFront(const QString &why) {
    if (inFront(m_dashboard)) {
        m_dashboard->showRefusedScan(why);
        return true;
    }
    if (inFront(m_syncProblemsView)) {
        m_syncProblemsView->showRefusedScan(why);
        return true;
    }
    return false;
}

void MainWindow::showDashboard() {
    // The site's figures are for a signed-in operator: a locked station shows the sign-in only.
    if (isLocked() || m_dashboardDatabase.isEmpty())
        return;
    if (!m_dashboard) {
        m_dashboard = new dashboard::DashboardWindow(m_dashboardDatabase);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        if (m_siteSource)
            m_dashboard->setSiteSource(m_siteSource);
        connect(m_dashboard, &dashboard::DashboardWindow::closed, this, &MainWindow::backToTable);
        connect(m_dashboard, &dashboard::DashboardWindow::contactDetailsRequested, this,
                &MainWindow::showRecallContacts);
        connect(m_dashboard, &dashboard::DashboardWindow::syncProblemsRequested, this,
                &MainWindow::showSyncProblems);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::showRecallContacts(const QString &tube, const QString &table) {
    if (isLocked() || !m_dashboard)
        return;
    if (!m_recallContact) {
        QMessageBox::information(m_dashboard, tr("Contact details"),
                                 tr("This station cannot show contact details."));
        return;
    }
    bool locked = false;
    {
        TableWorkflow::Pause pause(m_table);
        // Over the dashboard, which locking closes and deletes: the dialog may go with it (its
        // destructor forgets the list), so it is not kept on this stack.
        QPointer<RecallContactDialog> dialog = new RecallContactDialog(
            *m_recallContact, m_table.currentOperator(), tube, table, m_dashboard);
        dialog->exec();
        if (dialog) {
            locked = dialog->operatorLocked();
            delete dialog;
        }
    }
    if (locked)
        lock();
}

void MainWindow::backToTable() {
    raise();
    activateWindow();
    if (!isLocked())
        m_sampling->setFocus();
}

void MainWindow::onIncompleteScan() {
    m_idle->start();
    if (m_scannerTest) {
        m_scannerTest->inputField()->clear();
        m_scannerTest->showRefusedScan(
            tr("A keyboard scan came apart: its first keys arrived as typing. Raise the longest "
               "gap between keys of a scan, or slow the scanner down."));
        return;
    }
    if (isLocked()) {
        m_login->reset(tr("Sign in first: the scan was not taken."), LoginScreen::Tone::Problem);
        return;
    }
    m_sampling->scanField()->clear();
    const ScanOutcome refused = m_table.refuseIncompleteScan();
    refuseOnWindowInFront(refused.message);
}

void MainWindow::updateFocusLostWarning() {
    bool ours = false;
    // The dashboard has the keyboard in the station: scans reach it and are refused there,
    // in red; "not reaching the station" would be false.
    for (QWidget *w = QApplication::activeWindow(); w && !ours; w = w->parentWidget())
        ours = w == this || w == m_dashboard;
    const bool lost = !isLocked() && isVisible() && !ours;
    if (lost != m_focusLostWarning->isVisible())
        qCInfo(lcUi) << (lost ? "keyboard focus lost during a shift" : "keyboard focus back");
    m_focusLostWarning->setVisible(lost);
}

void MainWindow::showScanNotice(const QString &message) {
    m_table.showScannerNotice(message);
}

void MainWindow::refuseScan(const QString &message) {
    if (m_scannerTest) {
        m_scannerTest->showRefusedScan(message);
        return;
    }
    m_table.refuseScannerInput(message);
    refuseOnWindowInFront(message);
}

void MainWindow::setScannerStatus(const QString &message, bool connected) {
    m_scannerLabel->setVisible(!message.isEmpty());
    // The status bar has room for the headline, the first sentence ("No camera found."): the
    // whole message, with what to do, crowded out the station and the F4/F9/F10 keys. It is
    // the tooltip, and the camera panel beside the tube shows it whole.
    static const QRegularExpression sentenceEnd(QStringLiteral("(。|\\. )"));
    const QRegularExpressionMatch end = sentenceEnd.match(message);
    m_scannerHeadline = end.hasMatch() ? message.left(end.capturedStart() + 1) : message;
    m_scannerMessage = message;
    m_scannerLabel->setHeadline(m_scannerHeadline, message);
    m_scannerLabel->setStyleSheet(connected ? QString()
                                            : QStringLiteral("color: #9b2c2c; font-weight: bold;"));
    updateStatusBar(); // the others make room for it
}

void MainWindow::lock() {
    m_idle->stop();
    // Who had the table, and since when, for the next person at a shift change.
    const QString handedOver = whoHadTheTable();
    m_table.lock();
    // The site's figures go with the operator; the dialogs of its own first (a report's file
    // name being chosen), so that none is left open over a closed window.
    if (m_dashboard) {
        for (QDialog *dialog : m_dashboard->findChildren<QDialog *>())
            dialog->reject();
        m_dashboard->close();
    }
    m_stack->setCurrentWidget(m_login);
    m_login->reset(tr("Locked. Sign in to continue.") + handedOver);
    updateStatusBar();
    updateFocusLostWarning();
}

void MainWindow::lockForIdleness() {
    qCInfo(lcUi) << "session locked after idle time";
    const QString handedOver = whoHadTheTable();
    lock();
    m_login->reset(tr("Locked after %n idle minute(s). Sign in to continue.", nullptr,
                      m_settings.idleLockMinutes()) +
                   handedOver);
}

QString MainWindow::whoHadTheTable() const {
    if (isLocked() || !m_signedInAt.isValid())
        return {};
    const OperatorRef &op = m_table.currentOperator();
    // In the interface's locale (set from its language at start-up), on the 24-hour clock.
    const QLocale locale;
    const QString format = QStringLiteral("HH:mm");
    return QLatin1Char('\n') + tr("%1 (%2) was signed in at table %3 from %4 to %5.")
                                   .arg(op.name, op.staffId)
                                   .arg(m_table.service().identity().tableNumber)
                                   .arg(locale.toString(m_signedInAt, format),
                                        locale.toString(QDateTime::currentDateTime(), format));
}

void MainWindow::onSignedIn(const OperatorRef &op) {
    m_signedInAt = QDateTime::currentDateTime();
    m_stack->setCurrentWidget(m_sampling);
    // Before signing in: what the table does by itself then (a tube opened for the next
    // label) is said after it.
    if (m_recoveryToShow && m_table.openTube())
        m_sampling->showRecovery();
    else
        m_sampling->showIdle();
    m_recoveryToShow = false;
    m_table.signIn(op);
    // Told to whoever signs in: nobody more goes into the open tube whose code another
    // table used too.
    m_table.noticeSiteNotes();
    m_sampling->refresh();
    m_sampling->setFocus();
    m_idle->setInterval(idleLockMilliseconds());
    m_idle->start();
    updateStatusBar();
    updateFocusLostWarning();
}

void MainWindow::showSettings() {
    // Only a signed-in operator changes the station's settings.
    if (isLocked())
        return;
    // Refused before the dialog opens, as the staff list (F9) is: every setting needs
    // ChangeSettings or more (SettingsAuthority), so an operator without it could only have
    // their changes refused on Save. The refusal is core's own words (Permissions).
    if (const Status allowed = m_table.service().mayDo(StaffAction::ChangeSettings);
        !allowed.ok()) {
        QMessageBox::information(this, tr("Settings"), allowed.message());
        m_sampling->setFocus();
        return;
    }
    {
        TableWorkflow::Pause pause(m_table);
        SettingsDialog dialog(m_settings, this);
        dialog.setTubeCheckDigit(m_table.service().identity().patterns.tubeCheckDigit);
        dialog.setTableNumber(m_table.service().identity().tableNumber,
                              !m_dataDir.isEmpty() && TableNumberChange::isOpen(m_dataDir));
        dialog.setChangeAuthority(&m_table.service());
        dialog.setCodePatterns(m_table.service().identity().patterns);
        m_scannerTest = dialog.scannerTest();
        if (!m_dataDir.isEmpty()) {
            const StationIdentity &identity = m_table.service().identity();
            dialog.enableHubJoin(
                m_dataDir, {identity.siteCode, identity.deviceId, identity.tableNumber},
                Permissions::roleMay(m_table.currentOperator().role, StaffAction::ChangeServer));
            m_hubJoin = dialog.hubJoinPanel();
            // A join applies at once, saved or not: the province's key it brought is in force
            // and uploads go to the hub.
            connect(m_hubJoin, &HubJoinPanel::joined, this, [this] {
                m_settings.sync();
                m_table.setResidentCodeTrust(m_settings.provinceCodeKey(),
                                             m_settings.acceptsUnsignedCodes());
                Q_EMIT hubJoined();
            });
            connect(&dialog, &SettingsDialog::fallbackRemoved, this, &MainWindow::hubJoined);
        }
        dialog.setRetentionEditable(
            Permissions::roleMay(m_table.currentOperator().role, StaffAction::ChangeRetention));
        dialog.setPrintersEditable(
            Permissions::roleMay(m_table.currentOperator().role, StaffAction::ChangePrinters));
        if (dialog.exec() == QDialog::Accepted) {
            applyTubeCheckDigit(dialog.tubeCheckDigit());
            applyTableNumber(dialog.tableNumber());
            m_sounds->setEnabled(m_settings.soundEnabled());
            m_sampling->setCameraPreviewShown(m_settings.cameraPreviewVisible());
            m_idle->setInterval(idleLockMilliseconds());
            m_idle->start();
            applyPrinterSettings();
            m_table.setResidentCodeTrust(m_settings.provinceCodeKey(),
                                         m_settings.acceptsUnsignedCodes());
        }
    }
    // After the table takes scans again, so that a tube may be generated at once.
    m_table.setPrintLabelForEachTube(m_settings.printLabelForEachTube());
    m_sampling->setFocus();
}

void MainWindow::setStaffService(StaffService *staff) {
    m_staff = staff;
    m_login->setStaffService(staff);
    delete m_staffList;
    m_staffList = staff ? new StaffListModel(*staff, systemClock(), this) : nullptr;
    if (m_staffList)
        m_staffList->followSiteStaff(m_syncController);
}

void MainWindow::showStaff() {
    if (isLocked() || !m_staff)
        return;
    const OperatorRef &op = m_table.currentOperator();
    if (!Permissions::roleMay(op.role, StaffAction::ManageStaff)) {
        QMessageBox::information(this, tr("Staff"),
                                 tr("Only a site lead or the station administrator manages "
                                    "the staff."));
        return;
    }
    {
        TableWorkflow::Pause pause(m_table);
        m_staffList->reload();
        StaffDialog dialog(*m_staff, m_table.currentOperator(), this, m_staffList);
        dialog.exec();
    }
    m_sampling->setFocus();
}

// A site rule: stored with the station's identity (audited), and in force for the next scan.
void MainWindow::applyTubeCheckDigit(CheckDigitScheme scheme) {
    StationIdentity identity = m_table.service().identity();
    if (identity.patterns.tubeCheckDigit == scheme)
        return;
    identity.patterns.tubeCheckDigit = scheme;
    if (const Status saved = m_store.updateIdentity(identity, m_table.currentOperator());
        !saved.ok()) {
        QMessageBox::warning(this, tr("Settings"), saved.message());
        return;
    }
    m_table.service().setIdentity(identity);
}

// Before the station joins (a join refused for a number another table has): core decides.
void MainWindow::applyTableNumber(int number) {
    if (m_dataDir.isEmpty() || number == m_table.service().identity().tableNumber)
        return;
    if (const Status saved =
            TableNumberChange::apply(m_store, m_dataDir, number, m_table.currentOperator());
        !saved.ok()) {
        QMessageBox::warning(this, tr("Settings"), saved.message());
        return;
    }
    if (const std::optional<StationIdentity> identity = m_store.identity())
        m_table.service().setIdentity(*identity);
    updateStatusBar();
}

void MainWindow::updateStatusBar() {
    // Every item whole (review 37: at 1280 px "未找到…", "天河体育中心 · 第 1 号采…" and
    // "Dashboard: F4 · Staff: F9 · Set…"): the longest texts that fit, shorter ones where
    // the window is narrow.
    // Review 37 (Xvfb, real fonts, 1280 and 1366 px, offline): "No ca…", "F4 Dashboard · F…"
    // still: a further step shortens the sync line, the keys and the camera's words.
    constexpr int kMostCompact = 4;
    int compactness = 0;
    for (; compactness < kMostCompact; ++compactness) {
        setStatusTexts(compactness);
        if (statusBarFits())
            break;
    }
    if (compactness == kMostCompact)
        setStatusTexts(compactness);
}

void MainWindow::setStatusTexts(int compactness) {
    m_statusCompactness = compactness;
    const OperatorRef &op = m_table.currentOperator();
    const QString who = op.isValid() ? operatorStatusText() : tr("Locked");
    m_operatorLabel->setText(who);
    // Whoever is signed in stays readable: the site's name beside it is elided first.
    m_operatorLabel->ensurePolished(); // the theme's padding is its contents margins
    const QMargins margins = m_operatorLabel->contentsMargins();
    // Two pixels for the rounding of fractional advances (elision works in fractions).
    m_operatorLabel->setMinimumWidth(m_operatorLabel->fontMetrics().horizontalAdvance(who) +
                                     margins.left() + margins.right() + 2);
    const StationIdentity &id = m_table.service().identity();
    const QString station = tr("%1 · Table %2").arg(id.siteName).arg(id.tableNumber);
    m_stationLabel->setHeadline(compactness >= 2 ? shownTableNumber(id.tableNumber) : station,
                                station);
    // One form of the hint, locked or not (review 37 saw two); at the narrowest only the keys,
    // the windows they open in the tooltip.
    const QString keys = tr("F4 Dashboard · F9 Staff · F10 Settings");
    if (compactness >= 3)
        m_keysHint->setHeadline(tr("F4 · F9 · F10"), keys);
    else
        m_keysHint->setHeadline(keys, keys);
    // The sync line without the reason it is offline (the tooltip has it).
    if (auto *sync = qobject_cast<SyncStatusWidget *>(m_syncWidget.data()))
        sync->setBrief(compactness >= 3);
    // The camera's headline in two words; the whole message is its tooltip.
    if (!m_scannerMessage.isEmpty()) {
        const bool noCamera = m_scannerHeadline == tr("No camera found.") ||
                              m_scannerHeadline == tr("The camera was unplugged.");
        m_scannerLabel->setHeadline(
            compactness >= 4 && noCamera ? tr("No camera") : m_scannerHeadline, m_scannerMessage);
    }
}

bool MainWindow::statusBarFits() const {
    // The status bar's items side by side, each as wide as its whole text, with the bar's
    // spacing between them (6 px, and a few at its ends: QStatusBar's layout), within the
    // window's width (the bar's own is not yet laid out when the window is resized).
    constexpr int kSpacing = 6;
    // And a little slack: the sync status is a layout of its own, whose label got a few pixels
    // less than its hint when the sum came out exact (review 37, zh at 1366 px offline).
    constexpr int kEnds = 24;
    int needed = kEnds;
    const QStatusBar *bar = statusBar();
    for (const QWidget *item : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (item->isVisibleTo(bar))
            needed += item->sizeHint().width() + kSpacing;
    }
    return needed <= width();
}

QString MainWindow::operatorStatusText() const {
    const OperatorRef &op = m_table.currentOperator();
    if (!op.isValid())
        return {};
    return m_statusCompactness == 0 ? tr("Operator: %1 (%2)").arg(op.name, op.staffId)
                                    : tr("%1 (%2)").arg(op.name, op.staffId);
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    updateStatusBar();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (!isLocked())
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setDashboardDatabase(const QString &databasePath) {
    m_dashboardDatabase = databasePath;
}

void MainWindow::attachPrinting(TablePrinting *printing) {
    // The window's printers: addresses and the system's printers (QPrinter).
    if (printing)
        printing->setPrinterFactory(
            [](const QString &label, const QString &manifest, QString *error) {
                return widgets::StationPrinter::create(label, manifest, error);
            });
    m_table.setPrinting(printing);
    applyPrinterSettings();
}

void MainWindow::applyPrinterSettings() {
    TablePrinting *printing = m_table.printing();
    if (!printing)
        return;
    const QString error = printing->applySettings(m_settings);
    if (!error.isEmpty())
        m_sampling->banner()->showMessage(
            StatusBanner::Look::Refusal,
            tr("The printer in Settings (F10) cannot be used: %1").arg(error));
}

void MainWindow::setSiteSource(dashboard::SiteAggregatesSource *source) {
    m_siteSource = source;
}

void MainWindow::attachSync(SyncController *controller, Database *db) {
    // Again after a join: the new controller's status replaces the old one's.
    delete m_syncWidget;
    auto *widget = new SyncStatusWidget(systemClock(), this);
    m_syncWidget = widget;
    m_syncLabel->hide();
    statusBar()->addPermanentWidget(widget);
    widget->setStatus(controller->status());
    connect(controller, &SyncController::statusChanged, widget, &SyncStatusWidget::setStatus);
    // Its words change in length: the other items make room, or take it back.
    connect(controller, &SyncController::statusChanged, this, &MainWindow::updateStatusBar);
    updateStatusBar();
    connect(widget, &SyncStatusWidget::syncNowRequested, controller, &SyncController::syncNow);
    // Other tables' staff changes applied by the sync: the staff list (F9), open or not,
    // shows them at once.
    m_syncController = controller;
    if (m_staffList)
        m_staffList->followSiteStaff(controller);

    m_syncDatabase = db;
    // Problems come with upload answers (records refused, the site's notes) and with the
    // site's facts (refusals the province sent back through the hub: StationApp).
    connect(controller, &SyncController::passFinished, this, &MainWindow::refreshSyncProblems);
    // ...and with the site's staff list (a staff id two people hold), idle table or not.
    connect(controller, &SyncController::syncProblemsNoted, this, &MainWindow::refreshSyncProblems);
    refreshSyncProblems();
}

namespace {
// Every sync problem the list shows: records the server did not take and the site's notes.
std::optional<qint64> syncProblemCount(Database &db) {
    QSqlError error;
    const qint64 refused = OutboxStore(db).problems(&error).size();
    if (error.isValid())
        return std::nullopt;
    const qint64 notes = siteNoteCount(db, &error);
    if (error.isValid())
        return std::nullopt;
    return refused + notes;
}
} // namespace

void MainWindow::refreshSyncProblems() {
    // The site may have said that the open tube's code was also used at another table: the
    // table stops filling it and says so now, not only at the next scan; over the table too,
    // when the dashboard or this list is in front of it.
    if (const std::optional<ScanOutcome> said = m_table.noticeSiteNotes()) {
        if (inFront(m_dashboard))
            m_dashboard->showTableAlert(said->message);
        else if (inFront(m_syncProblemsView))
            m_syncProblemsView->showTableAlert(said->message);
    }
    if (!m_syncDatabase)
        return;
    const std::optional<qint64> count = syncProblemCount(*m_syncDatabase);
    if (!count)
        return; // the list (F7) says why when it is opened
    qint64 seen = m_settings.syncProblemsSeen();
    if (*count < seen) { // records purged: count from what is left
        m_settings.setSyncProblemsSeen(*count);
        m_settings.sync();
        seen = *count;
    }
    m_syncProblemsAlert->setNewProblems(*count - seen);
}

SyncProblemsView *MainWindow::syncProblemsView() const {
    return m_syncProblemsView;
}

void MainWindow::showSyncProblems() {
    if (m_syncProblemsView) { // one list at a time: F7 again brings it forward
        m_syncProblemsView->raise();
        m_syncProblemsView->activateWindow();
        return;
    }
    Database *db = m_syncDatabase;
    auto *model = new SyncProblemsModel();
    model->setTableLabelShown(&shownTableLabel);
    auto *view = new SyncProblemsView(model);
    m_syncProblemsView = view;
    model->setParent(view);
    view->setAttribute(Qt::WA_DeleteOnClose);
    // A window of its own over the table, as the dashboard is: while it is open the table is
    // paused, as behind a dialog, so a scan made meanwhile is refused (and heard), not
    // recorded unseen. The main window's child, so that it goes with it; the pause ends with
    // the view whoever closes it (no context object: it must run as the view goes).
    view->setParent(this, Qt::Window);
    auto *pause = new TableWorkflow::Pause(m_table);
    connect(view, &QObject::destroyed, [pause] { delete pause; });
    connect(view, &SyncProblemsView::closed, this, &MainWindow::backToTable);
    if (db) {
        auto reload = [model, db] {
            QSqlError error;
            model->setProblems(OutboxStore(*db).problems(&error));
            model->setSiteNotes(siteNotes(*db, &error));
        };
        reload();
        connect(view, &SyncProblemsView::refreshRequested, view, reload);
        // Seen: the alert goes until a problem comes that is not in this list.
        m_settings.setSyncProblemsSeen(model->problems().size() + model->siteNotes().size());
        m_settings.sync();
        m_syncProblemsAlert->setNewProblems(0);
    } else {
        view->showNoServer();
    }
    view->show();
    view->raise();
    view->activateWindow();
}

} // namespace station
