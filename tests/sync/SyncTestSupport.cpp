// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/SyncTestSupport.h"

#include "core/domain/Clock.h"
#include "core/storage/Journal.h"
#include "core/sync/Enrollment.h"
#include "tests/support/PlaintextPersonalDataCodec.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/support/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace station::test {

QString enrollStation(const ServerProcess &server, const StationIdentity &identity,
                      QString *error) {
    SyncSettings settings;
    settings.serverUrl = server.baseUrl();
    settings.pinnedCaPath = server.certificatePath();
    Enrollment enrollment(settings);
    QEventLoop loop;
    QString token;
    QObject::connect(&enrollment, &Enrollment::succeeded, &loop, [&](const QString &t) {
        token = t;
        loop.quit();
    });
    QObject::connect(&enrollment, &Enrollment::failed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    enrollment.enroll(identity.siteCode, server.enrollmentCode(identity.siteCode),
                      identity.deviceId, identity.tableNumber);
    loop.exec();
    return token;
}

bool appendSampleRecords(Database &db, const StationIdentity &identity, int count, int firstIndex) {
    Transaction tx(db.connection());
    if (!tx.begun())
        return false;
    const QDateTime start(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        const QDateTime at = start.addSecs(i * 3);
        OutboxRecord record;
        record.uuid = newRecordUuid();
        record.kind = QStringLiteral("sample.taken");
        record.content = QJsonObject{
            {QStringLiteral("site"), identity.siteCode},
            {QStringLiteral("station"), identity.deviceId},
            {QStringLiteral("at"), isoUtc(at)},
            {QStringLiteral("tube"), QStringLiteral("GZ%1").arg(i / 10, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("position"), i % 10 + 1}};
        if (appendOutbox(db.connection(), PlaintextPersonalDataCodec(), record, at).isValid())
            return false;
    }
    return !tx.commit().isValid();
}

QHash<QString, QString> stationHashes(Database &db, const QString &where) {
    QHash<QString, QString> hashes;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT uuid, content_hash FROM outbox") +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    while (q.next())
        hashes.insert(q.value(0).toString(), q.value(1).toString());
    return hashes;
}

ServerRecords compareServerRecords(QSqlDatabase &db, const QHash<QString, QString> &expected) {
    ServerRecords r;
    QHash<QString, QString> remaining = expected;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT uuid, content_hash, content FROM records"));
    while (q.next()) {
        ++r.stored;
        const QString uuid = q.value(0).toString();
        if (!remaining.contains(uuid)) {
            ++r.unexpected;
            continue;
        }
        const QString recomputed = QString::fromLatin1(
            QCryptographicHash::hash(q.value(2).toString().toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        if (q.value(1).toString() != remaining.value(uuid) || recomputed != remaining.value(uuid))
            ++r.wrongHash;
        remaining.remove(uuid);
    }
    r.missing = int(remaining.size());
    if (q.exec(QStringLiteral("SELECT coalesce(sum(duplicates), 0) FROM station_counters")) &&
        q.next())
        r.duplicatesSeen = q.value(0).toLongLong();
    return r;
}

ServerRecords compareServerRecords(const QString &sqlitePath,
                                   const QHash<QString, QString> &expected) {
    ServerRecords r;
    const QString name = QStringLiteral("server-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.open();
        r = compareServerRecords(db, expected);
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

bool useExpiredCertificate(const ServerProcess &server, QString *error) {
    const QDir dir(server.temporaryPath());
    QFile config(dir.filePath(QStringLiteral("expired-ca.cnf")));
    QFile(dir.filePath(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(dir.filePath(QStringLiteral("serial")));
    if (!config.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the openssl ca files");
        return false;
    }
    serial.write("1000\n");
    serial.close();
    config.write("[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\n"
                 "new_certs_dir = .\nserial = serial\ndefault_md = sha256\n"
                 "policy = any\ncopy_extensions = copy\n[any]\ncommonName = supplied\n");
    config.close();
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    };
    const QString key = dir.filePath(QStringLiteral("server-key.pem"));
    return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                dir.filePath(QStringLiteral("expired.csr"))}) &&
           run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                QStringLiteral("-config"), config.fileName(), QStringLiteral("-selfsign"),
                QStringLiteral("-keyfile"), key, QStringLiteral("-in"),
                dir.filePath(QStringLiteral("expired.csr")), QStringLiteral("-startdate"),
                QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200102000000Z"), QStringLiteral("-out"),
                server.certificatePath()});
}

bool useOtherHostCertificate(const ServerProcess &server, QString *error) {
    const QDir dir(server.temporaryPath());
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=province.example"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:province.example"), QStringLiteral("-keyout"),
             dir.filePath(QStringLiteral("server-key.pem")), QStringLiteral("-out"),
             server.certificatePath()});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace station::test

namespace station::test {

UnansweredPort::UnansweredPort() {
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    // Backlog 0: the kernel keeps one finished connection waiting, the filler's.
    if (m_listener < 0 ||
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return;
    m_filler = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_filler < 0 ||
        ::connect(m_filler, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return;
    m_port = ntohs(address.sin_port);
}

UnansweredPort::~UnansweredPort() {
    for (const int fd : {m_filler, m_listener}) {
        if (fd >= 0)
            ::close(fd);
    }
}

QUrl UnansweredPort::url() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

} // namespace station::test

namespace station::test {

bool startSite(TempStation &station, ServerProcess &province, ServerProcess &hub, int records,
               SiteTokens *tokens, QString *error, bool enrollAtHub,
               const std::function<bool(ServerProcess &, QString *)> &prepareHub) {
    if (!station.ok()) {
        *error = QStringLiteral("no station");
        return false;
    }
    const StationIdentity identity = *station.store().identity();
    if (!appendSampleRecords(station.db(), identity, records)) {
        *error = QStringLiteral("records not made");
        return false;
    }
    if (!province.prepare(error) || !province.start(error) || !hub.prepare(error) ||
        (prepareHub && !prepareHub(hub, error)) || !hub.start(error))
        return false;
    tokens->province = enrollStation(province, identity, error);
    if (tokens->province.isEmpty())
        return false;
    if (!enrollAtHub)
        return true;
    tokens->hub = enrollStation(hub, identity, error);
    return !tokens->hub.isEmpty();
}

} // namespace station::test
