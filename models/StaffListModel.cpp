// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StaffListModel.h"

#include "core/staff/StaffRole.h"
#include "core/sync/SyncController.h"

#include <QCoreApplication>

namespace station {

namespace {

// The staff window's words, kept under its context (station::StaffDialog), where they were
// translated before the list became a model.
QString staffWindowText(const char *text) {
    return QCoreApplication::translate("station::StaffDialog", text);
}

} // namespace

StaffListModel::StaffListModel(const StaffService &staff, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_staff(staff)
    , m_clock(std::move(clock))
    , m_members(staff.list()) {}

void StaffListModel::followSiteStaff(const SyncController *sync) {
    if (sync)
        connect(sync, &SyncController::staffListChanged, this, &StaffListModel::reload,
                Qt::UniqueConnection);
}

void StaffListModel::reload() {
    const QList<StaffMember> members = m_staff.list();
    bool sameRows = members.size() == m_members.size();
    for (qsizetype row = 0; sameRows && row < members.size(); ++row)
        sameRows = members.at(row).staffId == m_members.at(row).staffId;
    if (!sameRows) {
        beginResetModel();
        m_members = members;
        endResetModel();
        Q_EMIT staffListShownChanged();
        return;
    }
    // The same people: only the cells that differ change (a view's selection stays).
    bool changed = false;
    for (int row = 0; row < int(members.size()); ++row) {
        const StaffMember before = m_members.at(row);
        m_members[row] = members.at(row);
        for (int column = 0; column < ColumnCount; ++column) {
            if (cell(before, column) != cell(members.at(row), column)) {
                changed = true;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                break;
            }
        }
    }
    if (changed)
        Q_EMIT staffListShownChanged();
}

QString StaffListModel::staffIdAt(int row) const {
    return row >= 0 && row < m_members.size() ? m_members.at(row).staffId : QString();
}

int StaffListModel::rowOf(const QString &staffId) const {
    for (int row = 0; row < int(m_members.size()); ++row) {
        if (m_members.at(row).staffId == staffId)
            return row;
    }
    return -1;
}

int StaffListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int StaffListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffListModel::cell(const StaffMember &m, int column) const {
    switch (column) {
    case StaffIdColumn:
        return m.staffId;
    case NameColumn:
        return m.name;
    case RoleColumn:
        return StaffRoleText::displayName(m.role);
    case PhoneColumn:
        return m.phone;
    case StateColumn: {
        QStringList state;
        state << (m.active
                      ? staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "active"))
                      : staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "disabled")));
        if (m.isLockedAt(m_clock()))
            state << staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "locked out"));
        if (m.mustSetOwnPin)
            state << staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "one-time PIN"));
        return state.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const StaffMember &m = m_members.at(index.row());
    if (role == Qt::DisplayRole)
        return cell(m, index.column());
    if (role == StaffIdRole)
        return m.staffId;
    return {};
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StaffIdColumn:
        return staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "Staff ID"));
    case NameColumn:
        return staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "Name"));
    case RoleColumn:
        return staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "Role"));
    case PhoneColumn:
        return staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "Phone"));
    case StateColumn:
        return staffWindowText(QT_TRANSLATE_NOOP("station::StaffDialog", "State"));
    default:
        return {};
    }
}

} // namespace station
