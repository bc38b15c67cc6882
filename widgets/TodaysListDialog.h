// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableView;

namespace station {

class IdReveal;
class SamplingService;
class TodaysSamplesModel;

// Every sample at this table today, newest first; the search narrows it by tube code or
// the last digits of an ID number. With an IdReveal, "Show full ID number" (Ctrl+I) opens
// the audited full display for the selected row, and for those whose role may see the
// full-ID audit (a site lead), "Who saw full IDs" (Ctrl+H) lists the reveals of the last week.
class TodaysListDialog : public QDialog {
    Q_OBJECT
public:
    TodaysListDialog(SamplingService &service, IdReveal *reveal = nullptr,
                     QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    TodaysSamplesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *revealLogButton() const { return m_revealLog; }
    // A wrong PIN in the full display locked the operator: the station locks too.
    bool operatorLocked() const { return m_operatorLocked; }

    void revealSelected();
    void showRevealLog();

private:
    SamplingService &m_service;
    IdReveal *m_idReveal;
    QLineEdit *m_search;
    TodaysSamplesModel *m_model;
    QTableView *m_view;
    QPushButton *m_reveal;
    QPushButton *m_revealLog;
    bool m_operatorLocked = false;
};

} // namespace station
