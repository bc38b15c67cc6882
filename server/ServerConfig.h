// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace station::server {

// Where the server keeps its data: an SQLite file, or a PostgreSQL database via QPSQL.
struct DatabaseTarget {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    // SQLite only: a hard cap on the file size in pages (0 = none); lets tests provoke
    // "disk full" and keeps a small device from filling its disk.
    int sqliteMaxPages = 0;
    // SQLite only: a file that does not exist is created (--create-db). Otherwise it is
    // refused, so that a mistyped path never starts an empty database beside the real one.
    // (A PostgreSQL database is created by its administrator; the server creates only its
    // tables in it.)
    bool createIfMissing = false;
};

// Parses "sqlite:FILE" or "postgres://user[:password]@host[:port]/dbname".
std::optional<DatabaseTarget> parseDatabaseUrl(const QString &url, QString *error);

// Request limits; the protocol document gives the defaults.
struct ServerLimits {
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxBatchRecords = 2000;
    int maxContentBytes = 16 * 1024;
    // The person status lookup (GET /v1/people/{key}/status), per device token: a token
    // bucket that refills at lookupRatePerSecond and holds at most lookupBurst.
    double lookupRatePerSecond = 50;
    int lookupBurst = 100;
    // How often the facts watch looks for facts another process wrote while stations wait
    // in the long poll (ms). Hidden option --facts-watch-ms, for tests that must tell a
    // wake-up by the serving process itself from one by the watch.
    int factsWatchMs = 200;
};

// "N/s", "N/min" or "N" (a second): lookups a second, more than 0; nullopt otherwise.
std::optional<double> parseLookupRate(const QString &text);

// The largest --upstream-batch. Whatever the count, the relay also stops a batch at 2 MiB of
// content (UpstreamRelay::Timing), below the province's body limit (4 MiB).
constexpr int kMaxUpstreamBatch = 5000;

// The site hub role (--site-hub, docs/site-hub.md): the server serves the stations of one
// site on its local network and relays their records to the province.
struct SiteHubConfig {
    QString site;
    QUrl upstream; // the province, https only
    QString
        upstreamCaPath; // the only CA, or the certificate itself, trusted for the province (PEM)
    // Needed once, until the hub has enrolled at the province and keeps its token.
    QString upstreamEnrollmentCode;
    QString hubId; // the hub's device id at the province
    // Set: print a join code for this address once listening (--print-join-code).
    QUrl joinCodeUrl;
    // Most records a batch to the province (--upstream-batch); halved while the province
    // answers 413 (its --max-batch is lower).
    int upstreamBatch = 2000;
};

// The hub's device id at the province when --hub-id is not given.
QString defaultHubId(const QString &site);

struct ServerConfig {
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8443;
    DatabaseTarget database;
    QString tlsCertificatePath;
    QString tlsKeyPath;
    ServerLimits limits;
    // The province's resident-code public key (32 bytes), announced to stations at
    // enrollment and with every batch answer; empty = the province signs no codes.
    QByteArray residentCodePublicKey;
    // Set: the server is a site hub (and never falls back to the province role).
    std::optional<SiteHubConfig> siteHub;
    // Serves the site's staff list (/v1/site/staff), whose entries hold PIN verifiers: always
    // at a hub; at a province only when asked (--site-staff) for sites that have no hub.
    bool siteStaff = false;
};

// Parses the arguments of the serving mode (argv without the program name).
std::optional<ServerConfig> parseServeArguments(const QStringList &arguments, QString *error);

// What the serving mode's command line asks for: serving, or only its help or version.
// Arguments that do not parse ask for serving (parseServeArguments() then says what is wrong).
enum class ServeRequest { Serve, Help, Version };
ServeRequest serveRequest(const QStringList &arguments);
// The --help text: usage, every option of the serving mode, and the admin commands.
QString serveHelpText();

// The database URL used when none is given: an SQLite file in the working directory.
QString defaultDatabaseUrl();

} // namespace station::server
