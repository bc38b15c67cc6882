// SPDX-License-Identifier: GPL-3.0-or-later
// The join code's QR code as `admin join-code` draws it in a terminal (server/TerminalQr):
// read back by ZXing from the picture the characters make, as a camera would see a dark
// terminal (a block is a light module, a space a dark one).
#define ZX_USE_UTF8 1
#include "server/TerminalQr.h"

#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <QTest>

#include <vector>

using namespace station::server;

namespace {

// The drawing as grey pixels: each character is one module wide and two high (upper and
// lower half), each module `scale` pixels square.
std::vector<std::uint8_t> pixelsOf(const QString &drawing, int scale, int *width, int *height) {
    const QStringList lines = drawing.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    *width = int(lines.value(0).size()) * scale;
    *height = int(lines.size()) * 2 * scale;
    std::vector<std::uint8_t> pixels(std::size_t(*width) * std::size_t(*height), 0);
    for (int row = 0; row < lines.size(); ++row) {
        const QString &line = lines.at(row);
        for (int column = 0; column < line.size(); ++column) {
            const QChar c = line.at(column);
            const bool top = c == QChar(0x2588) || c == QChar(0x2580);
            const bool bottom = c == QChar(0x2588) || c == QChar(0x2584);
            for (int half = 0; half < 2; ++half) {
                const bool light = half == 0 ? top : bottom;
                for (int y = 0; y < scale; ++y)
                    for (int x = 0; x < scale; ++x)
                        pixels[std::size_t((row * 2 + half) * scale + y) * std::size_t(*width) +
                               std::size_t(column * scale + x)] = light ? 255 : 0;
            }
        }
    }
    return pixels;
}

} // namespace

class tst_TerminalQr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsBack() {
        const QString code = QStringLiteral(
            "SSJOIN1;U=https://192.168.1.20:8443;F=6a9da0ee499c1e65e524f11866051cfe7f75867cd11c04"
            "1560385c81052e7080;S=GZ-TH-0001;C=HM7K-MH9M-XK4X");
        const QString drawing = terminalQr(code);
        QVERIFY(!drawing.isEmpty());
        // Short enough for an 80-column terminal, quiet zone included.
        QVERIFY(drawing.section(QLatin1Char('\n'), 0, 0).size() <= 80);
        int width = 0;
        int height = 0;
        const std::vector<std::uint8_t> pixels = pixelsOf(drawing, 4, &width, &height);
        const ZXing::Result result = ZXing::ReadBarcode(
            ZXing::ImageView(pixels.data(), width, height, ZXing::ImageFormat::Lum),
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(result.isValid());
        QCOMPARE(QString::fromStdString(result.text()), code);
    }

    void emptyWhenTooLong() { QVERIFY(terminalQr(QString(5000, QLatin1Char('x'))).isEmpty()); }
};

QTEST_GUILESS_MAIN(tst_TerminalQr)
#include "tst_terminal_qr.moc"
