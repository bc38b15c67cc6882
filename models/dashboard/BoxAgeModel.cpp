// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/BoxAgeModel.h"

#include "core/TimeText.h"
#include "core/domain/Pooling.h"

#include <QColor>

namespace station::dashboard {

BoxAgeModel::BoxAgeModel(QTimeZone zone, AlertLimits limits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone))
    , m_limits(limits) {}

void BoxAgeModel::setBoxes(const QList<BoxAge> &boxes) {
    beginResetModel();
    m_rows = boxes;
    endResetModel();
}

int BoxAgeModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BoxAgeModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int BoxAgeModel::severity(const BoxAge &b) const {
    if (b.ageSeconds >= m_limits.boxLimitSeconds)
        return 2;
    if (b.ageSeconds >= m_limits.boxWarnSeconds)
        return 1;
    return 0;
}

QVariant BoxAgeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoxAge &b = m_rows.at(index.row());
    const int sev = severity(b);
    if (role == SeverityRole)
        return sev;
    if (role == Qt::ForegroundRole)
        return sev == 2   ? QVariant(QColor(0xb0, 0x1e, 0x1e))
               : sev == 1 ? QVariant(QColor(0x9a, 0x5b, 0x00))
                          : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() >= TubesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::UserRole)
        return {};
    const bool empty = b.ageSeconds < 0;
    switch (index.column()) {
    case BoxColumn:
        return b.code;
    case StateColumn: {
        const auto state = boxStateFromKey(b.state);
        return display && state ? QVariant(boxStateDisplayName(*state)) : QVariant(b.state);
    }
    case TubesColumn:
        return b.tubes;
    case AgeColumn:
        if (empty)
            return display ? QVariant(tr("empty")) : QVariant();
        // "45 min" under an hour, "3 h 29 min" after: as the site's other spans.
        return display ? QVariant(hoursAndMinutes(b.ageSeconds)) : QVariant(b.ageSeconds);
    case LimitColumn: {
        if (empty)
            return display ? QVariant(tr("—")) : QVariant();
        const QDateTime limit = b.earliestSwab.addSecs(m_limits.boxLimitSeconds);
        return display ? QVariant(limit.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")))
                       : QVariant(limit);
    }
    default:
        return {};
    }
}

QVariant BoxAgeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BoxColumn:
        return tr("Box");
    case StateColumn:
        return tr("State");
    case TubesColumn:
        return tr("Tubes");
    case AgeColumn:
        return tr("Since first swab");
    case LimitColumn:
        return tr("4-hour limit at");
    default:
        return {};
    }
}

} // namespace station::dashboard
