// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/SiteTablesModel.h"
#include "core/TimeText.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace station::dashboard {

namespace {} // namespace

SiteTablesModel::SiteTablesModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone)) {}

void SiteTablesModel::setRows(const QList<SiteTableRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SiteTablesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SiteTablesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiteTablesModel::ago(qint64 seconds) {
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    return tr("%1 ago").arg(hoursAndMinutes(seconds));
}

int SiteTablesModel::boxSeverity(const SiteTableRow &row) {
    return row.boxesOverLimit > 0 ? 2 : row.boxesNearingLimit > 0 ? 1 : 0;
}

QString SiteTablesModel::display(const SiteTableRow &r, int column) const {
    const QLocale locale;
    switch (column) {
    case TableColumn:
        return r.own ? tr("%1 (this table)").arg(r.label) : r.label;
    case SwabsColumn:
        return locale.toString(r.samplesToday);
    case RateColumn:
        // The hour's count and what it makes per 10 minutes.
        return tr("%1 (%2)", "swabs in the last hour (per 10 minutes)")
            .arg(locale.toString(r.lastHour), locale.toString(r.lastHour / 6.0, 'f', 1));
    case LastSwabColumn: {
        const QString last =
            r.lastSampleAt.isValid() ? clockTime(r.lastSampleAt, m_zone) : tr("none");
        // Marked in words, not only in colour.
        return r.idle ? tr("%1 — idle %2").arg(last, hoursAndMinutes(r.idleSeconds)) : last;
    }
    case OpenTubesColumn:
        if (r.openTubes == 0)
            return tr("none");
        return r.peopleInOpenTubes >= 0
                   ? tr("%1 (%2)").arg(locale.toString(r.openTubes),
                                       tr("%n person(s)", nullptr, r.peopleInOpenTubes))
                   : locale.toString(r.openTubes);
    case BoxesColumn: {
        if (r.boxes == 0)
            return tr("none");
        QString text =
            r.oldestBoxAgeSeconds >= 0
                ? tr("%1, oldest %2").arg(r.boxes).arg(hoursAndMinutes(r.oldestBoxAgeSeconds))
                : locale.toString(r.boxes);
        // A shape and words as well as the colour: ■ over the limit, ▲ near it.
        if (r.boxesOverLimit > 0)
            text = tr("■ %1 — %n OVER 4 h", nullptr, r.boxesOverLimit).arg(text);
        else if (r.boxesNearingLimit > 0)
            text = tr("▲ %1 — %n near 4 h", nullptr, r.boxesNearingLimit).arg(text);
        return text;
    }
    case BacklogColumn:
        if (!r.pending)
            return tr("not known");
        if (*r.pending == 0)
            return tr("none");
        return r.oldestPendingAt.isValid()
                   ? tr("%1, oldest %2")
                         .arg(locale.toString(*r.pending), clockTime(r.oldestPendingAt, m_zone))
                   : locale.toString(*r.pending);
    case FreshnessColumn:
        if (r.live)
            return tr("live, as of %1").arg(clockTime(r.figuresAsOf, m_zone));
        if (!r.figuresAsOf.isValid())
            return tr("NOT HEARD FROM yet");
        if (r.notHeardFrom)
            return tr("NOT HEARD FROM since %1, %2")
                .arg(clockTime(r.figuresAsOf, m_zone), ago(r.ageSeconds));
        return tr("as of %1, %2").arg(clockTime(r.figuresAsOf, m_zone), ago(r.ageSeconds));
    default:
        return {};
    }
}

QVariant SiteTablesModel::raw(const SiteTableRow &r, int column) const {
    switch (column) {
    case TableColumn:
        return r.tableNumber;
    case SwabsColumn:
        return r.samplesToday;
    case RateColumn:
        return r.lastHour;
    case LastSwabColumn:
        return r.lastSampleAt;
    case OpenTubesColumn:
        return r.openTubes;
    case BoxesColumn:
        return r.oldestBoxAgeSeconds;
    case BacklogColumn:
        return r.pending ? QVariant(*r.pending) : QVariant();
    case FreshnessColumn:
        return r.ageSeconds;
    default:
        return {};
    }
}

QVariant SiteTablesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteTableRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, column);
    case Qt::UserRole:
        return raw(r, column);
    case IdleRole:
        return r.idle;
    case BoxSeverityRole:
        return boxSeverity(r);
    case NotHeardFromRole:
        return r.notHeardFrom;
    case LiveRole:
        return r.live;
    case Qt::TextAlignmentRole:
        return column == SwabsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (r.own && column == TableColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole: {
        const QColor red(0xb0, 0x1e, 0x1e);
        const QColor amber(0x9a, 0x5b, 0x00);
        if (column == LastSwabColumn && r.idle)
            return amber;
        if (column == BoxesColumn && boxSeverity(r) > 0)
            return boxSeverity(r) == 2 ? red : amber;
        if (column == FreshnessColumn && r.notHeardFrom)
            return red;
        return {};
    }
    default:
        return {};
    }
}

QVariant SiteTablesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn:
        return tr("Table");
    case SwabsColumn:
        return tr("Swabs today");
    case RateColumn:
        return tr("Last hour (per 10 min)");
    case LastSwabColumn:
        return tr("Last swab");
    case OpenTubesColumn:
        return tr("Open tubes");
    case BoxesColumn:
        return tr("Boxes waiting");
    case BacklogColumn:
        return tr("Not yet sent");
    case FreshnessColumn:
        return tr("Figures");
    default:
        return {};
    }
}

} // namespace station::dashboard
