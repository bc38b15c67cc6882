// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/StationSettings.h"

#include "core/Logging.h"
#include "core/security/RetentionPurge.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace station {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kContrast = QStringLiteral("ui/contrast");
const QString kPrefix = QStringLiteral("scanner/prefix");
const QString kSuffix = QStringLiteral("scanner/suffix");
const QString kGap = QStringLiteral("scanner/gapMs");
const QString kSerialPort = QStringLiteral("serial/port");
const QString kSerialBaud = QStringLiteral("serial/baud");
const QString kHidPosDevice = QStringLiteral("hidpos/device");
const QString kCamera = QStringLiteral("camera/id");
const QString kCameraPreview = QStringLiteral("camera/previewVisible");
const QString kSound = QStringLiteral("ui/sound");
const QString kIdleLock = QStringLiteral("session/idleLockMinutes");
const QString kLabelSize = QStringLiteral("labels/size");
const QString kRetentionDays = QStringLiteral("retention/days");
const QString kPrinter = QStringLiteral("labels/printer");
const QString kLabelEachTube = QStringLiteral("labels/printForEachTube");
const QString kWindowRunning = QStringLiteral("session/windowRunning");
const QString kSyncProblemsSeen = QStringLiteral("session/syncProblemsSeen");
const QString kManifestPrinter = QStringLiteral("labels/manifestPrinter");
const QString kProvinceCodeKey = QStringLiteral("residentCodes/provinceKey");
const QString kProvinceCodeKeySource = QStringLiteral("residentCodes/provinceKeySource");
const QString kProvinceCodeKeyReceivedAt = QStringLiteral("residentCodes/provinceKeyReceivedAt");
const QString kAcceptUnsignedCodes = QStringLiteral("residentCodes/acceptUnsigned");

const QString kDefaultLabelSize = QStringLiteral("50x25");

bool isKnownLanguage(const QString &language) {
    return language.isEmpty() || language == QLatin1String("zh_CN") ||
           language == QLatin1String("en");
}

bool isKnownContrast(const QString &contrast) {
    return contrast.isEmpty() || contrast == QLatin1String("standard") ||
           contrast == QLatin1String("high-contrast");
}

bool isStandardBaud(int baud) {
    static const QList<int> rates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
    return rates.contains(baud);
}

} // namespace

StationSettings::StationSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat) {}

QString StationSettings::language() const {
    const QString value = m_settings.value(kLanguage).toString();
    // A hand-edited file with an unknown language falls back to the system locale.
    return isKnownLanguage(value) ? value : QString();
}

void StationSettings::setLanguage(const QString &language) {
    m_settings.setValue(kLanguage, isKnownLanguage(language) ? language : QString());
}

QString StationSettings::contrast() const {
    const QString value = m_settings.value(kContrast).toString();
    return isKnownContrast(value) ? value : QString();
}

void StationSettings::setContrast(const QString &contrast) {
    m_settings.setValue(kContrast, isKnownContrast(contrast) ? contrast : QString());
}

QString StationSettings::scannerPrefix() const {
    return m_settings.value(kPrefix).toString();
}

void StationSettings::setScannerPrefix(const QString &prefix) {
    m_settings.setValue(kPrefix, prefix);
}

QString StationSettings::scannerSuffix() const {
    return m_settings.value(kSuffix).toString();
}

void StationSettings::setScannerSuffix(const QString &suffix) {
    m_settings.setValue(kSuffix, suffix);
}

int StationSettings::scannerGapMs() const {
    bool ok = false;
    const int gap = m_settings.value(kGap, kDefaultScannerGapMs).toInt(&ok);
    return ok && gap >= 5 && gap <= 500 ? gap : kDefaultScannerGapMs;
}

void StationSettings::setScannerGapMs(int ms) {
    m_settings.setValue(kGap, std::clamp(ms, 5, 500));
}

QString StationSettings::serialPort() const {
    return m_settings.value(kSerialPort).toString();
}

void StationSettings::setSerialPort(const QString &port) {
    m_settings.setValue(kSerialPort, port.trimmed());
}

int StationSettings::serialBaud() const {
    bool ok = false;
    const int baud = m_settings.value(kSerialBaud, kDefaultSerialBaud).toInt(&ok);
    return ok && isStandardBaud(baud) ? baud : kDefaultSerialBaud;
}

void StationSettings::setSerialBaud(int baud) {
    m_settings.setValue(kSerialBaud, isStandardBaud(baud) ? baud : kDefaultSerialBaud);
}

bool StationSettings::isHidPosDeviceValid(const QString &device) {
    static const QRegularExpression vidPid(QStringLiteral("^[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}$"));
    const QString d = device.trimmed();
    return d.isEmpty() || d.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0 ||
           vidPid.match(d).hasMatch();
}

QString StationSettings::hidPosDevice() const {
    const QString device = m_settings.value(kHidPosDevice).toString().trimmed().toLower();
    return isHidPosDeviceValid(device) ? device : QString();
}

void StationSettings::setHidPosDevice(const QString &device) {
    const QString d = device.trimmed().toLower();
    m_settings.setValue(kHidPosDevice, isHidPosDeviceValid(d) ? d : QString());
}

QString StationSettings::cameraId() const {
    return m_settings.value(kCamera).toString();
}

void StationSettings::setCameraId(const QString &id) {
    m_settings.setValue(kCamera, id);
}

bool StationSettings::cameraPreviewVisible() const {
    return m_settings.value(kCameraPreview, true).toBool();
}

void StationSettings::setCameraPreviewVisible(bool visible) {
    m_settings.setValue(kCameraPreview, visible);
}

bool StationSettings::soundEnabled() const {
    return m_settings.value(kSound, true).toBool();
}

void StationSettings::setSoundEnabled(bool enabled) {
    m_settings.setValue(kSound, enabled);
}

int StationSettings::retentionDays() const {
    bool ok = false;
    const int days = m_settings.value(kRetentionDays, kDefaultRetentionDays).toInt(&ok);
    return ok && days >= 0 && days <= 365 ? days : kDefaultRetentionDays;
}

void StationSettings::setRetentionDays(int days) {
    m_settings.setValue(kRetentionDays, std::clamp(days, 0, 365));
}

int StationSettings::idleLockMinutes() const {
    bool ok = false;
    const int minutes = m_settings.value(kIdleLock, kDefaultIdleLockMinutes).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 240 ? minutes : kDefaultIdleLockMinutes;
}

void StationSettings::setIdleLockMinutes(int minutes) {
    m_settings.setValue(kIdleLock, std::clamp(minutes, 1, 240));
}

QString StationSettings::labelSize() const {
    static const QRegularExpression shape(QStringLiteral("^[1-9][0-9]{1,2}x[1-9][0-9]{1,2}$"));
    const QString value = m_settings.value(kLabelSize, kDefaultLabelSize).toString();
    return shape.match(value).hasMatch() ? value : kDefaultLabelSize;
}

void StationSettings::setLabelSize(const QString &size) {
    m_settings.setValue(kLabelSize, size);
}

QString StationSettings::printerName() const {
    return m_settings.value(kPrinter).toString();
}

void StationSettings::setPrinterName(const QString &name) {
    m_settings.setValue(kPrinter, name);
}

QString StationSettings::manifestPrinterName() const {
    return m_settings.value(kManifestPrinter).toString();
}

void StationSettings::setManifestPrinterName(const QString &name) {
    m_settings.setValue(kManifestPrinter, name);
}

bool StationSettings::printLabelForEachTube() const {
    return m_settings.value(kLabelEachTube, false).toBool();
}

void StationSettings::setPrintLabelForEachTube(bool enabled) {
    m_settings.setValue(kLabelEachTube, enabled);
}

QByteArray StationSettings::provinceCodeKey() const {
    const QString hex = m_settings.value(kProvinceCodeKey).toString().trimmed();
    if (hex.isEmpty())
        return {};
    const QByteArray key = QByteArray::fromHex(hex.toLatin1());
    if (key.size() == kProvinceCodeKeyBytes && hex.size() == 2 * kProvinceCodeKeyBytes)
        return key;
    qCWarning(lcSettings) << "the stored province key is not a key; signed codes will be refused";
    return QByteArrayLiteral("invalid");
}

QString StationSettings::provinceCodeKeySource() const {
    return m_settings.value(kProvinceCodeKeySource).toString();
}

QDateTime StationSettings::provinceCodeKeyReceivedAt() const {
    return QDateTime::fromString(m_settings.value(kProvinceCodeKeyReceivedAt).toString(),
                                 Qt::ISODate);
}

void StationSettings::setProvinceCodeKey(const QByteArray &key, const QString &source,
                                         const QDateTime &receivedAt) {
    if (key.isEmpty()) {
        m_settings.remove(kProvinceCodeKey);
        m_settings.remove(kProvinceCodeKeySource);
        m_settings.remove(kProvinceCodeKeyReceivedAt);
        return;
    }
    m_settings.setValue(kProvinceCodeKey, QString::fromLatin1(key.toHex()));
    m_settings.setValue(kProvinceCodeKeySource, source);
    m_settings.setValue(kProvinceCodeKeyReceivedAt, receivedAt.toUTC().toString(Qt::ISODate));
}

std::optional<bool> StationSettings::acceptUnsignedCodesChoice() const {
    const QVariant value = m_settings.value(kAcceptUnsignedCodes);
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void StationSettings::setAcceptUnsignedCodesChoice(std::optional<bool> accept) {
    if (accept)
        m_settings.setValue(kAcceptUnsignedCodes, *accept);
    else
        m_settings.remove(kAcceptUnsignedCodes);
}

bool StationSettings::acceptsUnsignedCodes() const {
    return acceptUnsignedCodesChoice().value_or(provinceCodeKey().isEmpty());
}

bool StationSettings::windowRunning() const {
    return m_settings.value(kWindowRunning, false).toBool();
}

void StationSettings::setWindowRunning(bool running) {
    m_settings.setValue(kWindowRunning, running);
}

qint64 StationSettings::syncProblemsSeen() const {
    bool ok = false;
    const qint64 seen = m_settings.value(kSyncProblemsSeen, 0).toLongLong(&ok);
    return ok && seen > 0 ? seen : 0;
}

void StationSettings::setSyncProblemsSeen(qint64 count) {
    m_settings.setValue(kSyncProblemsSeen, qMax<qint64>(0, count));
}

QVariantHash StationSettings::effectiveValues() const {
    const std::optional<bool> unsignedCodes = acceptUnsignedCodesChoice();
    return {
        {kLanguage, language()},
        {kContrast, contrast()},
        {kPrefix, scannerPrefix()},
        {kSuffix, scannerSuffix()},
        {kGap, scannerGapMs()},
        {kSerialPort, serialPort()},
        {kSerialBaud, serialBaud()},
        {kHidPosDevice, hidPosDevice()},
        {kCamera, cameraId()},
        {kCameraPreview, cameraPreviewVisible()},
        {kSound, soundEnabled()},
        {kIdleLock, idleLockMinutes()},
        {kLabelSize, labelSize()},
        {kRetentionDays, retentionDays()},
        {kPrinter, printerName()},
        {kLabelEachTube, printLabelForEachTube()},
        {kManifestPrinter, manifestPrinterName()},
        {kAcceptUnsignedCodes, unsignedCodes ? QVariant(*unsignedCodes) : QVariant(QString())},
    };
}

QVariantHash StationSettings::allValues() const {
    QVariantHash values;
    const QStringList keys = m_settings.allKeys();
    for (const QString &key : keys)
        values.insert(key, m_settings.value(key));
    return values;
}

void StationSettings::replaceAllValues(const QVariantHash &values) {
    const QStringList keys = m_settings.allKeys();
    for (const QString &key : keys) {
        if (!values.contains(key))
            m_settings.remove(key);
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_settings.setValue(it.key(), it.value());
}

bool StationSettings::sync() {
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        qCWarning(lcSettings) << "settings could not be written to" << m_settings.fileName();
        return false;
    }
    return true;
}

} // namespace station
