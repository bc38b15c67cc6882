// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/CameraFormatChoice.h"
#include "scan/CameraScanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace station::scan;
using PF = QVideoFrameFormat;
Q_DECLARE_METATYPE(QList<station::scan::CameraFormatInfo>)

class tst_CameraScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatChoice_data();
    void formatChoice();
    void noCameraIsSaidClearly();
};

void tst_CameraScanner::formatChoice_data() {
    QTest::addColumn<QList<CameraFormatInfo>>("formats");
    QTest::addColumn<int>("expected");
    const CameraFormatInfo yuyv720at10{{1280, 720}, PF::Format_YUYV, 10};
    const CameraFormatInfo mjpeg720at30{{1280, 720}, PF::Format_Jpeg, 30};
    const CameraFormatInfo yuyv480at30{{640, 480}, PF::Format_YUYV, 30};
    const CameraFormatInfo mjpeg1080at30{{1920, 1080}, PF::Format_Jpeg, 30};
    const CameraFormatInfo nv12at720{{1280, 720}, PF::Format_NV12, 30};
    const CameraFormatInfo rgb720{{1280, 720}, PF::Format_XRGB8888, 30};
    const CameraFormatInfo tiny{{320, 240}, PF::Format_YUYV, 30};

    QTest::newRow("empty") << QList<CameraFormatInfo>{} << -1;
    QTest::newRow("USB2 webcam: 720p MJPEG at 30 over 720p YUYV at 10")
        << QList<CameraFormatInfo>{yuyv480at30, yuyv720at10, mjpeg720at30, mjpeg1080at30} << 2;
    QTest::newRow("720p at 10 fps beats 480p")
        << QList<CameraFormatInfo>{yuyv480at30, yuyv720at10} << 1;
    QTest::newRow("MJPEG before NV12 at the same size and rate")
        << QList<CameraFormatInfo>{rgb720, nv12at720, mjpeg720at30} << 2;
    QTest::newRow("YUV before RGB") << QList<CameraFormatInfo>{rgb720, nv12at720} << 1;
    QTest::newRow("only tiny or huge: huge") << QList<CameraFormatInfo>{tiny, mjpeg1080at30} << 1;
    QTest::newRow("only tiny") << QList<CameraFormatInfo>{tiny} << 0;
}

void tst_CameraScanner::formatChoice() {
    QFETCH(QList<CameraFormatInfo>, formats);
    QFETCH(int, expected);
    QCOMPARE(preferredCameraFormat(formats), expected);
}

void tst_CameraScanner::noCameraIsSaidClearly() {
    if (!CameraScanner::cameras().isEmpty())
        QSKIP("This machine has a camera; the no-camera message is not shown");
    CameraScanner scanner;
    QSignalSpy status(&scanner, &CameraScanner::statusChanged);
    QVERIFY(!scanner.start());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(1).toBool(), false);
    QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("No camera")));
    QVERIFY(!scanner.isActive());
    scanner.stop();
}

QTEST_MAIN(tst_CameraScanner)
#include "tst_CameraScanner.moc"
