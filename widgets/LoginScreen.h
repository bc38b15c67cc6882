// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace station {

class StationStore;

// Operator sign-in: staff ID, then PIN. Tab moves between the fields; Enter submits (Enter
// in the staff ID field moves on to the PIN while the PIN is empty).
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    LoginScreen(StationStore &store, const StationIdentity &identity, QWidget *parent = nullptr);

    // Clears the fields and shows `message` (e.g. "Locked after 30 idle minutes").
    void reset(const QString &message = {});

    QLineEdit *staffIdField() const { return m_staffId; }
    QLineEdit *pinField() const { return m_pin; }
    QString message() const;

Q_SIGNALS:
    void signedIn(const station::OperatorRef &op);

private:
    void submit();
    void onStaffIdReturn();

    StationStore &m_store;
    QLineEdit *m_staffId;
    QLineEdit *m_pin;
    QPushButton *m_signIn;
    QLabel *m_message;
};

} // namespace station
