// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sync/OutboxStore.h"
#include "core/sync/SiteNotes.h"

#include <QAbstractTableModel>

#include <functional>

namespace station {

// Records the server answered `conflict` or `rejected`, with its reason, for the site
// lead, then the site's notes on records it stored (SiteNotes: a tube code or a person
// another table had too), each with what to do. The rows come from OutboxStore::problems()
// and siteNotes() (read wherever the caller reads the database); the model only shows them.
class SyncProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Created, Kind, Problem, Reason, Record, ColumnCount };

    explicit SyncProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<OutboxProblem> &problems);
    const QList<OutboxProblem> &problems() const { return m_problems; }
    void setSiteNotes(const QList<SiteNote> &notes);
    const QList<SiteNote> &siteNotes() const { return m_notes; }
    // Other tables' labels in the user's language ("Table 5" -> "5号台"; table/TableLabel,
    // which this layer cannot reach); unset, they show as the site's facts carry them.
    void setTableLabelShown(std::function<QString(const QString &)> shown);

    // A record kind in words ("sample.taken" -> "Sample taken"); a kind this station does not
    // know stays as the server sent it. The id itself is the cell's tool tip.
    static QString recordKindInWords(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant siteNoteData(const SiteNote &note, int column, int role) const;
    QString shownTable(const QString &label) const;

    QList<OutboxProblem> m_problems;
    QList<SiteNote> m_notes;
    std::function<QString(const QString &)> m_tableLabelShown;
};

} // namespace station
