// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sync/SyncProblemsView.h"

#include "core/domain/Sentences.h"
#include "models/SyncProblemsModel.h"
#include "widgets/ScanRefusedBar.h"
#include "widgets/ScreenRoom.h"

#include <QCloseEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace station {

namespace {
// A heading's padding on both sides (the theme's 6 px) and its frame.
constexpr int kHeadingPadding = 2 * 6 + 8;

// A record id on one line, never wrapped at its hyphens: elided in the middle when the
// column is narrow ("01a24744-5…f1895d6b666b"); the whole id is the cell's tool tip.
class RecordIdDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideMiddle;
    }
};
} // namespace

SyncProblemsView::SyncProblemsView(SyncProblemsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scanRefusal(new ScanRefusedBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    // Back to the table with the key the window was opened with, or Esc as from a dialog.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F7)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
    connect(m_scanRefusal, &ScanRefusedBar::clicked, this, &QWidget::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scanRefusal);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    // Close as well as Esc or F7: a window with only Refresh left the mouse no way back.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_refresh->setAutoDefault(false);
    m_close->setAutoDefault(false);
    connect(m_refresh, &QPushButton::clicked, this, &SyncProblemsView::refreshRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // What happened and what to do are sentences: they get the room, wrapped, and each row
    // is as tall as its words; the record id comes last.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(SyncProblemsModel::Reason, QHeaderView::Stretch);
    m_table->setColumnWidth(SyncProblemsModel::Created, 140);
    // At least its heading, bold as the theme draws headings ("Record type", 记录类型).
    QFont heading = columns->font();
    heading.setBold(true);
    const int kindHeading =
        QFontMetrics(heading).horizontalAdvance(
            model->headerData(SyncProblemsModel::Kind, Qt::Horizontal).toString()) +
        kHeadingPadding;
    m_table->setColumnWidth(SyncProblemsModel::Kind, qMax(120, kindHeading));
    m_table->setColumnWidth(SyncProblemsModel::Problem, 300);
    m_table->setItemDelegateForColumn(SyncProblemsModel::Record, new RecordIdDelegate(m_table));
    m_table->setColumnWidth(SyncProblemsModel::Record, 120);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_summary->setWordWrap(true);
    setWindowTitle(tr("Sync problems"));
    fitToScreenWhenShown(this, QSize(1100, 560));
    connect(model, &QAbstractItemModel::modelReset, this, &SyncProblemsView::updateSummary);
    updateSummary();
}

QString SyncProblemsView::summary() const {
    return m_summary->text();
}

void SyncProblemsView::showNoServer() {
    m_noServer = true;
    m_table->hide();
    m_refresh->hide();
    // The words at the top, at their height; the room below stays empty.
    static_cast<QVBoxLayout *>(layout())->addStretch(1);
    updateSummary();
}

void SyncProblemsView::showRefusedScan(const QString &why) {
    m_scanRefusal->showRefusal(
        why.isEmpty() ? tr("Scan NOT taken: the sync problems window is in front of the table.")
                      : why,
        tr("Press Esc or F7 (or click here) to go back to the table, then scan again."));
}

void SyncProblemsView::showTableAlert(const QString &what) {
    m_scanRefusal->showRefusal(what,
                               tr("Press Esc or F7 (or click here) to go back to the table."));
}

void SyncProblemsView::closeEvent(QCloseEvent *event) {
    QWidget::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void SyncProblemsView::updateSummary() {
    if (m_noServer) {
        m_summary->setText(
            tr("No server: this station has not joined a site hub nor been enrolled at the "
               "province, so nothing is synced and there are no sync problems to show. Its "
               "records stay on this station until it joins. To join the site's hub, the station "
               "administrator opens Settings (F10), goes to \"Join a site hub\" and scans the join "
               "code the hub shows."));
        return;
    }
    const int count = int(m_model->problems().size());
    const int notes = int(m_model->siteNotes().size());
    if (notes == 0 && count == 0) {
        m_summary->setText(tr("No sync problems: the server has taken every record it was sent."));
        return;
    }
    QStringList sentences;
    if (notes > 0)
        sentences << tr("The site found %n clash(es) with other tables: the records are stored, "
                        "and each row says what to do. Tell the site lead.",
                        nullptr, notes);
    if (count > 0)
        sentences << tr("The server did not take %n record(s). They stay on this station. A "
                        "conflict means the server holds other content under the same record "
                        "id; a rejection says why in the reason column. Tell the province's sync "
                        "administrator; do not re-enter these records.",
                        nullptr, count);
    QString summary;
    for (const QString &sentence : std::as_const(sentences))
        summary = joinSentences(summary, sentence);
    m_summary->setText(summary);
}

} // namespace station
