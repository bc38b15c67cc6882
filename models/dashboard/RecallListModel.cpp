// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/RecallListModel.h"

#include <QColor>

namespace station::dashboard {

RecallListModel::RecallListModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone)) {}

void RecallListModel::setRecalls(const QList<RecallEntry> &recalls) {
    beginResetModel();
    m_rows = recalls;
    endResetModel();
}

void RecallListModel::setTableLabelShown(std::function<QString(const QString &)> shown) {
    beginResetModel();
    m_tableLabelShown = std::move(shown);
    endResetModel();
}

QString RecallListModel::shownTable(const QString &label) const {
    return m_tableLabelShown ? m_tableLabelShown(label) : label;
}

int RecallListModel::openCount() const {
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const RecallEntry &r) { return r.open; }));
}

QString RecallListModel::tubeAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).tube : QString();
}

QString RecallListModel::tableAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).table : QString();
}

QString RecallListModel::contactHint(int row) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    const RecallEntry &r = m_rows.at(row);
    if (!r.open)
        return tr("Recall closed: nobody to call.");
    if (r.here())
        return {};
    return tr("The contact details of tube %1's people are at %2: open the recall list there.")
        .arg(r.tube, shownTable(r.table));
}

int RecallListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecallListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecallListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecallEntry &r = m_rows.at(index.row());
    if (role == OpenRole)
        return r.open;
    if (role == ContactHereRole)
        return r.open && r.here();
    if (role == SampleUuidRole)
        return r.sampleUuid;
    if (role == Qt::ForegroundRole)
        return r.open ? QVariant(QColor(0xb0, 0x1e, 0x1e)) : QVariant();
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case WhoColumn:
        // Never a name or a full ID number; another table's person has no name here at all.
        if (r.here())
            return r.idMasked;
        return display ? QVariant(tr("a person of tube %1 at %2").arg(r.tube, shownTable(r.table)))
                       : QVariant(QString());
    case TubeColumn:
        return r.tube;
    case TableColumn:
        return display ? shownTable(r.table) : r.table;
    case ResultColumn:
        if (!display)
            return r.outcome;
        return r.outcome == QLatin1String("invalid") ? tr("invalid") : tr("positive");
    case StateColumn:
        if (!display)
            return r.open;
        if (r.sampledAgainHere())
            return tr("sampled again (%1, tube %2), not yet at the province")
                .arg(r.sampledAgainAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")),
                     r.sampledAgainTube);
        if (r.sampledAgainElsewhere())
            return tr("sampled again at %1 (%2, tube %3), not yet at the province")
                .arg(r.sampledAgainTable,
                     r.sampledAgainAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")),
                     r.sampledAgainTube);
        return r.open ? tr("NOT YET sampled again")
                      : tr("sampled again alone (%1)")
                            .arg(r.closedAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")));
    default:
        return {};
    }
}

QVariant RecallListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhoColumn:
        return tr("Who");
    case TubeColumn:
        return tr("Tube");
    case TableColumn:
        return tr("Table");
    case ResultColumn:
        return tr("Result");
    case StateColumn:
        return tr("Sampled again");
    default:
        return {};
    }
}

} // namespace station::dashboard
