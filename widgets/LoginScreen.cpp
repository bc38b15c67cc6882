// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LoginScreen.h"

#include "core/staff/StaffService.h"
#include "widgets/InputMethodOff.h"
#include "widgets/Logging.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace station {

LoginScreen::LoginScreen(StationStore &store, const StationIdentity &identity, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_staffId(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_signInForm(new QWidget(this))
    , m_ownPinForm(new QWidget(this))
    , m_newPin(new QLineEdit(this))
    , m_newPinAgain(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_message(new QLabel(this))
    , m_check(new QFutureWatcher<bool>(this))
    , m_pinChange(new QFutureWatcher<PreparedPinChange>(this)) {
    setObjectName(QStringLiteral("loginScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("panel"));
    panel->setFixedWidth(560);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(14);

    auto *icon = new QLabel(panel);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("Sampling Station"), panel);
    title->setObjectName(QStringLiteral("screenTitle"));
    auto *where =
        new QLabel(tr("%1 · Table %2").arg(identity.siteName).arg(identity.tableNumber), panel);
    where->setObjectName(QStringLiteral("hint"));
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(where);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    layout->addSpacing(8);

    m_staffId->setObjectName(QStringLiteral("staffIdField"));
    m_staffId->setMaxLength(32);
    keepInputMethodOff(m_staffId);
    m_staffId->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    keepInputMethodOff(m_pin);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin));
    auto *form = new QFormLayout(m_signInForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setSpacing(12);
    form->addRow(tr("Staff ID"), m_staffId);
    form->addRow(tr("PIN"), m_pin);
    layout->addWidget(m_signInForm);

    for (QLineEdit *field : {m_newPin, m_newPinAgain}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(12);
        keepInputMethodOff(field);
        field->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), field));
    }
    m_newPin->setObjectName(QStringLiteral("newPinField"));
    m_newPinAgain->setObjectName(QStringLiteral("newPinAgainField"));
    auto *ownPin = new QFormLayout(m_ownPinForm);
    ownPin->setContentsMargins(0, 0, 0, 0);
    ownPin->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ownPin->setSpacing(12);
    ownPin->addRow(tr("New PIN"), m_newPin);
    ownPin->addRow(tr("New PIN again"), m_newPinAgain);
    layout->addWidget(m_ownPinForm);
    m_ownPinForm->hide();

    m_message->setObjectName(QStringLiteral("formError"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(48);
    layout->addWidget(m_message);

    m_signIn->setObjectName(QStringLiteral("primary"));
    m_signIn->setAutoDefault(false);
    layout->addWidget(m_signIn);
    auto *hint = new QLabel(tr("Tab moves between the fields; Enter signs in."), panel);
    hint->setObjectName(QStringLiteral("hint"));
    layout->addWidget(hint);

    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    setTabOrder(m_staffId, m_pin);
    setTabOrder(m_pin, m_signIn);
    connect(m_staffId, &QLineEdit::returnPressed, this, &LoginScreen::onStaffIdReturn);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_signIn, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_check, &QFutureWatcher<bool>::finished, this, &LoginScreen::onPinChecked);
    connect(m_pinChange, &QFutureWatcher<PreparedPinChange>::finished, this,
            &LoginScreen::onOwnPinPrepared);
    setTabOrder(m_newPin, m_newPinAgain);
    connect(m_newPin, &QLineEdit::returnPressed, this, &LoginScreen::onNewPinReturn);
    connect(m_newPinAgain, &QLineEdit::returnPressed, this, &LoginScreen::submitOwnPin);
    setFocusProxy(m_staffId);
}

void LoginScreen::fitRoom(QSize room) {
    const bool compact = room.height() < 760;
    QLayout *panel = m_message->parentWidget()->layout();
    panel->setContentsMargins(compact ? QMargins(32, 18, 32, 18) : QMargins(40, 32, 40, 32));
    panel->setSpacing(compact ? 8 : 14);
}

void LoginScreen::reset(const QString &message, Tone tone) {
    showSignInForm();
    m_staffId->clear();
    m_pin->clear();
    showMessage(message, tone);
    m_staffId->setFocus();
}

LoginScreen::Tone LoginScreen::messageTone() const {
    return m_message->objectName() == QLatin1String("formError") ? Tone::Problem
                                                                 : Tone::Information;
}

void LoginScreen::showMessage(const QString &text, Tone tone) {
    // "Locked" and "Checking the PIN…" are not refusals: red would hide the real ones.
    theme::showAsRefusal(m_message, tone == Tone::Problem);
    m_message->setText(text);
    // The panel's height follows its layout's size hint, which does not see a wrapped label
    // grow: reserve the lines this message takes at the panel's width (three lines of "Locked
    // … who had the table" squeezed the PIN field in en at 1280x720).
    const QMargins margins = m_message->parentWidget()->layout()->contentsMargins();
    m_message->setMinimumHeight(
        qMax(48, m_message->heightForWidth(m_message->parentWidget()->contentsRect().width() -
                                           margins.left() - margins.right())));
}

QString LoginScreen::message() const {
    return m_message->text();
}

void LoginScreen::onStaffIdReturn() {
    if (m_pin->text().isEmpty()) {
        m_pin->setFocus();
        return;
    }
    submit();
}

void LoginScreen::submit() {
    if (isChoosingOwnPin()) {
        submitOwnPin();
        return;
    }
    if (isChecking())
        return;
    const QString staffId = m_staffId->text().trimmed();
    if (staffId.isEmpty()) {
        showMessage(tr("Enter your staff ID."), Tone::Problem);
        m_staffId->setFocus();
        return;
    }
    if (m_pin->text().isEmpty()) {
        showMessage(tr("Enter your PIN."), Tone::Problem);
        m_pin->setFocus();
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    const Result<PinChallenge> challenge = m_store.pinChallenge(staffId);
    if (!challenge) {
        showMessage(challenge.message(), Tone::Problem);
        m_pin->setFocus();
        return;
    }
    m_challenge = challenge.value();
    if (challenge->mustSetOwnPin)
        m_typedPin = pin; // setOwnPin() checks it again
    setChecking(true);
    // Argon2id takes a noticeable fraction of a second and much memory: not on the GUI
    // thread. The check needs only the hash read above, no database connection.
    m_check->setFuture(QtConcurrent::run(
        [hash = challenge->pinHash, pin] { return StationStore::verifyPin(hash, pin); }));
}

void LoginScreen::onPinChecked() {
    const PinChallenge challenge = *m_challenge;
    const Result<OperatorRef> op = m_store.completeSignIn(challenge, m_check->result());
    m_challenge.reset();
    setChecking(false);
    if (!op) {
        m_typedPin.clear();
        showMessage(op.message(), Tone::Problem);
        m_pin->setFocus();
        return;
    }
    if (op->mustSetOwnPin) {
        askForOwnPin(op.value());
        return;
    }
    qCInfo(lcUi) << "operator signed in, id" << op->id;
    m_message->clear();
    m_staffId->clear();
    Q_EMIT signedIn(op.value());
}

void LoginScreen::setChecking(bool checking) {
    m_staffId->setEnabled(!checking);
    m_pin->setEnabled(!checking);
    m_signIn->setEnabled(!checking);
    m_signIn->setText(checking             ? tr("Checking the PIN…")
                      : isChoosingOwnPin() ? tr("Set my PIN and sign in")
                                           : tr("Sign in"));
    if (checking)
        showMessage(tr("Checking the PIN…"), Tone::Information);
    else
        m_staffId->setFocus();
}

void LoginScreen::askForOwnPin(const OperatorRef &op) {
    m_staffId->clear();
    if (!m_staff) {
        m_typedPin.clear();
        showMessage(tr("Your PIN is a one-time PIN: set your own with sampling-station-cli first."),
                    Tone::Problem);
        m_staffId->setFocus();
        return;
    }
    m_choosingFor = op;
    m_signInForm->hide();
    m_ownPinForm->show();
    m_newPin->clear();
    m_newPinAgain->clear();
    m_signIn->setText(tr("Set my PIN and sign in"));
    showMessage(tr("%1, you signed in with a one-time PIN. Choose your own PIN (6 to 12 "
                   "digits, not a run or one digit repeated) and type it twice. Esc "
                   "cancels.")
                    .arg(op.name),
                Tone::Information);
    m_newPin->setFocus();
}

void LoginScreen::onNewPinReturn() {
    if (m_newPin->text().isEmpty()) {
        showMessage(tr("Enter your new PIN."), Tone::Problem);
        return;
    }
    if (m_newPinAgain->text().isEmpty()) {
        m_newPinAgain->setFocus();
        return;
    }
    submitOwnPin();
}

void LoginScreen::submitOwnPin() {
    if (!m_choosingFor || !m_staff || isSettingOwnPin())
        return;
    const QString newPin = m_newPin->text();
    const QString again = m_newPinAgain->text();
    m_newPinAgain->clear();
    if (newPin.isEmpty()) {
        showMessage(tr("Enter your new PIN."), Tone::Problem);
        m_newPin->setFocus();
        return;
    }
    if (newPin != again) {
        m_newPin->clear();
        showMessage(tr("The two PINs differ. Type your new PIN again."), Tone::Problem);
        m_newPin->setFocus();
        return;
    }
    if (const Status valid = StaffService::checkNewPin(m_typedPin, newPin); !valid.ok()) {
        m_newPin->clear();
        showMessage(valid.message(), Tone::Problem);
        m_newPin->setFocus();
        return;
    }
    const Result<PinChallenge> challenge = m_store.pinChallenge(m_choosingFor->staffId);
    if (!challenge) {
        reset(challenge.message(), Tone::Problem);
        return;
    }
    m_newPin->clear();
    m_settingOwnPin = true;
    setOwnPinFormEnabled(false);
    showMessage(tr("Setting your PIN…"), Tone::Information);
    m_pinChange->setFuture(QtConcurrent::run([c = challenge.value(), current = m_typedPin, newPin] {
        return StaffService::preparePinChange(c, current, newPin);
    }));
}

void LoginScreen::onOwnPinPrepared() {
    m_settingOwnPin = false;
    setOwnPinFormEnabled(true);
    if (!m_choosingFor || !m_staff) // reset meanwhile (Esc): the new PIN is dropped
        return;
    const Result<OperatorRef> op = m_staff->completePinChange(m_pinChange->result());
    if (!op) {
        const QString message = op.message();
        reset(message, Tone::Problem);
        return;
    }
    qCInfo(lcUi) << "operator set their own PIN and signed in, id" << op->id;
    showSignInForm();
    m_message->clear();
    Q_EMIT signedIn(op.value());
}

void LoginScreen::setOwnPinFormEnabled(bool enabled) {
    m_newPin->setEnabled(enabled);
    m_newPinAgain->setEnabled(enabled);
    m_signIn->setEnabled(enabled);
    if (enabled)
        m_newPin->setFocus();
}

void LoginScreen::showSignInForm() {
    m_choosingFor.reset();
    m_typedPin.clear();
    m_newPin->clear();
    m_newPinAgain->clear();
    m_ownPinForm->hide();
    m_signInForm->show();
    m_signIn->setText(tr("Sign in"));
}

void LoginScreen::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && isChoosingOwnPin()) {
        reset(tr("The PIN was not changed. Sign in again with the one-time PIN."));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace station
