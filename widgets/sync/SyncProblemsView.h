// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace station {

class ScanRefusedBar;
class SyncProblemsModel;

// The site lead's list of records the server did not take (conflicts and rejections),
// with the server's reason for each. Read-only: records are never edited or deleted;
// a correction is a new record. A window in front of the table (F7): Esc and F7 go back.
class SyncProblemsView : public QWidget {
    Q_OBJECT
public:
    explicit SyncProblemsView(SyncProblemsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *closeButton() const { return m_close; }
    QString summary() const;
    // A station that uploads to no server has no sync problems to list: the window says so,
    // and how the station joins the site's hub, instead of an empty list.
    void showNoServer();
    bool showsNoServer() const { return m_noServer; }
    // The red bar over the list saying that a scan was not taken (showRefusedScan()).
    ScanRefusedBar *scanRefusal() const { return m_scanRefusal; }

public Q_SLOTS:
    // A scan arrived while this window had the keyboard and was not taken: said in red over
    // the list, with the way back to the table; `why` replaces "the sync problems window is
    // in front" when the scan was refused for a reason of its own. Clicking the bar closes
    // the window.
    void showRefusedScan(const QString &why = {});
    // The table said something that cannot wait while this window was in front (the open
    // tube's code was also used at another table): said in red over the list, with the way
    // back to the table.
    void showTableAlert(const QString &what);

Q_SIGNALS:
    void refreshRequested();
    // The window was closed (Esc, F7, the bar, the title bar): the table takes the keyboard.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateSummary();

    SyncProblemsModel *m_model;
    ScanRefusedBar *m_scanRefusal;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_close;
    bool m_noServer = false;
};

} // namespace station
