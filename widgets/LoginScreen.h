// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/storage/StationStore.h"

#include <QFutureWatcher>

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace station {

// Operator sign-in: staff ID, then PIN. Tab moves between the fields; Enter submits (Enter
// in the staff ID field moves on to the PIN while the PIN is empty). The PIN's Argon2id
// check runs on a worker thread; meanwhile the form is disabled, so a second Enter does
// not start a second check.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    LoginScreen(StationStore &store, const StationIdentity &identity, QWidget *parent = nullptr);

    // Clears the fields and shows `message` (e.g. "Locked after 30 idle minutes").
    void reset(const QString &message = {});

    QLineEdit *staffIdField() const { return m_staffId; }
    QLineEdit *pinField() const { return m_pin; }
    QString message() const;
    // True while a PIN is being checked.
    bool isChecking() const { return m_challenge.has_value(); }

Q_SIGNALS:
    void signedIn(const station::OperatorRef &op);

private:
    void submit();
    void onStaffIdReturn();
    void onPinChecked();
    void setChecking(bool checking);

    StationStore &m_store;
    QLineEdit *m_staffId;
    QLineEdit *m_pin;
    QPushButton *m_signIn;
    QLabel *m_message;
    QFutureWatcher<bool> *m_check;
    std::optional<PinChallenge> m_challenge; // the sign-in being checked
};

} // namespace station
