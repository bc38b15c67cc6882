// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/StationSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

class TestStationSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsWhenFileIsMissing();
    void valuesSurviveReopening();
    void outOfRangeValuesAreClamped_data();
    void outOfRangeValuesAreClamped();
    void handEditedNonsenseFallsBackToDefaults_data();
    void handEditedNonsenseFallsBackToDefaults();
    void provinceKeyAndUnsignedCodes();
    void damagedProvinceKeyFailsClosed();
};

void TestStationSettings::defaultsWhenFileIsMissing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StationSettings s(dir.filePath(StationSettings::fileName()));
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.contrast(), QString());
    QCOMPARE(s.scannerPrefix(), QString());
    QCOMPARE(s.scannerSuffix(), QString());
    QCOMPARE(s.scannerGapMs(), StationSettings::kDefaultScannerGapMs);
    QCOMPARE(s.serialPort(), QString());
    QCOMPARE(s.serialBaud(), 9600);
    QCOMPARE(s.hidPosDevice(), QString());
    QCOMPARE(s.cameraId(), QString());
    QCOMPARE(s.cameraPreviewVisible(), true);
    QCOMPARE(s.soundEnabled(), true);
    QCOMPARE(s.idleLockMinutes(), 10);
    QCOMPARE(s.labelSize(), QStringLiteral("50x25"));
    QCOMPARE(s.printerName(), QString());
    QCOMPARE(s.printLabelForEachTube(), false);
    QCOMPARE(s.manifestPrinterName(), QString());
}

void TestStationSettings::valuesSurviveReopening() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(StationSettings::fileName());
    {
        StationSettings s(path);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setContrast(QStringLiteral("high-contrast"));
        s.setScannerPrefix(QStringLiteral("\x02"));
        s.setScannerSuffix(QStringLiteral("\r"));
        s.setScannerGapMs(20);
        s.setSerialPort(QStringLiteral(" /dev/ttyACM0 "));
        s.setSerialBaud(115200);
        s.setHidPosDevice(QStringLiteral(" 0C2E:0B61 "));
        s.setCameraId(QStringLiteral("cam-1"));
        s.setCameraPreviewVisible(false);
        s.setSoundEnabled(false);
        s.setIdleLockMinutes(12);
        s.setLabelSize(QStringLiteral("40x20"));
        s.setPrinterName(QStringLiteral("Zebra"));
        s.setPrintLabelForEachTube(true);
        s.setManifestPrinterName(QStringLiteral("pdf:/tmp/manifests.pdf"));
        QVERIFY(s.sync());
    }
    QVERIFY(QFile::exists(path));
    StationSettings s(path);
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    QCOMPARE(s.contrast(), QStringLiteral("high-contrast"));
    QCOMPARE(s.scannerPrefix(), QStringLiteral("\x02"));
    QCOMPARE(s.scannerSuffix(), QStringLiteral("\r"));
    QCOMPARE(s.scannerGapMs(), 20);
    QCOMPARE(s.serialPort(), QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(s.serialBaud(), 115200);
    QCOMPARE(s.hidPosDevice(), QStringLiteral("0c2e:0b61"));
    QCOMPARE(s.cameraId(), QStringLiteral("cam-1"));
    QCOMPARE(s.cameraPreviewVisible(), false);
    QCOMPARE(s.soundEnabled(), false);
    QCOMPARE(s.idleLockMinutes(), 12);
    QCOMPARE(s.labelSize(), QStringLiteral("40x20"));
    QCOMPARE(s.printerName(), QStringLiteral("Zebra"));
    QCOMPARE(s.printLabelForEachTube(), true);
    QCOMPARE(s.manifestPrinterName(), QStringLiteral("pdf:/tmp/manifests.pdf"));
}

void TestStationSettings::outOfRangeValuesAreClamped_data() {
    QTest::addColumn<int>("idleIn");
    QTest::addColumn<int>("idleOut");
    QTest::addColumn<int>("gapIn");
    QTest::addColumn<int>("gapOut");
    QTest::newRow("too small") << 0 << 1 << 1 << 5;
    QTest::newRow("in range") << 45 << 45 << 50 << 50;
    QTest::newRow("too large") << 10000 << 240 << 9000 << 500;
}

void TestStationSettings::outOfRangeValuesAreClamped() {
    QFETCH(int, idleIn);
    QFETCH(int, idleOut);
    QFETCH(int, gapIn);
    QFETCH(int, gapOut);
    QTemporaryDir dir;
    StationSettings s(dir.filePath(StationSettings::fileName()));
    s.setIdleLockMinutes(idleIn);
    s.setScannerGapMs(gapIn);
    QCOMPARE(s.idleLockMinutes(), idleOut);
    QCOMPARE(s.scannerGapMs(), gapOut);
}

void TestStationSettings::handEditedNonsenseFallsBackToDefaults_data() {
    QTest::addColumn<QByteArray>("ini");
    QTest::newRow("words") << QByteArray(
        "[ui]\nlanguage=klingon\ncontrast=neon\n[session]\nidleLockMinutes="
        "soon\n[serial]\nbaud=fast\n[labels]\nsize=big\n[hidpos]\ndevice=honeywell\n");
    QTest::newRow("numbers out of range")
        << QByteArray("[ui]\nlanguage=fr\n[session]\nidleLockMinutes=0\n[serial]\nbaud=12345\n"
                      "[labels]\nsize=0x0\n[hidpos]\ndevice=12345:1\n");
}

void TestStationSettings::handEditedNonsenseFallsBackToDefaults() {
    QFETCH(QByteArray, ini);
    QTemporaryDir dir;
    const QString path = dir.filePath(StationSettings::fileName());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ini);
    f.close();
    StationSettings s(path);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.contrast(), QString());
    QCOMPARE(s.idleLockMinutes(), 10);
    QCOMPARE(s.serialBaud(), 9600);
    QCOMPARE(s.labelSize(), QStringLiteral("50x25"));
    QCOMPARE(s.hidPosDevice(), QString());
}

// Signed resident codes: the key the station received and the site's choice.
void TestStationSettings::provinceKeyAndUnsignedCodes() {
    QTemporaryDir dir;
    const QString path = dir.filePath(StationSettings::fileName());
    const QByteArray key(StationSettings::kProvinceCodeKeyBytes, '\x5a');
    const QDateTime at(QDate(2026, 12, 3), QTime(9, 40), Qt::UTC);
    {
        StationSettings s(path);
        // No key: nothing can be verified, unsigned codes are taken by default.
        QVERIFY(s.provinceCodeKey().isEmpty());
        QVERIFY(!s.acceptUnsignedCodesChoice().has_value());
        QVERIFY(s.acceptsUnsignedCodes());
        s.setProvinceCodeKey(key, StationSettings::keyFromEnrollment(), at);
        QVERIFY(s.sync());
    }
    {
        StationSettings s(path);
        QCOMPARE(s.provinceCodeKey(), key);
        QCOMPARE(s.provinceCodeKeySource(), StationSettings::keyFromEnrollment());
        QCOMPARE(s.provinceCodeKeyReceivedAt(), at);
        // Once the province gives a key, unsigned codes are refused by default...
        QVERIFY(!s.acceptsUnsignedCodes());
        // ...unless the site chooses otherwise, and the choice survives.
        s.setAcceptUnsignedCodesChoice(true);
        QVERIFY(s.sync());
    }
    {
        StationSettings s(path);
        QCOMPARE(s.acceptUnsignedCodesChoice(), std::optional<bool>(true));
        QVERIFY(s.acceptsUnsignedCodes());
        s.setAcceptUnsignedCodesChoice(std::nullopt);
        QVERIFY(!s.acceptsUnsignedCodes());
        // An enrollment without a key removes the old one.
        s.setProvinceCodeKey({}, StationSettings::keyFromEnrollment(), at);
        QVERIFY(s.provinceCodeKey().isEmpty());
        QVERIFY(s.provinceCodeKeySource().isEmpty());
        QVERIFY(s.acceptsUnsignedCodes());
    }
}

void TestStationSettings::damagedProvinceKeyFailsClosed() {
    QTemporaryDir dir;
    const QString path = dir.filePath(StationSettings::fileName());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[residentCodes]\nprovinceKey=5a5a5a\n");
    f.close();
    StationSettings s(path);
    // Not empty (which would mean "no key"), and of no size a key has: nothing verifies, and
    // unsigned codes stay refused.
    QVERIFY(!s.provinceCodeKey().isEmpty());
    QVERIFY(s.provinceCodeKey().size() != StationSettings::kProvinceCodeKeyBytes);
    QVERIFY(!s.acceptsUnsignedCodes());
}

QTEST_GUILESS_MAIN(TestStationSettings)
#include "tst_stationsettings.moc"
