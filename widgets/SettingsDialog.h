// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/CheckDigit.h"
#include "core/domain/ScanClassifier.h"
#include "widgets/TubeCheckDigitField.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace station {

class CameraField;
class HubJoinPanel;
class ScannerTestField;
struct HubJoinStation;
class StationSettings;

namespace widgets {
class PrinterTestPage;
}

// The station's local settings: language, sound, idle lock, scanners, labels. Everything
// goes through StationSettings; language and scanner changes apply at the next start.
class SamplingService;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(StationSettings &settings, QWidget *parent = nullptr);

    QComboBox *languageField() const { return m_language; }
    // Normal or high contrast (bright sites, weak eyes): saved as ui/contrast and applied to
    // every open window at Save, without a restart.
    QComboBox *contrastField() const { return m_contrast; }
    QCheckBox *soundField() const { return m_sound; }
    QSpinBox *idleLockField() const { return m_idleLock; }
    QSpinBox *retentionField() const { return m_retention; }
    // How long personal data is kept is an administrator's choice (Permissions): read-only
    // for everyone else.
    void setRetentionEditable(bool editable);
    // Printers likewise (ChangePrinters).
    void setPrintersEditable(bool editable);
    // Save checks the change as the signed-in operator before the file is written and
    // audits it after (SettingsAuthority); a refusal keeps the old settings. The window
    // always sets it; a dialog without it (its own tests) writes unchecked.
    void setChangeAuthority(SamplingService *service) { m_authority = service; }
    QLineEdit *printerField() const { return m_printer; }
    QLineEdit *manifestPrinterField() const { return m_manifestPrinter; }
    // Prints a test label on the label printer as typed (saved or not), on a worker thread;
    // the line beside it says how it went.
    QPushButton *printerTestButton() const { return m_printerTest; }
    QLabel *printerTestResultField() const { return m_printerTestResult; }
    QString problemText() const;
    CameraField *cameraField() const { return m_camera; }
    QCheckBox *cameraPreviewField() const { return m_cameraPreview; }
    QCheckBox *labelEachTubeField() const { return m_labelEachTube; }
    QLineEdit *hidPosDeviceField() const { return m_hidPosDevice; }
    QComboBox *tubeCheckDigitField() const { return m_tubeCheckDigit; }
    QLabel *provinceKeyField() const { return m_provinceKey; }
    QComboBox *unsignedCodesField() const { return m_unsignedCodes; }

    // The site's check digit of pre-printed tube codes is a site rule kept in the station
    // database (beside the tube pattern), not in settings.ini: the caller shows the current
    // scheme here and, after Save, stores tubeCheckDigit() if it changed.
    void setTubeCheckDigit(CheckDigitScheme scheme);
    // This station's table number; editable only while `changeable` (before the station
    // joins or enrols: core/sync/TableNumberChange), as after a join refused for a number
    // another table has. After Save, the window stores tableNumber() if it changed.
    void setTableNumber(int number, bool changeable);
    int tableNumber() const;
    QSpinBox *tableNumberField() const { return m_tableNumber; }
    CheckDigitScheme tubeCheckDigit() const;

    // The scanner test reads codes by the site's patterns (with the check digit and the
    // choice about unsigned codes as shown in the dialog); the window sends it every scan
    // while the dialog is open.
    void setCodePatterns(const CodePatterns &patterns) { m_patterns = patterns; }
    ScannerTestField *scannerTest() const { return m_scannerTest; }

    // Adds the section "Join a site hub" (sync): the station joins a hub from its join code at
    // once, saved or not (core/sync/HubJoin); only someone who may change the server
    // (`allowed`) joins. Without this call the section is not shown (the dialog's own tests).
    void enableHubJoin(const QString &dataDir, const HubJoinStation &station, bool allowed);
    HubJoinPanel *hubJoinPanel() const { return m_hubJoin; }
    QLabel *syncServerField() const { return m_syncServer; }
    QLabel *syncFallbackField() const { return m_syncFallback; }
    // "If the hub is out of reach": the next join code scanned (or typed) into the join code
    // field enrolls the station at the province as its fallback (checked), and taking the
    // fallback away again (after a question). Both apply at once, without Save, and only for
    // someone who may change the server.
    QPushButton *fallbackScanButton() const { return m_fallbackScan; }
    QPushButton *fallbackRemoveButton() const { return m_fallbackRemove; }
    // How to join a hub; hidden while the join code field is for the province.
    QLabel *hubJoinHint() const { return m_hubJoinHint; }

    void accept() override;

Q_SIGNALS:
    // The fallback was removed (an enrollment says HubJoinPanel::joined).
    void fallbackRemoved();

private:
    // Where uploads go now, and whether the server's certificate is pinned.
    static QString syncServerText(const QString &dataDir);
    // Where records go while the hub cannot be reached (the fallback: the province's join code
    // scanned here, or `sync --fallback-server`).
    static QString syncFallbackText(const QString &dataDir);

    void printTestLabel();
    // The fingerprint of the province's key and where it came from, or why there is none.
    static QString provinceKeyText(const StationSettings &settings);

    StationSettings &m_settings;
    QComboBox *m_language;
    QComboBox *m_contrast;
    int m_contrastShown = 0; // as the dialog opened: unchanged, "follow the desktop" stays
    QCheckBox *m_sound;
    QSpinBox *m_idleLock;
    QSpinBox *m_retention;
    QLineEdit *m_prefix;
    QLineEdit *m_suffix;
    QSpinBox *m_gap;
    QLineEdit *m_serialPort;
    QComboBox *m_baud;
    QLineEdit *m_hidPosDevice;
    CameraField *m_camera;
    ScannerTestField *m_scannerTest;
    CodePatterns m_patterns;
    QCheckBox *m_cameraPreview;
    QLineEdit *m_labelSize;
    QLineEdit *m_printer;
    QLineEdit *m_manifestPrinter;
    QPushButton *m_printerTest;
    QLabel *m_printerTestResult;
    widgets::PrinterTestPage *m_printerTestPage;
    QCheckBox *m_labelEachTube;
    TubeCheckDigitField *m_tubeCheckDigit;
    QSpinBox *m_tableNumber;
    QLabel *m_provinceKey;
    QComboBox *m_unsignedCodes;
    QLabel *m_problem;
    SamplingService *m_authority = nullptr;
    QVBoxLayout *m_sections = nullptr; // the groups, in order
    HubJoinPanel *m_hubJoin = nullptr;
    QLabel *m_syncServer = nullptr;
    QLabel *m_syncFallback = nullptr;
    QPushButton *m_fallbackScan = nullptr;
    QLabel *m_hubJoinHint = nullptr;
    QPushButton *m_fallbackRemove = nullptr;
};

} // namespace station
