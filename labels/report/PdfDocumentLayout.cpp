// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/report/PdfDocumentLayout.h"

#include <QFontMetricsF>

namespace station::report {

namespace {

constexpr double kFooterMm = 9;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x5b, 0x63);
const QColor kRule(0xb8, 0xbe, 0xc6);
const QColor kHeaderFill(0xe9, 0xed, 0xf2);
const QColor kProblem(0xb0, 0x1e, 0x1e);

} // namespace

PdfDocumentLayout::PdfDocumentLayout(QPdfWriter &writer, std::function<QString(int)> footer)
    : m_writer(writer)
    , m_footer(std::move(footer)) {
    m_painter.begin(&m_writer);
    const QRectF paint = m_writer.pageLayout().paintRect(QPageLayout::Millimeter);
    m_widthMm = paint.width();
    m_heightMm = paint.height();
    m_painter.setRenderHint(QPainter::Antialiasing);
}

PdfDocumentLayout::~PdfDocumentLayout() {
    finish();
}

double PdfDocumentLayout::px(double mm) const {
    return mm * m_writer.resolution() / 25.4;
}

QFont PdfDocumentLayout::font(double pointSize, bool bold) const {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void PdfDocumentLayout::ensureSpace(double mm) {
    if (m_y + mm > m_heightMm - kFooterMm)
        newPage();
}

void PdfDocumentLayout::newPage() {
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void PdfDocumentLayout::drawFooter() {
    m_painter.save();
    m_painter.setPen(QPen(kRule, px(0.2)));
    const double y = px(m_heightMm - kFooterMm + 2);
    m_painter.drawLine(QPointF(0, y), QPointF(px(m_widthMm), y));
    m_painter.setFont(font(7.5));
    m_painter.setPen(kMuted);
    m_painter.drawText(QRectF(0, y + px(1), px(m_widthMm), px(kFooterMm - 3)),
                       Qt::AlignLeft | Qt::AlignTop, m_footer(m_page));
    m_painter.restore();
}

void PdfDocumentLayout::title(const QString &text, const QString &subtitle) {
    m_painter.setPen(kInk);
    m_painter.setFont(font(17, true));
    m_painter.drawText(QRectF(0, px(m_y), px(m_widthMm), px(10)), Qt::AlignLeft | Qt::AlignTop,
                       text);
    m_y += 10;
    m_painter.setFont(font(10));
    m_painter.setPen(kMuted);
    const QRectF r(0, px(m_y), px(m_widthMm), px(30));
    QRectF used;
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, subtitle, &used);
    m_y += used.height() * 25.4 / m_writer.resolution() + 2;
    m_painter.setPen(QPen(kInk, px(0.5)));
    m_painter.drawLine(QPointF(0, px(m_y)), QPointF(px(m_widthMm), px(m_y)));
    m_y += 4;
}

void PdfDocumentLayout::heading(const QString &text) {
    ensureSpace(20); // a heading never ends a page
    m_y += 2;
    m_painter.setPen(kInk);
    m_painter.setFont(font(11.5, true));
    m_painter.drawText(QRectF(0, px(m_y), px(m_widthMm), px(7)), Qt::AlignLeft | Qt::AlignTop,
                       text);
    m_y += 6.5;
    m_painter.setPen(QPen(kRule, px(0.3)));
    m_painter.drawLine(QPointF(0, px(m_y)), QPointF(px(m_widthMm), px(m_y)));
    m_y += 2.5;
}

void PdfDocumentLayout::paragraph(const QString &text, double pointSize, bool bold) {
    m_painter.setFont(font(pointSize, bold));
    const QRectF bound(0, 0, px(m_widthMm), px(200));
    const QRectF need = m_painter.boundingRect(bound, Qt::TextWordWrap, text);
    const double hMm = need.height() * 25.4 / m_writer.resolution();
    ensureSpace(hMm + 1);
    m_painter.setPen(bold ? kInk : kMuted);
    m_painter.drawText(QRectF(0, px(m_y), px(m_widthMm), need.height()),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    m_y += hMm + 1.5;
}

void PdfDocumentLayout::figures(const QList<QPair<QString, QString>> &items, int columns) {
    const double cellW = m_widthMm / columns;
    const double cellH = 15;
    for (int i = 0; i < items.size(); i += columns) {
        ensureSpace(cellH);
        for (int c = 0; c < columns && i + c < items.size(); ++c) {
            const QRectF cell(px(c * cellW), px(m_y), px(cellW - 3), px(cellH - 2));
            m_painter.setPen(QPen(kRule, px(0.25)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(cell);
            m_painter.setPen(kMuted);
            m_painter.setFont(font(7.5));
            m_painter.drawText(cell.adjusted(px(2), px(1.2), -px(2), 0),
                               Qt::AlignLeft | Qt::AlignTop, items[i + c].first);
            m_painter.setPen(kInk);
            m_painter.setFont(font(14, true));
            m_painter.drawText(cell.adjusted(px(2), 0, -px(2), -px(1)),
                               Qt::AlignLeft | Qt::AlignBottom, items[i + c].second);
        }
        m_y += cellH;
    }
    m_y += 1;
}

void PdfDocumentLayout::table(const QVector<Column> &columns, const QList<QStringList> &rows,
                              const QList<bool> &emphasis) {
    const double rowH = 6;
    auto header = [&] {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(kHeaderFill);
        m_painter.drawRect(QRectF(0, px(m_y), px(m_widthMm), px(rowH)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(kInk);
        m_painter.setFont(font(8, true));
        double x = 0;
        for (const Column &c : columns) {
            m_painter.drawText(QRectF(px(x + 1.5), px(m_y), px(c.widthMm - 3), px(rowH)),
                               c.align | Qt::AlignVCenter, c.title);
            x += c.widthMm;
        }
        m_y += rowH;
    };
    ensureSpace(rowH * 2);
    header();
    if (rows.isEmpty()) {
        m_painter.setPen(kMuted);
        m_painter.setFont(font(8.5));
        m_painter.drawText(QRectF(px(1.5), px(m_y), px(m_widthMm), px(rowH)),
                           Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("—"));
        m_y += rowH + 2;
        return;
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (m_y + rowH > m_heightMm - kFooterMm) {
            newPage();
            header();
        }
        const bool problem = r < emphasis.size() && emphasis[r];
        m_painter.setPen(problem ? kProblem : kInk);
        m_painter.setFont(font(8.5, problem));
        double x = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const QString text = c < rows[r].size() ? rows[r][c] : QString();
            const QRectF cell(px(x + 1.5), px(m_y), px(columns[c].widthMm - 3), px(rowH));
            const QString shown = QFontMetricsF(m_painter.font(), &m_writer)
                                      .elidedText(text, Qt::ElideRight, cell.width());
            m_painter.drawText(cell, columns[c].align | Qt::AlignVCenter, shown);
            x += columns[c].widthMm;
        }
        m_y += rowH;
        m_painter.setPen(QPen(kRule, px(0.15)));
        m_painter.drawLine(QPointF(0, px(m_y)), QPointF(px(m_widthMm), px(m_y)));
    }
    m_y += 3;
}

void PdfDocumentLayout::block(double heightMm,
                              const std::function<void(QPainter &, const QRectF &)> &draw) {
    ensureSpace(heightMm);
    m_painter.save();
    draw(m_painter, QRectF(0, px(m_y), px(m_widthMm), px(heightMm)));
    m_painter.restore();
    m_y += heightMm;
}

void PdfDocumentLayout::finish() {
    if (m_finished || !m_painter.isActive())
        return;
    m_finished = true;
    drawFooter();
    m_painter.end();
}

} // namespace station::report
