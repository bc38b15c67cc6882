// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/sync/SyncSettings.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace station {

// The fallback of a station joined to a site hub (SyncSettings::fallbackUrl): the province,
// reached straight while the hub cannot be reached. One code path for setting it up, whether
// the province's join code was scanned (HubJoin with HubJoin::Target::Fallback, from Settings
// or `join --fallback`) or its address, CA and enrollment code were given to `sync
// --fallback-*`: the enrollment happens first, and only then is anything saved, all or
// nothing. A change that fails leaves the former fallback in force and says why; it never
// leaves the station with less than it had.

// What a change of the fallback sets.
struct FallbackChange {
    QUrl url; // the province's address
    // A PEM file to trust alone for the province (copied to fallbackCaCopyPath); empty: the
    // certificate pinned now stays.
    QString caSourcePath;
    // How long the hub must be out of reach first; empty: as saved (the default for a new
    // fallback).
    std::optional<qint64> afterSecs;
    // The device token the province gave at enrollment; empty: no new enrollment (a new
    // address then drops the former province's token, of no use there).
    QString token;
};

// The step of saveFallback that failed.
enum class FallbackSaveStep { PinCertificate, SaveSettings, SaveToken };

// Whether `fallbackUrl` may be the fallback of a station with these settings: refused
// (InvalidInput, with what to do) when the station syncs with no server yet, or when it is the
// very server the station syncs with (the hub's own join code scanned in the province's place).
Status checkFallbackAddress(const SyncSettings &settings, const QUrl &fallbackUrl);

// Saves the change in the data directory: the pinned CA copy, the sync settings, then the
// token. All or nothing: should any step fail, the files written before it are put back as
// they were (FileSnapshot) and the former fallback stays in force. *saved: the settings as
// saved; *failedAt: the step that failed.
Status saveFallback(const QString &dataDir, const FallbackChange &change,
                    SyncSettings *saved = nullptr, FallbackSaveStep *failedAt = nullptr);

// Forgets the fallback: its settings cleared (saved), its token and CA copy removed.
Status removeFallback(const QString &dataDir);

} // namespace station
