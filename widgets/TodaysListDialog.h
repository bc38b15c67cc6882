// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QLineEdit;
class QTableView;

namespace station {

class SamplingService;
class TodaysSamplesModel;

// Every sample at this table today, newest first; the search narrows it by tube code or
// the last digits of an ID number.
class TodaysListDialog : public QDialog {
    Q_OBJECT
public:
    TodaysListDialog(SamplingService &service, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    TodaysSamplesModel *model() const { return m_model; }

private:
    QLineEdit *m_search;
    TodaysSamplesModel *m_model;
    QTableView *m_view;
};

} // namespace station
