// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/staff/StaffService.h"

#include <QAbstractTableModel>
#include <QList>

namespace station {

// The station's staff, one row each by staff id, as the staff window (F9) lists them: id,
// name, role, phone and state (active or disabled, locked out, one-time PIN). The staff list
// is the site's (core/staff/SiteStaffList): other tables' changes arrive through the sync
// (SyncController::staffListChanged), so the window has the model follow the sync
// (followSiteStaff()) and an open list follows without being reopened. A reload that finds the same
// people in the same order updates the changed cells only, so a selection stays where it was;
// otherwise the model is reset (views keep the selected staff id themselves).
class SyncController;

class StaffListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StaffIdColumn, NameColumn, RoleColumn, PhoneColumn, StateColumn, ColumnCount };
    enum Role { StaffIdRole = Qt::UserRole + 1 };

    explicit StaffListModel(const StaffService &staff, Clock clock = systemClock(),
                            QObject *parent = nullptr);

    // Reloads whenever `sync` applied other tables' staff changes (its staffListChanged());
    // the connection ends with the controller (a join replaces it).
    void followSiteStaff(const SyncController *sync);

    // The staff id of `row`; empty when there is no such row.
    QString staffIdAt(int row) const;
    // The row of `staffId`; -1 when none.
    int rowOf(const QString &staffId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Reads the list again from the station's database.
    void reload();

Q_SIGNALS:
    // A reload found a change (rows or cells); not emitted when nothing changed.
    void staffListShownChanged();

private:
    QString cell(const StaffMember &member, int column) const;

    const StaffService &m_staff;
    Clock m_clock;
    QList<StaffMember> m_members;
};

} // namespace station
