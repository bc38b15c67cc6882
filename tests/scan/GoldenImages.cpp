// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoldenImages.h"

#include "scan/CodeRenderer.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

namespace station::test {

QImage addNoise(const QImage &image, int amplitude, quint32 seed) {
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const int d = int(rng.bounded(2 * amplitude + 1)) - amplitude;
            const int g = qBound(0, qGray(line[x]) + d, 255);
            line[x] = qRgb(g, g, g);
        }
    }
    return out;
}

QImage boxBlur(const QImage &image, int radius) {
    const QImage src = image.convertToFormat(QImage::Format_Grayscale8);
    QImage tmp(src.size(), QImage::Format_Grayscale8);
    QImage out(src.size(), QImage::Format_Grayscale8);
    const int w = src.width(), h = src.height(), n = 2 * radius + 1;
    for (int y = 0; y < h; ++y) {
        const uchar *s = src.constScanLine(y);
        uchar *d = tmp.scanLine(y);
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int k = -radius; k <= radius; ++k)
                sum += s[qBound(0, x + k, w - 1)];
            d[x] = uchar(sum / n);
        }
    }
    for (int y = 0; y < h; ++y) {
        uchar *d = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int k = -radius; k <= radius; ++k)
                sum += tmp.constScanLine(qBound(0, y + k, h - 1))[x];
            d[x] = uchar(sum / n);
        }
    }
    return out.convertToFormat(QImage::Format_RGB32);
}

GoldenImage makeGolden(scan::CodeFormat format, const QString &text, GoldenEffect effect) {
    const bool qr = format == scan::CodeFormat::QRCode;
    QImage code = scan::renderCode(format, text, qr ? 5 : 3);
    QImage canvas(1280, 720, QImage::Format_RGB32);
    canvas.fill(QColor(200, 200, 200));
    QPainter p(&canvas);
    switch (effect) {
    case GoldenEffect::None:
    case GoldenEffect::Blurred:
        p.drawImage(QPoint(140, 120), code);
        break;
    case GoldenEffect::Inverted: {
        canvas.fill(QColor(25, 25, 28)); // the phone screen fills the view
        code.invertPixels();
        p.drawImage(QPoint(140, 120), code);
        break;
    }
    case GoldenEffect::DarkPhone:
    case GoldenEffect::DarkPhoneFar: {
        // The screen: dark, a little wider than the code, with the code's light modules at
        // reduced contrast (as a phone shows them), in the middle of a light desk.
        QImage shown = effect == GoldenEffect::DarkPhoneFar
                           ? code.scaledToWidth(int(code.width() / 3.5), Qt::SmoothTransformation)
                           : code;
        shown = shown.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < shown.height(); ++y) {
            uchar *line = shown.scanLine(y);
            for (int x = 0; x < shown.width(); ++x)
                line[x] = uchar(22 + (255 - line[x]) * 190 / 255);
        }
        const QRect screen(640 - shown.width() * 3 / 4, 360 - shown.height(), shown.width() * 3 / 2,
                           shown.height() * 2);
        p.fillRect(screen.adjusted(-8, -16, 8, 16), QColor(12, 12, 14)); // the phone's body
        p.fillRect(screen, QColor(22, 22, 22));
        p.drawImage(QPoint(640 - shown.width() / 2, 360 - shown.height() / 2), shown);
        break;
    }
    case GoldenEffect::Small: {
        // Rendered at 5 px per module, shrunk smoothly to about 1.4 px per module.
        const QImage small = code.scaledToWidth(int(code.width() / 3.5), Qt::SmoothTransformation);
        p.drawImage(QPoint(640 - small.width() / 2, 360 - small.height() / 2), small);
        break;
    }
    case GoldenEffect::Skewed:
    case GoldenEffect::SkewedUpsideDown:
    case GoldenEffect::Rotated: {
        const double angle = effect == GoldenEffect::Rotated  ? 90
                             : effect == GoldenEffect::Skewed ? 30
                                                              : 200;
        const QImage turned =
            code.convertToFormat(QImage::Format_RGB32)
                .transformed(QTransform().rotate(angle), Qt::SmoothTransformation);
        p.drawImage(QPoint(640 - turned.width() / 2, 360 - turned.height() / 2), turned);
        break;
    }
    }
    p.end();
    if (effect == GoldenEffect::Blurred)
        canvas = addNoise(boxBlur(canvas, 1), 12, 7);
    return {canvas, format, text};
}

} // namespace station::test
