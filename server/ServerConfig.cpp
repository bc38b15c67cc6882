// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerConfig.h"

#include "protocol/ResidentCodeKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace station::server {

namespace {
QString translate(const char *text) {
    return QCoreApplication::translate("ServerConfig", text);
}
} // namespace

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
            *error = translate("the sqlite: database URL names no file");
            return std::nullopt;
        }
        return target;
    }
    if (url.startsWith(QLatin1String("postgres://")) ||
        url.startsWith(QLatin1String("postgresql://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = translate("the PostgreSQL URL must look like "
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
    *error = translate("unknown database URL (use sqlite:FILE or postgres://user@host/dbname)");
    return std::nullopt;
}

namespace {

// The serving mode's options, declared once for parsing and for --help (and the man page,
// which is made from --help).
struct ServeOptions {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            translate("Show this help and exit.")};
    QCommandLineOption version{QStringLiteral("version"), translate("Show the version and exit.")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              translate("Address and port to listen on (default "
                                        "127.0.0.1:8443; port 0 picks a free port)."),
                              QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")};
    QCommandLineOption db{QStringLiteral("db"),
                          translate("Database URL: sqlite:FILE (default "
                                    "sqlite:province-server.db) or "
                                    "postgres://user[:password]@host[:port]/dbname."),
                          QStringLiteral("url"), defaultDatabaseUrl()};
    QCommandLineOption createDb{
        QStringLiteral("create-db"),
        translate("Create the SQLite database file if it does not exist (once, when setting "
                  "up). Without it, a missing file is an error.")};
    QCommandLineOption cert{QStringLiteral("tls-cert"),
                            translate("PEM certificate chain (required)."), QStringLiteral("file")};
    QCommandLineOption key{QStringLiteral("tls-key"),
                           translate("Unencrypted EC or RSA private key in PEM (required)."),
                           QStringLiteral("file")};
    QCommandLineOption maxBody{QStringLiteral("max-body-bytes"), translate("Largest request body."),
                               QStringLiteral("n")};
    QCommandLineOption maxBatch{QStringLiteral("max-batch"), translate("Most records per batch."),
                                QStringLiteral("n")};
    QCommandLineOption maxContent{QStringLiteral("max-content-bytes"),
                                  translate("Largest record content."), QStringLiteral("n")};
    QCommandLineOption maxPages{QStringLiteral("sqlite-max-pages"),
                                translate("Cap on the SQLite file size in pages."),
                                QStringLiteral("n")};
    QCommandLineOption codeKey{
        QStringLiteral("resident-code-public-key"),
        translate("The province's resident-code public key (64 hex digits, as "
                  "`sampling-station-cli resident-code --gen-keypair` writes PREFIX.pub), "
                  "announced to stations."),
        QStringLiteral("file")};

    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({help, version, listen, db, createDb, cert, key, maxBody, maxBatch,
                           maxContent, maxPages, codeKey});
    }
};

} // namespace

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
        translate("The reference provincial server: receives the records of Sampling "
                  "Stations over HTTPS."));
    const ServeOptions options;
    options.addTo(parser);
    // Qt's first line names the executable's full path; the synopsis says more.
    return translate("Usage: province-server --tls-cert FILE --tls-key FILE [options]\n"
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
        *error = translate("unexpected argument: %1").arg(parser.positionalArguments().first());
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
        *error = translate("--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8443");
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
        *error = translate("--tls-cert and --tls-key are required: the server speaks HTTPS only");
        return std::nullopt;
    }

    const auto positive = [&](const QCommandLineOption &option, auto *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok || value < 0) {
            *error = translate("--%1 needs a non-negative number").arg(option.names().first());
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
            *error =
                translate("cannot read the resident-code public key %1").arg(parser.value(codeKey));
            return std::nullopt;
        }
        // A few bytes: anything longer is not a key file.
        const std::optional<QByteArray> publicKey =
            protocol::residentCodeKeyFromHex(QString::fromLatin1(file.read(256)));
        if (!publicKey) {
            *error = translate("%1 holds no resident-code public key (64 hex digits expected)")
                         .arg(parser.value(codeKey));
            return std::nullopt;
        }
        config.residentCodePublicKey = *publicKey;
    }
    return config;
}

} // namespace station::server
