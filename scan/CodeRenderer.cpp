// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/CodeRenderer.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace station::scan {

QImage renderCode(CodeFormat format, const QString &text, int moduleSize, int quietZoneModules,
                  int barHeight) {
    moduleSize = qMax(1, moduleSize);
    const bool qr = format == CodeFormat::QRCode;
    ZXing::BitMatrix bits;
    try {
        ZXing::MultiFormatWriter writer(qr ? ZXing::BarcodeFormat::QRCode
                                           : ZXing::BarcodeFormat::Code128);
        writer.setMargin(0);
        bits = writer.encode(text.toStdString(), 1, 1); // smallest: one pixel per module
    } catch (const std::exception &) {
        return {};
    }
    const int q = qMax(0, quietZoneModules) * moduleSize;
    const int w = bits.width() * moduleSize + 2 * q;
    const int rows =
        qr ? bits.height() * moduleSize : (barHeight > 0 ? barHeight : 30 * moduleSize);
    const int h = rows + 2 * q;
    QImage img(w, h, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < rows; ++y) {
        const int by = qr ? y / moduleSize : 0;
        uchar *line = img.scanLine(y + q) + q;
        for (int x = 0; x < bits.width() * moduleSize; ++x) {
            if (bits.get(x / moduleSize, qr ? by : qMin(by, bits.height() - 1)))
                line[x] = 0;
        }
    }
    return img;
}

} // namespace station::scan
