// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/staff/StaffService.h"
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
//
// An operator who signs in with a one-time PIN (the site lead's) chooses their own before
// they are signed in: the screen asks for a new PIN twice and sets it through StaffService,
// its two Argon2id runs (the one-time PIN checked again, the new one hashed) on a worker
// thread too, the form disabled meanwhile.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    LoginScreen(StationStore &store, const StationIdentity &identity, QWidget *parent = nullptr);

    // Lets operators with a one-time PIN set their own at sign-in; without it they are refused.
    void setStaffService(StaffService *staff) { m_staff = staff; }

    // Tighter margins on a short laptop screen, so that the form, the message and the
    // button stay in view.
    void fitRoom(QSize room);

    // How a message is shown: a problem in red and bold, information in the calm colour.
    enum class Tone { Information, Problem };
    // Clears the fields and shows `message` (e.g. "Locked after 30 idle minutes").
    void reset(const QString &message = {}, Tone tone = Tone::Information);
    // The message's tone as shown (for tests).
    Tone messageTone() const;

    QLineEdit *staffIdField() const { return m_staffId; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *newPinField() const { return m_newPin; }
    QLineEdit *newPinAgainField() const { return m_newPinAgain; }
    QString message() const;
    // True while the screen asks a one-time PIN's holder for their own PIN.
    bool isChoosingOwnPin() const { return m_choosingFor.has_value(); }
    // True while a PIN is being checked.
    bool isChecking() const { return m_challenge.has_value(); }
    // True while a new PIN of one's own is being checked and protected.
    bool isSettingOwnPin() const { return m_settingOwnPin; }

Q_SIGNALS:
    void signedIn(const station::OperatorRef &op);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showMessage(const QString &text, Tone tone);
    void submit();
    void onStaffIdReturn();
    void onPinChecked();
    void setChecking(bool checking);
    void askForOwnPin(const OperatorRef &op);
    void onNewPinReturn();
    void submitOwnPin();
    void onOwnPinPrepared();
    void setOwnPinFormEnabled(bool enabled);
    // Back to staff ID and PIN, forgetting the one-time PIN.
    void showSignInForm();

    StationStore &m_store;
    QLineEdit *m_staffId;
    QLineEdit *m_pin;
    QWidget *m_signInForm;
    QWidget *m_ownPinForm;
    QLineEdit *m_newPin;
    QLineEdit *m_newPinAgain;
    QPushButton *m_signIn;
    QLabel *m_message;
    QFutureWatcher<bool> *m_check;
    QFutureWatcher<PreparedPinChange> *m_pinChange;
    bool m_settingOwnPin = false;            // from the submit until the outcome is handled
    std::optional<PinChallenge> m_challenge; // the sign-in being checked
    StaffService *m_staff = nullptr;
    QString m_typedPin; // the PIN being checked, kept only while a one-time PIN is replaced
    std::optional<OperatorRef> m_choosingFor; // signed in with a one-time PIN
};

} // namespace station
