// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QVariantHash>

#include <optional>

namespace station {

// The station's local preferences (not the provisioned identity, which lives in the
// database): one typed front over an INI file at DATA_DIR/settings.ini, so no other code
// reads or writes QSettings keys directly.
class StationSettings {
public:
    explicit StationSettings(const QString &iniPath);

    static QString fileName() { return QStringLiteral("settings.ini"); }
    QString path() const { return m_settings.fileName(); }

    // UI language: "zh_CN", "en", or empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &language);
    // Interface contrast: "high-contrast", "standard", or empty to follow the desktop.
    QString contrast() const;
    void setContrast(const QString &contrast);

    // HID keyboard-wedge scanner: optional prefix/suffix framing a scan, and the longest
    // gap between two keys of one burst.
    QString scannerPrefix() const;
    void setScannerPrefix(const QString &prefix);
    QString scannerSuffix() const;
    void setScannerSuffix(const QString &suffix);
    int scannerGapMs() const;
    void setScannerGapMs(int ms);

    // Serial (USB-COM) scanner; an empty port means none.
    QString serialPort() const;
    void setSerialPort(const QString &port);
    int serialBaud() const;
    void setSerialBaud(int baud);

    // USB scanner in HID-POS mode: empty means none, "auto" the first one found, otherwise
    // "VID:PID" in hexadecimal (e.g. "0c2e:0b61"), kept in lower case.
    QString hidPosDevice() const;
    void setHidPosDevice(const QString &device);
    static bool isHidPosDeviceValid(const QString &device);

    // Camera used to read codes; empty means the system default, "none" disables it.
    QString cameraId() const;
    void setCameraId(const QString &id);
    // Whether the table screen shows the camera picture (toggled with F6; default shown).
    bool cameraPreviewVisible() const;
    void setCameraPreviewVisible(bool visible);

    bool soundEnabled() const;
    void setSoundEnabled(bool enabled);

    // The session locks after this many idle minutes (1-240).
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // Retention: acknowledged personal data older than this many days is destroyed at start-up
    // and daily (RetentionPurge); 0 = never automatically (1-365 otherwise).
    int retentionDays() const;
    void setRetentionDays(int days);

    // Tube label size in millimetres, "WIDTHxHEIGHT" (default "50x25", as labels::LabelSize).
    QString labelSize() const;
    void setLabelSize(const QString &size);
    QString printerName() const;
    void setPrinterName(const QString &name);
    // For sites without pre-printed tubes: the station generates each new tube's code,
    // opens the tube and asks for its label. Off by default.
    bool printLabelForEachTube() const;
    void setPrintLabelForEachTube(bool enabled);
    // Where box manifests (A4) go; empty = the label printer. A Zebra label printer cannot
    // print a manifest, so such sites name a page printer or a PDF file here.
    QString manifestPrinterName() const;
    void setManifestPrinterName(const QString &name);

    // Signed resident codes (docs/data-protection.md): the province's Ed25519 public key as
    // the server gave it (32 bytes; empty = none), where it came from (kKeyFromEnrollment,
    // kKeyFromSync) and when. A stored value that is not a key reads as bytes of the wrong
    // size, so that no signature verifies and unsigned codes stay refused.
    QByteArray provinceCodeKey() const;
    QString provinceCodeKeySource() const;
    QDateTime provinceCodeKeyReceivedAt() const;
    void setProvinceCodeKey(const QByteArray &key, const QString &source,
                            const QDateTime &receivedAt);
    static QString keyFromEnrollment() { return QStringLiteral("enrollment"); }
    static QString keyFromSync() { return QStringLiteral("sync"); }
    // The site's choice whether a resident code without a signature is taken; nullopt = the
    // default, which acceptsUnsignedCodes() applies.
    std::optional<bool> acceptUnsignedCodesChoice() const;
    void setAcceptUnsignedCodesChoice(std::optional<bool> accept);
    // Default: refused once the province has given a key (its app signs every code, so an
    // unsigned one is old or forged), accepted while there is none.
    bool acceptsUnsignedCodes() const;

    // Set while the table window runs and cleared when it closes normally: still set at
    // start means the last run ended unexpectedly (a crash, a power cut).
    bool windowRunning() const;
    void setWindowRunning(bool running);

    // How many sync problems (F7) there were when the list was last opened: more now are new,
    // and the table window says so until the list is opened again.
    qint64 syncProblemsSeen() const;
    void setSyncProblemsSeen(qint64 count);

    // The settings a person chooses, by key, as the station reads them (defaults filled in):
    // what SettingsAuthority compares and audits. Not the province key or the run marker.
    QVariantHash effectiveValues() const;
    // Every key and its value as stored, and back (to undo a refused change).
    QVariantHash allValues() const;
    void replaceAllValues(const QVariantHash &values);

    // Writes pending changes; false when the file could not be written.
    bool sync();

    static constexpr int kDefaultScannerGapMs = 35;
    static constexpr int kDefaultSerialBaud = 9600;
    static constexpr int kDefaultIdleLockMinutes = 10; // a table left alone in a crowd
    static constexpr int kProvinceCodeKeyBytes = 32;

private:
    mutable QSettings m_settings;
};

} // namespace station
