// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SettingsDialog.h"
#include "widgets/TubeCheckDigitField.h"

#include "core/sampling/SamplingService.h"
#include "core/settings/SettingsAuthority.h"
#include "core/settings/StationSettings.h"
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/SyncSettings.h"
#include "protocol/ResidentCodeKey.h"
#include "widgets/CameraField.h"
#include "widgets/ScannerTestField.h"
#include "widgets/ScreenRoom.h"
#include "widgets/Theme.h"
#include "widgets/WheelScrollsPage.h"
#include "widgets/printing/PrinterTestPage.h"
#include "widgets/printing/StationPrinter.h"
#include "widgets/sync/HubJoinPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace station {

namespace {
// The least the settings' groups get: on a short screen (1280x720 at 125 % leaves 546
// pixels) they scroll, and the hint, the problem and the buttons stay in view.
constexpr int kLeastScrollHeight = 160;
// Room for the fields' hints (e.g. the printer's) in both languages.
constexpr int kPreferredWidth = 700;
// At most this high where the screen has more room (a 768-pixel screen less its panel and
// title bar): the groups scroll.
constexpr int kMostHeight = 700;
} // namespace

void SettingsDialog::setPrintersEditable(bool editable) {
    m_printer->setEnabled(editable);
    m_manifestPrinter->setEnabled(editable);
}

void SettingsDialog::setRetentionEditable(bool editable) {
    m_retention->setEnabled(editable);
}

SettingsDialog::SettingsDialog(StationSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_contrast(new QComboBox(this))
    , m_sound(new QCheckBox(tr("Play success and error sounds"), this))
    , m_idleLock(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_prefix(new QLineEdit(settings.scannerPrefix(), this))
    , m_suffix(new QLineEdit(settings.scannerSuffix(), this))
    , m_gap(new QSpinBox(this))
    , m_serialPort(new QLineEdit(settings.serialPort(), this))
    , m_baud(new QComboBox(this))
    , m_hidPosDevice(new QLineEdit(settings.hidPosDevice(), this))
    , m_camera(new CameraField(settings.cameraId(), this))
    , m_scannerTest(new ScannerTestField(this))
    , m_cameraPreview(new QCheckBox(tr("Show the camera picture on the table screen (F6)"), this))
    , m_labelSize(new QLineEdit(settings.labelSize(), this))
    , m_printer(new QLineEdit(settings.printerName(), this))
    , m_manifestPrinter(new QLineEdit(settings.manifestPrinterName(), this))
    , m_printerTest(new QPushButton(tr("Print a test label"), this))
    , m_printerTestResult(new QLabel(this))
    , m_printerTestPage(new widgets::PrinterTestPage(this))
    , m_labelEachTube(new QCheckBox(tr("Print a label for each new tube"), this))
    , m_tubeCheckDigit(new TubeCheckDigitField(this))
    , m_tableNumber(new QSpinBox(this))
    , m_provinceKey(new QLabel(this))
    , m_unsignedCodes(new QComboBox(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    // The groups scroll, so that the dialog stays within a 1366×768 laptop screen whatever
    // is added; the hint, the problem and the buttons stay in view.
    auto *outer = new QVBoxLayout(this);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sections = layout;

    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_contrast->setObjectName(QStringLiteral("contrastField"));
    m_contrast->addItem(tr("Normal"), QStringLiteral("standard"));
    m_contrast->addItem(tr("High contrast (bright sites)"), QStringLiteral("high-contrast"));
    // Without a choice of its own the station follows the desktop; shown as what it is now.
    m_contrastShown =
        theme::contrastFromName(settings.contrast(), theme::contrastFromEnvironment()) ==
                theme::Contrast::High
            ? 1
            : 0;
    m_contrast->setCurrentIndex(m_contrastShown);
    m_contrast->setToolTip(tr("Black on white with heavier lines, for sunlight and glare. "
                              "Applies at once."));
    m_sound->setChecked(settings.soundEnabled());
    m_idleLock->setRange(1, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(settings.idleLockMinutes());
    auto *general = new QGroupBox(tr("Station"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Language"), m_language);
    generalForm->addRow(tr("Contrast"), m_contrast);
    generalForm->addRow(QString(), m_sound);
    generalForm->addRow(tr("Lock after idle"), m_idleLock);
    m_retention->setRange(0, 365);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("only by hand"));
    m_retention->setValue(settings.retentionDays());
    m_retention->setToolTip(tr("Personal data the province has acknowledged is destroyed, day "
                               "by day, once older than this (from the next start). Only a "
                               "station administrator changes it."));
    m_retention->setEnabled(false);
    generalForm->addRow(tr("Keep personal data"), m_retention);
    layout->addWidget(general);

    m_gap->setRange(5, 500);
    m_gap->setSuffix(tr(" ms"));
    m_gap->setValue(settings.scannerGapMs());
    for (int baud : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QString::number(baud), baud);
    m_baud->setCurrentIndex(m_baud->findData(settings.serialBaud()));
    m_serialPort->setPlaceholderText(tr("none, e.g. ttyACM0"));
    m_hidPosDevice->setObjectName(QStringLiteral("hidPosDeviceField"));
    m_hidPosDevice->setPlaceholderText(tr("none; auto, or VID:PID e.g. 0c2e:0b61"));
    m_hidPosDevice->setToolTip(tr("A USB scanner set to HID-POS mode (the point-of-sale HID "
                                  "interface) sends raw bytes, so codes with Chinese text "
                                  "arrive whole. \"auto\" takes the first HID-POS scanner "
                                  "found."));
    auto *scanners = new QGroupBox(tr("Scanners"), this);
    auto *scannerForm = new QFormLayout(scanners);
    scannerForm->addRow(tr("Keyboard scanner prefix"), m_prefix);
    scannerForm->addRow(tr("Keyboard scanner suffix"), m_suffix);
    scannerForm->addRow(tr("Longest gap between keys of a scan"), m_gap);
    scannerForm->addRow(tr("Serial scanner port"), m_serialPort);
    scannerForm->addRow(tr("Serial baud rate"), m_baud);
    scannerForm->addRow(tr("HID-POS scanner"), m_hidPosDevice);
    scannerForm->addRow(tr("Camera"), m_camera);
    m_cameraPreview->setChecked(settings.cameraPreviewVisible());
    scannerForm->addRow(QString(), m_cameraPreview);
    scannerForm->addRow(tr("Scanner test"), m_scannerTest);
    m_scannerTest->setRules([this] {
        ScanRules rules;
        rules.patterns = m_patterns;
        rules.patterns.tubeCheckDigit = tubeCheckDigit();
        rules.provinceKey = m_settings.provinceCodeKey();
        const QString unsignedCodes = m_unsignedCodes->currentData().toString();
        rules.acceptUnsigned = unsignedCodes.isEmpty() ? rules.provinceKey.isEmpty()
                                                       : unsignedCodes == QLatin1String("accept");
        return rules;
    });
    layout->addWidget(scanners);

    auto *labels = new QGroupBox(tr("Labels"), this);
    auto *labelForm = new QFormLayout(labels);
    labelForm->addRow(tr("Label size (mm, WIDTHxHEIGHT)"), m_labelSize);
    m_printer->setObjectName(QStringLiteral("printerField"));
    m_printer->setPlaceholderText(tr("none; a system printer's name, or zpl://HOST, pdf:FILE..."));
    m_printer->setToolTip(widgets::StationPrinter::registry().kindsHelp());
    labelForm->addRow(tr("Label printer"), m_printer);
    m_printerTest->setObjectName(QStringLiteral("printerTestButton"));
    m_printerTest->setToolTip(tr("Prints one label that says it is a test on the label printer "
                                 "above, saved or not. Its barcode is not a tube code."));
    m_printerTestResult->setObjectName(QStringLiteral("printerTestResult"));
    m_printerTestResult->setWordWrap(true);
    auto *printerTest = new QWidget(this);
    auto *printerTestLayout = new QHBoxLayout(printerTest);
    printerTestLayout->setContentsMargins(0, 0, 0, 0);
    printerTestLayout->addWidget(m_printerTest, 0, Qt::AlignTop);
    printerTestLayout->addWidget(m_printerTestResult, 1);
    labelForm->addRow(QString(), printerTest);
    connect(m_printerTest, &QPushButton::clicked, this, &SettingsDialog::printTestLabel);
    connect(m_printerTestPage, &widgets::PrinterTestPage::finished, this,
            [this](bool ok, const QString &message) {
                m_printerTest->setEnabled(true);
                m_printerTestResult->setText(message);
                m_printerTestResult->setProperty("ok", ok);
            });
    m_manifestPrinter->setObjectName(QStringLiteral("manifestPrinterField"));
    m_manifestPrinter->setPlaceholderText(
        tr("the label printer; or a page printer's name, pdf:FILE..."));
    m_manifestPrinter->setToolTip(m_printer->toolTip());
    labelForm->addRow(tr("Manifest printer (A4)"), m_manifestPrinter);
    m_labelEachTube->setObjectName(QStringLiteral("labelEachTubeField"));
    m_labelEachTube->setChecked(settings.printLabelForEachTube());
    m_labelEachTube->setToolTip(tr("For tubes without a pre-printed code: the station gives "
                                   "each new tube a code of its own and prints its label. "
                                   "Pre-printed tubes can still be scanned."));
    labelForm->addRow(QString(), m_labelEachTube);
    layout->addWidget(labels);

    m_tubeCheckDigit->setToolTip(
        tr("Pre-printed tube codes whose last character is not this check digit are refused. "
           "Station-generated codes (SG...) keep their own Damm check digit. Applies at once."));
    auto *siteRules = new QGroupBox(tr("Site codes"), this);
    auto *siteForm = new QFormLayout(siteRules);
    siteForm->addRow(tr("Check digit of pre-printed tube codes"), m_tubeCheckDigit);
    m_tableNumber->setObjectName(QStringLiteral("tableNumberField"));
    m_tableNumber->setRange(1, 99999);
    siteForm->addRow(tr("Table number"), m_tableNumber);
    // Signed resident codes: the key is the province's (shown, not edited: it comes with
    // enrollment); whether unsigned codes are taken is the site's choice.
    m_provinceKey->setObjectName(QStringLiteral("provinceKeyField"));
    m_provinceKey->setWordWrap(true);
    m_provinceKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provinceKey->setText(provinceKeyText(settings));
    m_provinceKey->setToolTip(tr("The fingerprint of the key the province signs resident codes "
                                 "with. To check it, read it aloud to the province's help desk."));
    siteForm->addRow(tr("Province key for resident codes"), m_provinceKey);
    m_unsignedCodes->setObjectName(QStringLiteral("unsignedCodesField"));
    m_unsignedCodes->addItem(tr("Default: refuse once the province gives a key"), QString());
    m_unsignedCodes->addItem(tr("Accept unsigned codes"), QStringLiteral("accept"));
    m_unsignedCodes->addItem(tr("Refuse unsigned codes"), QStringLiteral("refuse"));
    const std::optional<bool> choice = settings.acceptUnsignedCodesChoice();
    m_unsignedCodes->setCurrentIndex(!choice ? 0 : (*choice ? 1 : 2));
    m_unsignedCodes->setToolTip(
        tr("A code whose signature does not match is always refused. Codes without a "
           "signature are old or forged once the province signs its codes. Applies at once."));
    siteForm->addRow(tr("Resident codes without a signature"), m_unsignedCodes);
    layout->addWidget(siteRules);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    keepWheelForScrolling(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    scroll->setMinimumHeight(qMin(content->sizeHint().height(), kLeastScrollHeight));
    outer->addWidget(scroll);
    // All of the groups where the screen has room for them (up to kMostHeight), else as
    // many as fit.
    fitToScreenWhenShown(this, [this, scroll, content] {
        const QSize hint = sizeHint();
        return QSize(qMax(hint.width(), kPreferredWidth),
                     qMin(kMostHeight, hint.height() - scroll->sizeHint().height() +
                                           content->sizeHint().height()));
    });

    auto *note = new QLabel(tr("Language and scanner changes apply when the station is started "
                               "again."),
                            this);
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);
    outer->addWidget(note);
    m_problem->setObjectName(QStringLiteral("formError"));
    m_problem->setWordWrap(true);
    outer->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::enableHubJoin(const QString &dataDir, const HubJoinStation &station,
                                   bool allowed) {
    if (m_hubJoin)
        return;
    auto *group = new QGroupBox(tr("Join a site hub"), this);
    group->setObjectName(QStringLiteral("hubJoinGroup"));
    auto *form = new QFormLayout(group);
    m_syncServer = new QLabel(syncServerText(dataDir), group);
    m_syncServer->setObjectName(QStringLiteral("syncServerField"));
    m_syncServer->setWordWrap(true);
    m_syncServer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Uploads go to"), m_syncServer);
    m_syncFallback = new QLabel(syncFallbackText(dataDir), group);
    m_syncFallback->setObjectName(QStringLiteral("syncFallbackField"));
    m_syncFallback->setWordWrap(true);
    m_syncFallback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fallbackRow = new QWidget(group);
    auto *fallbackLayout = new QVBoxLayout(fallbackRow);
    fallbackLayout->setContentsMargins(0, 0, 0, 0);
    fallbackLayout->addWidget(m_syncFallback);
    auto *fallbackButtons = new QHBoxLayout;
    m_fallbackScan = new QPushButton(tr("Scan the province's join code…"), fallbackRow);
    m_fallbackScan->setObjectName(QStringLiteral("fallbackScanButton"));
    m_fallbackScan->setCheckable(true);
    m_fallbackScan->setAutoDefault(false);
    m_fallbackRemove = new QPushButton(tr("Remove"), fallbackRow);
    m_fallbackRemove->setObjectName(QStringLiteral("fallbackRemoveButton"));
    m_fallbackRemove->setAutoDefault(false);
    fallbackButtons->addWidget(m_fallbackScan);
    fallbackButtons->addWidget(m_fallbackRemove);
    fallbackButtons->addStretch();
    fallbackLayout->addLayout(fallbackButtons);
    form->addRow(tr("If the hub is out of reach"), fallbackRow);
    m_hubJoin = new HubJoinPanel(dataDir, group);
    m_hubJoin->setStation(station);
    m_hubJoin->setJoinAllowed(allowed, tr("Only the station administrator joins a site hub."));
    // A join carries the table number: a new one is saved (and audited) before it joins.
    connect(m_tableNumber, &QSpinBox::valueChanged, this, [this, allowed, station](int number) {
        if (number == station.tableNumber)
            m_hubJoin->setJoinAllowed(allowed,
                                      tr("Only the station administrator joins a site hub."));
        else
            m_hubJoin->setJoinAllowed(false, tr("Save the new table number first, then open "
                                                "Settings (F10) again to join."));
    });
    form->addRow(tr("Join code"), m_hubJoin);
    m_hubJoinHint = new QLabel(tr("Scan the QR code the site hub shows; the station checks the "
                                  "hub's certificate against it, enrolls and uploads to the hub "
                                  "from then on. This applies at once, without Save."),
                               group);
    m_hubJoinHint->setObjectName(QStringLiteral("hint"));
    m_hubJoinHint->setWordWrap(true);
    form->addRow(m_hubJoinHint);
    auto *codeLabel = qobject_cast<QLabel *>(form->labelForField(m_hubJoin));
    const auto refreshFallback = [this, dataDir, allowed] {
        m_syncFallback->setText(syncFallbackText(dataDir));
        m_fallbackScan->setEnabled(allowed);
        m_fallbackRemove->setEnabled(allowed && loadSyncSettings(dataDir).hasFallback());
    };
    refreshFallback();
    // Which server the join code field is for now; the field takes the scanner's codes either
    // way, so that the station's handheld scanner enrolls the province too.
    const auto showTarget = [this, codeLabel](HubJoin::Target target) {
        const QSignalBlocker blocker(m_fallbackScan);
        m_fallbackScan->setChecked(target == HubJoin::Target::Fallback);
        m_hubJoin->setTarget(target);
        if (codeLabel)
            codeLabel->setText(target == HubJoin::Target::Fallback ? tr("Province's join code")
                                                                   : tr("Join code"));
        // The hub's how-to would contradict the province's code being asked for; the status
        // line says what the province's code does instead.
        m_hubJoinHint->setVisible(target == HubJoin::Target::Primary);
    };
    connect(m_fallbackScan, &QPushButton::toggled, this, [this, showTarget](bool on) {
        if (m_hubJoin->isJoining()) { // the join under way keeps its target
            showTarget(m_hubJoin->target());
            return;
        }
        showTarget(on ? HubJoin::Target::Fallback : HubJoin::Target::Primary);
        m_hubJoin->showStatus(
            on ? tr("Scan the join code of the province's server now. The hub stays the server "
                    "this station syncs with; the province takes the records only while the hub "
                    "is out of reach.")
               : QString(),
            true);
        if (on)
            m_hubJoin->codeField()->setFocus();
    });
    connect(m_hubJoin, &HubJoinPanel::joined, this, [this, dataDir, refreshFallback, showTarget] {
        m_syncServer->setText(syncServerText(dataDir));
        refreshFallback();
        showTarget(HubJoin::Target::Primary);
    });
    connect(m_fallbackRemove, &QPushButton::clicked, this, [this, dataDir, refreshFallback] {
        QMessageBox question(QMessageBox::Question, tr("Remove the fallback"),
                             tr("Remove the province as this station's fallback? While the hub "
                                "is out of reach, records then wait at this station until it "
                                "is back."),
                             QMessageBox::Yes | QMessageBox::No, this);
        // A scanner's trailing Enter must not remove it by accident.
        question.setDefaultButton(QMessageBox::No);
        if (question.exec() != QMessageBox::Yes)
            return;
        const Status removed = removeFallback(dataDir);
        refreshFallback();
        m_hubJoin->showStatus(removed.ok() ? tr("The fallback is removed: records wait at this "
                                                "station while the hub is out of reach.")
                                           : removed.message(),
                              removed.ok());
        if (removed.ok())
            Q_EMIT fallbackRemoved();
    });
    // Before the stretch that ends the sections.
    m_sections->insertWidget(m_sections->count() - 1, group);
}

QString SettingsDialog::syncServerText(const QString &dataDir) {
    const SyncSettings sync = loadSyncSettings(dataDir);
    if (!sync.isConfigured())
        return tr("No server: records stay on this station until it joins a hub or the "
                  "province's server.");
    const QString server = sync.serverUrl.toString();
    if (readDeviceToken(dataDir).isEmpty())
        return tr("%1 (not enrolled yet)").arg(server);
    return sync.pinnedCaPath.isEmpty() ? server : tr("%1 (its certificate is pinned)").arg(server);
}

QString SettingsDialog::syncFallbackText(const QString &dataDir) {
    const SyncSettings sync = loadSyncSettings(dataDir);
    if (!sync.hasFallback())
        return tr("Records wait at this station (no fallback server).");
    const QString server = sync.fallbackUrl.toString();
    if (readFallbackToken(dataDir).isEmpty())
        return tr("%1 (not enrolled yet)").arg(server);
    return tr("Straight to the province at %1 once the hub has been out of reach for %2 min.")
        .arg(server)
        .arg(sync.fallbackAfterSecs / 60);
}

QString SettingsDialog::provinceKeyText(const StationSettings &settings) {
    const QByteArray key = settings.provinceCodeKey();
    if (key.isEmpty())
        return tr("None: the province gave no key at enrollment, so signatures are not checked.");
    if (key.size() != StationSettings::kProvinceCodeKeyBytes)
        return tr("Damaged: every signed code is refused. Enroll the station again.");
    const QString date = QLocale().toString(settings.provinceCodeKeyReceivedAt().toLocalTime(),
                                            QLocale::ShortFormat);
    const QString source = settings.provinceCodeKeySource() == StationSettings::keyFromSync()
                               ? tr("announced by the server on %1").arg(date)
                               : tr("received at enrollment on %1").arg(date);
    return tr("%1 (%2)").arg(protocol::residentCodeKeyFingerprint(key), source);
}

void SettingsDialog::printTestLabel() {
    const std::optional<labels::LabelSize> size = labels::LabelSize::parse(m_labelSize->text());
    if (!size) {
        m_printerTestResult->setText(
            tr("The label size must be WIDTHxHEIGHT in millimetres, e.g. 50x30."));
        return;
    }
    if (!m_printerTestPage->print(m_printer->text(), *size))
        return;
    m_printerTest->setEnabled(false);
    m_printerTestResult->setText(tr("Printing the test label…"));
}

void SettingsDialog::setTableNumber(int number, bool changeable) {
    m_tableNumber->setValue(number);
    m_tableNumber->setEnabled(changeable);
    m_tableNumber->setToolTip(
        changeable ? tr("Only before this station joins a hub or enrols at the province: "
                        "choose a number no other table of the site has, Save, then join.")
                   : tr("This station has joined a server, which knows it by this number: it "
                        "cannot change now."));
}

int SettingsDialog::tableNumber() const {
    return m_tableNumber->value();
}

void SettingsDialog::setTubeCheckDigit(CheckDigitScheme scheme) {
    m_tubeCheckDigit->setScheme(scheme);
}

CheckDigitScheme SettingsDialog::tubeCheckDigit() const {
    return m_tubeCheckDigit->scheme();
}

QString SettingsDialog::problemText() const {
    return m_problem->text();
}

void SettingsDialog::accept() {
    if (!StationSettings::isHidPosDeviceValid(m_hidPosDevice->text())) {
        m_problem->setText(tr("The HID-POS scanner must be empty, \"auto\", or the USB vendor "
                              "and product id as VID:PID in hexadecimal, e.g. 0c2e:0b61."));
        m_hidPosDevice->setFocus();
        return;
    }
    static const QRegularExpression labelSize(QStringLiteral("^[1-9][0-9]{1,2}x[1-9][0-9]{1,2}$"));
    if (!labelSize.match(m_labelSize->text().trimmed()).hasMatch()) {
        m_problem->setText(tr("The label size must be WIDTHxHEIGHT in millimetres, e.g. 50x30."));
        m_labelSize->setFocus();
        return;
    }
    for (QLineEdit *printer : {m_printer, m_manifestPrinter}) {
        QString printerError;
        if (!printer->text().trimmed().isEmpty() &&
            !widgets::StationPrinter::create(printer->text(), &printerError)) {
            m_problem->setText(printerError);
            printer->setFocus();
            return;
        }
    }
    const QVariantHash stored = m_settings.allValues();
    const QVariantHash before = SettingsAuthority::snapshot(m_settings);
    m_settings.setLanguage(m_language->currentData().toString());
    const bool contrastChanged = m_contrast->currentIndex() != m_contrastShown;
    if (contrastChanged)
        m_settings.setContrast(m_contrast->currentData().toString());
    m_settings.setSoundEnabled(m_sound->isChecked());
    m_settings.setIdleLockMinutes(m_idleLock->value());
    if (m_retention->isEnabled())
        m_settings.setRetentionDays(m_retention->value());
    m_settings.setScannerPrefix(m_prefix->text());
    m_settings.setScannerSuffix(m_suffix->text());
    m_settings.setScannerGapMs(m_gap->value());
    m_settings.setSerialPort(m_serialPort->text());
    m_settings.setSerialBaud(m_baud->currentData().toInt());
    m_settings.setHidPosDevice(m_hidPosDevice->text());
    m_settings.setCameraId(m_camera->cameraId());
    m_settings.setCameraPreviewVisible(m_cameraPreview->isChecked());
    m_settings.setLabelSize(m_labelSize->text().trimmed());
    m_settings.setPrinterName(m_printer->text().trimmed());
    m_settings.setManifestPrinterName(m_manifestPrinter->text().trimmed());
    m_settings.setPrintLabelForEachTube(m_labelEachTube->isChecked());
    const QString unsignedCodes = m_unsignedCodes->currentData().toString();
    m_settings.setAcceptUnsignedCodesChoice(
        unsignedCodes.isEmpty() ? std::nullopt
                                : std::optional<bool>(unsignedCodes == QLatin1String("accept")));
    const QVariantHash after = SettingsAuthority::snapshot(m_settings);
    if (m_authority) {
        if (const Status allowed = m_authority->checkSettingsChange(before, after); !allowed.ok()) {
            SettingsAuthority::restore(m_settings, stored);
            m_problem->setText(allowed.message());
            return;
        }
    }
    if (!m_settings.sync()) {
        SettingsAuthority::restore(m_settings, stored);
        m_problem->setText(tr("The settings could not be saved to %1.").arg(m_settings.path()));
        return;
    }
    if (m_authority) {
        // Not audited, not changed: the old settings go back to the file.
        if (const Status recorded = m_authority->recordSettingsChange(before, after);
            !recorded.ok()) {
            SettingsAuthority::restore(m_settings, stored);
            m_settings.sync();
            m_problem->setText(recorded.message());
            return;
        }
    }
    if (contrastChanged)
        theme::apply(*qApp, theme::contrastFromName(m_settings.contrast()));
    QDialog::accept();
}

} // namespace station
