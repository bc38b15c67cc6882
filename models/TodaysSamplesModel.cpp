// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TodaysSamplesModel.h"

#include "core/sampling/SamplingService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace station {

TodaysSamplesModel::TodaysSamplesModel(SamplingService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    connect(&m_service, &SamplingService::changed, this, &TodaysSamplesModel::reload);
    reload();
}

void TodaysSamplesModel::setFilter(const QString &filter) {
    const QString trimmed = filter.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

void TodaysSamplesModel::reload() {
    beginResetModel();
    m_entries = m_service.todaysSamples(m_filter);
    endResetModel();
}

int TodaysSamplesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TodaysSamplesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TodaysSamplesModel::stateText(const SampleListEntry &e) const {
    if (e.state == QLatin1String("removed"))
        return tr("Removed");
    if (e.state == QLatin1String("voided") || e.tubeState == TubeState::Voided)
        return tr("Voided: sample again");
    return tubeStateDisplayName(e.tubeState);
}

QVariant TodaysSamplesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const SampleListEntry &e = m_entries.at(index.row());
    const bool inactive = e.state != QLatin1String("active");
    if (role == Qt::ForegroundRole)
        return inactive ? QVariant(QBrush(QColor(0x8a, 0x1c, 0x1c))) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.takenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case TubeColumn:
        return e.tubeCode;
    case PositionColumn:
        return e.position;
    case NameColumn:
        // As the tube's list marks it: the same name twice today is not a mistake.
        return e.retest ? tr("%1 (re-test)").arg(e.name) : e.name;
    case IdColumn:
        return e.idMasked;
    case OperatorColumn:
        return e.operatorStaffId;
    case StateColumn:
        return stateText(e);
    default:
        return {};
    }
}

QVariant TodaysSamplesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TubeColumn:
        return tr("Tube");
    case PositionColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID number");
    case OperatorColumn:
        return tr("Operator");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace station
