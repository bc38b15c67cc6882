// SPDX-License-Identifier: GPL-3.0-or-later
// Sync settings, the device token file, the pinned CA and the status thresholds.
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncStatus.h"
#include "core/sync/SyncTls.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

class tst_SyncSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingsRoundTrip() {
        QTemporaryDir dir;
        SyncSettings s;
        s.serverUrl = QUrl(QStringLiteral("https://province.example:8443/base"));
        s.pinnedCaPath = QStringLiteral("/etc/station/ca.pem");
        s.batchSize = 200;
        QCOMPARE(s.primaryProbeTimeoutMs, 3000);
        s.primaryProbeTimeoutMs = 1500;
        QVERIFY(saveSyncSettings(dir.path(), s).ok());
        const SyncSettings back = loadSyncSettings(dir.path());
        QCOMPARE(back.serverUrl, s.serverUrl);
        QCOMPARE(back.pinnedCaPath, s.pinnedCaPath);
        QCOMPARE(back.batchSize, 200);
        QCOMPARE(back.primaryProbeTimeoutMs, 1500);
        QVERIFY(back.isConfigured());
        QVERIFY(
            !loadSyncSettings(QDir(dir.path()).filePath(QStringLiteral("none"))).isConfigured());
    }

    // An empty or unreadable address is never saved over the one in force.
    void settingsWithoutServerAreNotSaved() {
        QTemporaryDir dir;
        SyncSettings good;
        good.serverUrl = QUrl(QStringLiteral("https://province.example:8443"));
        QVERIFY(saveSyncSettings(dir.path(), good).ok());
        SyncSettings empty;
        const Status refused = saveSyncSettings(dir.path(), empty);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        SyncSettings unreadable;
        unreadable.serverUrl = QUrl(QStringLiteral("https://HOST:PORT"));
        QVERIFY(!saveSyncSettings(dir.path(), unreadable).ok());
        QCOMPARE(loadSyncSettings(dir.path()).serverUrl, good.serverUrl);
    }

    void tokenFileIsPrivate() {
        QTemporaryDir dir;
        QCOMPARE(readDeviceToken(dir.path()), QString());
        QVERIFY(writeDeviceToken(dir.path(), QStringLiteral("first-token")).ok());
        QVERIFY(writeDeviceToken(dir.path(), QStringLiteral("rotated-token")).ok());
        QCOMPARE(readDeviceToken(dir.path()), QStringLiteral("rotated-token"));
        const QFile::Permissions perms = QFileInfo(deviceTokenPath(dir.path())).permissions();
        QCOMPARE(perms & (QFile::ReadOwner | QFile::WriteOwner),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                          QFile::WriteOther | QFile::ExeOwner),
                 QFile::Permissions());
    }

    // A station joined to a hub keeps the province as its fallback: its address, a CA copy of
    // its own, fallback-after, and a token kept as the hub's is. Forgetting it removes them.
    void fallbackRoundTripAndRemoval() {
        QTemporaryDir dir;
        station::test::ServerProcess province;
        QString error;
        QVERIFY2(province.prepare(&error), qPrintable(error));
        SyncSettings s;
        s.serverUrl = QUrl(QStringLiteral("https://192.168.1.10:8443"));
        QVERIFY(!s.hasFallback());
        s.fallbackUrl = QUrl(QStringLiteral("https://province.example:8443"));
        s.fallbackAfterSecs = 90;
        QVERIFY(pinFallbackCa(dir.path(), province.certificatePath(), &s).ok());
        QCOMPARE(s.fallbackCaPath, QFileInfo(fallbackCaCopyPath(dir.path())).absoluteFilePath());
        QVERIFY(s.pinnedCaPath.isEmpty()); // the hub's pin is another matter
        QVERIFY(saveSyncSettings(dir.path(), s).ok());
        const SyncSettings back = loadSyncSettings(dir.path());
        QVERIFY(back.hasFallback());
        QCOMPARE(back.fallbackUrl, s.fallbackUrl);
        QCOMPARE(back.fallbackCaPath, s.fallbackCaPath);
        QCOMPARE(back.fallbackAfterSecs, 90);
        const SyncSettings endpoint = back.fallbackEndpoint();
        QCOMPARE(endpoint.serverUrl, s.fallbackUrl);
        QCOMPARE(endpoint.pinnedCaPath, s.fallbackCaPath);
        QVERIFY(!endpoint.hasFallback());

        QVERIFY(writeFallbackToken(dir.path(), QStringLiteral("province-token")).ok());
        QCOMPARE(readFallbackToken(dir.path()), QStringLiteral("province-token"));
        QCOMPARE(readDeviceToken(dir.path()), QString()); // apart from the hub's
        QCOMPARE(QFileInfo(fallbackTokenPath(dir.path())).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther |
                      QFile::ExeOwner),
                 QFile::Permissions());

        QVERIFY(removeFallback(dir.path()).ok());
        const SyncSettings without = loadSyncSettings(dir.path());
        QVERIFY(!without.hasFallback());
        QVERIFY(without.fallbackCaPath.isEmpty());
        QCOMPARE(without.fallbackAfterSecs, SyncSettings::kDefaultFallbackAfterSecs);
        QCOMPARE(without.serverUrl, s.serverUrl); // the hub stays
        QVERIFY(!QFile::exists(fallbackTokenPath(dir.path())));
        QVERIFY(!QFile::exists(fallbackCaCopyPath(dir.path())));
        QVERIFY(!storedSyncSettings(dir.path()).contains(QStringLiteral("fallback_url")));
    }

    void pinnedCa_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("usable");
        QTest::newRow("missing file") << QString() << false;
        QTest::newRow("not PEM") << QStringLiteral("hello") << false;
        QTest::newRow("the server's certificate") << QStringLiteral("server") << true;
    }

    void pinnedCa() {
        QFETCH(QString, content);
        QFETCH(bool, usable);
        QTemporaryDir dir;
        station::test::ServerProcess server;
        QString path = dir.filePath(QStringLiteral("ca.pem"));
        if (content == QLatin1String("server")) {
            QString error;
            QVERIFY2(server.prepare(&error), qPrintable(error));
            path = server.certificatePath();
        } else if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.toUtf8());
        }
        QSslConfiguration tls;
        QString error;
        QCOMPARE(syncTlsConfiguration(path, &tls, &error), usable);
        if (usable) {
            // Only the pinned CA is trusted, and the peer is always verified.
            QCOMPARE(tls.caCertificates().size(), 1);
            QCOMPARE(tls.caCertificates().first(), server.certificate());
            QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
        } else {
            QVERIFY(error.contains(path));
        }
    }

    void ageLevels_data() {
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<int>("ageMinutes");
        QTest::addColumn<int>("level");
        QTest::newRow("nothing pending") << qint64(0) << 3000 << int(SyncStatus::Age::Fresh);
        QTest::newRow("10 minutes") << qint64(5) << 10 << int(SyncStatus::Age::Fresh);
        QTest::newRow("exactly 2 h") << qint64(5) << 120 << int(SyncStatus::Age::Fresh);
        QTest::newRow("2 h 1 min") << qint64(5) << 121 << int(SyncStatus::Age::Warn);
        QTest::newRow("24 h 1 min") << qint64(5) << 1441 << int(SyncStatus::Age::Alarm);
    }

    void ageLevels() {
        QFETCH(qint64, pending);
        QFETCH(int, ageMinutes);
        QFETCH(int, level);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        SyncStatus s;
        s.pending = pending;
        s.oldestPending = now.addSecs(-60 * qint64(ageMinutes));
        QCOMPARE(int(s.ageLevel(now)), level);
    }

    void tlsMessages_data() {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << int(QSslError::CertificateExpired) << QStringLiteral("expired");
        QTest::newRow("host") << int(QSslError::HostNameMismatch)
                              << QStringLiteral("another host name");
        QTest::newRow("untrusted") << int(QSslError::SelfSignedCertificate)
                                   << QStringLiteral("not signed by a trusted authority");
    }

    void tlsMessages() {
        QFETCH(int, error);
        QFETCH(QString, words);
        // An expired certificate is usually also untrusted: the expiry is named first.
        const QString text =
            describeTlsErrors({QSslError(QSslError::UnableToGetLocalIssuerCertificate),
                               QSslError(QSslError::SslError(error))});
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nothing was sent")));
    }
};

QTEST_GUILESS_MAIN(tst_SyncSettings)
#include "tst_sync_settings.moc"
