// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/OperatorThroughputModel.h"

namespace station::dashboard {

void OperatorThroughputModel::setOperators(const QList<OperatorThroughput> &operators) {
    beginResetModel();
    m_rows = operators;
    endResetModel();
}

int OperatorThroughputModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OperatorThroughputModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorThroughputModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatorThroughput &o = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == SwabsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case StaffIdColumn:
        return o.staffId;
    case NameColumn:
        return o.name;
    case SwabsColumn:
        return o.samples;
    default:
        return {};
    }
}

QVariant OperatorThroughputModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StaffIdColumn:
        return tr("Staff ID");
    case NameColumn:
        return tr("Operator");
    case SwabsColumn:
        return tr("Swabs today");
    default:
        return {};
    }
}

} // namespace station::dashboard
