// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RevealIdDialog.h"

#include "widgets/InputMethodOff.h"
#include "widgets/Logging.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace station {

RevealIdDialog::RevealIdDialog(IdReveal &reveal, const OperatorRef &by,
                               const RevealSubject &subject, QWidget *parent)
    : QDialog(parent)
    , m_reveal(reveal)
    , m_by(by)
    , m_subject(subject)
    , m_purpose(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_show(new QPushButton(tr("Show the number"), this))
    , m_problem(new QLabel(this))
    , m_number(new QLabel(subject.idMasked, this))
    , m_countdown(new QLabel(this))
    , m_hide(new QTimer(this))
    , m_tick(new QTimer(this))
    , m_check(new QFutureWatcher<bool>(this)) {
    setObjectName(QStringLiteral("revealIdDialog"));
    setWindowTitle(tr("Show full ID number"));
    setMinimumWidth(620);

    auto *who = new QLabel(tr("Tube %1, position %2: %3")
                               .arg(subject.tubeCode)
                               .arg(subject.position)
                               .arg(subject.name),
                           this);
    who->setTextFormat(Qt::PlainText);
    m_number->setObjectName(QStringLiteral("fullIdNumber"));
    m_number->setTextFormat(Qt::PlainText);
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setTextInteractionFlags(Qt::NoTextInteraction); // no copying
    // Large and monospaced, so it can be read out digit by digit across the table.
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPixelSize(40);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setMinimumHeight(64);
    auto *warning = new QLabel(
        tr("The full number is shown for %n second(s), then masked again. Your staff ID, "
           "this resident's record and your reason are recorded and reported to the province.",
           nullptr, kDefaultDisplayMs / 1000),
        this);
    warning->setObjectName(QStringLiteral("hint"));
    warning->setWordWrap(true);

    m_purpose->setObjectName(QStringLiteral("purposeField"));
    for (RevealPurpose p : allRevealPurposes())
        m_purpose->addItem(revealPurposeDisplayName(p), int(p));
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("Required for \"Other\"; never an ID or phone number"));
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    keepInputMethodOff(m_pin);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin));
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_purpose);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Your PIN (%1)").arg(by.staffId), m_pin);

    m_problem->setObjectName(QStringLiteral("formError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_countdown->setObjectName(QStringLiteral("hint"));
    m_countdown->setAlignment(Qt::AlignCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show->setObjectName(QStringLiteral("primary"));
    m_show->setAutoDefault(false);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_number);
    layout->addWidget(m_countdown);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_hide->setSingleShot(true);
    m_tick->setInterval(1000);
    connect(m_hide, &QTimer::timeout, this, &RevealIdDialog::hideNumber);
    connect(m_tick, &QTimer::timeout, this, &RevealIdDialog::updateCountdown);
    connect(m_check, &QFutureWatcher<bool>::finished, this, &RevealIdDialog::onPinChecked);
    connect(m_show, &QPushButton::clicked, this, &RevealIdDialog::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &RevealIdDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pin->setFocus();
}

RevealIdDialog::~RevealIdDialog() {
    m_fullNumber.fill(QLatin1Char(' '));
}

QString RevealIdDialog::numberText() const {
    return m_number->text();
}

QString RevealIdDialog::problemText() const {
    return m_problem->text();
}

bool RevealIdDialog::isShowingNumber() const {
    return !m_fullNumber.isEmpty();
}

void RevealIdDialog::reject() {
    // A PIN check in flight is finished and recorded before the dialog goes.
    if (isChecking())
        return;
    if (isShowingNumber())
        hideNumber();
    QDialog::reject();
}

void RevealIdDialog::submit() {
    // One check at a time, and one number per dialog: a second look is a second action.
    if (isChecking() || isShowingNumber() || !m_show->isEnabled())
        return;
    if (m_pin->text().isEmpty()) {
        m_problem->setText(tr("Enter your PIN."));
        m_pin->setFocus();
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    const auto purpose = static_cast<RevealPurpose>(m_purpose->currentData().toInt());
    const Result<RevealRequest> request =
        m_reveal.prepare(m_by, m_subject.sampleUuid, purpose, m_note->text());
    if (!request) {
        m_problem->setText(request.message());
        m_operatorLocked = request.code() == ErrorCode::OperatorLocked;
        return;
    }
    m_request = request.value();
    setChecking(true);
    // Argon2id: not on the GUI thread.
    m_check->setFuture(
        QtConcurrent::run([r = request.value(), pin] { return IdReveal::checkPin(r, pin); }));
}

void RevealIdDialog::onPinChecked() {
    const RevealRequest request = *m_request;
    const Result<RevealedId> shown = m_reveal.complete(request, m_check->result());
    m_request.reset();
    setChecking(false);
    if (!shown) {
        m_problem->setText(shown.message());
        m_operatorLocked = shown.code() == ErrorCode::OperatorLocked;
        if (m_operatorLocked)
            m_show->setEnabled(false);
        m_pin->setFocus();
        return;
    }
    showNumber(shown->idNumber);
}

void RevealIdDialog::showNumber(const QString &number) {
    qCInfo(lcUi) << "full ID number on screen for" << m_displayMs << "ms";
    m_fullNumber = number;
    m_problem->clear();
    m_number->setText(number);
    m_show->setEnabled(false);
    m_purpose->setEnabled(false);
    m_note->setEnabled(false);
    m_pin->setEnabled(false);
    m_hide->start(m_displayMs);
    m_tick->start();
    updateCountdown();
    Q_EMIT numberShown();
}

void RevealIdDialog::hideNumber() {
    m_tick->stop();
    m_hide->stop();
    m_fullNumber.fill(QLatin1Char(' '));
    m_fullNumber.clear();
    m_number->setText(m_subject.idMasked);
    m_countdown->setText(tr("The number is masked again."));
    Q_EMIT numberHidden();
}

void RevealIdDialog::updateCountdown() {
    const int seconds = int(std::ceil(m_hide->remainingTime() / 1000.0));
    m_countdown->setText(tr("Masked again in %n second(s).", nullptr, qMax(0, seconds)));
}

void RevealIdDialog::setChecking(bool checking) {
    m_show->setEnabled(!checking);
    m_pin->setEnabled(!checking);
    m_purpose->setEnabled(!checking);
    m_note->setEnabled(!checking);
    m_show->setText(checking ? tr("Checking the PIN…") : tr("Show the number"));
    if (checking)
        m_problem->setText(tr("Checking the PIN…"));
}

} // namespace station
