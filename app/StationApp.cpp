// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StationApp.h"

#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/SamplingService.h"
#include "core/security/IdReveal.h"
#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/SyncController.h"
#include "core/sync/SyncSettings.h"
#include "labels/PrintQueue.h"
#include "scan/CameraScanner.h"
#include "scan/HidScanEventFilter.h"
#include "scan/SerialScanner.h"
#include "scan/VideoFileScanner.h"
#include "translations/StationTranslation.h"
#include "widgets/CameraPreview.h"
#include "widgets/BusyWork.h"
#include "widgets/FirstRunWizard.h"
#include "widgets/Logging.h"
#include "widgets/MainWindow.h"
#include "widgets/SamplingScreen.h"
#include "widgets/Theme.h"
#include "widgets/printing/TablePrinting.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace station {

StationApp::StationApp(QApplication &app)
    : m_app(app) {}

StationApp::~StationApp() {
    // Scanners feed the window, the window refers to the services: they go in that order.
    if (m_hid)
        m_app.removeEventFilter(m_hid.get());
    m_hid.reset();
    m_serial.reset();
    m_camera.reset();
    m_video.reset();
    m_window.reset();
    // The queue waits for the label being printed; its results go to the controller.
    m_printQueue.reset();
    m_printing.reset();
    m_printLog.reset();
    m_service.reset();
    m_idReveal.reset();
    m_store.reset();
    m_db.reset();
}

bool StationApp::parseArguments() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("StationApp", "Sampling Station: the sampling table workstation"));
    parser.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"),
                                     QApplication::translate("StationApp", "Show the version."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("StationApp", "The station's data directory (database, settings)."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("StationApp", "User interface language: zh_CN or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption video(
        QStringLiteral("video-source"),
        QApplication::translate("StationApp", "Read codes from a video file instead of a camera."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("StationApp",
                                "Save a picture of the window to FILE after start-up and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("site-passphrase-file"),
        QApplication::translate("StationApp",
                                "File whose first line is the site passphrase (otherwise "
                                "STATION_SITE_PASSPHRASE, otherwise the station asks)."),
        QStringLiteral("FILE"));
    parser.addOptions({version, dataDir, lang, video, screenshot, passphraseFile});
    parser.process(m_app);
    if (parser.isSet(version)) {
        std::printf("sampling-station %s\n", STATION_VERSION);
        return false;
    }
    m_dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    m_language = parser.value(lang);
    m_videoSource = parser.value(video);
    m_screenshotPath = parser.value(screenshot);
    m_passphraseFile = parser.value(passphraseFile);
    return true;
}

void StationApp::installTranslations(const QString &language) {
    // Command line, then settings, then the system locale.
    const QString chosen = chooseLanguage(language);
    m_translator = std::make_unique<QTranslator>();
    if (loadStationTranslation(*m_translator, chosen))
        m_app.installTranslator(m_translator.get());
    else
        qCWarning(lcUi) << "no translation for" << chosen;
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(chosen),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_app.installTranslator(m_qtTranslator.get());
    QLocale::setDefault(QLocale(chosen));
}

bool StationApp::openStation() {
    if (!QDir().mkpath(m_dataDir)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("StationApp", "Sampling Station"),
            QApplication::translate("StationApp", "Cannot create the data folder %1.")
                .arg(QDir::toNativeSeparators(m_dataDir)));
        return false;
    }
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
        if (wizard.exec() != QDialog::Accepted)
            return false;
        knownPassphrase = wizard.passphrase();
    }
    if (!unlockPersonalData(knownPassphrase))
        return false;
    const std::optional<StationIdentity> identity = m_store->identity();
    if (!identity)
        return false;
    m_service = std::make_unique<SamplingService>(*m_db, *m_codec, *identity);
    m_idReveal = std::make_unique<IdReveal>(*m_db, *m_store, *m_codec);
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
    // A station without a data key (provisioned before encryption) opens as it is.
    StationKeyring keyring(*m_db);
    if (!keyring.exists()) {
        m_codec = std::make_shared<PlaintextPersonalDataCodec>();
        return true;
    }
    const Result<WrappedDataKey> wrapped = keyring.wrappedKey();
    if (!wrapped) {
        QMessageBox::critical(nullptr, QApplication::translate("StationApp", "Sampling Station"),
                              wrapped.message());
        return false;
    }
    QString problem;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (passphrase.isEmpty()) {
            bool ok = false;
            passphrase = QInputDialog::getText(
                nullptr, QApplication::translate("StationApp", "Unlock the station"),
                problem + QApplication::translate("StationApp",
                                                  "Site passphrase (protects personal data):"),
                QLineEdit::Password, {}, &ok);
            if (!ok)
                return false;
        }
        // Argon2id over the passphrase: on a worker thread, with the window saying why
        // nothing moves for a moment.
        auto codec = runWithBusyDialog(
            nullptr, QApplication::translate("StationApp", "Unlock the station"),
            QApplication::translate("StationApp", "Checking the site passphrase…"),
            [key = wrapped.value(), passphrase] { return openPersonalData(key, passphrase); });
        if (codec.ok()) {
            m_codec = codec.value();
            return true;
        }
        problem = codec.message() + QStringLiteral("\n\n");
        passphrase.clear();
    }
    QMessageBox::critical(nullptr, QApplication::translate("StationApp", "Sampling Station"),
                          problem.trimmed());
    return false;
}

void StationApp::connectScanners() {
    // Every source emits scanned(text, source) into the window's single input path.
    scan::HidBurstDecoder::Config hid;
    hid.prefix = m_settings->scannerPrefix();
    hid.suffix = m_settings->scannerSuffix();
    hid.maxGapMs = m_settings->scannerGapMs();
    m_hid = std::make_unique<scan::HidScanEventFilter>(hid);
    QObject::connect(m_hid.get(), &scan::HidScanEventFilter::scanned, m_window.get(),
                     &MainWindow::onScannerInput);
    m_app.installEventFilter(m_hid.get());

    if (!m_settings->serialPort().isEmpty()) {
        m_serial = std::make_unique<scan::SerialScanner>();
        m_serial->setConfig({m_settings->serialPort(), m_settings->serialBaud(), 2000});
        QObject::connect(m_serial.get(), &scan::SerialScanner::scanned, m_window.get(),
                         &MainWindow::onScannerInput);
        QObject::connect(m_serial.get(), &scan::SerialScanner::statusChanged, m_window.get(),
                         &MainWindow::setScannerStatus);
        m_serial->start();
    }

    // The picture and the outlines of what is read go to the preview beside the tube; it keeps
    // only the newest frame and paints a few times a second (decoding is the scanner's worker).
    CameraPreview *preview = m_window->samplingScreen()->cameraPreview();
    if (!m_videoSource.isEmpty()) {
        m_video = std::make_unique<scan::VideoFileScanner>();
        QObject::connect(m_video.get(), &scan::VideoFileScanner::scanned, m_window.get(),
                         &MainWindow::onScannerInput);
        QObject::connect(m_video.get(), &scan::VideoFileScanner::errorOccurred, m_window.get(),
                         [this, preview](const QString &message) {
                             m_window->setScannerStatus(message, false);
                             preview->setCameraStatus(message, false);
                         });
        QObject::connect(m_video.get(), &scan::VideoFileScanner::oneCodeAtATime, m_window.get(),
                         &MainWindow::showScanNotice);
        QObject::connect(m_video.get(), &scan::VideoFileScanner::frameReady, preview,
                         &CameraPreview::presentFrame);
        QObject::connect(m_video.get(), &scan::VideoFileScanner::codesFound, preview,
                         &CameraPreview::showCodes);
        preview->setCameraStatus(
            QApplication::translate("StationApp", "Reading codes from the video %1.")
                .arg(QFileInfo(m_videoSource).fileName()),
            true);
        m_video->play(m_videoSource);
    } else if (!m_settings->cameraId().isEmpty() &&
               m_settings->cameraId() != QLatin1String("none")) {
        m_camera = std::make_unique<scan::CameraScanner>();
        m_camera->setPreferredCameraId(m_settings->cameraId().toUtf8());
        QObject::connect(m_camera.get(), &scan::CameraScanner::scanned, m_window.get(),
                         &MainWindow::onScannerInput);
        QObject::connect(m_camera.get(), &scan::CameraScanner::statusChanged, m_window.get(),
                         &MainWindow::setScannerStatus);
        QObject::connect(m_camera.get(), &scan::CameraScanner::statusChanged, preview,
                         &CameraPreview::setCameraStatus);
        QObject::connect(m_camera.get(), &scan::CameraScanner::oneCodeAtATime, m_window.get(),
                         &MainWindow::showScanNotice);
        QObject::connect(m_camera.get(), &scan::CameraScanner::frameReady, preview,
                         &CameraPreview::presentFrame);
        QObject::connect(m_camera.get(), &scan::CameraScanner::codesFound, preview,
                         &CameraPreview::showCodes);
        m_camera->start();
    } else {
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
// server address and a device token (sampling-station-cli sync --enroll-code ...).
void StationApp::startSync() {
    const SyncSettings settings = loadSyncSettings(m_dataDir);
    const QString token = readDeviceToken(m_dataDir);
    if (!settings.isConfigured() || token.isEmpty())
        return;
    m_sync = std::make_unique<SyncController>(databasePath(m_dataDir), settings, token);
    m_sync->setPayloadCodec(m_codec);
    m_window->attachSync(m_sync.get(), m_db.get());
    m_sync->start();
}

// Prints run on the queue's own thread; the printer and label size come from the settings
// (the window applies them, again after the settings dialog).
void StationApp::startPrinting() {
    m_printQueue = std::make_unique<labels::PrintQueue>(nullptr);
    m_printLog = std::make_unique<LabelPrintLog>(*m_db);
    m_printing = std::make_unique<widgets::TablePrinting>(*m_service, *m_printLog, *m_printQueue);
    m_window->attachPrinting(m_printing.get());
}

int StationApp::run() {
    if (!parseArguments())
        return 0;
    m_settings = std::make_unique<StationSettings>(settingsPath(m_dataDir));
    installTranslations(m_language.isEmpty() ? m_settings->language() : m_language);
    theme::apply(m_app);
    if (!openStation())
        return 1;
    m_window = std::make_unique<MainWindow>(*m_store, *m_service, *m_settings);
    m_window->setDashboardDatabase(databasePath(m_dataDir));
    m_window->setIdReveal(m_idReveal.get());
    startSync();
    startPrinting();
    connectScanners();
    m_window->show();
    if (!m_screenshotPath.isEmpty()) {
        QTimer::singleShot(500, &m_app, [this] {
            m_window->grab().save(m_screenshotPath);
            m_app.quit();
        });
    }
    return m_app.exec();
}

} // namespace station
