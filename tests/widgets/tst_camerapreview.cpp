// SPDX-License-Identifier: GPL-3.0-or-later
// The camera picture: letterboxing, outlines where the decoded corners are, their style by
// status, the hold, the status text without a picture, and frames dropped between paints.
#include "tests/scan/GoldenImages.h"
#include "tests/widgets/TableDriver.h"

#include "scan/CodeRenderer.h"
#include "scan/FrameDecodeWorker.h"
#include "widgets/CameraPreview.h"
#include "widgets/Theme.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

using namespace station;
using namespace station::scan;

namespace {

// A video frame holding the image's pixels (RGB32 in memory is BGRX on this machine).
QVideoFrame frameFrom(const QImage &source) {
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    const QVideoFrameFormat format(image.size(),
                                   QVideoFrameFormat::pixelFormatFromImageFormat(image.format()));
    QVideoFrame frame(format);
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < image.height(); ++y)
        std::copy_n(image.constScanLine(y), image.width() * 4,
                    frame.bits(0) + y * frame.bytesPerLine(0));
    frame.unmap();
    return frame;
}

// A plain mid-grey camera frame: nothing in it is green or amber.
QVideoFrame greyFrame(QSize size = QSize(1280, 720)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    return frameFrom(image);
}

DecodedCode codeAt(const QRectF &r, const QString &text = QStringLiteral("GZ20260604001"),
                   CodeFormat format = CodeFormat::Code128) {
    DecodedCode c;
    c.format = format;
    c.text = text;
    c.corners = QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
    return c;
}

bool isReadGreen(QColor c) {
    return c.green() > 150 && c.green() - c.red() > 60 && c.green() - c.blue() > 40;
}

bool isAmber(QColor c) {
    return c.red() > 200 && c.green() > 120 && c.green() < 210 && c.blue() < 110;
}

// Whether any pixel within 1 logical pixel of p (logical coordinates) passes the test.
template <typename Test> bool colourNear(const QImage &grab, QPointF p, Test test) {
    const qreal dpr = grab.devicePixelRatio();
    const QPoint centre = (p * dpr).toPoint();
    const int reach = qCeil(dpr);
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            const QPoint q = centre + QPoint(dx, dy);
            if (grab.rect().contains(q) && test(grab.pixelColor(q)))
                return true;
        }
    }
    return false;
}

// The share of points along the polygon's edges (away from the corners) that pass the test.
template <typename Test>
double shareAlongEdges(const QImage &grab, const QPolygonF &shape, Test test) {
    int hits = 0;
    int total = 0;
    for (int i = 0; i < shape.size(); ++i) {
        const QPointF a = shape.at(i);
        const QPointF b = shape.at((i + 1) % shape.size());
        for (int k = 0; k <= 40; ++k) {
            const qreal t = 0.1 + 0.8 * k / 40.0;
            ++total;
            hits += colourNear(grab, a + (b - a) * t, test) ? 1 : 0;
        }
    }
    return total ? double(hits) / total : 0.0;
}

template <typename Test> int countPixels(const QImage &grab, Test test) {
    int n = 0;
    for (int y = 0; y < grab.height(); ++y)
        for (int x = 0; x < grab.width(); ++x)
            n += test(grab.pixelColor(x, y)) ? 1 : 0;
    return n;
}

QImage grabOf(QWidget &w) {
    return w.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestCameraPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pictureIsLetterboxed_data();
    void pictureIsLetterboxed();
    void readOutlineIsSolidGreenAtTheMappedCorners_data();
    void readOutlineIsSolidGreenAtTheMappedCorners();
    void twoCodesAreDashedAmber();
    void decodedCodeIsOutlinedWhereItIs();
    void outlineGoesAfterTheHold();
    void residentCodeTextIsNeverShown();
    void statusInLargeTypeWithoutPicture();
    void longStatusFitsAShortPanel();
    void longStatusShortensInAVeryShortPanel();
    void framesBetweenPaintsAreSkipped();
    void f6HidesAndShowsThePictureAndRemembersIt();
    void oneCodeAtATimeNoticeGoesOnTheBanner();
};

void TestCameraPreview::pictureIsLetterboxed_data() {
    QTest::addColumn<QSize>("widget");
    QTest::addColumn<QSize>("frame");
    QTest::addColumn<QRectF>("expected");
    QTest::newRow("exact 16:9") << QSize(640, 360) << QSize(1280, 720) << QRectF(0, 0, 640, 360);
    QTest::newRow("bars above and below")
        << QSize(400, 300) << QSize(1280, 720) << QRectF(0, 37.5, 400, 225);
    QTest::newRow("bars left and right")
        << QSize(400, 150) << QSize(1280, 720) << QRectF(66.6667, 0, 266.6667, 150);
    QTest::newRow("4:3 camera in a tall panel")
        << QSize(300, 500) << QSize(640, 480) << QRectF(0, 137.5, 300, 225);
}

void TestCameraPreview::pictureIsLetterboxed() {
    QFETCH(QSize, widget);
    QFETCH(QSize, frame);
    QFETCH(QRectF, expected);
    CameraPreview preview;
    preview.resize(widget);
    QVERIFY(preview.pictureRect().isEmpty()); // no picture yet
    preview.presentFrame(greyFrame(frame));
    const QRectF r = preview.pictureRect();
    QVERIFY2(qAbs(r.left() - expected.left()) < 0.01 && qAbs(r.top() - expected.top()) < 0.01 &&
                 qAbs(r.width() - expected.width()) < 0.01 &&
                 qAbs(r.height() - expected.height()) < 0.01,
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(r.left())
                            .arg(r.top())
                            .arg(r.width())
                            .arg(r.height())));
    // The bars are not picture: the frame's grey is only inside the rectangle.
    const QImage grab = grabOf(preview);
    const QPointF inside = r.center();
    QVERIFY(colourNear(grab, inside, [](QColor c) { return qAbs(c.red() - 128) < 6; }));
    if (r.top() > 2)
        QVERIFY(!colourNear(grab, QPointF(r.center().x(), r.top() / 2),
                            [](QColor c) { return qAbs(c.red() - 128) < 6; }));
}

void TestCameraPreview::readOutlineIsSolidGreenAtTheMappedCorners_data() {
    QTest::addColumn<QSize>("widget");
    QTest::addColumn<QRectF>("code");
    QTest::newRow("fills the width") << QSize(640, 360) << QRectF(400, 200, 300, 300);
    QTest::newRow("letterboxed") << QSize(400, 300) << QRectF(400, 200, 300, 300);
    QTest::newRow("pillarboxed, near the corner") << QSize(400, 150) << QRectF(900, 300, 320, 360);
}

void TestCameraPreview::readOutlineIsSolidGreenAtTheMappedCorners() {
    QFETCH(QSize, widget);
    QFETCH(QRectF, code);
    CameraPreview preview;
    qint64 now = 0;
    preview.setClock([&now] { return now; });
    preview.resize(widget);
    preview.presentFrame(greyFrame());
    preview.showCodes({codeAt(code)}, QSize(1280, 720));
    QCOMPARE(preview.visibleOutlineCount(), 1);

    const QPolygonF shape = preview.toWidget(codeAt(code).corners, QSize(1280, 720));
    const QRectF picture = preview.pictureRect();
    // Mapped by the picture's scale and offset.
    const qreal scale = picture.width() / 1280.0;
    QCOMPARE(shape.at(0), picture.topLeft() + code.topLeft() * scale);
    QCOMPARE(shape.at(2), picture.topLeft() + code.bottomRight() * scale);

    const QImage grab = grabOf(preview);
    QVERIFY2(shareAlongEdges(grab, shape, isReadGreen) > 0.97,
             qPrintable(QString::number(shareAlongEdges(grab, shape, isReadGreen))));
    // Only the outline: the middle of the code keeps the picture.
    QVERIFY(!colourNear(grab, shape.boundingRect().center(), isReadGreen));
    QCOMPARE(countPixels(grab, isAmber), 0);
}

void TestCameraPreview::twoCodesAreDashedAmber() {
    CameraPreview preview;
    qint64 now = 0;
    preview.setClock([&now] { return now; });
    preview.resize(640, 360);
    preview.presentFrame(greyFrame());
    const QRectF left(100, 250, 300, 300);
    const QRectF right(800, 250, 300, 300);
    preview.showCodes({codeAt(left, QStringLiteral("A1")), codeAt(right, QStringLiteral("B2"))},
                      QSize(1280, 720));
    QCOMPARE(preview.visibleOutlineCount(), 2);
    const QImage grab = grabOf(preview);
    for (const QRectF &r : {left, right}) {
        const QPolygonF shape = preview.toWidget(codeAt(r).corners, QSize(1280, 720));
        const double amber = shareAlongEdges(grab, shape, isAmber);
        // Dashed: the line is broken, not solid and not missing.
        QVERIFY2(amber > 0.35 && amber < 0.9, qPrintable(QString::number(amber)));
    }
    QCOMPARE(countPixels(grab, isReadGreen), 0);
}

void TestCameraPreview::decodedCodeIsOutlinedWhereItIs() {
    // The real path: a frame decoded by the worker, its codes and the frame into the preview.
    const test::GoldenImage golden = test::makeGolden(
        CodeFormat::QRCode, QStringLiteral("TUBE00000042"), test::GoldenEffect::None);
    const QVideoFrame frame = frameFrom(golden.image);
    FrameDecodeWorker worker;
    CameraPreview preview;
    qint64 now = 0;
    preview.setClock([&now] { return now; });
    preview.resize(480, 400);
    connect(&worker, &FrameDecodeWorker::codesFound, &preview, &CameraPreview::showCodes);
    QSignalSpy found(&worker, &FrameDecodeWorker::codesFound);
    preview.presentFrame(frame);
    QVERIFY(worker.submit(frame));
    QVERIFY(found.wait(5000));
    const auto codes = found.at(0).at(0).value<QList<DecodedCode>>();
    QCOMPARE(codes.size(), 1);
    QCOMPARE(preview.visibleOutlineCount(), 1);
    const QPolygonF shape = preview.toWidget(codes.at(0).corners, found.at(0).at(1).toSize());
    QVERIFY(preview.pictureRect().contains(shape.boundingRect()));
    const QImage grab = grabOf(preview);
    QVERIFY2(shareAlongEdges(grab, shape, isReadGreen) > 0.97,
             qPrintable(QString::number(shareAlongEdges(grab, shape, isReadGreen))));
}

void TestCameraPreview::outlineGoesAfterTheHold() {
    CameraPreview preview;
    qint64 now = 1000;
    preview.setClock([&now] { return now; });
    preview.setHoldMs(500);
    preview.resize(640, 360);
    preview.presentFrame(greyFrame());
    preview.showCodes({codeAt(QRectF(400, 200, 300, 300))}, QSize(1280, 720));
    now = 1499;
    QCOMPARE(preview.visibleOutlineCount(), 1);
    QVERIFY(countPixels(grabOf(preview), isReadGreen) > 100);
    // A frame without codes (motion blur) does not cut the hold short...
    preview.showCodes({}, QSize(1280, 720));
    QCOMPARE(preview.visibleOutlineCount(), 1);
    // ...but the hold ends it.
    now = 1500;
    QCOMPARE(preview.visibleOutlineCount(), 0);
    QCOMPARE(countPixels(grabOf(preview), isReadGreen), 0);
    // A new sighting brings it back.
    preview.showCodes({codeAt(QRectF(400, 200, 300, 300))}, QSize(1280, 720));
    QCOMPARE(preview.visibleOutlineCount(), 1);
}

void TestCameraPreview::residentCodeTextIsNeverShown() {
    // The label of a QR (a resident's code) says that it was read, never what it says; the
    // label is the only text over the picture, so its width tells which text was drawn.
    CameraPreview preview;
    preview.resize(640, 360);
    preview.presentFrame(greyFrame());
    const QString personal = QStringLiteral("RC1|R2026-000001|Chen Xiuying|440106198503120373");
    preview.showCodes({codeAt(QRectF(500, 300, 200, 200), personal, CodeFormat::QRCode)},
                      QSize(1280, 720));
    const int greenWithQr = countPixels(grabOf(preview), isReadGreen);
    preview.showCodes({codeAt(QRectF(500, 300, 200, 200), personal, CodeFormat::Code128)},
                      QSize(1280, 720));
    const int greenWithLongText = countPixels(grabOf(preview), isReadGreen);
    QVERIFY2(greenWithLongText > greenWithQr + 500,
             qPrintable(QStringLiteral("%1 vs %2").arg(greenWithQr).arg(greenWithLongText)));
}

// The camera's longest state in a short panel (seen in the window at 1280x720 beside a sealed
// tube: "No camera found. Plug in a USB camera; scanning starts by itself when it appears."
// ran over the top and the bottom of its box): the type gets smaller, the words stay whole
// inside the box.
void TestCameraPreview::longStatusFitsAShortPanel() {
    CameraPreview preview;
    // Near its least height (minimumSizeHint 108): how high the panel is depends on the
    // fonts and the room, and in the window under Xvfb 165 px already cut the words.
    preview.resize(332, 120);
    preview.setCameraStatus(QStringLiteral("No camera found. Plug in a USB camera; scanning starts "
                                           "by itself when it appears."),
                            false);
    // The words as they are drawn, wrapped in the box less its margin: as high as it at most.
    QFont type = preview.font();
    type.setPixelSize(preview.statusPixelSize());
    type.setBold(true);
    const QRect area = preview.statusTextArea().toRect();
    const QRect needed = QFontMetrics(type).boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap,
                                                         preview.shownStatus());
    QVERIFY2(needed.height() <= area.height() && needed.width() <= area.width(),
             qPrintable(QStringLiteral("%1x%2 px of words at %3 px in %4x%5")
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(preview.statusPixelSize())
                            .arg(area.width())
                            .arg(area.height())));
    // Still large where there is room.
    preview.resize(400, 300);
    QCOMPARE(preview.statusPixelSize(), 24);
    QCOMPARE(preview.shownStatus(), preview.statusText());
}

// Review 37: with a banner or the box panel above it, the panel is shorter still and even the
// smallest type cut "...scanning starts by itself when it..." off: the words get shorter, what
// to do stays, and they are drawn whole.
void TestCameraPreview::longStatusShortensInAVeryShortPanel() {
    CameraPreview preview;
    preview.resize(300, 84);
    preview.setCameraStatus(QStringLiteral("No camera found. Plug in a USB camera; scanning starts "
                                           "by itself when it appears."),
                            false);
    const QString shown = preview.shownStatus();
    QVERIFY2(shown == QLatin1String("No camera found. Plug in a USB camera.") ||
                 shown == QLatin1String("No camera found."),
             qPrintable(shown));
    QFont type = preview.font();
    type.setPixelSize(preview.statusPixelSize());
    type.setBold(true);
    const QRect area = preview.statusTextArea().toRect();
    const QRect needed =
        QFontMetrics(type).boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, shown);
    QVERIFY(needed.height() <= area.height() && needed.width() <= area.width());
    // In Chinese the same: cut at its semicolon (or its first sentence), with a full stop of
    // its own. Its characters are wider, so its panel is smaller for the same test.
    preview.resize(220, 72);
    preview.setCameraStatus(
        QStringLiteral("未找到摄像头。请插入 USB 摄像头；检测到后会自动开始扫描。"), false);
    QVERIFY2(!preview.shownStatus().contains(QStringLiteral("检测到")),
             qPrintable(preview.shownStatus()));
    QVERIFY2(preview.shownStatus().endsWith(QStringLiteral("。")),
             qPrintable(preview.shownStatus()));
}

void TestCameraPreview::statusInLargeTypeWithoutPicture() {
    CameraPreview preview;
    preview.resize(400, 300);
    const QString unplugged = QStringLiteral("The camera was unplugged.");
    preview.presentFrame(greyFrame());
    preview.showCodes({codeAt(QRectF(400, 200, 300, 300))}, QSize(1280, 720));
    QVERIFY(preview.hasPicture());

    preview.setCameraStatus(unplugged, false);
    // The last frame is gone (it would look like a working camera), and so are its outlines.
    QVERIFY(!preview.hasPicture());
    QCOMPARE(preview.visibleOutlineCount(), 0);
    QCOMPARE(preview.statusText(), unplugged);
    const QImage grab = grabOf(preview);
    QCOMPARE(countPixels(grab, isReadGreen), 0);
    // The words are there: dark amber text pixels in the middle band.
    const QColor text(theme::kAttentionText);
    const qreal dpr = grab.devicePixelRatio();
    const QRect band = QRectF(0, 100 * dpr, grab.width(), 100 * dpr).toRect();
    const int textPixels = countPixels(grab.copy(band), [&](QColor c) {
        return qAbs(c.red() - text.red()) < 30 && qAbs(c.green() - text.green()) < 30 &&
               qAbs(c.blue() - text.blue()) < 30;
    });
    QVERIFY2(textPixels > 300, qPrintable(QString::number(textPixels)));

    // Running again: the next frame is shown.
    preview.setCameraStatus(QStringLiteral("Camera is scanning."), true);
    QVERIFY(!preview.hasPicture());
    preview.presentFrame(greyFrame());
    QVERIFY(preview.hasPicture());
    QVERIFY(preview.isRunning());
}

void TestCameraPreview::framesBetweenPaintsAreSkipped() {
    CameraPreview preview;
    preview.resize(640, 360);
    // A burst with no paint in between: only the newest is kept.
    for (int i = 0; i < 10; ++i)
        preview.presentFrame(greyFrame());
    QCOMPARE(preview.framesReceived(), quint64(10));
    QCOMPARE(preview.framesSkipped(), quint64(9));
    preview.grab();
    preview.presentFrame(greyFrame());
    QCOMPARE(preview.framesSkipped(), quint64(9)); // the painted one was not skipped
    preview.presentFrame(QVideoFrame());           // invalid frames are ignored
    QCOMPARE(preview.framesReceived(), quint64(11));
}

void TestCameraPreview::f6HidesAndShowsThePictureAndRemembersIt() {
    test::TableDriver t;
    t.signIn();
    SamplingScreen *screen = t.window.samplingScreen();
    QVERIFY(screen->isCameraPreviewShown());
    QVERIFY(screen->cameraPreview()->isVisible());
    QSignalSpy toggled(screen, &SamplingScreen::cameraPreviewToggled);
    t.key(Qt::Key_F6);
    QCOMPARE(toggled.size(), 1);
    QVERIFY(!screen->cameraPreview()->isVisible());
    QCOMPARE(t.settings->cameraPreviewVisible(), false);
    t.key(Qt::Key_F6);
    QVERIFY(screen->cameraPreview()->isVisible());
    QCOMPARE(t.settings->cameraPreviewVisible(), true);
    // The scan field keeps the focus: the next scan still lands.
    QVERIFY(t.scanField()->hasFocus());
}

void TestCameraPreview::oneCodeAtATimeNoticeGoesOnTheBanner() {
    test::TableDriver t;
    const QString notice = QStringLiteral("Two different codes are in view.");
    t.window.showScanNotice(notice); // locked: nobody to tell, nothing shown
    QVERIFY(t.banner()->text() != notice);
    t.signIn();
    t.window.showScanNotice(notice);
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Attention);
    QCOMPARE(t.banner()->text(), notice);
}

QTEST_MAIN(TestCameraPreview)
#include "tst_camerapreview.moc"
