// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ManualEntryDialog.h"

#include "core/domain/IdDocument.h"
#include "widgets/InputMethodOff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace station {

ManualEntryDialog::ManualEntryDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("manualEntryDialog"));
    setWindowTitle(tr("Manual entry"));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("For a resident without a code: type the details from their ID document."), this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));
    layout->addWidget(intro);

    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(64);
    for (IdType t : allIdTypes())
        m_type->addItem(idTypeDisplayName(t), QVariant::fromValue(static_cast<int>(t)));
    m_type->setObjectName(QStringLiteral("idTypeField"));
    m_number->setObjectName(QStringLiteral("idNumberField"));
    m_number->setMaxLength(32);
    keepInputMethodOff(m_number); // the name keeps it: names are typed in Chinese
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_phone->setMaxLength(16);
    keepInputMethodOff(m_phone);
    m_phone->setPlaceholderText(tr("optional"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Document type"), m_type);
    form->addRow(tr("Document number"), m_number);
    form->addRow(tr("Phone"), m_phone);
    layout->addLayout(form);

    m_problem->setObjectName(QStringLiteral("formError"));
    m_problem->setWordWrap(true);
    m_problem->setMinimumHeight(44);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add to tube"));
    m_ok->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ManualEntryDialog::revalidate);
    connect(m_number, &QLineEdit::textChanged, this, &ManualEntryDialog::revalidate);
    connect(m_phone, &QLineEdit::textChanged, this, &ManualEntryDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ManualEntryDialog::revalidate);
    revalidate();
}

QString ManualEntryDialog::phoneProblem() const {
    static const QRegularExpression mainland(QStringLiteral("^1[0-9]{10}$"));
    static const QRegularExpression international(QStringLiteral("^\\+[0-9]{6,15}$"));
    const QString phone = m_phone->text().trimmed();
    if (phone.isEmpty() || mainland.match(phone).hasMatch() ||
        international.match(phone).hasMatch())
        return {};
    return tr("The phone number must be 11 digits starting with 1, or + and 6-15 digits.");
}

void ManualEntryDialog::revalidate() {
    const auto type = static_cast<IdType>(m_type->currentData().toInt());
    QString problem;
    m_normalizedNumber.clear();
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Type the name.");
    } else if (m_number->text().trimmed().isEmpty()) {
        problem = tr("Type the document number.");
    } else {
        const IdCheck check = validateIdNumber(type, m_number->text(), m_today);
        if (!check.ok)
            problem = check.message;
        else
            m_normalizedNumber = check.normalized;
    }
    if (problem.isEmpty())
        problem = phoneProblem();
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

QString ManualEntryDialog::problemText() const {
    return m_problem->text();
}

ResidentCode ManualEntryDialog::resident() const {
    ResidentCode r;
    r.name = m_name->text().trimmed();
    r.idType = static_cast<IdType>(m_type->currentData().toInt());
    r.idNumber = m_normalizedNumber;
    r.phone = m_phone->text().trimmed();
    return r;
}

} // namespace station
