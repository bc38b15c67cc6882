// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/QrRenderer.h"

#include "labels/LabelSize.h"
#include "labels/Logging.h"

#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace station::labels {

MatrixModules QrRenderer::encode(const QString &text) const {
    MatrixModules out;
    if (text.isEmpty()) {
        out.error = tr("There is no code to put in the QR code.");
        return out;
    }
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEncoding(ZXing::CharacterSet::UTF8)
                                            .setEccLevel(4) // level M, as ^BQ's "M"
                                            .setMargin(0)
                                            .encode(text.toStdString(), 0, 0);
        out.size = matrix.width();
        out.modules.reserve(static_cast<size_t>(out.size * out.size));
        for (int y = 0; y < out.size; ++y)
            for (int x = 0; x < out.size; ++x)
                out.modules.push_back(matrix.get(x, y));
    } catch (const std::exception &e) {
        qCWarning(lcLabels) << "QR writer refused a code:" << e.what();
        out.error = tr("The QR code writer cannot encode this code.");
        out.size = 0;
        out.modules.clear();
    }
    return out;
}

BarcodeFit QrRenderer::fit(const MatrixModules &matrix, int availableDots) const {
    BarcodeFit f;
    if (!matrix.ok()) {
        f.error = matrix.error;
        return f;
    }
    const int totalModules = matrix.size + 2 * kQuietZoneModules;
    const int dots = availableDots / totalModules;
    if (dots < 1) {
        f.error = tr("The QR code needs %1 mm at %2 dpi but the label has %3 mm.")
                      .arg(dotsToMm(totalModules, m_dpi), 0, 'f', 1)
                      .arg(m_dpi)
                      .arg(dotsToMm(availableDots, m_dpi), 0, 'f', 1);
        return f;
    }
    f.moduleDots = dots;
    f.quietDots = kQuietZoneModules * dots;
    f.symbolDots = matrix.size * dots;
    f.totalDots = totalModules * dots;
    return f;
}

void QrRenderer::paint(QPainter &painter, const MatrixModules &matrix, const BarcodeFit &fit,
                       QPoint topLeft) {
    if (!matrix.ok() || !fit.ok())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    const int x0 = topLeft.x() + fit.quietDots;
    const int y0 = topLeft.y() + fit.quietDots;
    for (int y = 0; y < matrix.size; ++y) {
        int x = 0;
        while (x < matrix.size) {
            if (!matrix.at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < matrix.size && matrix.at(end, y))
                ++end;
            painter.drawRect(QRect(x0 + x * fit.moduleDots, y0 + y * fit.moduleDots,
                                   (end - x) * fit.moduleDots, fit.moduleDots));
            x = end;
        }
    }
    painter.restore();
}

} // namespace station::labels
