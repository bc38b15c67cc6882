// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <functional>

namespace station::dashboard {

// The site's recall list for the lead (待复核): who (the masked ID number of a person sampled
// at this table; elsewhere "a person of tube X at table N"), from which tube and table, the
// result, and whether they were sampled again alone. Open recalls first, in a warning colour
// (OpenRole). A person of an open recall sampled at this station may be called back: the lead
// asks for the tube's contact details (ContactHereRole; core/security/RecallContact decides);
// for another table's, contactHint() says where they are.
class RecallListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhoColumn, TubeColumn, TableColumn, ResultColumn, StateColumn, ColumnCount };
    enum Role {
        OpenRole = Qt::UserRole + 1, // true while not yet sampled again
        ContactHereRole,             // open, and sampled at this station: contact details here
        SampleUuidRole,              // the recalled sample's uuid (to keep a row selected)
    };

    explicit RecallListModel(QTimeZone zone = QTimeZone::systemTimeZone(),
                             QObject *parent = nullptr);

    void setRecalls(const QList<RecallEntry> &recalls);
    // Tables' labels in the user's language ("Table 10" -> "10号台"; table/TableLabel, which
    // this layer cannot reach); unset, they show as the site's facts carry them.
    void setTableLabelShown(std::function<QString(const QString &)> shown);
    int openCount() const;
    // The recalled tube of `row` (empty for no row).
    QString tubeAt(int row) const;
    // The tube's table label as the site's facts carry it (the wire form, "Table 2").
    QString tableAt(int row) const;
    // Where a lead finds the contact details of `row`'s person, when not at this station:
    // "... at table 2: open the recall list there"; empty when they are here (or no row).
    QString contactHint(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString shownTable(const QString &label) const;

    QTimeZone m_zone;
    std::function<QString(const QString &)> m_tableLabelShown;
    QList<RecallEntry> m_rows;
};

} // namespace station::dashboard
