// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/Code128Renderer.h"

#include "labels/LabelSize.h"
#include "labels/Logging.h"

#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <exception>

namespace station::labels {

namespace {
constexpr int kMaxLength = 80;
} // namespace

Code128Renderer::Code128Renderer(int dpi, double maxModuleMm)
    : m_dpi(dpi)
    , m_maxModuleMm(maxModuleMm) {}

LinearModules Code128Renderer::encode(const QString &text) const {
    LinearModules out;
    if (text.isEmpty() || text.size() > kMaxLength) {
        out.error = tr("A Code 128 barcode holds 1 to %1 characters; this code has %2.")
                        .arg(kMaxLength)
                        .arg(text.size());
        return out;
    }
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            out.error = tr("The code contains a character a Code 128 label cannot print (U+%1).")
                            .arg(c.unicode(), 4, 16, QLatin1Char('0'));
            return out;
        }
    }
    try {
        // Margin 0 and width 0: one pixel per module, no quiet zone; we add our own.
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                                            .setMargin(0)
                                            .encode(text.toStdString(), 0, 1);
        out.modules.reserve(static_cast<size_t>(matrix.width()));
        for (int x = 0; x < matrix.width(); ++x)
            out.modules.push_back(matrix.get(x, 0));
    } catch (const std::exception &e) {
        qCWarning(lcLabels) << "Code 128 writer refused a code:" << e.what();
        out.error = tr("The barcode writer cannot encode this code.");
        out.modules.clear();
    }
    return out;
}

BarcodeFit Code128Renderer::fit(const LinearModules &bars, int availableDots) const {
    BarcodeFit f;
    if (!bars.ok()) {
        f.error = bars.error;
        return f;
    }
    const int totalModules = bars.size() + 2 * kQuietZoneModules;
    const int maxDots = std::max(1, static_cast<int>(m_maxModuleMm * m_dpi / 25.4));
    const int dots = std::min(maxDots, availableDots / totalModules);
    if (dots < 1) {
        f.error = tr("The barcode needs %1 mm at %2 dpi but the label has %3 mm; use a wider "
                     "label or a shorter code.")
                      .arg(dotsToMm(totalModules, m_dpi), 0, 'f', 1)
                      .arg(m_dpi)
                      .arg(dotsToMm(availableDots, m_dpi), 0, 'f', 1);
        return f;
    }
    f.moduleDots = dots;
    f.quietDots = kQuietZoneModules * dots;
    f.symbolDots = bars.size() * dots;
    f.totalDots = totalModules * dots;
    return f;
}

void Code128Renderer::paint(QPainter &painter, const LinearModules &bars, const BarcodeFit &fit,
                            QPoint topLeft, int heightDots) {
    if (!bars.ok() || !fit.ok())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // One rectangle per bar (run of dark modules), on whole dots.
    const int x0 = topLeft.x() + fit.quietDots;
    int i = 0;
    const int n = bars.size();
    while (i < n) {
        if (!bars.modules[static_cast<size_t>(i)]) {
            ++i;
            continue;
        }
        int j = i;
        while (j < n && bars.modules[static_cast<size_t>(j)])
            ++j;
        painter.drawRect(
            QRect(x0 + i * fit.moduleDots, topLeft.y(), (j - i) * fit.moduleDots, heightDots));
        i = j;
    }
    painter.restore();
}

bool Code128Renderer::startsInSubsetC(const LinearModules &bars) {
    // Start C is bar 2, space 1, bar 1, space 2, bar 3, space 2 modules.
    static const std::vector<bool> startC = {true, true, false, true,  false, false,
                                             true, true, true,  false, false};
    return bars.ok() && bars.size() >= 11 &&
           std::equal(startC.begin(), startC.end(), bars.modules.begin());
}

} // namespace station::labels
