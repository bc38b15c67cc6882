// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncSettings.h"

#include "core/storage/StationPaths.h"
#include "protocol/SitePersonKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSslCertificate>

namespace station {

namespace {
// The messages of this file, under one translation context.
struct SyncSettingsText {
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
};

// A CA inside the data directory is saved relative to it, so that the station folder can
// move; any other one absolute, so that it does not depend on the working directory.
QString storedCaPath(const QString &dataDir, const QString &path) {
    if (path.isEmpty())
        return path;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = QDir(dataDir).relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative) ? absolute
                                                                                      : relative;
}

QString readTokenFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).trimmed();
}

// A CA certificate copied into the data directory at `copyPath`, for `pinServerCa` and
// `pinFallbackCa`; the absolute path of the copy in *pinned.
Status copyCa(const QString &dataDir, const QString &sourcePath, const QString &copyPath,
              QString *pinned) {
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure,
                         SyncSettingsText::tr("The CA certificate %1 cannot be read.")
                             .arg(QDir::toNativeSeparators(sourcePath)));
    const QByteArray pem = source.readAll();
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        return makeError(ErrorCode::StorageFailure,
                         SyncSettingsText::tr("The file %1 holds no PEM certificate.")
                             .arg(QDir::toNativeSeparators(sourcePath)));
    QSaveFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(pem) != pem.size() || !copy.commit())
        return makeError(ErrorCode::StorageFailure,
                         SyncSettingsText::tr("The CA certificate could not be copied into %1.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    *pinned = QFileInfo(copyPath).absoluteFilePath();
    return success();
}

} // namespace

SyncSettings SyncSettings::fallbackEndpoint() const {
    SyncSettings endpoint = *this;
    endpoint.serverUrl = fallbackUrl;
    endpoint.pinnedCaPath = fallbackCaPath;
    endpoint.fallbackUrl = QUrl();
    endpoint.fallbackCaPath.clear();
    return endpoint;
}

SyncSettings loadSyncSettings(const QString &dataDir) {
    QSettings ini(settingsPath(dataDir), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("sync"));
    SyncSettings s;
    s.serverUrl = QUrl(ini.value(QStringLiteral("server_url")).toString());
    const QString pinnedCa = ini.value(QStringLiteral("pinned_ca")).toString();
    s.pinnedCaPath = pinnedCa.isEmpty() ? QString() : QDir(dataDir).absoluteFilePath(pinnedCa);
    s.batchSize = qBound(1, ini.value(QStringLiteral("batch_size"), s.batchSize).toInt(), 500);
    s.requestTimeoutMs =
        qMax(1000, ini.value(QStringLiteral("request_timeout_ms"), s.requestTimeoutMs).toInt());
    s.connectTimeoutMs = qBound(
        500, ini.value(QStringLiteral("connect_timeout_ms"), s.connectTimeoutMs).toInt(), 60000);
    s.fallbackUrl = QUrl(ini.value(QStringLiteral("fallback_url")).toString());
    const QString fallbackCa = ini.value(QStringLiteral("fallback_ca")).toString();
    s.fallbackCaPath =
        fallbackCa.isEmpty() ? QString() : QDir(dataDir).absoluteFilePath(fallbackCa);
    s.fallbackAfterSecs = qMax<qint64>(
        0, ini.value(QStringLiteral("fallback_after_s"), s.fallbackAfterSecs).toLongLong());
    s.primaryProbeTimeoutMs = qBound(
        100, ini.value(QStringLiteral("primary_probe_timeout_ms"), s.primaryProbeTimeoutMs).toInt(),
        60000);
    return s;
}

namespace {

void removeFallbackKeys(QSettings &ini) {
    ini.remove(QStringLiteral("fallback_url"));
    ini.remove(QStringLiteral("fallback_ca"));
    ini.remove(QStringLiteral("fallback_after_s"));
}

Status written(QSettings &ini, const QString &dataDir) {
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return makeError(ErrorCode::StorageFailure,
                         SyncSettingsText::tr("The sync settings could not be written to %1.")
                             .arg(QDir::toNativeSeparators(settingsPath(dataDir))));
    return success();
}

} // namespace

Status saveSyncSettings(const QString &dataDir, const SyncSettings &settings) {
    // An empty or unreadable address saved over a good one would silently stop the uploads.
    if (!settings.isConfigured())
        return makeError(ErrorCode::InvalidInput,
                         SyncSettingsText::tr("The sync settings were not saved: they name no "
                                              "valid server address."));
    QSettings ini(settingsPath(dataDir), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("sync"));
    ini.setValue(QStringLiteral("server_url"), settings.serverUrl.toString());
    ini.setValue(QStringLiteral("pinned_ca"), storedCaPath(dataDir, settings.pinnedCaPath));
    ini.setValue(QStringLiteral("batch_size"), settings.batchSize);
    ini.setValue(QStringLiteral("request_timeout_ms"), settings.requestTimeoutMs);
    ini.setValue(QStringLiteral("connect_timeout_ms"), settings.connectTimeoutMs);
    ini.setValue(QStringLiteral("primary_probe_timeout_ms"), settings.primaryProbeTimeoutMs);
    if (settings.hasFallback()) {
        ini.setValue(QStringLiteral("fallback_url"), settings.fallbackUrl.toString());
        ini.setValue(QStringLiteral("fallback_ca"), storedCaPath(dataDir, settings.fallbackCaPath));
        ini.setValue(QStringLiteral("fallback_after_s"), settings.fallbackAfterSecs);
    } else {
        removeFallbackKeys(ini);
    }
    ini.endGroup();
    return written(ini, dataDir);
}

Status removeFallbackSettings(const QString &dataDir) {
    QSettings ini(settingsPath(dataDir), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("sync"));
    removeFallbackKeys(ini);
    ini.endGroup();
    return written(ini, dataDir);
}

QVariantHash storedSyncSettings(const QString &dataDir) {
    QSettings ini(settingsPath(dataDir), QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("sync"));
    QVariantHash stored;
    const QStringList keys = ini.allKeys();
    for (const QString &key : keys)
        stored.insert(key, ini.value(key));
    return stored;
}

Status restoreStoredSyncSettings(const QString &dataDir, const QVariantHash &stored) {
    QSettings ini(settingsPath(dataDir), QSettings::IniFormat);
    ini.remove(QStringLiteral("sync"));
    ini.beginGroup(QStringLiteral("sync"));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        ini.setValue(it.key(), it.value());
    ini.endGroup();
    return written(ini, dataDir);
}

QString pinnedCaCopyPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("server-ca.pem"));
}

Status pinServerCa(const QString &dataDir, const QString &sourcePath, SyncSettings *settings) {
    return copyCa(dataDir, sourcePath, pinnedCaCopyPath(dataDir), &settings->pinnedCaPath);
}

QString fallbackCaCopyPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("fallback-ca.pem"));
}

Status pinFallbackCa(const QString &dataDir, const QString &sourcePath, SyncSettings *settings) {
    return copyCa(dataDir, sourcePath, fallbackCaCopyPath(dataDir), &settings->fallbackCaPath);
}

QString deviceTokenPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("device-token"));
}

QString readDeviceToken(const QString &dataDir) {
    return readTokenFile(deviceTokenPath(dataDir));
}

namespace {
// A secret in a file of its own: a temporary file with 0600 permissions, renamed over the
// old one, so a crash never leaves half of it.
bool writeSecretFile(const QString &path, const QByteArray &secret) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    // Owner read/write only, before any byte of the secret is written.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    f.write(secret);
    f.write("\n");
    return f.commit();
}
} // namespace

QString siteKeyPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("site.key"));
}

QByteArray readSiteKey(const QString &dataDir) {
    QFile f(siteKeyPath(dataDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return protocol::siteKeyFromHex(QString::fromLatin1(f.readAll())).value_or(QByteArray());
}

Status writeSiteKey(const QString &dataDir, const QByteArray &key) {
    if (key.isEmpty())
        return success();
    if (!writeSecretFile(siteKeyPath(dataDir), key.toHex()))
        return makeError(ErrorCode::StorageFailure,
                         SyncSettingsText::tr("The site key could not be saved in %1.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    return success();
}

namespace {
// A device token in a file only the user may read, written as writeSecretFile does.
Status writeTokenFile(const QString &path, const QString &dataDir, const QString &token) {
    QSaveFile f(path);
    const auto fail = [&] {
        return makeError(ErrorCode::StorageFailure,
                         SyncSettingsText::tr("The device token could not be saved in %1.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    };
    if (!f.open(QIODevice::WriteOnly))
        return fail();
    // Owner read/write only, before any byte of the token is written.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail();
    f.write(token.toLatin1());
    f.write("\n");
    if (!f.commit())
        return fail();
    return success();
}

} // namespace

Status writeDeviceToken(const QString &dataDir, const QString &token) {
    return writeTokenFile(deviceTokenPath(dataDir), dataDir, token);
}

QString fallbackTokenPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("fallback-device-token"));
}

QString readFallbackToken(const QString &dataDir) {
    return readTokenFile(fallbackTokenPath(dataDir));
}

Status writeFallbackToken(const QString &dataDir, const QString &token) {
    return writeTokenFile(fallbackTokenPath(dataDir), dataDir, token);
}

} // namespace station
