// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SitePassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace station {

namespace {
// Wide enough for the explanation on three lines in either language, narrow enough for any
// laptop screen.
constexpr int kDialogWidth = 520;
constexpr int kFieldPixelSize = 24;
} // namespace

SitePassphraseDialog::SitePassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_refusal(new QLabel(this))
    , m_unlock(nullptr) {
    setObjectName(QStringLiteral("sitePassphraseDialog"));
    setWindowTitle(tr("Unlock the station"));
    setMinimumWidth(kDialogWidth);

    auto *title = new QLabel(tr("Site passphrase"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    auto *why = new QLabel(tr("Personal data on this station is locked. Type the site "
                              "passphrase the site lead gave you to unlock it."),
                           this);
    why->setObjectName(QStringLiteral("hint"));
    why->setWordWrap(true);

    m_passphrase->setObjectName(QStringLiteral("sitePassphraseField"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    QFont large = m_passphrase->font();
    large.setPixelSize(kFieldPixelSize);
    m_passphrase->setFont(large);
    m_passphrase->setMinimumHeight(48);
    m_passphrase->setAccessibleName(tr("Site passphrase"));

    m_refusal->setObjectName(QStringLiteral("formError"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_unlock = buttons->button(QDialogButtonBox::Ok);
    m_unlock->setText(tr("Unlock"));
    m_unlock->setDefault(true);
    m_unlock->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close the station"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_unlock->setEnabled(!text.isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(why);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_refusal);
    layout->addStretch();
    layout->addWidget(buttons);
    m_passphrase->setFocus();
}

void SitePassphraseDialog::setRefusal(const QString &reason, int triesLeft) {
    if (reason.isEmpty()) {
        m_refusal->clear();
        m_refusal->hide();
        return;
    }
    m_refusal->setText(
        tr("%1 Type it again: %n more tries before the station closes.", nullptr, triesLeft)
            .arg(reason));
    m_refusal->show();
    m_passphrase->clear();
    m_passphrase->setFocus();
}

QString SitePassphraseDialog::refusalText() const {
    return m_refusal->text();
}

QString SitePassphraseDialog::passphrase() const {
    return m_passphrase->text();
}

} // namespace station
