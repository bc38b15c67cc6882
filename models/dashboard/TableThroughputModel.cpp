// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/TableThroughputModel.h"
#include "core/TableLabel.h"

namespace station::dashboard {

TableThroughputModel::TableThroughputModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone)) {}

void TableThroughputModel::setTables(const QList<TableThroughput> &tables) {
    beginResetModel();
    m_rows = tables;
    endResetModel();
}

int TableThroughputModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TableThroughputModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableThroughputModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableThroughput &t = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == TableColumn ? QVariant()
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case TableColumn:
        return display ? QVariant(shownTableNumber(t.tableNumber)) : QVariant(t.tableNumber);
    case SwabsColumn:
        return t.samples;
    case SecondsPerSampleColumn:
        if (!t.avgSecondsPerSample)
            return display ? QVariant(tr("—")) : QVariant();
        return display ? QVariant(QString::number(*t.avgSecondsPerSample, 'f', 0))
                       : QVariant(*t.avgSecondsPerSample);
    case LastSampleColumn:
        if (!t.lastSampleAt.isValid())
            return display ? QVariant(tr("—")) : QVariant();
        return display
                   ? QVariant(t.lastSampleAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")))
                   : QVariant(t.lastSampleAt);
    default:
        return {};
    }
}

QVariant TableThroughputModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn:
        return tr("Table");
    case SwabsColumn:
        return tr("Swabs today");
    case SecondsPerSampleColumn:
        return tr("s / sample (1 h)");
    case LastSampleColumn:
        return tr("Last swab");
    default:
        return {};
    }
}

} // namespace station::dashboard
