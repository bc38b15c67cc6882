// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/AlertListModel.h"

#include <QColor>

#include <algorithm>

namespace station::dashboard {

void AlertListModel::setAlerts(const QList<Alert> &alerts) {
    beginResetModel();
    m_rows = alerts;
    // Within a severity, a sync problem (sorted out in its list, F7) after what runs out
    // of time (a box at the 4-hour limit, a table idle).
    const auto rank = [](const Alert &a) {
        return (a.severity == AlertSeverity::Critical ? 0 : 2) +
               (a.kind == AlertKind::SyncProblem ? 1 : 0);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&rank](const Alert &a, const Alert &b) { return rank(a) < rank(b); });
    endResetModel();
}

int AlertListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return a.message;
    case Qt::ForegroundRole:
        return a.severity == AlertSeverity::Critical ? QColor(0xb0, 0x1e, 0x1e)
                                                     : QColor(0x7a, 0x48, 0x00);
    case SeverityRole:
        return static_cast<int>(a.severity);
    case KindRole:
        return static_cast<int>(a.kind);
    case SubjectRole:
        return a.subject;
    default:
        return {};
    }
}

} // namespace station::dashboard
