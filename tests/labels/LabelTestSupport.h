// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the label tests: decoding rendered images with ZXing-C++.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <QImage>
#include <QString>

#include <ZXing/ReadBarcode.h>

namespace station::test {

// Decodes the first barcode of `format` in the image; empty when none is found.
inline QString decodeBarcode(const QImage &source, ZXing::BarcodeFormat format) {
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(format);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

// Lengths of the dark/light runs along row y between x0 and x1 (first run is dark).
inline QVector<int> darkLightRuns(const QImage &image, int y, int x0, int x1) {
    QVector<int> runs;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const uchar *row = grey.constScanLine(y);
    int x = x0;
    while (x < x1 && row[x] >= 128)
        ++x;
    bool dark = true;
    int start = x;
    for (; x < x1; ++x) {
        const bool d = row[x] < 128;
        if (d != dark) {
            runs.append(x - start);
            start = x;
            dark = d;
        }
    }
    if (dark)
        runs.append(x - start);
    return runs;
}

} // namespace station::test
