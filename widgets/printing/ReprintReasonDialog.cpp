// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/ReprintReasonDialog.h"

#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace station::widgets {

ReprintReasonDialog::ReprintReasonDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_choice(new QComboBox(this))
    , m_other(new QLineEdit(this)) {
    setObjectName(QStringLiteral("reprintReasonDialog"));
    setWindowTitle(tr("Print again"));
    auto *question = new QLabel(
        tr("Already printed: %1. Why is it printed again? The reason is recorded.").arg(what),
        this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    m_choice->setObjectName(QStringLiteral("reprintReasonChoice"));
    m_choice->addItems({tr("The label is damaged or unreadable"), tr("The label was lost"),
                        tr("The printer jammed or printed badly"), tr("Another copy is needed")});
    m_other->setObjectName(QStringLiteral("reprintReasonOther"));
    m_other->setPlaceholderText(tr("Or type the reason"));
    // The input method stays on for a Chinese reason; a scan is kept out of it as in the
    // table's reason question (ReasonDialog).
    m_other->setInputMethodHints(Qt::ImhNone);
    m_other->installEventFilter(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_choice);
    form->addRow(tr("Other reason"), m_other);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Print again"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Do not print"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_other->setFocus();
}

bool ReprintReasonDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_other && event->type() == QEvent::InputMethod) {
        const QString committed = static_cast<QInputMethodEvent *>(event)->commitString();
        if (ReasonDialog::looksLikeScannedCode(committed)) {
            QInputMethodEvent nothing; // the composition ends empty
            QCoreApplication::sendEvent(m_other, &nothing);
            Q_EMIT scanTypedIn(committed.trimmed());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString ReprintReasonDialog::reason() const {
    const QString typed = m_other->text().trimmed();
    return typed.isEmpty() ? m_choice->currentText() : typed;
}

} // namespace station::widgets
