// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace station::dashboard {

// Boxes waiting for the courier, oldest first, against the 4-hour limit. Rows nearing or
// past the limit carry their severity (SeverityRole) and a warning colour.
class BoxAgeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BoxColumn, StateColumn, TubesColumn, AgeColumn, LimitColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 }; // 0 fine, 1 warning, 2 critical

    explicit BoxAgeModel(QTimeZone zone = QTimeZone::systemTimeZone(), AlertLimits limits = {},
                         QObject *parent = nullptr);

    void setBoxes(const QList<BoxAge> &boxes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int severity(const BoxAge &box) const;

private:
    QTimeZone m_zone;
    AlertLimits m_limits;
    QList<BoxAge> m_rows;
};

} // namespace station::dashboard
