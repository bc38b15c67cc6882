// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace station::dashboard {

// One row per sampling table: swabs today, seconds per sample over the last hour, time of
// the last swab. Display text for views; raw numbers under Qt::UserRole for sorting.
class TableThroughputModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TableColumn, SwabsColumn, SecondsPerSampleColumn, LastSampleColumn, ColumnCount };

    explicit TableThroughputModel(QTimeZone zone = QTimeZone::systemTimeZone(),
                                  QObject *parent = nullptr);

    void setTables(const QList<TableThroughput> &tables);
    const QList<TableThroughput> &tables() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<TableThroughput> m_rows;
};

} // namespace station::dashboard
