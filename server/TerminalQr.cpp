// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/TerminalQr.h"

#include "server/Logging.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace station::server {

namespace {
constexpr int kQuietZone = 4;
} // namespace

QString terminalQr(const QString &text) {
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(4) // level M
                     .setMargin(0)
                     .encode(text.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        qCWarning(lcServer) << "the QR writer refused a join code:" << e.what();
        return {};
    }
    const int size = matrix.width();
    // Outside the matrix is the quiet zone: light.
    const auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && matrix.get(x, y);
    };
    QString drawn;
    for (int y = -kQuietZone; y < size + kQuietZone; y += 2) {
        for (int x = -kQuietZone; x < size + kQuietZone; ++x) {
            const bool top = !dark(x, y);
            const bool bottom = y + 1 < size + kQuietZone && !dark(x, y + 1);
            drawn += top && bottom ? QChar(0x2588) // █
                     : top         ? QChar(0x2580) // ▀
                     : bottom      ? QChar(0x2584) // ▄
                                   : QLatin1Char(' ');
        }
        drawn += QLatin1Char('\n');
    }
    return drawn;
}

} // namespace station::server
