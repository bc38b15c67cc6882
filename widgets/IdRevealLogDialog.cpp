// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/IdRevealLogDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace station {

IdRevealLogDialog::IdRevealLogDialog(const IdReveal &reveal, const OperatorRef &by, int days,
                                     QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("idRevealLogDialog"));
    setWindowTitle(tr("Who saw full ID numbers"));
    resize(1000, 560);
    m_table->setObjectName(QStringLiteral("revealLogTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Tube and position"), tr("Purpose"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_message->setWordWrap(true);

    const QDateTime since = reveal.now().addDays(-days);
    const Result<QList<RevealLogEntry>> entries = reveal.log(by, since);
    if (!entries) {
        m_message->setObjectName(QStringLiteral("formError"));
        m_message->setText(entries.message());
    } else {
        m_message->setObjectName(QStringLiteral("hint"));
        m_message->setText(
            tr("%n reveal(s) in the last %1 days: full ID numbers, and recalled people's "
               "contact details (purpose \"contacting a recalled person\").",
               "", int(entries->size()))
                .arg(days));
        m_table->setRowCount(int(entries->size()));
        const QLocale locale;
        for (int row = 0; row < entries->size(); ++row) {
            const RevealLogEntry &e = entries->at(row);
            const QStringList cells{locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                    tr("%1 (%2)").arg(e.operatorName, e.staffId),
                                    tr("%1 · %2").arg(e.tubeCode).arg(e.position),
                                    revealPurposeDisplayName(e.purpose), e.note};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_table->resizeColumnsToContents();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString IdRevealLogDialog::message() const {
    return m_message->text();
}

} // namespace station
