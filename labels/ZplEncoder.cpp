// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplEncoder.h"

#include "labels/Code128Renderer.h"
#include "labels/LabelGeometry.h"
#include "labels/LabelLayout.h"
#include "labels/LabelRenderer.h"
#include "labels/QrRenderer.h"

#include <QStringList>

#include <algorithm>

namespace station::labels {

namespace {

int digitRun(const QString &s, int from) {
    int n = 0;
    while (from + n < s.size() && s[from + n].isDigit() && s[from + n].unicode() < 128)
        ++n;
    return n;
}

// A text field: font 0 scaled to `fontDots`, in a one-line ^FB block justified `just`.
QString textField(const QRect &box, int fontDots, QChar just, const QString &text) {
    if (text.isEmpty())
        return {};
    const int y = box.top() + (box.height() - fontDots) / 2;
    return QStringLiteral("^FO%1,%2^A0N,%3,%3^FB%4,1,0,%5^FH_^FD%6^FS\n")
        .arg(box.left())
        .arg(y)
        .arg(fontDots)
        .arg(box.width())
        .arg(just)
        .arg(ZplEncoder::escapeText(text));
}

constexpr int kMaxZplModuleDots = 10;

QString header(const LabelGeometry &g) {
    return QStringLiteral("^XA\n^CI28\n^PW%1\n^LL%2\n^LH0,0\n").arg(g.widthDots).arg(g.heightDots);
}

QString footer(int copies) {
    return QStringLiteral("^PQ%1,0,1,Y\n^XZ\n").arg(copies);
}

} // namespace

QString ZplEncoder::escapeText(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('_') || c == QLatin1Char('^') || c == QLatin1Char('~'))
            out += QStringLiteral("_%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else if (c.unicode() < 32)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QString ZplEncoder::code128FieldData(const QString &code) {
    QString out;
    bool inC = false;
    bool started = false;
    int i = 0;
    const int n = static_cast<int>(code.size());
    while (i < n) {
        const int run = digitRun(code, i);
        const bool atStart = i == 0;
        const bool atEnd = i + run == n;
        // Subset C pays off for 2+ digits filling the whole code, 4+ at either end, or
        // 6+ in the middle (each switch costs a symbol).
        const bool useC =
            (atStart && atEnd && run >= 2) || ((atStart || atEnd) && run >= 4) || run >= 6;
        if (useC) {
            if (run % 2 == 1) { // the odd digit goes in subset B first
                if (!started) {
                    out += QStringLiteral(">:");
                    started = true;
                } else if (inC) {
                    out += QStringLiteral(">6");
                    inC = false;
                }
                out += code[i];
                ++i;
            }
            if (!started) {
                out += QStringLiteral(">;");
                started = true;
            } else if (!inC) {
                out += QStringLiteral(">5");
            }
            inC = true;
            const int even = run - run % 2;
            out += code.mid(i, even);
            i += even;
            continue;
        }
        if (!started) {
            out += QStringLiteral(">:");
            started = true;
        } else if (inC) {
            out += QStringLiteral(">6");
            inC = false;
        }
        // Characters up to the next run worth subset C stay in B.
        const int take = run > 0 ? run : 1;
        for (int k = 0; k < take; ++k) {
            const QChar c = code[i + k];
            out += c == QLatin1Char('>') ? QStringLiteral("><") : QString(c);
        }
        i += take;
    }
    return out;
}

QByteArray ZplEncoder::encodeQrBox(const BoxLabelData &box, const LabelGeometry &g, int dpi,
                                   int copies, QString *error) {
    const QrRenderer renderer(dpi);
    const MatrixModules matrix = renderer.encode(box.boxCode);
    // ^BQ magnifies 1..10 times: a larger square keeps a 10-dot module.
    const BarcodeFit fit = renderer.fit(
        matrix, std::min(g.qrArea.width(),
                         (matrix.size + 2 * QrRenderer::kQuietZoneModules) * kMaxZplModuleDots));
    if (!fit.ok()) {
        if (error)
            *error = fit.error;
        return {};
    }
    const QRect &area = g.qrArea;
    const int x = area.left() + (area.width() - fit.totalDots) / 2 + fit.quietDots;
    const int y = area.top() + (area.height() - fit.totalDots) / 2 + fit.quietDots;
    QString zpl = header(g);
    // ^BQ model 2, magnification = module dots; "MA," = error correction M, automatic mode.
    zpl += QStringLiteral("^FO%1,%2^BQN,2,%3^FH_^FDMA,%4^FS\n")
               .arg(x)
               .arg(y)
               .arg(fit.moduleDots)
               .arg(escapeText(box.boxCode));
    // Font 0 characters are about 0.6 of their height wide: shrink a long code to fit.
    const int codeDots = std::clamp(
        static_cast<int>(g.qrCodeText.width() / (0.6 * std::max<qsizetype>(1, box.boxCode.size()))),
        g.codeFontDots * 3 / 5, g.codeFontDots);
    zpl += textField(g.qrCodeText, codeDots, QLatin1Char('L'), box.boxCode);
    zpl += textField(g.qrFirstRow, g.rowFontDots, QLatin1Char('L'),
                     LabelLayout::siteText(box.siteName, box.siteCode));
    zpl +=
        textField(g.qrSecondRow, g.rowFontDots, QLatin1Char('L'), LabelLayout::tr("Transfer box"));
    zpl += footer(copies);
    return zpl.toUtf8();
}

QByteArray ZplEncoder::encode(const PrintJob &job, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (job.isManifest())
        return fail(tr("The manifest is an A4 document; print it on a page printer or to PDF, "
                       "not on a label printer."));
    const PrintResult checked = LabelRenderer::check(job);
    if (!checked.ok)
        return fail(checked.userMessage);

    QString code, row1Left, row1Right, row2Left, row2Right;
    if (const auto *tube = std::get_if<TubeLabelData>(&job.content)) {
        code = tube->tubeCode;
        row1Left = LabelLayout::siteText(tube->siteName, tube->siteCode);
        row1Right = LabelLayout::tableText(tube->tableNumber);
        row2Left = LabelLayout::timeText(tube->sealedOrOpened);
        row2Right = LabelLayout::poolText(tube->poolSize);
    } else {
        const auto &box = std::get<BoxLabelData>(job.content);
        code = box.boxCode;
        row1Left = LabelLayout::siteText(box.siteName, box.siteCode);
        row2Left = LabelLayout::tr("Transfer box");
    }

    // ^ and ~ start ZPL commands; in a barcode field they cannot be escaped reliably.
    if (code.contains(QLatin1Char('^')) || code.contains(QLatin1Char('~')))
        return fail(tr("The code %1 contains ^ or ~, which a ZPL label cannot carry.").arg(code));
    const LabelGeometry g = LabelGeometry::forLabel(job.size, job.dpi);
    const auto *box = std::get_if<BoxLabelData>(&job.content);
    if (box && box->qrCode)
        return encodeQrBox(*box, g, job.dpi, job.copies, error);
    // ^BY takes 1..10 dots per module: at 600 dpi and more, cap the module there.
    const Code128Renderer renderer(job.dpi, std::min(Code128Renderer::kDefaultMaxModuleMm,
                                                     kMaxZplModuleDots * 25.4 / job.dpi));
    const LinearModules bars = renderer.encode(code);
    const BarcodeFit fit = renderer.fit(bars, g.barcodeAreaWidth);
    if (!fit.ok())
        return fail(fit.error);
    const int barsLeft =
        g.barcodeAreaLeft + (g.barcodeAreaWidth - fit.totalDots) / 2 + fit.quietDots;

    QString zpl = header(g);
    zpl += QStringLiteral("^FO%1,%2^BY%3^BCN,%4,N,N,N,N^FD%5^FS\n")
               .arg(barsLeft)
               .arg(g.barcodeTop)
               .arg(fit.moduleDots)
               .arg(g.barcodeHeight)
               .arg(code128FieldData(code));
    zpl += textField(g.codeText, g.codeFontDots, QLatin1Char('C'), code);
    // Right-hand texts first get the whole row; left texts are cut short of them.
    const int rightWidth = g.firstRow.width() * 2 / 5;
    auto row = [&](const QRect &r, const QString &left, const QString &right) {
        QRect leftBox = r;
        if (!right.isEmpty())
            leftBox.setWidth(r.width() - rightWidth);
        zpl += textField(leftBox, g.rowFontDots, QLatin1Char('L'), left);
        zpl += textField(r, g.rowFontDots, QLatin1Char('R'), right);
    };
    row(g.firstRow, row1Left, row1Right);
    row(g.secondRow, row2Left, row2Right);
    zpl += footer(job.copies);
    return zpl.toUtf8();
}

} // namespace station::labels
