// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"

#include <QString>
#include <QUrl>
#include <QVariantHash>

namespace station {

// Where and how the station uploads its outbox. Kept in the data directory's settings
// file (group "sync"); the device token is a credential and lives in a file of its own
// that only the user may read (0600).
struct SyncSettings {
    QUrl serverUrl; // e.g. https://province.example:8443
    // PEM file; when set, the only CA trusted for the server. A relative path is relative
    // to the data directory (loadSyncSettings() resolves it).
    QString pinnedCaPath;
    int batchSize = 500; // records per request; the reference server allows 2,000 (500 before)
    int requestTimeoutMs = 30000;
    // How long a request waits to hear the server at all (net/ConnectDeadline.h): a server
    // gone silent (its laptop off the network, its process stopped) is then out of reach
    // after this, not after a whole requestTimeoutMs with the table saying "syncing". Once
    // heard, a batch waits for its answer up to requestTimeoutMs as before.
    int connectTimeoutMs = kDefaultConnectTimeoutMs;
    static constexpr int kDefaultConnectTimeoutMs = 5000;
    int minBackoffMs = 1000;     // first retry after a network or server error
    int maxBackoffMs = 120000;   // retries never wait longer than this
    int probeIntervalMs = 30000; // /v1/health probes while offline; idle re-checks

    // The fallback of a station joined to a site hub: the province, reached straight while
    // the hub (serverUrl) cannot be reached for fallbackAfterSecs (core/sync/SyncRoute.h).
    // It has a device token of its own (fallbackTokenPath), got by enrolling at the province
    // with the same device id. Empty: no fallback.
    QUrl fallbackUrl;
    QString fallbackCaPath; // as pinnedCaPath, for the fallback
    qint64 fallbackAfterSecs = kDefaultFallbackAfterSecs;
    static constexpr qint64 kDefaultFallbackAfterSecs = 600;
    // While an outage of the primary is recorded and the fallback is ready, each pass first
    // tries a plain TCP connection to the primary for at most this long (ReachProbe): a hub
    // whose laptop is gone then costs this, not a whole request timeout, before the records
    // go to the province.
    int primaryProbeTimeoutMs = kDefaultPrimaryProbeTimeoutMs;
    static constexpr int kDefaultPrimaryProbeTimeoutMs = 3000;

    bool isConfigured() const { return serverUrl.isValid() && !serverUrl.isEmpty(); }
    bool hasFallback() const { return fallbackUrl.isValid() && !fallbackUrl.isEmpty(); }
    // The fallback as settings of their own (its address and CA in the primary's place, the
    // same timeouts and batch size), for Enrollment and the relay's requests; no fallback.
    SyncSettings fallbackEndpoint() const;
};

SyncSettings loadSyncSettings(const QString &dataDir);
// Refuses (InvalidInput, nothing written) settings without a valid server address.
Status saveSyncSettings(const QString &dataDir, const SyncSettings &settings);
// Takes the fallback's keys out of the sync settings, whether or not they name a server.
Status removeFallbackSettings(const QString &dataDir);

// The sync group exactly as stored, and putting it back (an empty hash removes the group):
// how a join that fails half-way leaves the settings as they were (HubJoin).
QVariantHash storedSyncSettings(const QString &dataDir);
Status restoreStoredSyncSettings(const QString &dataDir, const QVariantHash &stored);

// Copies the CA certificate at `sourcePath` into the data directory and points
// settings->pinnedCaPath at the copy. The copy goes wherever the station goes (backup,
// another folder, another working directory) and survives the source file being moved or
// removed. Refuses a file that holds no PEM certificate; the settings are not saved here.
Status pinServerCa(const QString &dataDir, const QString &sourcePath, SyncSettings *settings);
QString pinnedCaCopyPath(const QString &dataDir);
// The same for the fallback's CA (settings->fallbackCaPath, a copy of its own).
Status pinFallbackCa(const QString &dataDir, const QString &sourcePath, SyncSettings *settings);
QString fallbackCaCopyPath(const QString &dataDir);

QString deviceTokenPath(const QString &dataDir);
// Empty when the station has not been enrolled.
QString readDeviceToken(const QString &dataDir);
// Written to a temporary file with 0600 permissions and renamed over the old one, so a
// crash never leaves half a token.
Status writeDeviceToken(const QString &dataDir, const QString &token);

// The fallback's device token, kept like the primary's (0600, never half a token).
QString fallbackTokenPath(const QString &dataDir);
QString readFallbackToken(const QString &dataDir);
Status writeFallbackToken(const QString &dataDir, const QString &token);
// Setting up and removing the fallback: core/sync/FallbackEnrollment.h.

// The site key from the enrollment answer (protocol/SitePersonKey.h): it names a person
// site-wide, so it is kept like the token, in a file only the user may read (site.key,
// 64 hex digits). Empty when the station has none (enrolled before the server gave one).
QString siteKeyPath(const QString &dataDir);
QByteArray readSiteKey(const QString &dataDir);
// Written like the device token (0600, never half a key). An empty key is not written.
Status writeSiteKey(const QString &dataDir, const QByteArray &key);

} // namespace station
