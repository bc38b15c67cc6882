// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelLayout.h"

#include "labels/Code128Renderer.h"
#include "labels/LabelFonts.h"
#include "labels/QrRenderer.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace station::labels {

namespace {

// Left text elided to leave room for the right text; both on one baseline.
void drawRow(QPainter &painter, const QRect &row, const QFont &font, const QString &left,
             const QString &right) {
    painter.setFont(font);
    const QFontMetrics metrics(font, painter.device());
    const int gap = metrics.averageCharWidth() * 2;
    const int rightWidth = right.isEmpty() ? 0 : metrics.horizontalAdvance(right);
    const int leftWidth = std::max(0, row.width() - rightWidth - (right.isEmpty() ? 0 : gap));
    const QString elided = metrics.elidedText(left, Qt::ElideRight, leftWidth);
    painter.drawText(QRect(row.left(), row.top(), leftWidth, row.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, elided);
    if (!right.isEmpty())
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, right);
}

// The human-readable code is never cut: the type shrinks (down to 60 %) to fit the box,
// and only a code longer than that is elided in the middle.
void drawCode(QPainter &painter, const QRect &box, int pixelSize, Qt::Alignment align,
              const QString &code) {
    QFont font = codeFont(pixelSize);
    for (int size = pixelSize; size >= pixelSize * 3 / 5; --size) {
        font = codeFont(size);
        if (QFontMetrics(font, painter.device()).horizontalAdvance(code) <= box.width())
            break;
    }
    painter.setFont(font);
    const QFontMetrics metrics(font, painter.device());
    painter.drawText(box, align | Qt::AlignVCenter,
                     metrics.elidedText(code, Qt::ElideMiddle, box.width()));
}

} // namespace

LabelLayout::LabelLayout(const LabelSize &size, int dpi)
    : m_size(size)
    , m_dpi(dpi)
    , m_geometry(LabelGeometry::forLabel(size, dpi)) {}

QString LabelLayout::siteText(const QString &siteName, const QString &siteCode) {
    if (siteName.isEmpty())
        return siteCode;
    if (siteCode.isEmpty())
        return siteName;
    return tr("%1 (%2)").arg(siteName, siteCode);
}

QString LabelLayout::tableText(int tableNumber) {
    return tableNumber > 0 ? tr("Table %1").arg(tableNumber) : QString();
}

QString LabelLayout::timeText(const QDateTime &time) {
    // ISO order, read the same way by every lab.
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString LabelLayout::poolText(int poolSize) {
    return poolSize > 0 ? tr("Pool %1").arg(poolSize) : QString();
}

PrintResult LabelLayout::checkTube(const TubeLabelData &data) const {
    if (data.tubeCode.isEmpty())
        return PrintResult::failure(tr("The tube label has no tube code."));
    const Code128Renderer renderer(m_dpi);
    const BarcodeFit fit =
        renderer.fit(renderer.encode(data.tubeCode), m_geometry.barcodeAreaWidth);
    return fit.ok() ? PrintResult::success() : PrintResult::failure(fit.error);
}

PrintResult LabelLayout::checkBox(const BoxLabelData &data) const {
    if (data.boxCode.isEmpty())
        return PrintResult::failure(tr("The box label has no box code."));
    if (data.qrCode) {
        const QrRenderer qr(m_dpi);
        const BarcodeFit fit = qr.fit(qr.encode(data.boxCode), m_geometry.qrArea.width());
        return fit.ok() ? PrintResult::success() : PrintResult::failure(fit.error);
    }
    const Code128Renderer renderer(m_dpi);
    const BarcodeFit fit = renderer.fit(renderer.encode(data.boxCode), m_geometry.barcodeAreaWidth);
    return fit.ok() ? PrintResult::success() : PrintResult::failure(fit.error);
}

PrintResult LabelLayout::paintTube(QPainter &painter, const TubeLabelData &data) const {
    if (data.tubeCode.isEmpty())
        return PrintResult::failure(tr("The tube label has no tube code."));
    return paintCodeLabel(painter, data.tubeCode, siteText(data.siteName, data.siteCode),
                          tableText(data.tableNumber), timeText(data.sealedOrOpened),
                          poolText(data.poolSize));
}

PrintResult LabelLayout::paintBox(QPainter &painter, const BoxLabelData &data) const {
    if (data.boxCode.isEmpty())
        return PrintResult::failure(tr("The box label has no box code."));
    if (data.qrCode)
        return paintQrBoxLabel(painter, data);
    return paintCodeLabel(painter, data.boxCode, siteText(data.siteName, data.siteCode), QString(),
                          tr("Transfer box"), QString());
}

PrintResult LabelLayout::paintQrBoxLabel(QPainter &painter, const BoxLabelData &data) const {
    const QrRenderer renderer(m_dpi);
    const MatrixModules matrix = renderer.encode(data.boxCode);
    const BarcodeFit fit = renderer.fit(matrix, m_geometry.qrArea.width());
    if (!fit.ok())
        return PrintResult::failure(fit.error);

    painter.save();
    painter.fillRect(QRect(0, 0, m_geometry.widthDots, m_geometry.heightDots), Qt::white);
    const QRect &area = m_geometry.qrArea;
    QrRenderer::paint(painter, matrix, fit,
                      QPoint(area.left() + (area.width() - fit.totalDots) / 2,
                             area.top() + (area.height() - fit.totalDots) / 2));
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);
    drawCode(painter, m_geometry.qrCodeText, m_geometry.codeFontDots, Qt::AlignLeft, data.boxCode);
    const QFont small = labelFont(m_geometry.rowFontDots);
    drawRow(painter, m_geometry.qrFirstRow, small, siteText(data.siteName, data.siteCode),
            QString());
    drawRow(painter, m_geometry.qrSecondRow, small, tr("Transfer box"), QString());
    painter.restore();
    return PrintResult::success();
}

PrintResult LabelLayout::paintCodeLabel(QPainter &painter, const QString &code,
                                        const QString &row1Left, const QString &row1Right,
                                        const QString &row2Left, const QString &row2Right) const {
    const Code128Renderer renderer(m_dpi);
    const LinearModules bars = renderer.encode(code);
    const BarcodeFit fit = renderer.fit(bars, m_geometry.barcodeAreaWidth);
    if (!fit.ok())
        return PrintResult::failure(fit.error);

    painter.save();
    painter.fillRect(QRect(0, 0, m_geometry.widthDots, m_geometry.heightDots), Qt::white);
    const int barcodeLeft =
        m_geometry.barcodeAreaLeft + (m_geometry.barcodeAreaWidth - fit.totalDots) / 2;
    Code128Renderer::paint(painter, bars, fit, QPoint(barcodeLeft, m_geometry.barcodeTop),
                           m_geometry.barcodeHeight);

    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);
    drawCode(painter, m_geometry.codeText, m_geometry.codeFontDots, Qt::AlignHCenter, code);

    const QFont small = labelFont(m_geometry.rowFontDots);
    drawRow(painter, m_geometry.firstRow, small, row1Left, row1Right);
    drawRow(painter, m_geometry.secondRow, small, row2Left, row2Right);
    painter.restore();
    return PrintResult::success();
}

} // namespace station::labels
