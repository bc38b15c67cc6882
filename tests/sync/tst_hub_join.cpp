// SPDX-License-Identifier: GPL-3.0-or-later
// Joining a hub from its join code (core/sync/HubJoin) against a real province-server over TLS
// on loopback: the code `admin join-code` prints joins and the station then syncs; a wrong
// fingerprint, a used code, an unreachable server, a certificate for another host and a
// failure at each save leave the station's sync settings, pinned CA and token as they were.
// With the Fallback target the province's code enrolls the station there as its fallback,
// leaving the hub's settings, CA, token and keys alone; a failure leaves the former fallback.
#include "core/settings/StationSettings.h"
#include "core/storage/StationPaths.h"
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/HubJoin.h"
#include "core/sync/SyncController.h"
#include "core/sync/SyncSettings.h"
#include "protocol/JoinCode.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/support/TestCertificates.h"
#include "tests/sync/SyncTestSupport.h"
#include "translations/StationTranslation.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace station;
using namespace station::test;

Q_DECLARE_METATYPE(station::HubJoin::Step)

namespace {

constexpr int kWaitMs = 60000; // a guard against hanging, not a speed assertion

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

// Everything a join may change, to compare before and after.
struct StationSyncState {
    QByteArray settings;
    QByteArray ca;
    QByteArray token;
    static StationSyncState of(const QString &dataDir) {
        return {fileBytes(settingsPath(dataDir)), fileBytes(pinnedCaCopyPath(dataDir)),
                fileBytes(deviceTokenPath(dataDir))};
    }
    bool operator==(const StationSyncState &o) const {
        return settings == o.settings && ca == o.ca && token == o.token;
    }
};

// A station that already syncs elsewhere: its settings, CA and token must survive a failed
// join untouched.
void configurePreviousServer(const QString &dataDir) {
    SyncSettings settings;
    settings.serverUrl = QUrl(QStringLiteral("https://province.example:8443"));
    settings.batchSize = 123;
    settings.pinnedCaPath = pinnedCaCopyPath(dataDir);
    QVERIFY(saveSyncSettings(dataDir, settings).ok());
    // Not a real certificate: only its bytes are compared.
    QFile pinned(pinnedCaCopyPath(dataDir));
    QVERIFY(pinned.open(QIODevice::WriteOnly));
    pinned.write("-----BEGIN CERTIFICATE-----\nold\n-----END CERTIFICATE-----\n");
    pinned.close();
    QVERIFY(writeDeviceToken(dataDir, QStringLiteral("old-token")).ok());
    StationSettings station(settingsPath(dataDir));
    station.setProvinceCodeKey(QByteArray(32, '\x11'), StationSettings::keyFromEnrollment(),
                               QDateTime::currentDateTimeUtc());
    QVERIFY(station.sync());
}

// Replaces the prepared server's certificate with a self-signed one with these X.509v3
// extensions (openssl req -x509).
bool useCertificate(const ServerProcess &server, const QByteArray &extensions, QString *error) {
    const QDir dir(server.temporaryPath());
    QFile config(dir.filePath(QStringLiteral("leaf.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[req]\ndistinguished_name = dn\nx509_extensions = ext\nprompt = no\n"
                 "[dn]\nCN = hub\n[ext]\n" +
                 extensions);
    config.close();
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
             config.fileName(), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-keyout"), dir.filePath(QStringLiteral("server-key.pem")),
             QStringLiteral("-out"), server.certificatePath()});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

// The join code `admin join-code` prints for `server` (its last line).
QString printedJoinCode(const ServerProcess &server, const QString &site, int uses = 1) {
    int exitCode = -1;
    QString standardError;
    const QString out = server.runAdmin({QStringLiteral("join-code"), QStringLiteral("--site"),
                                         site, QStringLiteral("--url"), server.baseUrl().toString(),
                                         QStringLiteral("--cert"), server.certificatePath(),
                                         QStringLiteral("--uses"), QString::number(uses)},
                                        &exitCode, &standardError);
    if (exitCode != 0) {
        qWarning() << standardError;
        return {};
    }
    return out.trimmed().section(QLatin1Char('\n'), -1);
}

struct JoinResult {
    bool joined = false;
    HubJoin::Step step = HubJoin::Step::ReadCode;
    QString message;
};

JoinResult join(const QString &dataDir, const QString &code, const StationIdentity &identity,
                HubJoin::Target target = HubJoin::Target::Primary) {
    HubJoin hubJoin(dataDir);
    hubJoin.setTarget(target);
    QSignalSpy succeeded(&hubJoin, &HubJoin::succeeded);
    QSignalSpy failed(&hubJoin, &HubJoin::failed);
    hubJoin.start(code, {identity.siteCode, identity.deviceId, identity.tableNumber});
    // Asynchronous: nothing is answered before start() returns.
    if (!succeeded.isEmpty() || !failed.isEmpty())
        return {false, HubJoin::Step::ReadCode, QStringLiteral("answered synchronously")};
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, kWaitMs))
        return {false, HubJoin::Step::ReadCode, QStringLiteral("no answer")};
    JoinResult result;
    result.joined = !succeeded.isEmpty();
    if (!failed.isEmpty()) {
        result.step = failed.first().at(0).value<HubJoin::Step>();
        result.message = failed.first().at(1).toString();
    }
    return result;
}

// Everything of the hub's that a fallback enrollment must leave alone, and the fallback's own
// files.
struct StationFallbackState {
    QByteArray settings;
    QByteArray hubCa;
    QByteArray hubToken;
    QByteArray siteKey;
    QByteArray fallbackCa;
    QByteArray fallbackToken;
    static StationFallbackState of(const QString &dataDir) {
        return {fileBytes(settingsPath(dataDir)),       fileBytes(pinnedCaCopyPath(dataDir)),
                fileBytes(deviceTokenPath(dataDir)),    fileBytes(siteKeyPath(dataDir)),
                fileBytes(fallbackCaCopyPath(dataDir)), fileBytes(fallbackTokenPath(dataDir))};
    }
    bool operator==(const StationFallbackState &o) const {
        return settings == o.settings && hubCa == o.hubCa && hubToken == o.hubToken &&
               siteKey == o.siteKey && fallbackCa == o.fallbackCa &&
               fallbackToken == o.fallbackToken;
    }
};

const QUrl kFormerFallback(QStringLiteral("https://old-province.example:8443"));

// A station joined to a hub (configurePreviousServer) with a fallback already: the former
// province's address, CA copy and token.
void configureFormerFallback(const QString &dataDir) {
    // A real PEM certificate is needed to pin: a server's test certificate will do.
    ServerProcess former;
    QString error;
    QVERIFY2(former.prepare(&error), qPrintable(error));
    QVERIFY(saveFallback(dataDir, {kFormerFallback, former.certificatePath(), 300,
                                   QStringLiteral("former-fallback-token")})
                .ok());
}

} // namespace

class tst_HubJoin : public QObject {
    Q_OBJECT
    // The joined station sends five records with the settings and token the join saved.
    void syncsFiveRecords(TempStation &station, ServerProcess &server) {
        const StationIdentity identity = *station.store().identity();
        QVERIFY(appendSampleRecords(station.db(), identity, 5));
        SyncSettings settings = loadSyncSettings(station.dataDir());
        settings.minBackoffMs = 20;
        settings.maxBackoffMs = 400;
        SyncController controller(station.db().path(), settings,
                                  readDeviceToken(station.dataDir()));
        SyncStatus last;
        bool answered = false;
        connect(&controller, &SyncController::statusChanged, this,
                [&](const SyncStatus &s) { last = s; });
        connect(&controller, &SyncController::passFinished, this,
                [&](bool ok) { answered = answered || ok; });
        controller.start();
        QVERIFY2(QTest::qWaitFor([&] { return answered && last.pending == 0; }, kWaitMs),
                 qPrintable(last.lastError));
        controller.shutdown();
        server.kill();
        const ServerRecords stored =
            compareServerRecords(server.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(stored.stored, 5);
        QCOMPARE(stored.missing, 0);
    }

    // `station` joins `server`, whose certificate a CA of its own issued (useCaIssuedCertificate).
    static void joinCaIssuedHub(TempStation &station, ServerProcess &server, bool withCa) {
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(useCaIssuedCertificate(server, QStringLiteral("hub"), withCa, &error),
                 qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const JoinResult result =
            join(station.dataDir(), printedJoinCode(server, identity.siteCode), identity);
        QVERIFY2(result.joined, qPrintable(result.message));
    }

private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("station.*.info=false"));
        qRegisterMetaType<HubJoin::Step>();
    }

    void printedCodeJoinsAndTheStationSyncs() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString code = printedJoinCode(server, identity.siteCode);
        QVERIFY2(protocol::parseJoinCode(code), qPrintable(code));

        const JoinResult result = join(station.dataDir(), code, identity);
        QVERIFY2(result.joined, qPrintable(result.message));
        const SyncSettings saved = loadSyncSettings(station.dataDir());
        QCOMPARE(saved.serverUrl, server.baseUrl());
        QCOMPARE(QFileInfo(saved.pinnedCaPath).absoluteFilePath(),
                 QFileInfo(pinnedCaCopyPath(station.dataDir())).absoluteFilePath());
        QCOMPARE(QSslCertificate::fromPath(saved.pinnedCaPath).value(0), server.certificate());
        const QString token = readDeviceToken(station.dataDir());
        QVERIFY(!token.isEmpty());
        QCOMPARE(QFile(deviceTokenPath(station.dataDir())).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // No temporary copy of the certificate is left behind.
        QCOMPARE(
            QDir(station.dataDir()).entryList({QStringLiteral("join-ca-*")}, QDir::Files).size(),
            0);

        // The station syncs with what the join saved, TLS verified against the pinned one.
        syncsFiveRecords(station, server);
    }

    // A certificate that is no CA (basicConstraints CA:FALSE, serverAuth), as a hub's own
    // self-signed certificate may be: pinned, it verifies, host name included.
    void leafCertificateWithTheAddressJoins() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(useCertificate(server,
                                "basicConstraints = critical,CA:FALSE\n"
                                "keyUsage = critical,digitalSignature\n"
                                "extendedKeyUsage = serverAuth\n"
                                "subjectAltName = IP:127.0.0.1\n",
                                &error),
                 qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const JoinResult result =
            join(station.dataDir(), printedJoinCode(server, identity.siteCode), identity);
        QVERIFY2(result.joined, qPrintable(result.message));
        QVERIFY(!readDeviceToken(station.dataDir()).isEmpty());
    }

    // A hub whose certificate a CA issued (the province's or the site's own): the join pins
    // that certificate, not the CA, and the station syncs with it; sent alone or with the
    // CA's certificate after it.
    void caIssuedCertificateJoinsAndTheStationSyncs_data() {
        QTest::addColumn<bool>("withCa");
        QTest::newRow("the certificate alone") << false;
        QTest::newRow("with the CA's certificate") << true;
    }
    void caIssuedCertificateJoinsAndTheStationSyncs() {
        QFETCH(bool, withCa);
        TempStation station;
        ServerProcess server;
        joinCaIssuedHub(station, server, withCa);
        if (QTest::currentTestFailed())
            return;
        syncsFiveRecords(station, server);
    }

    // Pinning a CA-issued certificate trusts that certificate only: another one of the same
    // CA (a second computer answering at the hub's address) is refused, nothing sent.
    void anotherCertificateOfTheSameCaIsRefused() {
        TempStation station;
        ServerProcess server;
        joinCaIssuedHub(station, server, false);
        if (QTest::currentTestFailed())
            return;
        const StationIdentity identity = *station.store().identity();
        QString error;
        QVERIFY2(useCaIssuedCertificate(server, QStringLiteral("other"), true, &error),
                 qPrintable(error));
        QVERIFY2(server.restart(&error), qPrintable(error));

        QVERIFY(appendSampleRecords(station.db(), identity, 5));
        SyncController controller(station.db().path(), loadSyncSettings(station.dataDir()),
                                  readDeviceToken(station.dataDir()));
        SyncStatus last;
        connect(&controller, &SyncController::statusChanged, this,
                [&](const SyncStatus &s) { last = s; });
        controller.start();
        QVERIFY2(QTest::qWaitFor([&] { return last.problem == SyncStatus::Problem::Tls; }, kWaitMs),
                 qPrintable(last.lastError));
        controller.shutdown();
        QCOMPARE(last.pending, 5);
        server.kill();
        QCOMPARE(compareServerRecords(server.sqlitePath(), stationHashes(station.db())).stored, 0);
    }

    void failuresChangeNothing_data() {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<HubJoin::Step>("step");
        QTest::newRow("not a join code") << QStringLiteral("garbage") << HubJoin::Step::ReadCode;
        QTest::newRow("another site") << QStringLiteral("site") << HubJoin::Step::ReadCode;
        QTest::newRow("nobody listening")
            << QStringLiteral("unreachable") << HubJoin::Step::FetchCertificate;
        QTest::newRow("wrong fingerprint")
            << QStringLiteral("fingerprint") << HubJoin::Step::CompareFingerprint;
        QTest::newRow("used code") << QStringLiteral("used") << HubJoin::Step::Enroll;
        QTest::newRow("certificate for another host")
            << QStringLiteral("host") << HubJoin::Step::Enroll;
        QTest::newRow("pinned CA cannot be written")
            << QStringLiteral("ca") << HubJoin::Step::PinCertificate;
        QTest::newRow("settings cannot be written")
            << QStringLiteral("settings") << HubJoin::Step::SaveSettings;
        QTest::newRow("token cannot be written")
            << QStringLiteral("token") << HubJoin::Step::SaveToken;
    }

    void failuresChangeNothing() {
        QFETCH(QString, failure);
        QFETCH(HubJoin::Step, step);
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        const QString dir = station.dataDir();
        configurePreviousServer(dir);

        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        if (failure == QLatin1String("host"))
            QVERIFY2(useOtherHostCertificate(server, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        QString code = printedJoinCode(server, identity.siteCode);
        QVERIFY(protocol::parseJoinCode(code));

        if (failure == QLatin1String("garbage")) {
            code = QStringLiteral("SSJOIN1;U=http://127.0.0.1:1");
        } else if (failure == QLatin1String("site")) {
            code.replace(identity.siteCode, QStringLiteral("SZ-OTHER-1"));
        } else if (failure == QLatin1String("unreachable")) {
            QTcpServer closed; // a port nobody listens on once it is closed again
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            code.replace(QStringLiteral(":%1;").arg(server.port()),
                         QStringLiteral(":%1;").arg(port));
        } else if (failure == QLatin1String("fingerprint")) {
            protocol::JoinCode parsed = *protocol::parseJoinCode(code);
            parsed.certificateSha256[0] = char(parsed.certificateSha256[0] ^ 0x01);
            code = protocol::formatJoinCode(parsed);
        } else if (failure == QLatin1String("used")) {
            // Another station took the one-time code first.
            TempStation other;
            QVERIFY(other.ok());
            StationIdentity otherIdentity = *other.store().identity();
            otherIdentity.deviceId = QStringLiteral("another-device");
            QVERIFY(join(other.dataDir(), code, otherIdentity).joined);
        } else if (failure == QLatin1String("ca")) {
            QVERIFY(QFile::remove(pinnedCaCopyPath(dir)));
            QVERIFY(QDir(dir).mkdir(QFileInfo(pinnedCaCopyPath(dir)).fileName()));
        } else if (failure == QLatin1String("settings")) {
            // Something that is no file where the settings go: they cannot be written.
            QVERIFY(QFile::remove(settingsPath(dir)));
            QVERIFY(QDir(dir).mkdir(QFileInfo(settingsPath(dir)).fileName()));
        } else if (failure == QLatin1String("token")) {
            QVERIFY(QFile::remove(deviceTokenPath(dir)));
            QVERIFY(QDir(dir).mkdir(QFileInfo(deviceTokenPath(dir)).fileName()));
        }
        const StationSyncState before = StationSyncState::of(dir);

        const JoinResult result = join(dir, code, identity);
        QVERIFY(!result.joined);
        QCOMPARE(result.step, step);
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(StationSyncState::of(dir) == before, qPrintable(result.message));
        const SyncSettings after = loadSyncSettings(dir);
        if (failure != QLatin1String("settings")) {
            QCOMPARE(after.serverUrl, QUrl(QStringLiteral("https://province.example:8443")));
            QCOMPARE(after.batchSize, 123);
            QCOMPARE(StationSettings(settingsPath(dir)).provinceCodeKey(), QByteArray(32, '\x11'));
        }
        QCOMPARE(QDir(dir).entryList({QStringLiteral("join-ca-*")}, QDir::Files).size(), 0);
    }

    // A join that fails after enrolling says why and that nothing was changed, in zh_CN as
    // Chinese writes two sentences: no space after the first one's 。.
    void aFailedJoinSaysSoAsChineseWritesIt() {
        QTranslator zh;
        QVERIFY(loadStationTranslation(zh, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&zh);
        const auto english = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        const QString dir = station.dataDir();
        configurePreviousServer(dir);
        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString code = printedJoinCode(server, identity.siteCode);
        // Something that is no file where the settings go: they cannot be written.
        QVERIFY(QFile::remove(settingsPath(dir)));
        QVERIFY(QDir(dir).mkdir(QFileInfo(settingsPath(dir)).fileName()));
        const JoinResult result = join(dir, code, identity);
        QVERIFY(!result.joined);
        QCOMPARE(result.step, HubJoin::Step::SaveSettings);
        QVERIFY2(result.message.endsWith(QStringLiteral("。未做任何更改。")),
                 qPrintable(result.message));
        QVERIFY2(!result.message.contains(QStringLiteral("。 ")), qPrintable(result.message));
    }

    // The province's own join code, scanned at a station joined to a hub: enrolled there as
    // the fallback; the hub's address, CA, token and keys untouched.
    void provinceCodeEnrollsTheFallback() {
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        const QString dir = station.dataDir();
        configurePreviousServer(dir);
        const StationSyncState hubBefore = StationSyncState::of(dir);
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        const JoinResult result = join(dir, printedJoinCode(province, identity.siteCode), identity,
                                       HubJoin::Target::Fallback);
        QVERIFY2(result.joined, qPrintable(result.message));
        const SyncSettings saved = loadSyncSettings(dir);
        QCOMPARE(saved.serverUrl, QUrl(QStringLiteral("https://province.example:8443")));
        QCOMPARE(saved.batchSize, 123);
        QCOMPARE(saved.fallbackUrl, province.baseUrl());
        QCOMPARE(saved.fallbackAfterSecs, SyncSettings::kDefaultFallbackAfterSecs);
        QCOMPARE(QSslCertificate::fromPath(saved.fallbackCaPath).value(0), province.certificate());
        QVERIFY(!readFallbackToken(dir).isEmpty());
        QCOMPARE(fileBytes(pinnedCaCopyPath(dir)), hubBefore.ca);
        QCOMPARE(fileBytes(deviceTokenPath(dir)), hubBefore.token);
        QCOMPARE(StationSettings(settingsPath(dir)).provinceCodeKey(), QByteArray(32, '\x11'));
        QCOMPARE(QDir(dir).entryList({QStringLiteral("join-ca-*")}, QDir::Files).size(), 0);
        province.kill();
    }

    void fallbackFailuresKeepTheFormerFallback_data() {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<HubJoin::Step>("step");
        QTest::newRow("the hub's own code") << QStringLiteral("hub") << HubJoin::Step::ReadCode;
        QTest::newRow("nobody listening")
            << QStringLiteral("unreachable") << HubJoin::Step::FetchCertificate;
        QTest::newRow("wrong fingerprint")
            << QStringLiteral("fingerprint") << HubJoin::Step::CompareFingerprint;
        QTest::newRow("used code") << QStringLiteral("used") << HubJoin::Step::Enroll;
        QTest::newRow("CA copy cannot be written")
            << QStringLiteral("ca") << HubJoin::Step::PinCertificate;
        QTest::newRow("token cannot be written")
            << QStringLiteral("token") << HubJoin::Step::SaveToken;
    }

    void fallbackFailuresKeepTheFormerFallback() {
        QFETCH(QString, failure);
        QFETCH(HubJoin::Step, step);
        TempStation station;
        QVERIFY(station.ok());
        const StationIdentity identity = *station.store().identity();
        const QString dir = station.dataDir();
        configurePreviousServer(dir);
        ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        QVERIFY2(province.start(&error), qPrintable(error));
        if (failure == QLatin1String("hub")) {
            // The code scanned is the one of the hub the station syncs with.
            SyncSettings settings = loadSyncSettings(dir);
            settings.serverUrl = province.baseUrl();
            QVERIFY(saveSyncSettings(dir, settings).ok());
        }
        configureFormerFallback(dir);
        QString code = printedJoinCode(province, identity.siteCode);
        QVERIFY(protocol::parseJoinCode(code));
        if (failure == QLatin1String("unreachable")) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            code.replace(QStringLiteral(":%1;").arg(province.port()),
                         QStringLiteral(":%1;").arg(port));
        } else if (failure == QLatin1String("fingerprint")) {
            protocol::JoinCode parsed = *protocol::parseJoinCode(code);
            parsed.certificateSha256[0] = char(parsed.certificateSha256[0] ^ 0x01);
            code = protocol::formatJoinCode(parsed);
        } else if (failure == QLatin1String("used")) {
            TempStation other;
            QVERIFY(other.ok());
            StationIdentity otherIdentity = *other.store().identity();
            otherIdentity.deviceId = QStringLiteral("another-device");
            QVERIFY(join(other.dataDir(), code, otherIdentity).joined);
        } else if (failure == QLatin1String("ca")) {
            QVERIFY(QFile::remove(fallbackCaCopyPath(dir)));
            QVERIFY(QDir(dir).mkdir(QFileInfo(fallbackCaCopyPath(dir)).fileName()));
        } else if (failure == QLatin1String("token")) {
            QVERIFY(QFile::remove(fallbackTokenPath(dir)));
            QVERIFY(QDir(dir).mkdir(QFileInfo(fallbackTokenPath(dir)).fileName()));
        }
        const StationFallbackState before = StationFallbackState::of(dir);

        const JoinResult result = join(dir, code, identity, HubJoin::Target::Fallback);
        QVERIFY(!result.joined);
        QCOMPARE(result.step, step);
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(StationFallbackState::of(dir) == before, qPrintable(result.message));
        const SyncSettings after = loadSyncSettings(dir);
        QCOMPARE(after.fallbackUrl, kFormerFallback);
        QCOMPARE(after.fallbackAfterSecs, 300);
        if (step != HubJoin::Step::ReadCode)
            QVERIFY2(result.message.contains(QLatin1String("stays in force")),
                     qPrintable(result.message));
        QCOMPARE(QDir(dir).entryList({QStringLiteral("join-ca-*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HubJoin)
#include "tst_hub_join.moc"
