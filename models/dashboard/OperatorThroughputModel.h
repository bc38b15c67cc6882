// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QAbstractTableModel>

namespace station::dashboard {

// One row per operator who took swabs today, most first.
class OperatorThroughputModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StaffIdColumn, NameColumn, SwabsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOperators(const QList<OperatorThroughput> &operators);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OperatorThroughput> m_rows;
};

} // namespace station::dashboard
