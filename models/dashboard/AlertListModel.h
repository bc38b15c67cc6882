// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QAbstractListModel>

namespace station::dashboard {

// The dashboard's alerts, critical first, sync problems after the others of their severity.
// Display text is the alert's message.
class AlertListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SeverityRole = Qt::UserRole + 1, KindRole, SubjectRole };

    using QAbstractListModel::QAbstractListModel;

    void setAlerts(const QList<Alert> &alerts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_rows;
};

} // namespace station::dashboard
