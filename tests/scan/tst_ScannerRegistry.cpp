// SPDX-License-Identifier: GPL-3.0-or-later
// The scanner registry builds each kind of scanner from the station's settings, and only those
// the settings ask for.
#include "scan/CameraScanner.h"
#include "scan/HidPosScanner.h"
#include "scan/HidScanEventFilter.h"
#include "scan/ScannerRegistry.h"
#include "scan/SerialScanner.h"
#include "scan/VideoFileScanner.h"

#include <QSet>
#include <QtTest>

using namespace station::scan;

namespace {

QStringList keysOf(const std::vector<std::unique_ptr<Scanner>> &scanners) {
    QStringList keys;
    for (const auto &s : scanners)
        keys << s->objectName();
    return keys;
}

// Settings of a table without a camera (an empty id is the default camera).
ScannerSettings withoutCamera() {
    ScannerSettings settings;
    settings.cameraId = kNoCameraId;
    return settings;
}

template <typename T> T *find(const std::vector<std::unique_ptr<Scanner>> &scanners) {
    for (const auto &s : scanners) {
        if (auto *found = qobject_cast<T *>(s.get()))
            return found;
    }
    return nullptr;
}

} // namespace

class tst_ScannerRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysAreUnique();
    void keyboardWedgeAlwaysWithItsFraming();
    void serialScannerFromItsPort();
    void hidPosScannerFromItsDevice();
    void cameraUnlessNoneOrAVideoFile_data();
    void cameraUnlessNoneOrAVideoFile();
    void videoFileFromItsPath();
    void everyTypeIsBuiltFromSomeSettings();
};

void tst_ScannerRegistry::keysAreUnique() {
    QSet<QString> keys;
    for (const ScannerType &type : scannerTypes()) {
        QVERIFY(!type.key.isEmpty());
        QVERIFY2(!keys.contains(type.key), type.key.data());
        QVERIFY(type.create);
        keys.insert(type.key);
    }
    QCOMPARE(keys.size(), 5);
}

void tst_ScannerRegistry::keyboardWedgeAlwaysWithItsFraming() {
    ScannerSettings settings = withoutCamera();
    settings.keyboardWedge.prefix = QStringLiteral("]Q");
    settings.keyboardWedge.suffix = QStringLiteral("#");
    settings.keyboardWedge.maxGapMs = 50;
    const auto scanners = createScanners(settings);
    QCOMPARE(keysOf(scanners), QStringList{QStringLiteral("keyboard-wedge")});
    auto *wedge = find<HidScanEventFilter>(scanners);
    QVERIFY(wedge);
    QCOMPARE(wedge->config().prefix, QStringLiteral("]Q"));
    QCOMPARE(wedge->config().suffix, QStringLiteral("#"));
    QCOMPARE(wedge->config().maxGapMs, 50);
    QVERIFY(!wedge->readsPictures());
}

void tst_ScannerRegistry::serialScannerFromItsPort() {
    ScannerSettings settings = withoutCamera();
    settings.serialPort = QStringLiteral("ttyACM0");
    settings.serialBaud = 115200;
    const auto scanners = createScanners(settings);
    QCOMPARE(keysOf(scanners),
             (QStringList{QStringLiteral("keyboard-wedge"), QStringLiteral("serial")}));
    auto *serial = find<SerialScanner>(scanners);
    QVERIFY(serial);
    QCOMPARE(serial->config().portName, QStringLiteral("ttyACM0"));
    QCOMPARE(serial->config().baudRate, 115200);
    QVERIFY(!serial->isOpen()); // built, not started
    QVERIFY(!serial->readsPictures());
}

void tst_ScannerRegistry::hidPosScannerFromItsDevice() {
    ScannerSettings settings = withoutCamera();
    QVERIFY(!find<HidPosScanner>(createScanners(settings)));
    settings.hidPosDevice = QStringLiteral("0c2e:0b61");
    const auto scanners = createScanners(settings);
    QCOMPARE(keysOf(scanners),
             (QStringList{QStringLiteral("keyboard-wedge"), QStringLiteral("hid-pos")}));
    auto *hidPos = find<HidPosScanner>(scanners);
    QVERIFY(hidPos);
    QCOMPARE(hidPos->config().device, QStringLiteral("0c2e:0b61"));
    QVERIFY(!hidPos->readsPictures());
}

void tst_ScannerRegistry::cameraUnlessNoneOrAVideoFile_data() {
    QTest::addColumn<QString>("cameraId");
    QTest::addColumn<QString>("videoFile");
    QTest::addColumn<bool>("camera");
    QTest::newRow("a camera") << QStringLiteral("/dev/video0") << QString() << true;
    QTest::newRow("the default camera") << QString() << QString() << true;
    QTest::newRow("camera off") << QString(kNoCameraId) << QString() << false;
    QTest::newRow("default camera, video file in its place")
        << QString() << QStringLiteral("codes.avi") << false;
    QTest::newRow("video file in its place")
        << QStringLiteral("/dev/video0") << QStringLiteral("codes.avi") << false;
}

void tst_ScannerRegistry::cameraUnlessNoneOrAVideoFile() {
    QFETCH(QString, cameraId);
    QFETCH(QString, videoFile);
    QFETCH(bool, camera);
    ScannerSettings settings;
    settings.cameraId = cameraId;
    settings.videoFile = videoFile;
    const auto scanners = createScanners(settings);
    auto *built = find<CameraScanner>(scanners);
    QCOMPARE(built != nullptr, camera);
    QCOMPARE(keysOf(scanners).contains(QStringLiteral("camera")), camera);
    if (built) {
        QVERIFY(built->readsPictures());
        QVERIFY(!built->isActive()); // built, not started
    }
}

void tst_ScannerRegistry::videoFileFromItsPath() {
    ScannerSettings settings;
    settings.videoFile = QStringLiteral("/data/codes.avi");
    const auto scanners = createScanners(settings);
    QCOMPARE(keysOf(scanners),
             (QStringList{QStringLiteral("keyboard-wedge"), QStringLiteral("video-file")}));
    auto *video = find<VideoFileScanner>(scanners);
    QVERIFY(video);
    QCOMPARE(video->path(), QStringLiteral("/data/codes.avi"));
    QVERIFY(video->readsPictures());
}

// A new entry in the table that no settings can build would be dead code.
void tst_ScannerRegistry::everyTypeIsBuiltFromSomeSettings() {
    ScannerSettings withCamera;
    withCamera.serialPort = QStringLiteral("ttyUSB0");
    withCamera.hidPosDevice = QStringLiteral("auto");
    withCamera.cameraId = QStringLiteral("/dev/video0");
    ScannerSettings withVideo = withCamera;
    withVideo.videoFile = QStringLiteral("codes.avi");
    QSet<QString> built;
    for (const ScannerSettings &settings : {withCamera, withVideo}) {
        for (const QString &key : keysOf(createScanners(settings)))
            built.insert(key);
    }
    for (const ScannerType &type : scannerTypes())
        QVERIFY2(built.contains(type.key), type.key.data());
}

QTEST_MAIN(tst_ScannerRegistry)
#include "tst_ScannerRegistry.moc"
