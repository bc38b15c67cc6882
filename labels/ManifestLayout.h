// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelData.h"
#include "labels/PrintJob.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QVector>

class QPainter;

namespace station::labels {

// The A4 box manifest: box code (Code 128), every tube with its person count, totals, the
// first-swab and sealed times, and the hand-over block with signature lines. Tubes that name
// their table are grouped by table, each group under a heading with its tubes and people.
// Long boxes run over several pages; the hand-over block is always on the last one.
class ManifestLayout {
    Q_DECLARE_TR_FUNCTIONS(station::labels::ManifestLayout)
public:
    explicit ManifestLayout(int dpi);

    static QSizeF pageSizeMm() { return {210.0, 297.0}; }

    PrintResult check(const BoxManifestData &data) const;
    int pageCount(const BoxManifestData &data) const;
    // The painter's units are dots at dpi; the page is (0,0)..(A4 in dots).
    PrintResult paintPage(QPainter &painter, const BoxManifestData &data, int page) const;

private:
    struct PagePlan {
        int firstRow = 0;
        int rowCount = 0;
        bool handOver = false; // totals and hand-over block on this page
    };
    // A line of the tube table: a tube, or the heading of a table's group (tube < 0).
    struct Row {
        int tube = -1;
        int group = -1;
    };
    static QVector<Row> rows(const BoxManifestData &data);
    QVector<PagePlan> plan(const BoxManifestData &data) const;
    int dots(double mm) const;

    int paintHeader(QPainter &painter, const BoxManifestData &data, int page, int pages) const;
    int paintSummary(QPainter &painter, const BoxManifestData &data, int y) const;
    int paintTableHeader(QPainter &painter, int y) const;
    // `sharedWith`: the other table that used the tube's code too (printed after it), or empty.
    void paintRow(QPainter &painter, const ManifestTube &tube, int number, int y,
                  const QString &sharedWith) const;
    void paintGroupHeading(QPainter &painter, const ManifestTableGroup &group, int y) const;
    int paintTotals(QPainter &painter, const BoxManifestData &data, int y) const;
    void paintHandOver(QPainter &painter, const BoxManifestData &data, int y) const;
    void paintFooter(QPainter &painter, const BoxManifestData &data, int page, int pages) const;

    int m_dpi;
};

} // namespace station::labels
