// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/ReprintReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    // A scan may arrive while this is open: an input method would swallow its keys.
    m_other->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_other->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText);

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

QString ReprintReasonDialog::reason() const {
    const QString typed = m_other->text().trimmed();
    return typed.isEmpty() ? m_choice->currentText() : typed;
}

} // namespace station::widgets
