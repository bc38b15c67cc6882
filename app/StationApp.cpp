// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StationApp.h"
#include "app/TerminationSignals.h"

#include "core/dashboard/SiteTablesSource.h"
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/SamplingService.h"
#include "core/security/IdReveal.h"
#include "core/security/PersonalDataAccess.h"
#include "core/security/RecallContact.h"
#include "core/security/RetentionScheduler.h"
#include "core/security/StationKeyring.h"
#include "core/settings/StationSettings.h"
#include "core/staff/StaffService.h"
#include "core/storage/DataFolderLock.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/SiteFactsFeed.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SyncController.h"
#include "core/sync/SyncSettings.h"
#include "labels/PrintQueue.h"
#include "scan/HidScanEventFilter.h"
#include "scan/ScannerRegistry.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"
#include "translations/StationTranslation.h"
#include "widgets/BusyWork.h"
#include "widgets/CameraPreview.h"
#include "widgets/FirstRunWizard.h"
#include "widgets/Logging.h"
#include "widgets/MainWindow.h"
#include "widgets/SamplingScreen.h"
#include "widgets/SitePassphraseDialog.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace station {

StationApp::StationApp(QApplication &app, const StationOptions &options)
    : m_app(app)
    , m_dataDirGiven(options.dataDirGiven)
    , m_dataDir(options.dataDirGiven ? options.dataDir : defaultDataDir())
    , m_language(options.language)
    , m_videoSource(options.videoSource)
    , m_screenshotPath(options.screenshotPath)
    , m_passphraseFile(options.passphraseFile) {}

StationApp::~StationApp() {
    // Scanners feed the window, the window refers to the services: they go in that order.
    m_scanners.clear();
    m_window.reset();
    m_table.reset();
    // The queue waits for the label being printed; its results go to the controller.
    m_printQueue.reset();
    m_printing.reset();
    m_printLog.reset();
    m_service.reset();
    m_idReveal.reset();
    m_recallContact.reset();
    m_staff.reset();
    m_store.reset();
    m_db.reset();
    // m_folderLock, declared before the other owned objects, goes last: the lock outlives
    // every thread that uses the folder.
}

void StationApp::installTranslations(const QString &language) {
    // Command line, then settings, then the system locale.
    const QString chosen = chooseLanguage(language);
    m_translator = std::make_unique<QTranslator>();
    m_qtTranslator = std::make_unique<QTranslator>();
    const InstalledLanguage installed = installLanguage(chosen, *m_translator, *m_qtTranslator);
    if (!installed.station)
        qCWarning(lcUi) << "no translation for" << chosen;
    // Without Qt's own translation the standard buttons stay in English: said, not fatal.
    if (!installed.qt)
        qCWarning(lcUi) << "no Qt translation for" << chosen << "in"
                        << QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                        << "(package qt6-translations-l10n)";
}

// The folder first (a mistyped --data-dir is refused, never a new empty station), then the
// lock that keeps a second window off it.
bool StationApp::lockDataFolder() {
    const QString title = QApplication::translate("StationApp", "Sampling Station");
    if (m_dataDirGiven && !QFileInfo(m_dataDir).isDir()) {
        const QString message =
            QApplication::translate(
                "StationApp",
                "The data folder %1 does not exist. Check the path given with --data-dir.\n\n"
                "To set up a new station there, create the empty folder first (or provision it "
                "with sampling-station-cli init --data-dir), then start again.")
                .arg(QDir::toNativeSeparators(QFileInfo(m_dataDir).absoluteFilePath()));
        std::fprintf(stderr, "sampling-station: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, title, message);
        return false;
    }
    if (!QDir().mkpath(m_dataDir)) {
        QMessageBox::critical(
            nullptr, title,
            QApplication::translate("StationApp", "Cannot create the data folder %1.")
                .arg(QDir::toNativeSeparators(m_dataDir)));
        return false;
    }
    m_folderLock = std::make_unique<DataFolderLock>(m_dataDir);
    if (!m_folderLock->tryLock()) {
        // Also on standard error: whoever started it from a terminal or a script sees why.
        std::fprintf(stderr, "sampling-station: %s\n", qPrintable(m_folderLock->errorMessage()));
        QMessageBox::critical(nullptr, title, m_folderLock->errorMessage());
        return false;
    }
    return true;
}

bool StationApp::openStation() {
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(databasePath(m_dataDir));
    if (!opened) {
        QMessageBox::critical(
            nullptr, QApplication::translate("StationApp", "Sampling Station"),
            QApplication::translate("StationApp",
                                    "The station database cannot be opened.\n\n%1\n\nNothing "
                                    "was changed. Ask your site supervisor for help.")
                .arg(opened.message()));
        return false;
    }
    m_store = std::make_unique<StationStore>(*m_db);
    QString knownPassphrase;
    if (!m_store->isProvisioned()) {
        FirstRunWizard wizard(*m_db, *m_store);
        wizard.enableHubJoin(m_dataDir, m_settings->cameraId());
        if (wizard.exec() != QDialog::Accepted)
            return false;
        knownPassphrase = wizard.passphrase();
    }
    if (!unlockPersonalData(knownPassphrase))
        return false;
    // From here on every audit row is signed with the unlocked key.
    m_db->setAuditSigner(m_codec);
    const std::optional<StationIdentity> identity = m_store->identity();
    if (!identity)
        return false;
    m_service = std::make_unique<SamplingService>(*m_db, *m_codec, *identity);
    // The one table this station is: the window and the scanners drive it.
    m_table = std::make_unique<TableWorkflow>(*m_service);
    m_table->setResidentCodeTrust(m_settings->provinceCodeKey(),
                                  m_settings->acceptsUnsignedCodes());
    m_idReveal = std::make_unique<IdReveal>(*m_db, *m_store, *m_codec);
    m_recallContact = std::make_unique<RecallContact>(*m_db, *m_store, *m_codec);
    m_staff = std::make_unique<StaffService>(*m_db, *m_codec, *identity);
    return true;
}

bool StationApp::unlockPersonalData(const QString &knownPassphrase) {
    QString passphrase = knownPassphrase;
    if (passphrase.isEmpty() && !m_passphraseFile.isEmpty()) {
        QFile f(m_passphraseFile);
        if (f.open(QIODevice::ReadOnly))
            passphrase = QString::fromUtf8(f.readLine()).trimmed();
    }
    if (passphrase.isEmpty())
        passphrase = qEnvironmentVariable("STATION_SITE_PASSPHRASE");
    // A station without a data key is refused (with how to recover), never opened in plain
    // text.
    const Result<WrappedDataKey> wrapped = StationKeyring(*m_db).wrappedKey();
    if (!wrapped) {
        QMessageBox::critical(nullptr, QApplication::translate("StationApp", "Sampling Station"),
                              wrapped.message());
        return false;
    }
    constexpr int kTries = 5;
    QString problem;
    for (int attempt = 0; attempt < kTries; ++attempt) {
        if (passphrase.isEmpty()) {
            SitePassphraseDialog ask;
            ask.setRefusal(problem, kTries - attempt);
            if (ask.exec() != QDialog::Accepted)
                return false;
            passphrase = ask.passphrase();
        }
        // Argon2id over the passphrase: on a worker thread, with the window saying why
        // nothing moves for a moment.
        auto codec = runWithBusyDialog(
            nullptr, QApplication::translate("StationApp", "Unlock the station"),
            QApplication::translate("StationApp", "Checking the site passphrase…"),
            [key = wrapped.value(), passphrase] { return openPersonalData(key, passphrase); });
        if (codec.ok()) {
            m_codec = codec.value();
            // A station set up before per-day keys gets its key chain now, before anything
            // is sealed with it.
            if (!wrapped->dayKeyChain) {
                if (const Status s = storeNewDayKeyChain(*m_db, m_codec); !s.ok()) {
                    QMessageBox::critical(nullptr,
                                          QApplication::translate("StationApp", "Sampling Station"),
                                          s.message());
                    return false;
                }
            }
            return true;
        }
        problem = codec.message();
        passphrase.clear();
    }
    QMessageBox::critical(nullptr, QApplication::translate("StationApp", "Sampling Station"),
                          problem);
    return false;
}

void StationApp::connectScanners() {
    scan::ScannerSettings settings;
    settings.keyboardWedge.prefix = m_settings->scannerPrefix();
    settings.keyboardWedge.suffix = m_settings->scannerSuffix();
    settings.keyboardWedge.maxGapMs = m_settings->scannerGapMs();
    settings.serialPort = m_settings->serialPort();
    settings.serialBaud = m_settings->serialBaud();
    settings.hidPosDevice = m_settings->hidPosDevice();
    settings.cameraId = m_settings->cameraId();
    settings.videoFile = m_videoSource;
    const CodePatterns &patterns = m_service->identity().patterns;
    settings.trustedCode128Patterns = {patterns.tube, patterns.box};

    // Every scanner feeds the window's single input path and its status bar. The picture and
    // the outlines of what is read go to the preview beside the tube; it keeps only the newest
    // frame and paints a few times a second (decoding is the scanner's worker).
    CameraPreview *preview = m_window->samplingScreen()->cameraPreview();
    bool picture = false;
    for (std::unique_ptr<scan::Scanner> &scanner : scan::createScanners(settings)) {
        QObject::connect(scanner.get(), &scan::Scanner::scanned, m_window.get(),
                         &MainWindow::onScanned);
        QObject::connect(scanner.get(), &scan::Scanner::statusChanged, m_window.get(),
                         &MainWindow::setScannerStatus);
        QObject::connect(scanner.get(), &scan::Scanner::oneCodeAtATime, m_window.get(),
                         &MainWindow::showScanNotice);
        if (auto *wedge = qobject_cast<scan::HidScanEventFilter *>(scanner.get()))
            QObject::connect(wedge, &scan::HidScanEventFilter::incompleteScan, m_window.get(),
                             &MainWindow::onIncompleteScan);
        QObject::connect(scanner.get(), &scan::Scanner::scanRefused, m_window.get(),
                         &MainWindow::refuseScan);
        if (scanner->readsPictures()) {
            picture = true;
            QObject::connect(scanner.get(), &scan::Scanner::statusChanged, preview,
                             &CameraPreview::setCameraStatus);
            QObject::connect(scanner.get(), &scan::Scanner::frameReady, preview,
                             &CameraPreview::presentFrame);
            QObject::connect(scanner.get(), &scan::Scanner::codesFound, preview,
                             &CameraPreview::showCodes);
        }
        scanner->start();
        m_scanners.push_back(std::move(scanner));
    }
    if (!picture) {
        // A table with only a handheld scanner: the picture stays out of the way until F6.
        preview->setCameraStatus(
            QApplication::translate("StationApp",
                                    "No camera is set up. Scan with the handheld scanner, or "
                                    "choose a camera in Settings (F10)."),
            false);
        m_window->samplingScreen()->setCameraPreviewShown(false);
    }
}

// Uploads run on the relay's own thread with its own connection, once the station has a
// server address and a device token (sampling-station-cli sync --enroll-code ...). The
// site's staff list (SiteStaffSync) goes with them, on the same thread: operators added at
// another table sign in here at their next sign-in. Called again after a join from
// Settings: the old controller gives way to one with the new settings and token.
void StationApp::startSync() {
    const SyncSettings settings = loadSyncSettings(m_dataDir);
    const QString token = readDeviceToken(m_dataDir);
    if (!settings.isConfigured() || token.isEmpty())
        return;
    auto previous = std::move(m_sync);
    m_sync = std::make_unique<SyncController>(databasePath(m_dataDir), settings, token);
    m_sync->setPayloadCodec(m_codec);
    // A station joined to a hub may also be enrolled at the province, its fallback.
    if (settings.hasFallback())
        m_sync->setFallbackToken(readFallbackToken(m_dataDir));
    m_window->attachSync(m_sync.get(), m_db.get());
    previous.reset();
    // A province that changes its resident-code key says so with every batch answer: the
    // new key is kept and in force for the next scan.
    QObject::connect(m_sync.get(), &SyncController::residentCodeKeyAnnounced, m_window.get(),
                     [this](const QByteArray &key) {
                         if (key == m_settings->provinceCodeKey())
                             return;
                         m_settings->setProvinceCodeKey(key, StationSettings::keyFromSync(),
                                                        QDateTime::currentDateTimeUtc());
                         m_settings->sync();
                         m_table->setResidentCodeTrust(m_settings->provinceCodeKey(),
                                                       m_settings->acceptsUnsignedCodes());
                     });
    m_sync->start();
    // The lead's dashboard asks the same server (hub or province) for every table of the
    // site, on a thread of its own.
    m_siteSource = std::make_unique<dashboard::SiteTablesSource>(
        m_dataDir, m_service->identity().siteCode, m_service->identity().deviceId);
    m_window->setSiteSource(m_siteSource.get());
    startSiteChecks(settings, token);
}

// Site-wide checks: the feed keeps the site's facts in the station database on its own
// thread; the table's rules read them there, never over the network.
void StationApp::startSiteChecks(const SyncSettings &settings, const QString &token) {
    m_siteFacts = std::make_unique<SiteFactsStore>(*m_db, readSiteKey(m_dataDir),
                                                   m_service->identity().deviceId);
    m_table->setSiteFacts(m_siteFacts.get());
    m_siteFactsFeed =
        std::make_unique<SiteFactsFeedThread>(databasePath(m_dataDir), settings, token);
    // A refusal the province sent back through the hub comes as a fact: the table window's
    // alert counts it at once.
    QObject::connect(m_siteFactsFeed.get(), &SiteFactsFeedThread::factsKept, m_window.get(),
                     [w = m_window.get()](int added) {
                         if (added > 0)
                             w->refreshSyncProblems();
                     });
    m_siteFactsFeed->start();
}

// Retention runs at start-up and once a day on its own thread, with the station's setting.
void StationApp::startRetention() {
    const int days = m_settings->retentionDays();
    if (days <= 0)
        return;
    m_retention = std::make_unique<RetentionScheduler>(databasePath(m_dataDir), m_codec, days);
    QObject::connect(
        m_retention.get(), &RetentionScheduler::purged, m_window.get(),
        [w = m_window.get()](const PurgeSummary &s) {
            if (s.samples > 0)
                w->statusBar()->showMessage(
                    QApplication::translate("StationApp",
                                            "Retention: the personal data of %n acknowledged "
                                            "sample(s) was destroyed.",
                                            "", s.samples),
                    60000);
        });
    QObject::connect(
        m_retention.get(), &RetentionScheduler::failed, m_window.get(),
        [w = m_window.get()](const QString &message) {
            w->statusBar()->showMessage(
                QApplication::translate("StationApp", "Retention could not run: %1").arg(message),
                60000);
        });
    m_retention->start();
}

// Prints run on the queue's own thread; the printer and label size come from the settings
// (the window applies them, again after the settings dialog).
void StationApp::startPrinting() {
    m_printQueue = std::make_unique<labels::PrintQueue>(nullptr);
    m_printLog = std::make_unique<LabelPrintLog>(*m_db);
    m_printing = std::make_unique<TablePrinting>(*m_service, *m_printLog, *m_printQueue);
    m_window->attachPrinting(m_printing.get());
}

int StationApp::run() {
    // A shutdown or logout (SIGTERM) closes the station as its window does.
    TerminationSignals termination;
    if (QString error; !termination.install(&error))
        qCWarning(lcUi) << "stop signals not handled:" << error;
    m_settings = std::make_unique<StationSettings>(settingsPath(m_dataDir));
    installTranslations(m_language.isEmpty() ? m_settings->language() : m_language);
    // The station's setting, else what the desktop asks for.
    theme::apply(m_app,
                 theme::contrastFromName(m_settings->contrast(), theme::contrastFromEnvironment()));
    if (!lockDataFolder() || !openStation())
        return 1;
    m_window = std::make_unique<MainWindow>(*m_store, *m_table, *m_settings);
    m_window->setDashboardDatabase(databasePath(m_dataDir));
    m_window->setDataDir(m_dataDir);
    QObject::connect(m_window.get(), &MainWindow::hubJoined, m_window.get(),
                     [this] { startSync(); });
    m_window->setIdReveal(m_idReveal.get());
    m_window->setRecallContact(m_recallContact.get());
    m_window->setStaffService(m_staff.get());
    startSync();
    startRetention();
    startPrinting();
    connectScanners();
    m_window->show();
    // The passphrase and busy dialogs before it were windows of their own: when the last one
    // closed, the keyboard went to no window (seen without a window manager), so the first
    // scan or key after signing in was lost and the focus warning came up. Take it now.
    m_window->raise();
    m_window->activateWindow();
    if (!m_screenshotPath.isEmpty()) {
        QTimer::singleShot(500, &m_app, [this] {
            m_window->grab().save(m_screenshotPath);
            m_app.quit();
        });
    }
    const int exitCode = m_app.exec();
    m_window->recordCleanShutdown();
    return exitCode;
}

} // namespace station
