// SPDX-License-Identifier: GPL-3.0-or-later
// Tube labels on the camera path: bar candidates found at low contrast, read as levelled
// strips at any angle and under perspective tilt, never a wrong text, and a Code 128 read
// confirmed (trusted pattern or two agreeing frames) before it may become a scan.
#include "scan/BarStrip.h"
#include "scan/BarcodeDecoder.h"
#include "scan/Code128Confirmation.h"
#include "scan/CodeRenderer.h"
#include "scan/DecodeSchedule.h"
#include "scan/FrameSurvey.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace station::scan;

namespace {

struct Look {
    double angle = 0;       // degrees
    double modulePx = 2.5;  // module width on the frame
    double perspective = 0; // one end this much shorter
    double contrast = 1;    // 1: black bars on white paper
    int blurRadius = 0;     // box blur, frame pixels
    double lightRamp = 0;   // light falls off this much across the frame
    int noise = 0;          // uniform noise amplitude
};

// A golden frame made at test time: a Code 128 tube label on a grey desk, turned, tilted and
// degraded as `look` says (deterministic: no randomness but `seed` for the noise).
QImage tubeFrame(const QString &text, const Look &look, quint32 seed = 1) {
    const QImage bars = renderCode(CodeFormat::Code128, text, 4, 12, 160);
    const int paper = 235;
    const int ink = int(paper - look.contrast * (paper - 20));
    QImage label(bars.size(), QImage::Format_RGB32);
    for (int y = 0; y < bars.height(); ++y) {
        const uchar *src = bars.constScanLine(y);
        auto *dst = reinterpret_cast<QRgb *>(label.scanLine(y));
        for (int x = 0; x < bars.width(); ++x)
            dst[x] = src[x] < 128 ? qRgb(ink, ink, ink) : qRgb(paper, paper, paper);
    }
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(qRgb(110, 110, 110));
    const double s = look.modulePx / 4;
    const double w = label.width() * s, h = label.height() * s, k = look.perspective;
    const QPointF local[4] = {
        {-w / 2, -h / 2 * (1 - k)}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2 * (1 - k)}};
    const double a = look.angle * M_PI / 180;
    QPolygonF quad;
    for (const QPointF &c : local)
        quad << QPointF(640, 360) + QPointF(c.x() * std::cos(a) - c.y() * std::sin(a),
                                            c.x() * std::sin(a) + c.y() * std::cos(a));
    QTransform t;
    QTransform::quadToQuad(QPolygonF{QPointF(0, 0), QPointF(label.width(), 0),
                                     QPointF(label.width(), label.height()),
                                     QPointF(0, label.height())},
                           quad, t);
    {
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(t);
        p.drawImage(QPoint(0, 0), label);
    }
    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    if (look.blurRadius > 0) { // a box blur: out of focus
        const int r = look.blurRadius, n = 2 * r + 1;
        for (int pass = 0; pass < 2; ++pass) {
            QImage out = grey;
            for (int y = r; y < grey.height() - r; ++y) {
                uchar *dst = out.scanLine(y);
                for (int x = r; x < grey.width() - r; ++x) {
                    int sum = 0;
                    for (int i = -r; i <= r; ++i)
                        sum +=
                            pass == 0 ? grey.constScanLine(y)[x + i] : grey.constScanLine(y + i)[x];
                    dst[x] = uchar(sum / n);
                }
            }
            grey = out;
        }
    }
    QRandomGenerator rng(seed);
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            const double light = 1 - look.lightRamp * x / grey.width();
            const int d = look.noise ? int(rng.bounded(2 * look.noise + 1)) - look.noise : 0;
            line[x] = uchar(qBound(0, int(line[x] * light) + d, 255));
        }
    }
    return grey;
}

QList<DecodedCode> decodeCameraFrame(const BarcodeDecoder &decoder, const QImage &frame) {
    QImage holder;
    return decoder.decodeFrame(BarcodeDecoder::viewOf(frame, holder), DecodeSchedule(), 0);
}

DecodedCode code128(const QString &text) {
    DecodedCode c;
    c.format = CodeFormat::Code128;
    c.text = text;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Look)

class tst_Code128Camera : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTurnedAndTiltedLabels_data();
    void readsTurnedAndTiltedLabels();
    void findsAFadedLabel();
    void neverAWrongText();
    void confirmationTrustsTheSitePattern();
    void confirmationWantsTwoAgreeingFrames();
    void confirmationForgetsOldFrames();
    void confirmationPassesQrCodes();
};

void tst_Code128Camera::readsTurnedAndTiltedLabels_data() {
    QTest::addColumn<Look>("look");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, double angle, double perspective, double contrast, int blur,
                  double ramp, const QString &text) {
        Look l;
        l.angle = angle;
        l.perspective = perspective;
        l.contrast = contrast;
        l.blurRadius = blur;
        l.lightRamp = ramp;
        l.noise = 4;
        QTest::newRow(name) << l << text;
    };
    row("35 degrees, 15 % tilt", 35, 0.15, 1, 0, 0, QStringLiteral("SG00003000000017"));
    row("128 degrees, 20 % tilt", 128, 0.2, 1, 0, 0, QStringLiteral("GZ2021052100017"));
    row("211 degrees, faded", 211, 0.1, 0.35, 0, 0, QStringLiteral("TB00000001"));
    row("300 degrees, blurred", 300, 0.1, 1, 1, 0, QStringLiteral("SG00003000000017"));
    row("62 degrees, uneven light", 62, 0.05, 0.6, 0, 0.6, QStringLiteral("TB12345678"));
}

void tst_Code128Camera::readsTurnedAndTiltedLabels() {
    QFETCH(Look, look);
    QFETCH(QString, text);
    const QImage frame = tubeFrame(text, look);
    const QList<DecodedCode> codes = decodeCameraFrame(BarcodeDecoder(), frame);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().format, CodeFormat::Code128);
    QCOMPARE(codes.first().text, text);
    // The corners map back into the frame, around the label's centre.
    QVERIFY(!codes.first().corners.isEmpty());
    QVERIFY(QRectF(300, 100, 680, 520).contains(codes.first().corners.boundingRect().center()));
}

void tst_Code128Camera::findsAFadedLabel() {
    Look look;
    look.angle = 40;
    look.contrast = 0.3;
    look.noise = 3;
    const QImage frame = tubeFrame(QStringLiteral("TB00000001"), look);
    QImage holder;
    const FrameSurvey survey = surveyFrame(BarcodeDecoder::viewOf(frame, holder));
    QVERIFY(!survey.barCandidates.isEmpty());
    const BarCandidate &best = survey.barCandidates.first();
    // Along the code: 40 degrees, as a direction (modulo 180).
    const double d = std::fmod(std::abs(best.angle * 180 / M_PI - 40) + 360, 180.0);
    QVERIFY2(std::min(d, 180 - d) < 4, qPrintable(QString::number(best.angle * 180 / M_PI)));
    QVERIFY(QLineF(best.centre, QPointF(640, 360)).length() < 40);
}

void tst_Code128Camera::neverAWrongText() {
    // Seeded random looks, harsh ones included: whatever is read must be the label's text.
    QRandomGenerator rng(20261203);
    const BarcodeDecoder decoder;
    const QStringList texts{QStringLiteral("SG00003000000017"), QStringLiteral("GZ0000000001"),
                            QStringLiteral("TB00000001")};
    int read = 0;
    const int frames = 18;
    for (int i = 0; i < frames; ++i) {
        Look look;
        look.angle = rng.bounded(360.0);
        look.modulePx = 1.8 + rng.bounded(1.4);
        look.perspective = rng.bounded(0.2);
        look.contrast = 0.35 + rng.bounded(0.65);
        look.blurRadius = int(rng.bounded(3));
        look.lightRamp = rng.bounded(0.6);
        look.noise = 2 + int(rng.bounded(6));
        const QString &text = texts.at(i % texts.size());
        const QList<DecodedCode> codes =
            decodeCameraFrame(decoder, tubeFrame(text, look, quint32(i)));
        for (const DecodedCode &c : codes)
            QCOMPARE(c.text, text);
        read += codes.isEmpty() ? 0 : 1;
    }
    // Most of them are read (this is not where the read rate is measured: see bench/decode).
    QVERIFY2(read >= frames / 2, qPrintable(QString::number(read)));
}

void tst_Code128Camera::confirmationTrustsTheSitePattern() {
    Code128Confirmation confirmation;
    confirmation.setTrustedPatterns({QStringLiteral("^[A-Z]{0,4}[0-9]{8,16}$")});
    const QList<DecodedCode> out = confirmation.confirm({code128(QStringLiteral("TB00000001"))});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().text, QStringLiteral("TB00000001"));
    // Not the tube pattern: held back until a second frame agrees.
    QVERIFY(confirmation.confirm({code128(QStringLiteral("hello-1"))}).isEmpty());
    QCOMPARE(confirmation.confirm({code128(QStringLiteral("hello-1"))}).size(), 1);
}

void tst_Code128Camera::confirmationWantsTwoAgreeingFrames() {
    Code128Confirmation confirmation; // no pattern known
    QVERIFY(confirmation.confirm({code128(QStringLiteral("TB00000001"))}).isEmpty());
    // A different text does not confirm the first, nor is it confirmed by it.
    QVERIFY(confirmation.confirm({code128(QStringLiteral("TB00000007"))}).isEmpty());
    QVERIFY(confirmation.confirm({}).isEmpty());
    const QList<DecodedCode> out = confirmation.confirm({code128(QStringLiteral("TB00000001"))});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().text, QStringLiteral("TB00000001"));
}

void tst_Code128Camera::confirmationForgetsOldFrames() {
    Code128Confirmation confirmation(3);
    QVERIFY(confirmation.confirm({code128(QStringLiteral("TB00000001"))}).isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(confirmation.confirm({}).isEmpty());
    QVERIFY(confirmation.confirm({code128(QStringLiteral("TB00000001"))}).isEmpty());
    confirmation.reset();
    QVERIFY(confirmation.confirm({code128(QStringLiteral("TB00000001"))}).isEmpty());
}

void tst_Code128Camera::confirmationPassesQrCodes() {
    Code128Confirmation confirmation;
    DecodedCode qr;
    qr.format = CodeFormat::QRCode;
    qr.text = QStringLiteral("{\"t\":\"rc\"}");
    const QList<DecodedCode> out = confirmation.confirm({qr});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().format, CodeFormat::QRCode);
}

QTEST_GUILESS_MAIN(tst_Code128Camera)
#include "tst_Code128Camera.moc"
