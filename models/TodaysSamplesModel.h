// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sampling/TubeSnapshot.h"

#include <QAbstractTableModel>

namespace station {

class SamplingService;

// Today's samples at this table, newest first, narrowed by a filter (a tube code or the
// last digits of an ID number, as SamplingService::todaysSamples matches them). Follows
// the service: every committed change reloads the list.
class TodaysSamplesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TubeColumn,
        PositionColumn,
        NameColumn,
        IdColumn,
        OperatorColumn,
        StateColumn,
        ColumnCount
    };

    explicit TodaysSamplesModel(SamplingService &service, QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    void reload();
    const SampleListEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const SampleListEntry &entry) const;

    SamplingService &m_service;
    QString m_filter;
    QList<SampleListEntry> m_entries;
};

} // namespace station
