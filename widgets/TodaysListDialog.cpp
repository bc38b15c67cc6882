// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TodaysListDialog.h"

#include "models/TodaysSamplesModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace station {

TodaysListDialog::TodaysListDialog(SamplingService &service, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_model(new TodaysSamplesModel(service, this))
    , m_view(new QTableView(this)) {
    setObjectName(QStringLiteral("todaysListDialog"));
    setWindowTitle(tr("Today's samples"));
    resize(1000, 640);
    auto *layout = new QVBoxLayout(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search: tube code or last digits of the ID number"));
    m_search->setAttribute(Qt::WA_InputMethodEnabled, false);
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
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_model, &TodaysSamplesModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    m_search->setFocus();
}

} // namespace station
