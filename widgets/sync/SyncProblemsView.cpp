// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sync/SyncProblemsView.h"

#include "models/SyncProblemsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace station {

SyncProblemsView::SyncProblemsView(SyncProblemsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    layout->addWidget(refresh, 0, Qt::AlignRight);
    connect(refresh, &QPushButton::clicked, this, &SyncProblemsView::refreshRequested);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_summary->setWordWrap(true);
    connect(model, &QAbstractItemModel::modelReset, this, &SyncProblemsView::updateSummary);
    updateSummary();
}

QString SyncProblemsView::summary() const {
    return m_summary->text();
}

void SyncProblemsView::updateSummary() {
    const int count = int(m_model->problems().size());
    const int notes = int(m_model->siteNotes().size());
    if (notes > 0)
        m_summary->setText(
            tr("The server took every record, but found %1 clash(es) with other tables of the "
               "site (listed with what to do), and %2 record(s) it did not take. Tell the site "
               "lead.")
                .arg(notes)
                .arg(count));
    else if (count == 0)
        m_summary->setText(tr("No sync problems: the server has taken every record it was sent."));
    else
        m_summary->setText(tr("The server did not take %1 record(s). They stay on this station. "
                              "A conflict means the server holds other content under the same "
                              "record id; a rejection says why in the reason column. Tell the "
                              "province's sync administrator; do not re-enter these records.")
                               .arg(count));
}

} // namespace station
