// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace station::report {

// A top-to-bottom flow of headings, key-value grids and tables on A4 pages, with a footer
// on every page. Works in millimetres; breaks pages before a block that would not fit.
class PdfDocumentLayout {
public:
    struct Column {
        QString title;
        double widthMm = 20;
        Qt::Alignment align = Qt::AlignLeft;
    };

    // `footer(page)` returns the footer text of a page.
    PdfDocumentLayout(QPdfWriter &writer, std::function<QString(int)> footer);
    ~PdfDocumentLayout();

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    double contentWidthMm() const { return m_widthMm; }
    double yMm() const { return m_y; }
    void advance(double mm) { m_y += mm; }
    // Starts a new page when fewer than `mm` millimetres remain.
    void ensureSpace(double mm);

    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text);
    void paragraph(const QString &text, double pointSize = 9, bool bold = false);
    // Label/value pairs in `columns` columns; values large and bold.
    void figures(const QList<QPair<QString, QString>> &items, int columns);
    // A table with a header row; repeats the header after a page break. `emphasis`
    // (optional, per row) draws the row in bold red for problems.
    void table(const QVector<Column> &columns, const QList<QStringList> &rows,
               const QList<bool> &emphasis = {});
    // Reserves `heightMm` and lets `draw` paint in that rectangle (device units).
    void block(double heightMm, const std::function<void(QPainter &, const QRectF &)> &draw);
    void finish();

    double px(double mm) const;
    QFont font(double pointSize, bool bold = false) const;

private:
    void newPage();
    void drawFooter();

    QPdfWriter &m_writer;
    QPainter m_painter;
    std::function<QString(int)> m_footer;
    double m_widthMm = 0;
    double m_heightMm = 0;
    double m_y = 0;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace station::report
