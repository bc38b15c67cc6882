// SPDX-License-Identifier: GPL-3.0-or-later
// Saving and removing the fallback (core/sync/FallbackEnrollment): the address checks, a save
// that fails (the certificate, the CA copy, the token; a settings file that cannot be written
// is tst_hub_join's case) leaving the former fallback (address, CA copy, token) byte for byte
// as it was, another province's address dropping the former token, and removal.
#include "core/storage/StationPaths.h"
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/SyncSettings.h"
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

Q_DECLARE_METATYPE(station::FallbackSaveStep)

namespace {

const QUrl kHub(QStringLiteral("https://192.168.1.10:8443"));
const QUrl kProvince(QStringLiteral("https://province.example:8443"));

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

// Everything a change of the fallback may touch.
struct FallbackFiles {
    QByteArray settings, ca, token;
    static FallbackFiles of(const QString &dir) {
        return {fileBytes(settingsPath(dir)), fileBytes(fallbackCaCopyPath(dir)),
                fileBytes(fallbackTokenPath(dir))};
    }
    bool operator==(const FallbackFiles &o) const {
        return settings == o.settings && ca == o.ca && token == o.token;
    }
};

} // namespace

class tst_FallbackEnrollment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.prepare(&error), qPrintable(error)); // only for its certificates
    }

    void addressChecks() {
        SyncSettings none;
        QCOMPARE(checkFallbackAddress(none, kProvince).code(), ErrorCode::InvalidInput);
        SyncSettings withHub;
        withHub.serverUrl = kHub;
        QVERIFY(checkFallbackAddress(withHub, kProvince).ok());
        const Status same =
            checkFallbackAddress(withHub, QUrl(QStringLiteral("https://192.168.1.10:8443/")));
        QCOMPARE(same.code(), ErrorCode::InvalidInput);
        QVERIFY2(same.message().contains(QLatin1String("not a fallback")),
                 qPrintable(same.message()));
        QCOMPARE(checkFallbackAddress(withHub, QUrl()).code(), ErrorCode::InvalidInput);
    }

    void savesAddressCertificateAndToken() {
        QTemporaryDir dir;
        SyncSettings hub;
        hub.serverUrl = kHub;
        QVERIFY(saveSyncSettings(dir.path(), hub).ok());
        QVERIFY(writeDeviceToken(dir.path(), QStringLiteral("hub-token")).ok());
        SyncSettings saved;
        QVERIFY(saveFallback(dir.path(),
                             {kProvince, m_server.certificatePath(), std::nullopt,
                              QStringLiteral("province-token")},
                             &saved)
                    .ok());
        QCOMPARE(saved.serverUrl, kHub); // the hub stays
        QCOMPARE(saved.fallbackUrl, kProvince);
        QCOMPARE(saved.fallbackAfterSecs, SyncSettings::kDefaultFallbackAfterSecs);
        QCOMPARE(saved.fallbackCaPath,
                 QFileInfo(fallbackCaCopyPath(dir.path())).absoluteFilePath());
        QCOMPARE(fileBytes(fallbackCaCopyPath(dir.path())), fileBytes(m_server.certificatePath()));
        QCOMPARE(readFallbackToken(dir.path()), QStringLiteral("province-token"));
        QCOMPARE(readDeviceToken(dir.path()), QStringLiteral("hub-token"));
        QCOMPARE(QFile::permissions(fallbackTokenPath(dir.path())),
                 QFile::permissions(deviceTokenPath(dir.path())));
        QCOMPARE(loadSyncSettings(dir.path()).fallbackUrl, kProvince);

        // fallback-after alone: the token and the certificate stay.
        QVERIFY(saveFallback(dir.path(), {kProvince, QString(), 90, QString()}, &saved).ok());
        QCOMPARE(saved.fallbackAfterSecs, 90);
        QCOMPARE(readFallbackToken(dir.path()), QStringLiteral("province-token"));
        QVERIFY(QFile::exists(fallbackCaCopyPath(dir.path())));

        // Another province's address without a new enrollment: the former token goes.
        const QUrl other(QStringLiteral("https://other-province.example:8443"));
        QVERIFY(saveFallback(dir.path(), {other, QString(), std::nullopt, QString()}).ok());
        QCOMPARE(loadSyncSettings(dir.path()).fallbackUrl, other);
        QVERIFY(readFallbackToken(dir.path()).isEmpty());

        QVERIFY(removeFallback(dir.path()).ok());
        QVERIFY(!loadSyncSettings(dir.path()).hasFallback());
        QCOMPARE(loadSyncSettings(dir.path()).serverUrl, kHub);
        QVERIFY(!QFile::exists(fallbackCaCopyPath(dir.path())));
        QCOMPARE(readDeviceToken(dir.path()), QStringLiteral("hub-token"));
    }

    void failureKeepsTheFormerFallback_data() {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<FallbackSaveStep>("step");
        QTest::newRow("not a certificate")
            << QStringLiteral("pem") << FallbackSaveStep::PinCertificate;
        QTest::newRow("CA copy cannot be written")
            << QStringLiteral("ca") << FallbackSaveStep::PinCertificate;
        QTest::newRow("token cannot be written")
            << QStringLiteral("token") << FallbackSaveStep::SaveToken;
    }

    void failureKeepsTheFormerFallback() {
        QFETCH(QString, failure);
        QFETCH(FallbackSaveStep, step);
        QTemporaryDir dir;
        const QString d = dir.path();
        SyncSettings hub;
        hub.serverUrl = kHub;
        QVERIFY(saveSyncSettings(d, hub).ok());
        // The former fallback: an address, a CA copy and a token.
        QVERIFY(saveFallback(
                    d, {kProvince, m_server.certificatePath(), 120, QStringLiteral("former-token")})
                    .ok());
        QString caSource = m_server.certificatePath();
        if (failure == QLatin1String("pem")) {
            caSource = QDir(d).filePath(QStringLiteral("not-a-certificate.pem"));
            QFile f(caSource);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello\n");
        } else if (failure == QLatin1String("ca")) {
            QVERIFY(QFile::remove(fallbackCaCopyPath(d)));
            QVERIFY(QDir(d).mkdir(QFileInfo(fallbackCaCopyPath(d)).fileName()));
        } else if (failure == QLatin1String("token")) {
            QVERIFY(QFile::remove(fallbackTokenPath(d)));
            QVERIFY(QDir(d).mkdir(QFileInfo(fallbackTokenPath(d)).fileName()));
        }
        const FallbackFiles before = FallbackFiles::of(d);
        FallbackSaveStep failedAt = FallbackSaveStep::SaveSettings;
        const Status saved =
            saveFallback(d,
                         {QUrl(QStringLiteral("https://other-province.example:8443")), caSource, 30,
                          QStringLiteral("new-token")},
                         nullptr, &failedAt);
        QVERIFY(!saved.ok());
        QCOMPARE(failedAt, step);
        QVERIFY2(saved.message().contains(QLatin1String("stays in force")),
                 qPrintable(saved.message()));
        QVERIFY(FallbackFiles::of(d) == before);
        const SyncSettings after = loadSyncSettings(d);
        QCOMPARE(after.fallbackUrl, kProvince);
        QCOMPARE(after.fallbackAfterSecs, 120);
        QCOMPARE(after.serverUrl, kHub);
    }

private:
    station::test::ServerProcess m_server;
};

QTEST_GUILESS_MAIN(tst_FallbackEnrollment)
#include "tst_fallback_enrollment.moc"
