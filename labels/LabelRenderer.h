// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/PrintJob.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

class QPainter;

namespace station::labels {

// Turns a PrintJob into pages: one page for a label, one or more A4 pages for a manifest.
// Thread-safe (no shared state): backends call it from a worker thread.
class LabelRenderer {
    Q_DECLARE_TR_FUNCTIONS(station::labels::LabelRenderer)
public:
    static QSizeF pageSizeMm(const PrintJob &job); // the label, or A4 for a manifest
    static int pageCount(const PrintJob &job);     // pages of one copy
    static PrintResult check(const PrintJob &job); // printable? (codes encodable and fit)

    // Paints page `page` of one copy; the painter's units are printer dots at job.dpi.
    static PrintResult paintPage(QPainter &painter, const PrintJob &job, int page);

    // The page as a white greyscale image of the page size at job.dpi.
    static QImage renderPage(const PrintJob &job, int page, QString *error = nullptr);
};

} // namespace station::labels
