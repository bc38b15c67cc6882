// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TodaysListDialog.h"

#include "core/sampling/SamplingService.h"
#include "core/staff/Permissions.h"
#include "models/TodaysSamplesModel.h"
#include "widgets/IdRevealLogDialog.h"
#include "widgets/RevealIdDialog.h"
#include "widgets/ScreenRoom.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace station {

TodaysListDialog::TodaysListDialog(SamplingService &service, IdReveal *reveal, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_idReveal(reveal)
    , m_search(new QLineEdit(this))
    , m_model(new TodaysSamplesModel(service, this))
    , m_view(new QTableView(this))
    , m_reveal(new QPushButton(tr("Show full ID number…"), this))
    , m_revealLog(new QPushButton(tr("Who saw full IDs…"), this)) {
    setObjectName(QStringLiteral("todaysListDialog"));
    setWindowTitle(tr("Today's samples"));
    fitToScreenWhenShown(this, QSize(1000, 640));
    auto *layout = new QVBoxLayout(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search: tube code or last digits of the ID number"));
    m_search->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_search->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText);
    layout->addWidget(m_search);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("hint"));
    layout->addWidget(count);
    const auto updateCount = [this, count] {
        count->setText(tr("%n sample(s) shown", nullptr, m_model->rowCount()));
        m_view->resizeColumnsToContents();
    };
    updateCount();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setAutoDefault(false);
    m_reveal->setToolTip(tr("Ctrl+I: the selected person's full ID number, with your PIN and "
                            "a reason (recorded)"));
    buttons->addButton(m_reveal, QDialogButtonBox::ActionRole);
    m_reveal->setVisible(reveal != nullptr);
    layout->addWidget(buttons);
    // The list is the audit's to show: core refuses it to anyone else as well.
    const bool mayViewLog = reveal && Permissions::roleMay(service.currentOperator().role,
                                                           StaffAction::ViewFullIdAudit);
    m_revealLog->setObjectName(QStringLiteral("revealLogButton"));
    m_revealLog->setAutoDefault(false);
    m_revealLog->setToolTip(tr("Ctrl+H: who saw which full ID numbers in the last 7 days"));
    buttons->addButton(m_revealLog, QDialogButtonBox::ActionRole);
    m_revealLog->setVisible(mayViewLog);
    if (mayViewLog) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
        connect(shortcut, &QShortcut::activated, this, &TodaysListDialog::showRevealLog);
        connect(m_revealLog, &QPushButton::clicked, this, &TodaysListDialog::showRevealLog);
    }
    if (reveal) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
        connect(shortcut, &QShortcut::activated, this, &TodaysListDialog::revealSelected);
        connect(m_reveal, &QPushButton::clicked, this, &TodaysListDialog::revealSelected);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_model, &TodaysSamplesModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    m_search->setFocus();
}

void TodaysListDialog::showRevealLog() {
    if (!m_idReveal)
        return;
    IdRevealLogDialog dialog(*m_idReveal, m_service.currentOperator(), 7, this);
    dialog.exec();
}

void TodaysListDialog::revealSelected() {
    if (!m_idReveal)
        return;
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        QMessageBox::information(this, tr("Show full ID number"),
                                 tr("Select a person in the list first."));
        return;
    }
    const SampleListEntry &e = m_model->entryAt(row);
    RevealIdDialog dialog(*m_idReveal, m_service.currentOperator(),
                          {e.sampleUuid, e.name, e.idMasked, e.tubeCode, e.position}, this);
    dialog.exec();
    if (dialog.operatorLocked()) {
        m_operatorLocked = true;
        reject();
    }
}

} // namespace station
