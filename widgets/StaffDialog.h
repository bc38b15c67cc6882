// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/staff/StaffService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace station {

// The station's staff for a site lead or administrator (F9): who may sign in, with which
// role, who is locked out or still holds a one-time PIN. Every change goes through
// StaffService as the signed-in operator, so core decides who may do it; a refusal is shown
// with the service's words. A one-time PIN (new member, reset) is shown once, in a message
// box, to be handed over.
//
// Keys: Ins add, Ctrl+D disable or enable, Ctrl+R reset PIN, Ctrl+U unlock, Ctrl+O set
// role, Ctrl+I import a CSV staff list, Esc close.
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    StaffDialog(StaffService &staff, const OperatorRef &by, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
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

private:
    void reload();
    // The staff id of the selected row, or empty (and says so).
    QString selectedStaffId();
    void showOutcome(const Status &status, const QString &done);
    void showIssuedPins(const QList<IssuedPin> &issued);

    StaffService &m_staff;
    OperatorRef m_by;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace station
