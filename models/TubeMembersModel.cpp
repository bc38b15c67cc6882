// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TubeMembersModel.h"

#include <QLocale>

namespace station {

QString entryMethodDisplayName(EntryMethod method) {
    switch (method) {
    case EntryMethod::Scanner:
        return TubeMembersModel::tr("Scanned");
    case EntryMethod::Camera:
        return TubeMembersModel::tr("Camera");
    case EntryMethod::Manual:
        return TubeMembersModel::tr("Typed in");
    }
    return {};
}

TubeMembersModel::TubeMembersModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void TubeMembersModel::setTube(const std::optional<TubeSnapshot> &tube) {
    beginResetModel();
    m_tube = tube;
    endResetModel();
}

qint64 TubeMembersModel::sampleIdAt(int row) const {
    if (!m_tube || row < 0 || row >= m_tube->members.size())
        return 0;
    return m_tube->members.at(row).sampleId;
}

int TubeMembersModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_tube)
        return 0;
    return static_cast<int>(m_tube->members.size());
}

int TubeMembersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TubeMembersModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_tube || index.row() >= m_tube->members.size())
        return {};
    const TubeMember &m = m_tube->members.at(index.row());
    if (role == SampleIdRole)
        return m.sampleId;
    if (role == Qt::TextAlignmentRole && index.column() == PositionColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        return m.position;
    case NameColumn:
        return m.retestConfirmed ? tr("%1 (re-test)").arg(m.name) : m.name;
    case IdColumn:
        return m.idMasked;
    case EntryColumn:
        return entryMethodDisplayName(m.entryMethod);
    case TimeColumn:
        return QLocale().toString(m.takenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

QVariant TubeMembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID number");
    case EntryColumn:
        return tr("Entry");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace station
