// SPDX-License-Identifier: GPL-3.0-or-later
// `sync`: one headless upload pass of the outbox to the server, optionally enrolling first.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/PersonalDataCodec.h"

#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/Enrollment.h"
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/OutboxRelay.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SiteStaffSync.h"
#include "core/sync/SyncSettings.h"
#include "protocol/ResidentCodeKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <optional>

namespace station::cli {

namespace {

// How long `sync` waits for any sign of life (an answer, a status change) before it gives
// up, so that nothing waits for ever: well beyond the request's own transfer timeout (two
// minutes by default), as one batch on a slow line may take a while to go up.
int watchdogMs(const SyncSettings &settings) {
    return 2 * settings.requestTimeoutMs + 60000;
}

// The --server value as an address to save: https, with a host. A value that is not one
// (a typo, a placeholder such as HOST:PORT) is refused with why, never saved as nothing.
std::optional<QUrl> serverAddress(const QString &value,
                                  const QString &option = QStringLiteral("--server")) {
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    QString problem;
    // (Qt's own reason names the source again, in English only: ours say what to fix.)
    if (!url.isValid())
        problem = url.errorString().startsWith(QLatin1String("Invalid port"))
                      ? CliText::tr("the port must be a number from 1 to 65535")
                      : CliText::tr("it is not a valid address");
    else if (url.scheme() != QLatin1String("https"))
        problem = CliText::tr("the address must start with https://");
    else if (url.host().isEmpty())
        problem = CliText::tr("it names no host");
    if (problem.isEmpty())
        return url;
    err() << CliText::tr("%1 %2 is not a server address (%3). Give it as "
                         "https://HOST:PORT, e.g. https://sync.example.org:8443.")
                 .arg(option, value, problem)
          << '\n';
    return std::nullopt;
}

// --fallback-after: "0", "90" or "90s" (seconds), "10m" or "10min", "2h". Empty: not a
// duration.
std::optional<qint64> durationSecs(const QString &value) {
    const QString v = value.trimmed().toLower();
    qint64 unit = 1;
    QString digits = v;
    for (const auto &[suffix, secs] :
         {std::pair{QStringLiteral("min"), qint64(60)},
          std::pair{QStringLiteral("h"), qint64(3600)}, std::pair{QStringLiteral("m"), qint64(60)},
          std::pair{QStringLiteral("s"), qint64(1)}}) {
        if (v.endsWith(suffix)) {
            digits = v.chopped(suffix.size());
            unit = secs;
            break;
        }
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok || n < 0 || n > 7 * 24 * 3600 / unit)
        return std::nullopt;
    return n * unit;
}

QString fallbackAfterText(qint64 secs) {
    if (secs > 0 && secs % 60 == 0)
        return CliText::tr("%1 min").arg(secs / 60);
    return CliText::tr("%1 s").arg(secs);
}

// What an enrollment code was exchanged for.
struct EnrollAnswer {
    QString token;
    QByteArray residentCodeKey;
    QByteArray siteKey;
};

// Exchanges the code for a token at `endpoint` (its serverUrl and pinned CA); empty (message
// printed, after `failurePrefix`) on failure. Nothing is saved here.
std::optional<EnrollAnswer> exchangeCode(const SyncSettings &endpoint,
                                         const StationIdentity &identity, const QString &code,
                                         const QString &failurePrefix) {
    Enrollment enrollment(endpoint);
    QEventLoop loop;
    EnrollAnswer answer;
    QString failure;
    QObject::connect(&enrollment, &Enrollment::succeeded, &loop,
                     [&](const QString &t, const QByteArray &key) {
                         answer.token = t;
                         answer.residentCodeKey = key;
                         loop.quit();
                     });
    QObject::connect(&enrollment, &Enrollment::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    // Each request has its own transfer timeout; this bounds the whole exchange besides.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        failure = CliText::tr("the server did not answer within %1 seconds")
                      .arg(watchdogMs(endpoint) / 1000);
        loop.quit();
    });
    deadline.start(watchdogMs(endpoint));
    enrollment.enroll(identity.siteCode, code, identity.deviceId, identity.tableNumber);
    loop.exec();
    if (answer.token.isEmpty()) {
        err() << failurePrefix.arg(failure) << '\n';
        return std::nullopt;
    }
    answer.siteKey = enrollment.siteKey();
    return answer;
}

// Exchanges the code for a token at the server the station syncs with and stores it, with the
// site key and the resident-code key the answer carried; false (message printed) on failure.
bool enroll(const SyncSettings &settings, const StationIdentity &identity, const QString &code,
            const QString &dataDir) {
    const std::optional<EnrollAnswer> answer =
        exchangeCode(settings, identity, code, CliText::tr("Enrollment failed: %1"));
    if (!answer)
        return false;
    const QString &token = answer->token;
    const QByteArray &residentCodeKey = answer->residentCodeKey;
    Status saved = writeDeviceToken(dataDir, token);
    if (saved.ok()) // the site's checks need it (site-check, the facts at the table)
        saved = writeSiteKey(dataDir, answer->siteKey);
    if (!saved.ok()) {
        err() << saved.message() << '\n';
        return false;
    }
    out() << CliText::tr("Enrolled as device %1 at site %2.")
                 .arg(identity.deviceId, identity.siteCode)
          << '\n';
    // The enrollment answer is the whole truth about the province's key: a key replaces the
    // one kept, none removes it.
    StationSettings stationSettings(settingsPath(dataDir));
    stationSettings.setProvinceCodeKey(residentCodeKey, StationSettings::keyFromEnrollment(),
                                       QDateTime::currentDateTimeUtc());
    if (!stationSettings.sync()) {
        err() << CliText::tr("The province's resident-code key could not be saved to %1.")
                     .arg(stationSettings.path())
              << '\n';
        return false;
    }
    if (residentCodeKey.isEmpty())
        out() << CliText::tr("The province gives no resident-code key: signatures of resident "
                             "codes are not checked.")
              << '\n';
    else
        out() << CliText::tr("Province resident-code key received, fingerprint %1.")
                     .arg(protocol::residentCodeKeyFingerprint(residentCodeKey))
              << '\n';
    return true;
}

// One pass of the site's staff list (SiteStaffSync): this station's staff changes up, the
// other tables' down. False (message printed) when it did not complete.
// Like the records, a pass that fails is tried again after SiteStaffSync's own backoff (it
// sends nothing twice: the server answers `duplicate`, and the list is read from the cursor)
// while `retryUntil` allows.
bool syncSiteStaff(const QString &dir, const SyncSettings &settings, const QString &token,
                   std::shared_ptr<const PersonalDataCodec> codec,
                   const QDeadlineTimer &retryUntil) {
    SiteStaffSync staff(databasePath(dir), settings, token);
    staff.setAuditSigner(std::move(codec));
    QEventLoop loop;
    bool completed = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&staff, &SiteStaffSync::passFinished, &loop, [&](bool done) {
        completed = done;
        if (done || retryUntil.hasExpired() || !staff.retryScheduled())
            return loop.quit();
        watchdog.start(watchdogMs(settings));
    });
    watchdog.start(watchdogMs(settings));
    QTimer::singleShot(0, &staff, [&staff] {
        staff.start();
        staff.syncNow();
    });
    loop.exec();
    const int sent = staff.sentCount();
    const int applied = staff.appliedCount();
    const QString error = staff.lastError();
    staff.stop();
    if (!completed) {
        err() << CliText::tr("The site's staff list was not synchronised: %1")
                     .arg(error.isEmpty() ? CliText::tr("the server showed no sign of life")
                                          : error)
              << '\n';
        return false;
    }
    out() << CliText::tr("Staff list: %1 changes sent, %2 changes from other tables applied.")
                 .arg(sent)
                 .arg(applied)
          << '\n';
    return true;
}

// Whether any option that sets the fallback was given.
bool fallbackOptions(const QCommandLineParser &p) {
    return p.isSet(QStringLiteral("fallback-server")) || p.isSet(QStringLiteral("fallback-ca")) ||
           p.isSet(QStringLiteral("fallback-enroll-code")) ||
           p.isSet(QStringLiteral("fallback-after"));
}

constexpr int kGoOn = -1;

// --no-fallback, or --fallback-server/-ca/-enroll-code/-after: the fallback removed, or set,
// enrolled and saved in *settings and the data directory through the same code path as a
// scanned join code (core/sync/FallbackEnrollment): the enrollment first, then all or nothing.
// kGoOn, or the exit code (message printed).
int applyFallbackOptions(const QCommandLineParser &p, const QString &dir,
                         const StationIdentity &identity, std::optional<qint64> fallbackAfter,
                         SyncSettings *settings) {
    if (p.isSet(QStringLiteral("no-fallback"))) {
        if (const Status removed = removeFallback(dir); !removed.ok()) {
            err() << removed.message() << '\n';
            return ExitFailure;
        }
        *settings = loadSyncSettings(dir);
        out() << CliText::tr("No fallback server: records go only to %1.")
                     .arg(settings->serverUrl.toString())
              << '\n';
    }
    if (!fallbackOptions(p))
        return kGoOn;
    FallbackChange change;
    change.url = settings->fallbackUrl;
    if (p.isSet(QStringLiteral("fallback-server"))) {
        const std::optional<QUrl> fallback = serverAddress(
            p.value(QStringLiteral("fallback-server")), QStringLiteral("--fallback-server"));
        if (!fallback)
            return ExitUsage;
        change.url = *fallback;
    }
    if (change.url.isEmpty()) {
        err() << CliText::tr("No fallback server is set. Pass --fallback-server "
                             "https://PROVINCE:PORT.")
              << '\n';
        return ExitUsage;
    }
    if (const Status allowed = checkFallbackAddress(*settings, change.url); !allowed.ok()) {
        err() << allowed.message() << '\n';
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("fallback-ca")))
        change.caSourcePath = QFileInfo(p.value(QStringLiteral("fallback-ca"))).absoluteFilePath();
    change.afterSecs = fallbackAfter;
    if (p.isSet(QStringLiteral("fallback-enroll-code"))) {
        // Enrolled against the certificate given (not yet copied) or the one pinned now.
        SyncSettings candidate = *settings;
        candidate.fallbackUrl = change.url;
        if (!change.caSourcePath.isEmpty())
            candidate.fallbackCaPath = change.caSourcePath;
        const std::optional<EnrollAnswer> answer = exchangeCode(
            candidate.fallbackEndpoint(), identity, p.value(QStringLiteral("fallback-enroll-code")),
            CliText::tr("Enrollment at the fallback server failed: %1 Nothing was "
                        "changed."));
        if (!answer)
            return ExitFailure;
        change.token = answer->token;
    }
    if (const Status saved = saveFallback(dir, change, settings); !saved.ok()) {
        err() << saved.message() << '\n';
        return ExitFailure;
    }
    if (!change.token.isEmpty())
        out() << CliText::tr("Enrolled as device %1 at the fallback server %2: records go "
                             "there while the site hub cannot be reached for %3.")
                     .arg(identity.deviceId, settings->fallbackUrl.toString(),
                          fallbackAfterText(settings->fallbackAfterSecs))
              << '\n';
    else if (readFallbackToken(dir).isEmpty())
        out() << CliText::tr("The fallback server is saved, but this station is not "
                             "enrolled there yet: pass --fallback-enroll-code CODE.")
              << '\n';
    return kGoOn;
}

} // namespace

int runSync(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("server"),
                 CliText::tr("Server address, e.g. https://host:8443 (saved in the settings)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("enroll-code"),
                 CliText::tr("Enroll this station with the site's enrollment code first."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("ca"),
                 CliText::tr("Trust only this CA certificate (PEM) for the server (saved in the "
                             "settings)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("retry-for"),
                 CliText::tr("Keep retrying after network or server errors for up to SECS seconds "
                             "(default 0: stop at the first error)."),
                 QStringLiteral("SECS"), QStringLiteral("0")});
    p.addOption({QStringLiteral("resend-since"),
                 CliText::tr("First put every record acknowledged since DATE (YYYY-MM-DD, from "
                             "the start of that day here) back in the outbox, e.g. after the "
                             "site hub was lost before it relayed them; the server answers "
                             "'duplicate' for those it has."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("fallback-server"),
                 CliText::tr("For a station joined to a site hub: the province's address, where "
                             "records go straight while the hub cannot be reached (saved in the "
                             "settings)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("fallback-ca"),
                 CliText::tr("Trust only this CA certificate (PEM) for the fallback server "
                             "(saved in the settings)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("fallback-enroll-code"),
                 CliText::tr("Enroll this station at the fallback server with an enrollment "
                             "code of the province first (the same device id as at the hub)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("fallback-after"),
                 CliText::tr("How long the hub must stay out of reach before records go to the "
                             "fallback server: e.g. 10m (the default), 90s, 1h, 0 (at once); "
                             "saved in the settings."),
                 QStringLiteral("DURATION")});
    p.addOption({QStringLiteral("no-fallback"),
                 CliText::tr("Remove the fallback server, its certificate and its token.")});
    addPassphraseOptions(p);
    if (!parseCommand(
            p, args,
            CliText::tr("Upload the records waiting in the outbox to the server, once. Exit "
                        "code 0: every record was acknowledged; 1: records are in conflict or "
                        "rejected; 3: the upload did not complete (records are kept).")))
        return ExitUsage;
    bool ok = false;
    const int retryForSecs = p.value(QStringLiteral("retry-for")).toInt(&ok);
    if (!ok || retryForSecs < 0) {
        err() << CliText::tr("--retry-for must be a whole number of seconds.") << '\n';
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("no-fallback")) && fallbackOptions(p)) {
        err() << CliText::tr("--no-fallback cannot go with the other --fallback options.") << '\n';
        return ExitUsage;
    }
    std::optional<qint64> fallbackAfter;
    if (p.isSet(QStringLiteral("fallback-after"))) {
        fallbackAfter = durationSecs(p.value(QStringLiteral("fallback-after")));
        if (!fallbackAfter) {
            err() << CliText::tr("--fallback-after must be a duration such as 10m, 90s, 1h or 0 "
                                 "(at most 7 days).")
                  << '\n';
            return ExitUsage;
        }
    }
    std::optional<QDateTime> resendSince;
    if (p.isSet(QStringLiteral("resend-since"))) {
        const QDate day =
            QDate::fromString(p.value(QStringLiteral("resend-since")).trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            err() << CliText::tr("--resend-since must be a date such as 2026-12-01.") << '\n';
            return ExitUsage;
        }
        resendSince = day.startOfDay();
    }
    const QString dir = dataDir(p);
    std::optional<StationIdentity> identity;
    std::shared_ptr<PersonalDataCodec> codec;
    {
        Database db;
        if (!openStation(dir, db, true))
            return ExitFailure;
        identity = StationStore(db).identity();
        // Outbox payloads carry personal data and are stored encrypted.
        codec = unlockStation(db, p);
        if (!codec)
            return ExitFailure;
        if (resendSince) {
            QSqlError error;
            const int again = OutboxStore(db).resendAcknowledged(*resendSince, 0, &error);
            if (error.isValid()) {
                err() << CliText::tr("The records could not be put back in the outbox: %1")
                             .arg(error.text())
                      << '\n';
                return ExitFailure;
            }
            out() << CliText::tr("%1 acknowledged records since %2 are back in the outbox.")
                         .arg(again)
                         .arg(resendSince->date().toString(Qt::ISODate))
                  << '\n';
        }
    }
    if (!identity) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        return ExitFailure;
    }
    SyncSettings settings = loadSyncSettings(dir);
    if (p.isSet(QStringLiteral("server"))) {
        const std::optional<QUrl> server = serverAddress(p.value(QStringLiteral("server")));
        if (!server)
            return ExitUsage;
        settings.serverUrl = *server;
    }
    if (!settings.isConfigured()) {
        err() << CliText::tr("No server address is set. Pass --server https://HOST:PORT.") << '\n';
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("server")) || p.isSet(QStringLiteral("ca"))) {
        if (p.isSet(QStringLiteral("ca"))) {
            // Copied, not referenced: the station keeps working when the file given here
            // is moved or deleted, or `sync` runs from another folder.
            const Status pinned = pinServerCa(dir, p.value(QStringLiteral("ca")), &settings);
            if (!pinned.ok()) {
                err() << pinned.message() << '\n';
                return ExitFailure;
            }
        }
        const Status saved = saveSyncSettings(dir, settings);
        if (!saved.ok()) {
            err() << saved.message() << '\n';
            return ExitFailure;
        }
    }
    if (p.isSet(QStringLiteral("enroll-code")) &&
        !enroll(settings, *identity, p.value(QStringLiteral("enroll-code")), dir))
        return ExitFailure;
    if (const int exit = applyFallbackOptions(p, dir, *identity, fallbackAfter, &settings);
        exit != kGoOn)
        return exit;
    const QString token = readDeviceToken(dir);
    if (token.isEmpty()) {
        err() << CliText::tr("This station is not enrolled. Pass --enroll-code CODE.") << '\n';
        return ExitFailure;
    }

    // A headless pass retries quickly: nobody is waiting at a table.
    settings.minBackoffMs = 250;
    settings.maxBackoffMs = 4000;
    OutboxRelay relay(databasePath(dir), settings, token);
    relay.setPayloadCodec(codec);
    if (settings.hasFallback())
        relay.setFallbackToken(readFallbackToken(dir));
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool completed = false;
    qint64 pendingAtStart = -1;
    qint64 awaitingPrimaryAtStart = 0;
    QObject::connect(&relay, &OutboxRelay::statusChanged, &loop, [&](const SyncStatus &s) {
        if (pendingAtStart < 0) {
            pendingAtStart = s.pending;
            awaitingPrimaryAtStart = s.awaitingPrimary;
        }
    });
    // A new key announced with a batch answer is kept (the window does the same).
    QObject::connect(&relay, &OutboxRelay::residentCodeKeyAnnounced, &loop,
                     [&](const QByteArray &key) {
                         StationSettings stationSettings(settingsPath(dir));
                         if (key == stationSettings.provinceCodeKey())
                             return;
                         stationSettings.setProvinceCodeKey(key, StationSettings::keyFromSync(),
                                                            QDateTime::currentDateTimeUtc());
                         stationSettings.sync();
                         out() << CliText::tr("The province announced a new resident-code key, "
                                              "fingerprint %1; it is in force from now on.")
                                      .arg(protocol::residentCodeKeyFingerprint(key))
                               << '\n';
                     });
    QObject::connect(&relay, &OutboxRelay::passFinished, &loop, [&](bool answered) {
        completed = answered;
        if (answered || !relay.retryScheduled() || clock.elapsed() >= qint64(retryForSecs) * 1000)
            loop.quit();
    });
    // Each request has its own transfer timeout; a pass that shows no sign of life for longer
    // than that (whatever the cause) ends here instead of waiting for ever.
    bool stalled = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        stalled = true;
        loop.quit();
    });
    QObject::connect(&relay, &OutboxRelay::statusChanged, &watchdog,
                     [&] { watchdog.start(watchdogMs(settings)); });
    watchdog.start(watchdogMs(settings));
    QTimer::singleShot(0, &relay, &OutboxRelay::start);
    loop.exec();
    const SyncStatus s = relay.status();
    relay.stop();
    out() << CliText::tr("%1 records acknowledged, %2 pending, %3 in conflict, %4 rejected.")
                 .arg(qMax<qint64>(0, pendingAtStart - s.pending))
                 .arg(s.pending)
                 .arg(s.conflicts)
                 .arg(s.rejected)
          << '\n';
    const QString hh_mm = QStringLiteral("HH:mm");
    if (s.route == SyncRoute::Fallback)
        out() << CliText::tr("The site hub cannot be reached since %1: records went straight to "
                             "the province. %2 records the province has are sent to the hub "
                             "when it is back.")
                     .arg(QLocale().toString(s.primaryUnreachableSince.toLocalTime(), hh_mm))
                     .arg(s.awaitingPrimary)
              << '\n';
    else if (awaitingPrimaryAtStart > s.awaitingPrimary)
        out() << CliText::tr("The site hub is back: it received %1 records the province took "
                             "while it could not be reached.")
                     .arg(awaitingPrimaryAtStart - s.awaitingPrimary)
              << '\n';
    // The records were answered, but the audit log no longer has what the server holds.
    if (s.problem == SyncStatus::Problem::AuditMismatch) {
        err() << s.lastError << '\n';
        return ExitProblem;
    }
    if (stalled) {
        err() << CliText::tr("The upload stopped: the server showed no sign of life for %1 "
                             "seconds. Records are kept and sent next time.")
                     .arg(watchdogMs(settings) / 1000)
              << '\n';
        return ExitFailure;
    }
    if (!completed) {
        err() << s.lastError << '\n';
        return ExitFailure;
    }
    // The staff list is the site's, and the hub keeps it: the table goes on alone for it
    // while the hub is out of reach.
    if (s.route == SyncRoute::Fallback) {
        out() << CliText::tr("The staff list waits for the site hub.") << '\n';
        return s.conflicts + s.rejected > 0 ? ExitProblem : ExitOk;
    }
    // The staff list is the site's: operators added here sign in at the other tables too.
    if (!syncSiteStaff(
            dir, settings, token, codec,
            QDeadlineTimer(qMax<qint64>(0, qint64(retryForSecs) * 1000 - clock.elapsed()))))
        return ExitFailure;
    // And the site's facts, as the window's feed keeps them: the recalls (待复核), and who was
    // sampled and which tube codes were used at the other tables, for `scan` and `recalls`.
    int kept = 0;
    if (!fetchSiteFacts(dir, false, &kept))
        return ExitFailure;
    out() << CliText::tr("Site facts: %1 new kept.").arg(kept) << '\n';
    return s.conflicts + s.rejected > 0 ? ExitProblem : ExitOk;
}

} // namespace station::cli
