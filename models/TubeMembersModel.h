// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sampling/TubeSnapshot.h"

#include <QAbstractTableModel>

#include <optional>

namespace station {

// The people in the open tube, one row each by position, as the table screen lists them.
// ID numbers are only ever the masked form.
class TubeMembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PositionColumn, NameColumn, IdColumn, EntryColumn, TimeColumn, ColumnCount };
    enum Role { SampleIdRole = Qt::UserRole + 1 };

    explicit TubeMembersModel(QObject *parent = nullptr);

    // Shows `tube`'s members; nullopt (no open tube) empties the model.
    void setTube(const std::optional<TubeSnapshot> &tube);
    const std::optional<TubeSnapshot> &tube() const { return m_tube; }
    qint64 sampleIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<TubeSnapshot> m_tube;
};

QString entryMethodDisplayName(EntryMethod method);

} // namespace station
