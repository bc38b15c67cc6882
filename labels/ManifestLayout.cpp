// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ManifestLayout.h"

#include "labels/Code128Renderer.h"
#include "labels/LabelFonts.h"
#include "labels/LabelLayout.h"
#include "labels/LabelSize.h"
#include "protocol/BoxAge.h"

#include <QPainter>

#include <algorithm>

namespace station::labels {

namespace {
// Page geometry in millimetres.
constexpr double kPageW = 210.0;
constexpr double kPageH = 297.0;
constexpr double kMargin = 15.0;
constexpr double kContentW = kPageW - 2 * kMargin;
constexpr double kHeaderH = 34.0;
constexpr double kSummaryH = 27.0;
constexpr double kTableHeaderH = 8.0;
constexpr double kRowH = 6.5;
constexpr double kTotalsH = 9.0;
constexpr double kHandOverH = 82.0;
constexpr double kFooterTop = kPageH - kMargin - 5.0;

// Table columns: number, tube code, people, first swab, sealed (x offset, width in mm).
struct Column {
    double x;
    double w;
};
constexpr Column kColNo{0, 14};
constexpr Column kColCode{14, 62};
constexpr Column kColPeople{76, 24};
constexpr Column kColFirst{104, 38};
constexpr Column kColSealed{142, 38};
} // namespace

ManifestLayout::ManifestLayout(int dpi)
    : m_dpi(dpi) {}

int ManifestLayout::dots(double mm) const {
    return mmToDots(mm, m_dpi);
}

PrintResult ManifestLayout::check(const BoxManifestData &data) const {
    if (data.boxCode.isEmpty())
        return PrintResult::failure(tr("The manifest has no box code."));
    if (data.tubes.isEmpty())
        return PrintResult::failure(
            tr("Box %1 has no tubes; scan its sealed tubes before printing the manifest.")
                .arg(data.boxCode));
    const Code128Renderer renderer(m_dpi);
    const BarcodeFit fit = renderer.fit(renderer.encode(data.boxCode), dots(80.0));
    return fit.ok() ? PrintResult::success() : PrintResult::failure(fit.error);
}

QVector<ManifestLayout::Row> ManifestLayout::rows(const BoxManifestData &data) {
    QVector<Row> rows;
    const QVector<ManifestTableGroup> groups = data.tableGroups();
    if (groups.isEmpty()) {
        for (int i = 0; i < data.tubes.size(); ++i)
            rows.append({i, -1});
        return rows;
    }
    for (int g = 0; g < groups.size(); ++g) {
        rows.append({-1, g});
        for (int tube : groups[g].tubes)
            rows.append({tube, g});
    }
    return rows;
}

QVector<ManifestLayout::PagePlan> ManifestLayout::plan(const BoxManifestData &data) const {
    const double bottom = kFooterTop - 3.0;
    const double firstRowsTop = kMargin + kHeaderH + kSummaryH + kTableHeaderH;
    const double otherRowsTop = kMargin + kHeaderH + kTableHeaderH;
    QVector<PagePlan> pages;
    int next = 0;
    const QVector<Row> lines = rows(data);
    const int total = static_cast<int>(lines.size());
    while (next < total || pages.isEmpty()) {
        const double top = pages.isEmpty() ? firstRowsTop : otherRowsTop;
        const int capacity = static_cast<int>((bottom - top) / kRowH);
        PagePlan p;
        p.firstRow = next;
        p.rowCount = std::min(capacity, total - next);
        // A table's heading goes with its first tube, not alone at the foot of a page.
        if (p.rowCount > 1 && next + p.rowCount < total && lines[next + p.rowCount - 1].tube < 0)
            --p.rowCount;
        next += p.rowCount;
        pages.append(p);
    }
    // The hand-over block goes under the last rows when it fits, else on a page of its own.
    PagePlan &last = pages.last();
    const double top = pages.size() == 1 ? firstRowsTop : otherRowsTop;
    if (top + last.rowCount * kRowH + kTotalsH + kHandOverH <= bottom) {
        last.handOver = true;
    } else {
        PagePlan extra;
        extra.firstRow = static_cast<int>(rows(data).size());
        extra.handOver = true;
        pages.append(extra);
    }
    return pages;
}

int ManifestLayout::pageCount(const BoxManifestData &data) const {
    return static_cast<int>(plan(data).size());
}

PrintResult ManifestLayout::paintPage(QPainter &painter, const BoxManifestData &data,
                                      int page) const {
    const PrintResult ok = check(data);
    if (!ok.ok)
        return ok;
    const QVector<PagePlan> pages = plan(data);
    if (page < 0 || page >= pages.size())
        return PrintResult::failure(tr("The manifest has no page %1.").arg(page + 1));
    const PagePlan &p = pages[page];

    painter.save();
    painter.fillRect(QRect(0, 0, dots(kPageW), dots(kPageH)), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);

    int y = paintHeader(painter, data, page, static_cast<int>(pages.size()));
    if (page == 0)
        y = paintSummary(painter, data, y);
    if (p.rowCount > 0 || page == 0) {
        y = paintTableHeader(painter, y);
        const QVector<Row> lines = rows(data);
        const QVector<ManifestTableGroup> groups = data.tableGroups();
        for (int i = 0; i < p.rowCount; ++i) {
            const Row &row = lines[p.firstRow + i];
            if (row.tube < 0)
                paintGroupHeading(painter, groups[row.group], y);
            else
                paintRow(painter, data.tubes[row.tube], row.tube + 1, y,
                         data.codeSharedWith.value(data.tubes[row.tube].code));
            y += dots(kRowH);
        }
    }
    if (p.handOver) {
        y = paintTotals(painter, data, y);
        paintHandOver(painter, data, y + dots(4.0));
    }
    paintFooter(painter, data, page, static_cast<int>(pages.size()));
    painter.restore();
    return PrintResult::success();
}

int ManifestLayout::paintHeader(QPainter &painter, const BoxManifestData &data, int page,
                                int pages) const {
    const int left = dots(kMargin);
    const int top = dots(kMargin);
    const int width = dots(kContentW);

    // Box code barcode on the right, so the lab can scan the box from the paper.
    const Code128Renderer renderer(m_dpi, 0.4);
    const LinearModules bars = renderer.encode(data.boxCode);
    const BarcodeFit fit = renderer.fit(bars, dots(80.0));
    const int barsLeft = left + width - fit.totalDots + fit.quietDots;
    Code128Renderer::paint(painter, bars, fit, QPoint(barsLeft - fit.quietDots, top), dots(14.0));
    painter.setFont(codeFont(dots(3.6)));
    painter.drawText(QRect(barsLeft, top + dots(14.8), fit.symbolDots, dots(5.0)),
                     Qt::AlignHCenter | Qt::AlignTop, data.boxCode);

    const int titleWidth = width - fit.totalDots;
    painter.setFont(labelFont(dots(6.2), true));
    painter.drawText(QRect(left, top, titleWidth, dots(9.0)), Qt::AlignLeft | Qt::AlignTop,
                     tr("Sample transfer manifest"));
    painter.setFont(labelFont(dots(3.6)));
    const QString site = LabelLayout::siteText(data.siteName, data.siteCode);
    const QFontMetrics metrics(painter.font(), painter.device());
    painter.drawText(
        QRect(left, top + dots(10.5), titleWidth, dots(5.0)), Qt::AlignLeft | Qt::AlignTop,
        metrics.elidedText(tr("Sampling site: %1").arg(site), Qt::ElideRight, titleWidth));
    painter.setFont(labelFont(dots(3.2)));
    QString sub = tr("Box %1").arg(data.boxCode);
    if (pages > 1)
        sub = tr("%1 \u2014 page %2 of %3").arg(sub).arg(page + 1).arg(pages);
    painter.drawText(QRect(left, top + dots(16.0), titleWidth, dots(5.0)),
                     Qt::AlignLeft | Qt::AlignTop, sub);

    const int ruleY = top + dots(kHeaderH - 6.0);
    painter.setPen(QPen(Qt::black, dots(0.5)));
    painter.drawLine(left, ruleY, left + width, ruleY);
    painter.setPen(Qt::black);
    return top + dots(kHeaderH);
}

int ManifestLayout::paintSummary(QPainter &painter, const BoxManifestData &data, int y) const {
    const int left = dots(kMargin);
    const QDateTime first = data.firstSwabAt();
    const QString deadline =
        first.isValid() ? LabelLayout::timeText(first.addSecs(kBoxLimitSecs)) : QString();
    const QString dash = QStringLiteral("\u2014");
    auto orDash = [&dash](const QString &s) { return s.isEmpty() ? dash : s; };
    const QList<QPair<QString, QString>> cells = {
        {tr("Tubes"), QString::number(data.tubeCount())},
        {tr("People"), QString::number(data.personCount())},
        {tr("Box sealed"), orDash(LabelLayout::timeText(data.boxSealedAt))},
        {tr("First swab"), orDash(LabelLayout::timeText(first))},
        {tr("At the lab by (4 h)"), orDash(deadline)},
        {tr("Printed"), orDash(LabelLayout::timeText(data.printedAt))},
    };
    // Two rows of three cells: small caption above a larger value.
    const int cellW = dots(kContentW / 3.0);
    const QFont caption = labelFont(dots(2.8));
    const QFont value = labelFont(dots(4.4), true);
    for (int i = 0; i < cells.size(); ++i) {
        const int cx = left + (i % 3) * cellW;
        const int cy = y + (i / 3) * dots(11.0);
        painter.setFont(caption);
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(QRect(cx, cy, cellW, dots(4.0)), Qt::AlignLeft | Qt::AlignTop,
                         cells[i].first);
        painter.setFont(value);
        painter.setPen(Qt::black);
        painter.drawText(QRect(cx, cy + dots(3.8), cellW, dots(6.0)), Qt::AlignLeft | Qt::AlignTop,
                         cells[i].second);
    }
    return y + dots(kSummaryH);
}

int ManifestLayout::paintTableHeader(QPainter &painter, int y) const {
    const int left = dots(kMargin);
    const int h = dots(kTableHeaderH);
    painter.fillRect(QRect(left, y, dots(kContentW), h), QColor(225, 225, 225));
    painter.setFont(labelFont(dots(3.0), true));
    auto cell = [&](const Column &c, const QString &text, Qt::Alignment align) {
        painter.drawText(QRect(left + dots(c.x + 1.5), y, dots(c.w - 3.0), h),
                         align | Qt::AlignVCenter, text);
    };
    cell(kColNo, tr("No."), Qt::AlignRight);
    cell(kColCode, tr("Tube code"), Qt::AlignLeft);
    cell(kColPeople, tr("People"), Qt::AlignRight);
    cell(kColFirst, tr("First swab"), Qt::AlignLeft);
    cell(kColSealed, tr("Sealed"), Qt::AlignLeft);
    return y + h;
}

void ManifestLayout::paintRow(QPainter &painter, const ManifestTube &tube, int number, int y,
                              const QString &sharedWith) const {
    const int left = dots(kMargin);
    const int h = dots(kRowH);
    if (number % 2 == 0)
        painter.fillRect(QRect(left, y, dots(kContentW), h), QColor(245, 245, 245));
    auto cell = [&](const Column &c, const QString &text, Qt::Alignment align, const QFont &font) {
        painter.setFont(font);
        painter.drawText(QRect(left + dots(c.x + 1.5), y, dots(c.w - 3.0), h),
                         align | Qt::AlignVCenter, text);
    };
    const QFont body = labelFont(dots(3.2));
    cell(kColNo, QString::number(number), Qt::AlignRight, body);
    cell(kColCode, tube.code, Qt::AlignLeft, codeFont(dots(3.2)));
    if (!sharedWith.isEmpty()) {
        // After the code, in what room the code leaves: words, not a colour (a manifest is
        // printed in black).
        painter.setFont(codeFont(dots(3.2)));
        const int codeWidth = painter.fontMetrics().horizontalAdvance(tube.code) + dots(2.0);
        const QRect room(left + dots(kColCode.x + 1.5) + codeWidth, y,
                         dots(kColCode.w - 3.0) - codeWidth, h);
        // Small and on two lines if need be: the row keeps its height.
        painter.setFont(labelFont(dots(2.4), true));
        painter.drawText(room, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         tr("CODE SHARED with %1").arg(sharedWith));
    }
    cell(kColPeople, QString::number(tube.personCount), Qt::AlignRight, body);
    cell(kColFirst, LabelLayout::timeText(tube.firstSwabAt), Qt::AlignLeft, body);
    cell(kColSealed, LabelLayout::timeText(tube.sealedAt), Qt::AlignLeft, body);
}

void ManifestLayout::paintGroupHeading(QPainter &painter, const ManifestTableGroup &group,
                                       int y) const {
    const int left = dots(kMargin);
    const int h = dots(kRowH);
    painter.fillRect(QRect(left, y, dots(kContentW), h), QColor(235, 235, 235));
    painter.setFont(labelFont(dots(3.2), true));
    painter.drawText(QRect(left + dots(kColNo.x + 1.5), y, dots(kColPeople.x - 3.0), h),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 \u2014 tubes: %2").arg(group.table).arg(group.tubeCount()));
    painter.drawText(QRect(left + dots(kColPeople.x + 1.5), y, dots(kColPeople.w - 3.0), h),
                     Qt::AlignRight | Qt::AlignVCenter, QString::number(group.personCount));
}

int ManifestLayout::paintTotals(QPainter &painter, const BoxManifestData &data, int y) const {
    const int left = dots(kMargin);
    const int h = dots(kTotalsH);
    painter.setPen(QPen(Qt::black, dots(0.35)));
    painter.drawLine(left, y, left + dots(kContentW), y);
    painter.setPen(Qt::black);
    painter.setFont(labelFont(dots(3.4), true));
    painter.drawText(QRect(left + dots(kColCode.x + 1.5), y, dots(kColCode.w - 3.0), h),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Total \u2014 tubes: %1").arg(data.tubeCount()));
    painter.drawText(QRect(left + dots(kColPeople.x + 1.5), y, dots(kColPeople.w - 3.0), h),
                     Qt::AlignRight | Qt::AlignVCenter, QString::number(data.personCount()));
    return y + h;
}

void ManifestLayout::paintHandOver(QPainter &painter, const BoxManifestData &data, int y) const {
    const int left = dots(kMargin);
    const int width = dots(kContentW);
    painter.setFont(labelFont(dots(4.2), true));
    painter.drawText(QRect(left, y, width, dots(7.0)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Hand-over"));
    y += dots(9.0);

    const QFont caption = labelFont(dots(2.8));
    const QFont value = labelFont(dots(3.8));
    const QPen linePen(Qt::black, std::max(1, dots(0.25)));
    const int half = width / 2;
    const int gutter = dots(6.0);
    // A labelled field: caption, the value (if known) above a line to write or sign on.
    auto field = [&](int x, int fy, int w, const QString &label, const QString &text) {
        painter.setFont(caption);
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(QRect(x, fy, w, dots(4.0)), Qt::AlignLeft | Qt::AlignTop, label);
        painter.setPen(Qt::black);
        if (!text.isEmpty()) {
            painter.setFont(value);
            painter.drawText(QRect(x, fy + dots(3.5), w, dots(6.5)),
                             Qt::AlignLeft | Qt::AlignBottom, text);
        }
        painter.setPen(linePen);
        painter.drawLine(x, fy + dots(10.5), x + w, fy + dots(10.5));
        painter.setPen(Qt::black);
    };
    const int rowStep = dots(15.0);
    const HandOverData &h = data.handOver;
    field(left, y, half - gutter, tr("Handed over by (site)"), h.handedOverBy);
    field(left + half, y, half, tr("Signature"), QString());
    y += rowStep;
    field(left, y, half - gutter, tr("Carried by (transport)"), h.carriedBy);
    field(left + half, y, half, tr("Signature"), QString());
    y += rowStep;
    const QString temperature =
        h.temperatureCelsius ? tr("%1 °C").arg(*h.temperatureCelsius, 0, 'f', 1) : QString();
    field(left, y, half - gutter, tr("Hand-over time"), LabelLayout::timeText(h.handedOverAt));
    field(left + half, y, half, tr("Temperature in transit (°C, if over 2 h)"), temperature);
    y += rowStep;
    const int third = width / 3;
    field(left, y, third - gutter, tr("Received at the lab by"), QString());
    field(left + third, y, third - gutter, tr("Signature"), QString());
    field(left + 2 * third, y, third, tr("Time received"), QString());
}

void ManifestLayout::paintFooter(QPainter &painter, const BoxManifestData &data, int page,
                                 int pages) const {
    const int left = dots(kMargin);
    const int y = dots(kFooterTop);
    painter.setPen(QPen(QColor(120, 120, 120), std::max(1, dots(0.2))));
    painter.drawLine(left, y, left + dots(kContentW), y);
    painter.setPen(QColor(80, 80, 80));
    painter.setFont(labelFont(dots(2.6)));
    const QRect band(left, y + dots(1.0), dots(kContentW), dots(4.0));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Box %1 \u00B7 tubes: %2 \u00B7 people: %3")
                         .arg(data.boxCode)
                         .arg(data.tubeCount())
                         .arg(data.personCount()));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(pages));
    painter.setPen(Qt::black);
}

} // namespace station::labels
