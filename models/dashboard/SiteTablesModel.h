// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/SiteOverview.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace station::dashboard {

// Every table of the site, one row each: swabs, rate, last swab (idle), open tubes, boxes
// (the oldest's age; boxes near or over the 4-hour limit marked with a shape and words, not
// only colour), the backlog to the hub and how fresh the figures are. Display text for
// views; raw numbers under Qt::UserRole; the row's state under the roles below.
class SiteTablesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TableColumn,
        SwabsColumn,
        RateColumn,
        LastSwabColumn,
        OpenTubesColumn,
        BoxesColumn,
        BacklogColumn,
        FreshnessColumn,
        ColumnCount
    };
    enum Role { IdleRole = Qt::UserRole + 1, BoxSeverityRole, NotHeardFromRole, LiveRole };

    explicit SiteTablesModel(QTimeZone zone = QTimeZone::systemTimeZone(),
                             QObject *parent = nullptr);

    void setRows(const QList<SiteTableRow> &rows);
    const QList<SiteTableRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "3 min ago", "1 h 05 min ago", "just now".
    static QString ago(qint64 seconds);

private:
    QString display(const SiteTableRow &row, int column) const;
    QVariant raw(const SiteTableRow &row, int column) const;
    static int boxSeverity(const SiteTableRow &row); // 0 fine, 1 near the limit, 2 over it

    QTimeZone m_zone;
    QList<SiteTableRow> m_rows;
};

} // namespace station::dashboard
