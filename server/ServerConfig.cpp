// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerConfig.h"

#include "protocol/ResidentCodeKey.h"
#include "server/DeviceRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

#include <cmath>

namespace station::server {

namespace {
QString configText(const char *text) {
    return QCoreApplication::translate("ServerConfig", text);
}
} // namespace

QString defaultHubId(const QString &site) {
    return site.toLower() + QStringLiteral("-hub");
}

QString defaultDatabaseUrl() {
    return QStringLiteral("sqlite:province-server.db");
}

std::optional<DatabaseTarget> parseDatabaseUrl(const QString &url, QString *error) {
    DatabaseTarget target;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        target.kind = DatabaseTarget::Kind::Sqlite;
        target.sqlitePath = url.mid(7);
        if (target.sqlitePath.startsWith(QLatin1String("//")))
            target.sqlitePath = target.sqlitePath.mid(2);
        if (target.sqlitePath.isEmpty()) {
            *error = configText("the sqlite: database URL names no file");
            return std::nullopt;
        }
        return target;
    }
    if (url.startsWith(QLatin1String("postgres://")) ||
        url.startsWith(QLatin1String("postgresql://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = configText("the PostgreSQL URL must look like "
                                "postgres://user[:password]@host[:port]/dbname");
            return std::nullopt;
        }
        target.kind = DatabaseTarget::Kind::Postgres;
        target.host = parsed.host();
        target.port = parsed.port(5432);
        target.user = parsed.userName();
        target.password = parsed.password();
        target.database = parsed.path().mid(1);
        return target;
    }
    *error = configText("unknown database URL (use sqlite:FILE or postgres://user@host/dbname)");
    return std::nullopt;
}

namespace {

// The serving mode's options, declared once for parsing and for --help (and the man page,
// which is made from --help).
struct ServeOptions {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            configText("Show this help and exit.")};
    QCommandLineOption version{QStringLiteral("version"), configText("Show the version and exit.")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              configText("Address and port to listen on (default "
                                         "127.0.0.1:8443; port 0 picks a free port)."),
                              QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")};
    QCommandLineOption db{QStringLiteral("db"),
                          configText("Database URL: sqlite:FILE (default "
                                     "sqlite:province-server.db) or "
                                     "postgres://user[:password]@host[:port]/dbname."),
                          QStringLiteral("url"), defaultDatabaseUrl()};
    QCommandLineOption createDb{
        QStringLiteral("create-db"),
        configText("Create the SQLite database file if it does not exist (once, when setting "
                   "up). Without it, a missing file is an error.")};
    QCommandLineOption cert{QStringLiteral("tls-cert"),
                            configText("PEM certificate chain (required)."),
                            QStringLiteral("file")};
    QCommandLineOption key{QStringLiteral("tls-key"),
                           configText("Unencrypted EC or RSA private key in PEM (required)."),
                           QStringLiteral("file")};
    QCommandLineOption maxBody{QStringLiteral("max-body-bytes"),
                               configText("Largest request body."), QStringLiteral("n")};
    QCommandLineOption maxBatch{QStringLiteral("max-batch"), configText("Most records per batch."),
                                QStringLiteral("n")};
    QCommandLineOption maxContent{QStringLiteral("max-content-bytes"),
                                  configText("Largest record content."), QStringLiteral("n")};
    QCommandLineOption maxPages{QStringLiteral("sqlite-max-pages"),
                                configText("Cap on the SQLite file size in pages."),
                                QStringLiteral("n")};
    QCommandLineOption codeKey{
        QStringLiteral("resident-code-public-key"),
        configText("The province's resident-code public key (64 hex digits, as "
                   "`sampling-station-cli resident-code --gen-keypair` writes PREFIX.pub), "
                   "announced to stations."),
        QStringLiteral("file")};
    // The person status lookup's rate per device token.
    QCommandLineOption lookupRate{
        QStringLiteral("lookup-rate"),
        configText("Person status lookups allowed per device token, as N/s or N/min "
                   "(default 50/s); more get 429 with Retry-After."),
        QStringLiteral("rate")};
    QCommandLineOption lookupBurst{
        QStringLiteral("lookup-burst"),
        configText("Person status lookups a token may make at once before --lookup-rate "
                   "applies (default 100)."),
        QStringLiteral("n")};
    // Not in --help: tests lengthen the facts watch so that only a wake-up by the serving
    // process itself can answer a waiting station in time.
    QCommandLineOption factsWatchMs = [] {
        QCommandLineOption option{QStringLiteral("facts-watch-ms"),
                                  QStringLiteral("Facts watch interval (ms)."),
                                  QStringLiteral("ms")};
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();

    // The site hub role (relay).
    QCommandLineOption siteHub{
        QStringLiteral("site-hub"),
        configText("Run as the site hub of one site: serve that site's stations on the local "
                   "network and relay their records to the province (--upstream). Needs --site, "
                   "--upstream and --upstream-ca.")};
    QCommandLineOption site{QStringLiteral("site"),
                            configText("Site hub: the site code; the hub enrolls only this site's "
                                       "stations."),
                            QStringLiteral("code")};
    QCommandLineOption upstream{QStringLiteral("upstream"),
                                configText("Site hub: the province server's address, "
                                           "https://HOST:PORT (https only)."),
                                QStringLiteral("url")};
    QCommandLineOption upstreamCa{
        QStringLiteral("upstream-ca"),
        configText("Site hub: PEM file of what the hub trusts for the province server: the CA "
                   "that signed the province's certificate, or that certificate itself (also "
                   "one a CA issued: then it alone is trusted, not the rest of its CA). The "
                   "province's certificate is always verified."),
        QStringLiteral("file")};
    QCommandLineOption upstreamCode{
        QStringLiteral("upstream-enrollment-code"),
        configText("Site hub: the enrollment code from `province-server admin enroll-code "
                   "--site S --role hub` at the province. Needed at the first start only, "
                   "until the hub has enrolled; the hub then keeps its token in its database."),
        QStringLiteral("code")};
    QCommandLineOption upstreamBatch{
        QStringLiteral("upstream-batch"),
        configText("Site hub: most records in one batch to the province (default 2000, at most "
                   "5000). A province whose --max-batch is lower answers 413 and the hub halves "
                   "its batches."),
        QStringLiteral("n")};
    QCommandLineOption hubId{QStringLiteral("hub-id"),
                             configText("Site hub: the hub's device id at the province (default: "
                                        "the site code in lower case with -hub)."),
                             QStringLiteral("id")};

    QCommandLineOption siteStaff{
        QStringLiteral("site-staff"),
        configText("Also serve the sites' staff lists (/v1/site/staff) for stations enrolled "
                   "here directly. Its entries hold the Argon2id verifiers of the staff's PINs, "
                   "so a province leaves it off and a site shares its staff list through its "
                   "hub, which always serves it.")};
    QCommandLineOption printJoinCode{
        QStringLiteral("print-join-code"),
        configText("Site hub: once listening, print a join code for one station (a QR in the "
                   "terminal and its text) with the address the stations reach this hub at, "
                   "https://HOST:PORT. More codes: `province-server admin join-code`."),
        QStringLiteral("url")};

    void addTo(QCommandLineParser &parser) const {
        parser.addOptions(
            {help,          version,   listen,       db,         createDb,     cert,
             key,           maxBody,   maxBatch,     maxContent, maxPages,     codeKey,
             siteHub,       site,      upstream,     upstreamCa, upstreamCode, hubId,
             printJoinCode, siteStaff, upstreamBatch});
        parser.addOptions({lookupRate, lookupBurst, factsWatchMs});
    }
};

} // namespace

namespace {

// The site hub options: all or nothing, each checked, never a weaker mode in their place.
bool parseSiteHub(const QCommandLineParser &parser, const ServeOptions &options,
                  ServerConfig *config, QString *error) {
    const QList<const QCommandLineOption *> hubOnly{
        &options.site,  &options.upstream,      &options.upstreamCa,   &options.upstreamCode,
        &options.hubId, &options.printJoinCode, &options.upstreamBatch};
    if (!parser.isSet(options.siteHub)) {
        for (const QCommandLineOption *option : hubOnly) {
            if (parser.isSet(*option)) {
                *error = configText("--%1 belongs to the site hub role: add --site-hub, or "
                                    "leave it out")
                             .arg(option->names().first());
                return false;
            }
        }
        return true;
    }
    QStringList missing;
    for (const QCommandLineOption *option :
         {&options.site, &options.upstream, &options.upstreamCa}) {
        if (parser.value(*option).trimmed().isEmpty())
            missing << QStringLiteral("--") + option->names().first();
    }
    if (!missing.isEmpty()) {
        *error = configText("--site-hub needs %1").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    if (!config->residentCodePublicKey.isEmpty()) {
        *error = configText("--resident-code-public-key is for the province: a site hub passes "
                            "on the key the province announces");
        return false;
    }
    SiteHubConfig hub;
    hub.site = parser.value(options.site).trimmed();
    static const QRegularExpression sitePattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!sitePattern.match(hub.site).hasMatch()) {
        *error =
            configText("--site %1 is not a site code (letters, digits, - and _)").arg(hub.site);
        return false;
    }
    const QString upstream = parser.value(options.upstream).trimmed();
    hub.upstream = QUrl(upstream, QUrl::StrictMode);
    if (!hub.upstream.isValid() || hub.upstream.scheme() != QLatin1String("https") ||
        hub.upstream.host().isEmpty() || !hub.upstream.userInfo().isEmpty() ||
        hub.upstream.hasQuery() || hub.upstream.hasFragment()) {
        *error = configText("--upstream %1 is refused: the province is reached over HTTPS only; "
                            "give its address as https://HOST:PORT")
                     .arg(upstream);
        return false;
    }
    hub.upstreamCaPath = parser.value(options.upstreamCa);
    QFile ca(hub.upstreamCaPath);
    if (!ca.open(QIODevice::ReadOnly)) {
        *error = configText("cannot read the upstream certificate file %1").arg(hub.upstreamCaPath);
        return false;
    }
    if (QSslCertificate::fromData(ca.read(1024 * 1024), QSsl::Pem).isEmpty()) {
        *error = configText("%1 holds no PEM certificate: --upstream-ca needs the CA certificate "
                            "that signed the province's certificate, or the province's "
                            "certificate itself")
                     .arg(hub.upstreamCaPath);
        return false;
    }
    hub.upstreamEnrollmentCode = parser.value(options.upstreamCode).trimmed();
    hub.hubId = parser.isSet(options.hubId) ? parser.value(options.hubId).trimmed()
                                            : defaultHubId(hub.site);
    if (!DeviceRegistry::isValidDeviceId(hub.hubId)) {
        *error = configText("--hub-id must be 1 to 64 letters, digits, '.', '_' or '-'");
        return false;
    }
    if (parser.isSet(options.upstreamBatch)) {
        bool ok = false;
        hub.upstreamBatch = parser.value(options.upstreamBatch).toInt(&ok);
        if (!ok || hub.upstreamBatch < 1 || hub.upstreamBatch > kMaxUpstreamBatch) {
            *error =
                configText("--upstream-batch needs a number from 1 to %1").arg(kMaxUpstreamBatch);
            return false;
        }
    }
    if (parser.isSet(options.printJoinCode)) {
        const QString joinUrl = parser.value(options.printJoinCode).trimmed();
        hub.joinCodeUrl = QUrl(joinUrl, QUrl::StrictMode);
        if (!hub.joinCodeUrl.isValid() || hub.joinCodeUrl.scheme() != QLatin1String("https") ||
            hub.joinCodeUrl.host().isEmpty() || hub.joinCodeUrl.port() <= 0) {
            *error = configText("--print-join-code %1 is refused: give the address the stations "
                                "reach this hub at, as https://HOST:PORT")
                         .arg(joinUrl);
            return false;
        }
    }
    config->siteHub = hub;
    config->siteStaff = true;
    return true;
}

} // namespace

std::optional<double> parseLookupRate(const QString &text) {
    QString number = text.trimmed();
    double perSeconds = 1;
    if (number.endsWith(QLatin1String("/s"))) {
        number.chop(2);
    } else if (number.endsWith(QLatin1String("/min"))) {
        number.chop(4);
        perSeconds = 60;
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !(value > 0) || !std::isfinite(value))
        return std::nullopt;
    return value / perSeconds;
}

ServeRequest serveRequest(const QStringList &arguments) {
    QCommandLineParser parser;
    const ServeOptions options;
    options.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("province-server")} + arguments))
        return ServeRequest::Serve;
    if (parser.isSet(options.help))
        return ServeRequest::Help;
    if (parser.isSet(options.version))
        return ServeRequest::Version;
    return ServeRequest::Serve;
}

QString serveHelpText() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        configText("The reference provincial server: receives the records of Sampling "
                   "Stations over HTTPS."));
    const ServeOptions options;
    options.addTo(parser);
    // Qt's first line names the executable's full path; the synopsis says more.
    return configText("Usage: province-server --tls-cert FILE --tls-key FILE [options]\n"
                      "       province-server --site-hub --site CODE --upstream https://HOST:PORT "
                      "--upstream-ca FILE --tls-cert FILE --tls-key FILE [options]\n"
                      "       province-server admin COMMAND [options]  (province-server admin "
                      "--help lists the commands)") +
           QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 1);
}

std::optional<ServerConfig> parseServeArguments(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    const ServeOptions options;
    options.addTo(parser);
    const QCommandLineOption &listen = options.listen;
    const QCommandLineOption &db = options.db;
    const QCommandLineOption &cert = options.cert;
    const QCommandLineOption &key = options.key;
    const QCommandLineOption &maxBody = options.maxBody;
    const QCommandLineOption &maxBatch = options.maxBatch;
    const QCommandLineOption &maxContent = options.maxContent;
    const QCommandLineOption &maxPages = options.maxPages;
    const QCommandLineOption &codeKey = options.codeKey;
    if (!parser.parse(QStringList{QStringLiteral("province-server")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = configText("unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    ServerConfig config;
    const QString hostPort = parser.value(listen);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? hostPort.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !config.listenAddress.setAddress(host)) {
        *error = configText("--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8443");
        return std::nullopt;
    }
    config.listenPort = static_cast<quint16>(port);

    const auto target = parseDatabaseUrl(parser.value(db), error);
    if (!target)
        return std::nullopt;
    config.database = *target;
    config.database.createIfMissing = parser.isSet(options.createDb);

    config.tlsCertificatePath = parser.value(cert);
    config.tlsKeyPath = parser.value(key);
    if (config.tlsCertificatePath.isEmpty() || config.tlsKeyPath.isEmpty()) {
        *error = configText("--tls-cert and --tls-key are required: the server speaks HTTPS only");
        return std::nullopt;
    }

    const auto positive = [&](const QCommandLineOption &option, auto *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok || value < 0) {
            *error = configText("--%1 needs a non-negative number").arg(option.names().first());
            return false;
        }
        *out = static_cast<std::remove_pointer_t<decltype(out)>>(value);
        return true;
    };
    if (!positive(maxBody, &config.limits.maxBodyBytes) ||
        !positive(maxBatch, &config.limits.maxBatchRecords) ||
        !positive(maxContent, &config.limits.maxContentBytes) ||
        !positive(maxPages, &config.database.sqliteMaxPages))
        return std::nullopt;
    if (parser.isSet(codeKey)) {
        QFile file(parser.value(codeKey));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = configText("cannot read the resident-code public key %1")
                         .arg(parser.value(codeKey));
            return std::nullopt;
        }
        // A few bytes: anything longer is not a key file.
        const std::optional<QByteArray> publicKey =
            protocol::residentCodeKeyFromHex(QString::fromLatin1(file.read(256)));
        if (!publicKey) {
            *error = configText("%1 holds no resident-code public key (64 hex digits expected)")
                         .arg(parser.value(codeKey));
            return std::nullopt;
        }
        config.residentCodePublicKey = *publicKey;
    }
    if (parser.isSet(options.lookupRate)) {
        const std::optional<double> rate = parseLookupRate(parser.value(options.lookupRate));
        if (!rate) {
            *error = configText("--lookup-rate needs a rate above 0 such as 50/s or 30/min");
            return std::nullopt;
        }
        config.limits.lookupRatePerSecond = *rate;
    }
    if (parser.isSet(options.lookupBurst)) {
        bool ok = false;
        const int burst = parser.value(options.lookupBurst).toInt(&ok);
        if (!ok || burst < 1) {
            *error = configText("--lookup-burst needs a whole number, 1 or more");
            return std::nullopt;
        }
        config.limits.lookupBurst = burst;
    }
    if (parser.isSet(options.factsWatchMs)) {
        bool ok = false;
        const int ms = parser.value(options.factsWatchMs).toInt(&ok);
        if (!ok || ms < 1) {
            *error = configText("--facts-watch-ms needs a whole number of milliseconds, 1 or more");
            return std::nullopt;
        }
        config.limits.factsWatchMs = ms;
    }
    config.siteStaff = parser.isSet(options.siteStaff);
    if (!parseSiteHub(parser, options, &config, error))
        return std::nullopt;
    return config;
}

} // namespace station::server
