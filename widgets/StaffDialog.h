// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/staff/StaffService.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace station {

class StaffListModel;

// The station's staff for a site lead or administrator (F9): who may sign in, with which
// role, who is locked out or still holds a one-time PIN. Every change goes through
// StaffService as the signed-in operator, so core decides who may do it; a refusal is shown
// with the service's words. A one-time PIN (new member, reset) is shown once, in a message
// box, to be handed over.
//
// Threads: one-time PINs are hashed (Argon2id, 0.1-0.5 s each, minutes for a large list)
// on a worker thread with StaffService::preparePins(); the dialog says it is busy, refuses a
// second action meanwhile and writes through the service on this thread when they are ready.
// Closing the dialog meanwhile drops the PINs and writes nothing.
//
// Keys: Ins add, Ctrl+D disable or enable, Ctrl+R reset PIN, Ctrl+U unlock, Ctrl+O set
// role, Ctrl+I import a CSV staff list, Ctrl+E export it, Esc close.
//
// The list is a StaffListModel: the window's own (MainWindow keeps one and reloads it when the
// site's staff list changes through the sync), so an open dialog follows other tables'
// changes; without one the dialog makes its own. The selected member stays selected.
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    StaffDialog(StaffService &staff, const OperatorRef &by, QWidget *parent = nullptr,
                StaffListModel *list = nullptr);

    QTableView *table() const { return m_table; }
    StaffListModel *list() const { return m_list; }
    // The staff id of the selected row; empty when none.
    QString currentStaffId() const;
    // The outcome of the last action (a refusal, or what was done).
    QString message() const;
    // Selects the row of `staffId`; false when there is none.
    bool selectStaffId(const QString &staffId);

    void addMember();
    void toggleDisabled();
    void resetPin();
    void unlock();
    void setRole();
    void importCsv();
    void exportCsv();
    // The file steps of importCsv() and exportCsv() without their file dialogs.
    void importCsvFrom(const QString &path);
    void exportCsvTo(const QString &path);
    // One-time PINs are being prepared on the worker thread.
    bool isBusy() const { return static_cast<bool>(m_whenPinsReady); }

private:
    using PinsReady = std::function<void(const QList<PreparedPin> &)>;
    // Hashes `count` one-time PINs on the worker, saying `busyText`, then calls `then`.
    void preparePinsThen(int count, const QString &busyText, PinsReady then);
    void onPinsPrepared();
    // Says so and returns true while PINs are being prepared.
    bool refuseWhileBusy();
    void reload();
    // The staff id of the selected row, or empty (and says so).
    QString selectedStaffId();
    void showOutcome(const Status &status, const QString &done);
    void showIssuedPins(const QList<IssuedPin> &issued);

    StaffService &m_staff;
    OperatorRef m_by;
    StaffListModel *m_list;
    QTableView *m_table;
    // The member selected when the model began a reset, selected again after it.
    QString m_selectedBeforeReset;
    QLabel *m_message;
    QList<QPushButton *> m_actionButtons;
    QFutureWatcher<QList<PreparedPin>> *m_pinWork;
    int m_pinsWanted = 0;
    PinsReady m_whenPinsReady;
};

} // namespace station
