// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QTableView;

namespace station {

class SyncProblemsModel;

// The site lead's list of records the server did not take (conflicts and rejections),
// with the server's reason for each. Read-only: records are never edited or deleted;
// a correction is a new record.
class SyncProblemsView : public QWidget {
    Q_OBJECT
public:
    explicit SyncProblemsView(SyncProblemsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void refreshRequested();

private:
    void updateSummary();

    SyncProblemsModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace station
