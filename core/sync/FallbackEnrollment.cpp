// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/FallbackEnrollment.h"

#include "core/Logging.h"
#include "core/storage/StationPaths.h"
#include "core/sync/FileSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace station {

namespace {
// The messages of this file, under one translation context.
struct FallbackEnrollmentText {
    Q_DECLARE_TR_FUNCTIONS(FallbackEnrollment)
};

// Whether two addresses name the same server: "https://h:8443" and "https://H:8443/" do.
bool sameServer(const QUrl &a, const QUrl &b) {
    const auto path = [](const QUrl &url) {
        QString p = url.path();
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        return p;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443) &&
           path(a) == path(b);
}
} // namespace

Status checkFallbackAddress(const SyncSettings &settings, const QUrl &fallbackUrl) {
    if (!fallbackUrl.isValid() || fallbackUrl.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         FallbackEnrollmentText::tr("The province's address is not valid."));
    if (!settings.isConfigured())
        return makeError(ErrorCode::InvalidInput,
                         FallbackEnrollmentText::tr(
                             "This station syncs with no server yet: join the site hub first, "
                             "then set the province as its fallback."));
    if (sameServer(fallbackUrl, settings.serverUrl))
        return makeError(ErrorCode::InvalidInput,
                         FallbackEnrollmentText::tr(
                             "%1 is the server this station syncs with already, not a fallback: "
                             "give the province's address or join code, not the hub's.")
                             .arg(fallbackUrl.toString()));
    return success();
}

Status saveFallback(const QString &dataDir, const FallbackChange &change, SyncSettings *saved,
                    FallbackSaveStep *failedAt) {
    const QVariantHash settingsBefore = storedSyncSettings(dataDir);
    const FileSnapshot caBefore = FileSnapshot::of(fallbackCaCopyPath(dataDir));
    const FileSnapshot tokenBefore = FileSnapshot::of(fallbackTokenPath(dataDir));
    // Every file written so far is put back, in reverse order, before the failure is said.
    const auto undo = [&](FallbackSaveStep step, const Status &failure) {
        bool restored = true;
        if (step >= FallbackSaveStep::SaveToken)
            restored = tokenBefore.restore() && restored;
        // A save that failed wrote nothing (QSettings and QSaveFile replace files whole).
        if (step > FallbackSaveStep::SaveSettings)
            restored = restoreStoredSyncSettings(dataDir, settingsBefore).ok() && restored;
        restored = caBefore.restore() && restored;
        if (failedAt)
            *failedAt = step;
        if (restored)
            return makeError(failure.code(),
                             FallbackEnrollmentText::tr("%1 Nothing was changed: a fallback set "
                                                        "before stays in force.")
                                 .arg(failure.message()));
        return makeError(failure.code(),
                         FallbackEnrollmentText::tr("%1 The former fallback could not be put "
                                                    "back completely: check the sync settings "
                                                    "in %2.")
                             .arg(failure.message(), QDir::toNativeSeparators(dataDir)));
    };

    SyncSettings settings = loadSyncSettings(dataDir);
    if (const Status allowed = checkFallbackAddress(settings, change.url); !allowed.ok()) {
        if (failedAt)
            *failedAt = FallbackSaveStep::SaveSettings;
        return allowed;
    }
    // Another province's address: the former one's token is of no use there.
    const bool otherProvince =
        settings.hasFallback() && !sameServer(change.url, settings.fallbackUrl);
    if (!settings.hasFallback())
        settings.fallbackAfterSecs = SyncSettings::kDefaultFallbackAfterSecs;
    settings.fallbackUrl = change.url;
    if (change.afterSecs)
        settings.fallbackAfterSecs = *change.afterSecs;
    if (!change.caSourcePath.isEmpty()) {
        if (const Status pinned = pinFallbackCa(dataDir, change.caSourcePath, &settings);
            !pinned.ok())
            return undo(FallbackSaveStep::PinCertificate, pinned);
    }
    if (const Status stored = saveSyncSettings(dataDir, settings); !stored.ok())
        return undo(FallbackSaveStep::SaveSettings, stored);
    if (!change.token.isEmpty()) {
        if (const Status written = writeFallbackToken(dataDir, change.token); !written.ok())
            return undo(FallbackSaveStep::SaveToken, written);
    } else if (otherProvince && QFileInfo::exists(fallbackTokenPath(dataDir)) &&
               !QFile::remove(fallbackTokenPath(dataDir))) {
        return undo(FallbackSaveStep::SaveToken,
                    makeError(ErrorCode::StorageFailure,
                              FallbackEnrollmentText::tr("The former province's token %1 could "
                                                         "not be removed.")
                                  .arg(QDir::toNativeSeparators(fallbackTokenPath(dataDir)))));
    }
    qCInfo(lcSync) << "fallback saved" << (change.token.isEmpty() ? "" : "with a new token");
    if (saved)
        *saved = loadSyncSettings(dataDir);
    return success();
}

Status removeFallback(const QString &dataDir) {
    SyncSettings settings = loadSyncSettings(dataDir);
    settings.fallbackUrl = QUrl();
    settings.fallbackCaPath.clear();
    settings.fallbackAfterSecs = SyncSettings::kDefaultFallbackAfterSecs;
    if (settings.isConfigured()) {
        if (const Status saved = saveSyncSettings(dataDir, settings); !saved.ok())
            return saved;
    } else if (const Status removed = removeFallbackSettings(dataDir); !removed.ok()) {
        return removed;
    }
    for (const QString &path : {fallbackTokenPath(dataDir), fallbackCaCopyPath(dataDir)}) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return makeError(ErrorCode::StorageFailure,
                             FallbackEnrollmentText::tr("The file %1 could not be removed.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
    qCInfo(lcSync) << "fallback removed";
    return success();
}

} // namespace station
