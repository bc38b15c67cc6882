// SPDX-License-Identifier: GPL-3.0-or-later
// province-server: the reference provincial server of docs/sync-protocol.md.
#include "server/AdminCommands.h"
#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/HttpApi.h"
#include "server/JoinCodePrinter.h"
#include "server/MatchedResultHook.h"
#include "server/RecallPuller.h"
#include "server/RecordStore.h"
#include "server/ServerConfig.h"
#include "server/SiteTables.h"
#include "server/UpstreamQueue.h"
#include "server/UpstreamRelay.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <cstdlib>
#include <cstring>
#include <memory>

#include <unistd.h>

namespace {

using namespace station::server;

QString translate(const char *text) {
    return QCoreApplication::translate("main", text);
}

// "does not exist" and "cannot be read" are different mistakes with different fixes.
bool readable(const QString &path, const char *what, QString *error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = translate("the %1 %2 does not exist").arg(translate(what), path);
        return false;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = translate("cannot read the %1 %2: %3")
                     .arg(translate(what), path,
                          info.isFile() ? file.errorString() : translate("not a file"));
        return false;
    }
    return true;
}

bool loadTls(const ServerConfig &config, QSslConfiguration *tls, QString *error) {
    if (!readable(config.tlsCertificatePath, QT_TRANSLATE_NOOP("main", "TLS certificate"), error) ||
        !readable(config.tlsKeyPath, QT_TRANSLATE_NOOP("main", "TLS key"), error))
        return false;
    const QList<QSslCertificate> chain =
        QSslCertificate::fromPath(config.tlsCertificatePath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = translate("no PEM certificate in %1").arg(config.tlsCertificatePath);
        return false;
    }
    QFile keyFile(config.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = translate("cannot read the key %1").arg(config.tlsKeyPath);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = translate("%1 holds no unencrypted EC or RSA private key in PEM")
                     .arg(config.tlsKeyPath);
        return false;
    }
    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    tls->setProtocol(QSsl::TlsV1_2OrLater);
    tls->setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate with tokens
    return true;
}

int serve(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    switch (serveRequest(arguments)) {
    case ServeRequest::Help:
        out << serveHelpText();
        return 0;
    case ServeRequest::Version:
        out << "province-server " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case ServeRequest::Serve:
        break;
    }
    QString error;
    const auto config = parseServeArguments(arguments, &error);
    if (!config) {
        err << translate("province-server: %1").arg(error) << '\n'
            << translate("Run province-server --help for the options.") << '\n';
        return 2;
    }
    QSslConfiguration tls;
    if (!loadTls(*config, &tls, &error)) {
        err << translate("province-server: %1").arg(error) << '\n';
        return 2;
    }
    Database database(config->database);
    if (!database.open(&error)) {
        err << translate("province-server: %1").arg(error) << '\n';
        return 1;
    }
    DeviceRegistry devices(database);
    RecordStore records(database);
    // results: recalls for positive and invalid results (server/MatchedResultHook).
    records.results().setMatchedHook(matchedResultHook(database));
    records.results().setMatchedResultsHook(matchedResultsHook(database));
    if (!SiteTables(database).rebuildIfMissing(&error))
        err << translate("province-server: %1").arg(error) << '\n'; // the records are intact
    HttpApi api(database, devices, records, config->limits);
    api.setResidentCodePublicKey(config->residentCodePublicKey);
    api.setSiteStaffServed(config->siteStaff);
    std::unique_ptr<UpstreamRelay> relay;
    std::unique_ptr<RecallPuller> recallPuller;
    if (config->siteHub) {
        relay = std::make_unique<UpstreamRelay>(database, *config->siteHub);
        if (!relay->prepare(&error)) {
            err << translate("province-server: %1").arg(error) << '\n';
            return 1;
        }
        UpstreamRelay *hub = relay.get();
        records.setUpstreamQueue([hub](int queued) { hub->recordsQueued(queued); });
        api.setHubSite(config->siteHub->site);
        // The stations of the site check resident codes with the province's key: the hub
        // passes on the one the province announced to it.
        api.setResidentCodePublicKey(hub->residentCodeKey());
        QObject::connect(hub, &UpstreamRelay::residentCodeKeyChanged, &api,
                         &HttpApi::setResidentCodePublicKey);
        // A record the province refused is told to its station through the hub's facts.
        QObject::connect(hub, &UpstreamRelay::factsAdded, &api, &HttpApi::notifyFactsAdded);
        // The province's recalls of the site reach the hub's stations through the hub's facts.
        recallPuller = std::make_unique<RecallPuller>(
            database, config->siteHub->site,
            [hub](const QString &path, const QString &query, int timeoutMs) {
                return hub->provinceRequest(path, query, timeoutMs);
            },
            RecallPuller::Timing{});
        QObject::connect(recallPuller.get(), &RecallPuller::factsAdded, &api,
                         &HttpApi::notifyFactsAdded);
        // The relay's state, with the recall poll's beside it: a province that stops while
        // holding the poll is told there even while no record waits to be relayed.
        api.setUpstreamStatus([hub, puller = recallPuller.get()] {
            QJsonObject status = hub->statusJson();
            status.insert(QStringLiteral("recalls"), puller->statusJson());
            return status;
        });
    } else if (const auto hubRow = UpstreamQueue(database).hubRow(&error); hubRow) {
        // Served as a province, a hub's database would take records and relay none of them.
        err << translate("province-server: this database is the site hub %1 of site %2; start "
                         "it with --site-hub --site %2")
                   .arg(hubRow->hubId, hubRow->site)
            << '\n';
        return 1;
    }
    const quint16 port = api.listen(config->listenAddress, config->listenPort, tls, &error);
    if (port == 0) {
        err << translate("province-server: %1").arg(error) << '\n';
        return 1;
    }
    QString host = config->listenAddress.toString();
    if (config->listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    // Tests and scripts wait for this exact line.
    out << "listening on https://" << host << ':' << port << Qt::endl;
    // The hub's first join code, for the first table (admin join-code makes more).
    if (config->siteHub && !config->siteHub->joinCodeUrl.isEmpty() &&
        printJoinCode(database,
                      {config->siteHub->site, config->siteHub->joinCodeUrl,
                       config->tlsCertificatePath, 1, 12},
                      out, err) != 0)
        return 1;
    out.flush(); // the server runs on: whoever reads its output sees the code now
    if (relay)
        relay->start();
    if (recallPuller)
        recallPuller->start();
    return QCoreApplication::exec();
}

} // namespace

// `admin import-results` makes tens of megabytes of small strings at once (a file of 50,000
// results): with glibc's malloc asking the kernel for transparent huge pages, its page faults
// fell from 18,100 to 7,300 and its CPU by about a third (docs/benchmarks.md, "Results",
// session 32). glibc reads that setting only when a process starts, so the command starts
// itself once more with it, unless the caller chose tunables of its own. Where the kernel
// gives no huge pages (or the exec fails) nothing else changes.
static void preferHugePagesForImport(int argc, char **argv) {
#if defined(__GLIBC__) && defined(__linux__)
    if (argc < 3 || std::strcmp(argv[1], "admin") != 0 ||
        std::strcmp(argv[2], "import-results") != 0 || std::getenv("GLIBC_TUNABLES"))
        return;
    ::setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 0);
    ::execv("/proc/self/exe", argv);
    ::unsetenv("GLIBC_TUNABLES"); // not started again: go on as this process
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#endif
}

int main(int argc, char **argv) {
    preferHugePagesForImport(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("province-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments().mid(1);
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("admin"))
        return runAdminCommand(arguments.mid(1), out, err);
    return serve(arguments, out, err);
}
