// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/BarcodeDecoder.h"
#include "scan/BarcodeOrientation.h"
#include "scan/CodeRenderer.h"

#include <QPainter>
#include <QTest>

#include <cmath>

using namespace station::scan;

namespace {

// A Code 128 label turned by `angle` degrees, centred at `centre` on a grey 1280x720 frame.
QImage labelAt(double angle, QPointF centre) {
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(150);
    const QImage code = renderCode(CodeFormat::Code128, QStringLiteral("GZ123456789012"), 2, 6, 50);
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(centre);
    p.rotate(angle);
    p.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    return frame;
}

// Difference of two line directions in degrees, modulo 180.
double directionDifference(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 180.0);
    return std::min(d, 180.0 - d);
}

} // namespace

class tst_BarcodeOrientation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsAngleAndPlace_data();
    void findsAngleAndPlace();
    void nothingInAFlatFrame();
};

void tst_BarcodeOrientation::findsAngleAndPlace_data() {
    QTest::addColumn<double>("angle");
    QTest::addColumn<QPointF>("centre");
    // Exactly 90 degrees is read by the plain pass and try-harder; deskewing covers the rest.
    for (const double angle : {0.0, 17.0, 33.0, 45.0, 62.0, 84.0, 118.0, 150.0, 200.0, 300.0})
        QTest::addRow("%g degrees", angle) << angle << QPointF(500 + angle, 300 + angle / 3);
}

void tst_BarcodeOrientation::findsAngleAndPlace() {
    QFETCH(double, angle);
    QFETCH(QPointF, centre);
    const QImage frame = labelAt(angle, centre);
    QImage holder;
    const PixelView view = BarcodeDecoder::viewOf(frame, holder);
    const BarcodeRegion region = findBarcodeRegion(view);
    QVERIFY(region.found);
    // Across the bars = the label's long axis, which is `angle` (y points down, as in QPainter).
    QVERIFY2(directionDifference(region.gradientAngleDeg, angle) < 4.0,
             qPrintable(QString::number(region.gradientAngleDeg)));
    QVERIFY(region.box.contains(centre));

    QTransform toFrame;
    const QImage level = levelledRegion(view, region, toFrame);
    QVERIFY(!level.isNull());
    const auto codes = BarcodeDecoder().decodeWith(view, DecodeStrategy::Deskewed);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().text, QStringLiteral("GZ123456789012"));
    // The outline maps back onto the label in the frame.
    QVERIFY(QLineF(codes.first().corners.boundingRect().center(), centre).length() < 40);
}

void tst_BarcodeOrientation::nothingInAFlatFrame() {
    QImage flat(1280, 720, QImage::Format_Grayscale8);
    flat.fill(128);
    QImage holder;
    QVERIFY(!findBarcodeRegion(BarcodeDecoder::viewOf(flat, holder)).found);
    QVERIFY(BarcodeDecoder()
                .decodeWith(BarcodeDecoder::viewOf(flat, holder), DecodeStrategy::Deskewed)
                .isEmpty());
}

QTEST_GUILESS_MAIN(tst_BarcodeOrientation)
#include "tst_BarcodeOrientation.moc"
