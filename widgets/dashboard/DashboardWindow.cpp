// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/DashboardWindow.h"

#include "core/TableLabel.h"
#include "core/dashboard/DashboardRefresher.h"
#include "core/dashboard/SiteAggregatesSource.h"
#include "core/dashboard/SiteOverview.h"
#include "core/domain/Sentences.h"
#include "models/dashboard/AlertListModel.h"
#include "models/dashboard/BoxAgeModel.h"
#include "models/dashboard/OperatorThroughputModel.h"
#include "models/dashboard/RecallListModel.h"
#include "models/dashboard/SiteTablesModel.h"
#include "models/dashboard/TableThroughputModel.h"
#include "widgets/ScanRefusedBar.h"
#include "widgets/ScreenRoom.h"
#include "widgets/Theme.h"
#include "widgets/dashboard/CountBarChart.h"
#include "widgets/dashboard/FigureTile.h"
#include "widgets/dashboard/ForecastPanel.h"
#include "widgets/dashboard/ShiftReportExporter.h"
#include "widgets/dashboard/ThroughputChart.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace station::dashboard {

namespace {

// A panel: its title (wrapped, never cut) over its content.
QWidget *titled(const QString &title, QWidget *content, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(title, box);
    QFont f = theme::scaledFont(label->font(), 1.05);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

// The alerts list says in words that there are none: an empty white box reads as "not loaded".
class AlertListView : public QListView {
public:
    explicit AlertListView(QWidget *parent)
        : QListView(parent) {}

protected:
    void paintEvent(QPaintEvent *event) override {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         DashboardWindow::tr("No alerts: every table is sampling, and no box or "
                                             "record is waiting too long."));
    }
};

// A list inside the scrolling page takes the whole turn of the wheel while it has rows to
// scroll, so that the list and the page never move together; a list with nothing to scroll
// lets the page scroll under the pointer.
class ListKeepsWheel : public QObject {
public:
    explicit ListKeepsWheel(QAbstractScrollArea *list)
        : QObject(list)
        , m_list(list) {
        list->installEventFilter(this);
    }

    // The list's viewport had the turn first; what it did not use (at the top or the end)
    // comes here on its way to the page, and stops here while the list can scroll.
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() != QEvent::Wheel)
            return false;
        const QScrollBar *bar = m_list->verticalScrollBar();
        if (bar->minimum() == bar->maximum())
            return false;
        event->accept();
        return true;
    }

private:
    QAbstractScrollArea *m_list;
};

// Heights below which a chart or list stops being readable; the scroll area takes over.
constexpr int kLineChartMinHeight = 220;
constexpr int kBarChartMinHeight = 170;
constexpr int kListMinHeight = 130;

} // namespace

DashboardWindow::DashboardWindow(const QString &databasePath, Clock clock, QTimeZone zone,
                                 QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(zone)
    , m_refresher(new DashboardRefresher(databasePath, clock, zone, {}, this))
    , m_timer(new QTimer(this))
    , m_freshnessTimer(new QTimer(this))
    , m_scroll(new QScrollArea(this))
    , m_tilesGrid(new QGridLayout)
    , m_panelsGrid(new QGridLayout)
    , m_barsGrid(new QGridLayout)
    , m_title(new QLabel(this))
    , m_source(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_swabs(new FigureTile(tr("Swabs today"), this))
    , m_rate(new FigureTile(tr("Current rate"), this))
    , m_perSample(new FigureTile(tr("Seconds per sample"), this))
    , m_waiting(new FigureTile(tr("Tubes waiting for the courier"), this))
    , m_pending(new FigureTile(tr("Records not yet at the province"), this))
    , m_line(new ThroughputChart(this))
    , m_tablesChart(new CountBarChart(tr("Swabs per table"), QColor(0x2f, 0x5d, 0x8a), this))
    , m_operatorsChart(new CountBarChart(tr("Swabs per operator"), QColor(0x3d, 0x7a, 0x6b), this))
    , m_tubesChart(new CountBarChart(tr("Tubes by state"), QColor(0x6b, 0x5b, 0x95), this))
    , m_boxAgeChart(new CountBarChart(tr("Box age, minutes since first swab (limit 240)"),
                                      QColor(0x8a, 0x6d, 0x2f), this))
    , m_tablesModel(new TableThroughputModel(zone, this))
    , m_operatorsModel(new OperatorThroughputModel(this))
    , m_boxesModel(new BoxAgeModel(zone, {}, this))
    , m_alertsModel(new AlertListModel(this))
    , m_alerts(new AlertListView(this))
    , m_boxes(new QTableView(this))
    , m_tables(new QTableView(this))
    , m_siteModel(new SiteTablesModel(zone, this))
    , m_siteState(new QLabel(this))
    , m_siteView(new QTableView(this))
    , m_forecast(new ForecastPanel(zone, this))
    , m_recallsModel(new RecallListModel(zone, this))
    , m_recalls(new QTableView(this))
    , m_contactHint(new QLabel(this))
    , m_contactButton(new QPushButton(tr("Contact details…"), this))
    , m_exporter(new ShiftReportExporter(databasePath, zone, this))
    , m_reportButton(new QPushButton(tr("Save shift report…"), this))
    , m_scanRefusal(new ScanRefusedBar(this)) {
    setWindowTitle(tr("Site dashboard"));
    // Back to the table with the keys the window was opened with, or Esc as from a dialog.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F4)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
    connect(m_scanRefusal, &ScanRefusedBar::clicked, this, &QWidget::close);
    // The sync problems an alert names are on F7, here as at the table.
    connect(new QShortcut(QKeySequence(Qt::Key_F7), this), &QShortcut::activated, this,
            &DashboardWindow::syncProblemsRequested);
    // 1280x800 where there is room; on a laptop screen (1366x768, 1280x720) it opens
    // maximized, as the table's window does: nothing in the window holds it larger (the
    // content scrolls).
    const QSize preferred(1280, 800);
    resize(preferred);
    fitToScreenWhenShown(this, preferred, [this, preferred](QSize room) {
        if (room.width() < preferred.width() || room.height() < preferred.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    });

    QFont titleFont = theme::scaledFont(m_title->font(), 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Site dashboard"));
    m_title->setWordWrap(true);
    m_source->setWordWrap(true);
    QFont asOfFont = theme::scaledFont(m_asOf->font(), 1.2);
    asOfFont.setBold(true);
    m_asOf->setFont(asOfFont);
    m_asOf->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_asOf->setWordWrap(true);
    m_asOf->setText(tr("Loading…"));

    m_alerts->setModel(m_alertsModel);
    m_alerts->setWordWrap(true);
    m_alerts->setSpacing(3);
    m_alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alerts->setSelectionMode(QAbstractItemView::NoSelection);
    m_boxes->setModel(m_boxesModel);
    m_boxes->verticalHeader()->hide();
    m_boxes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_boxes->horizontalHeader()->setStretchLastSection(true);
    m_boxes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_boxes->setSelectionMode(QAbstractItemView::NoSelection);

    m_tables->setModel(m_tablesModel);
    m_tables->verticalHeader()->hide();
    m_tables->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->horizontalHeader()->setStretchLastSection(true);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionMode(QAbstractItemView::NoSelection);

    m_siteView->setModel(m_siteModel);
    m_siteView->verticalHeader()->hide();
    // Rows follow their wrapped texts whenever the model changes (this table's own row is
    // live), not only when the columns are fitted.
    m_siteView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_siteView->setWordWrap(true);
    m_siteView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_siteView->setSelectionMode(QAbstractItemView::NoSelection);
    m_siteView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_siteView->setAccessibleName(tr("Tables of the site"));
    // Widths are set from the texts and the room (fitSiteColumns); long texts wrap.
    m_siteView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_siteView->horizontalHeader()->setStretchLastSection(true);
    m_siteView->setMinimumHeight(kListMinHeight);
    m_siteState->setWordWrap(true);
    m_siteState->setObjectName(QStringLiteral("siteState"));

    m_recallsModel->setTableLabelShown(&shownTableLabel);
    m_recalls->setModel(m_recallsModel);
    m_recalls->setObjectName(QStringLiteral("recallList"));
    m_recalls->setAccessibleName(tr("Recalls: people to sample again alone"));
    m_recalls->verticalHeader()->hide();
    m_recalls->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recalls->horizontalHeader()->setStretchLastSection(true);
    m_recalls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A row is chosen to call its tube's people (Contact details…).
    m_recalls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recalls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recalls->setMinimumHeight(kListMinHeight);
    m_contactButton->setObjectName(QStringLiteral("contactDetailsButton"));
    m_contactButton->setToolTip(
        tr("The names and phone numbers of the selected tube's recalled people sampled at this "
           "table, to call them back (site lead; your PIN; recorded and reported to the "
           "province)."));
    m_contactButton->setEnabled(false);
    m_contactHint->setObjectName(QStringLiteral("contactHint"));
    m_contactHint->setWordWrap(true);
    m_contactHint->setText(tr("Select a recall of this table to call its tube's people."));
    connect(m_recalls->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardWindow::updateContactButton);
    connect(m_recallsModel, &QAbstractItemModel::modelReset, this,
            &DashboardWindow::updateContactButton);
    connect(m_contactButton, &QPushButton::clicked, this, &DashboardWindow::requestContactDetails);
    connect(m_recalls, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(RecallListModel::ContactHereRole).toBool())
            requestContactDetails();
    });

    for (QAbstractScrollArea *list :
         {static_cast<QAbstractScrollArea *>(m_alerts), static_cast<QAbstractScrollArea *>(m_boxes),
          static_cast<QAbstractScrollArea *>(m_tables),
          static_cast<QAbstractScrollArea *>(m_siteView),
          static_cast<QAbstractScrollArea *>(m_recalls)})
        new ListKeepsWheel(list);
    m_alerts->setMinimumHeight(kListMinHeight);
    m_boxes->setMinimumHeight(kListMinHeight);
    m_tables->setMinimumHeight(kListMinHeight);
    m_line->setMinimumHeight(kLineChartMinHeight);
    for (CountBarChart *c : {m_operatorsChart, m_tablesChart, m_tubesChart, m_boxAgeChart})
        c->setMinimumHeight(kBarChartMinHeight);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_source);
    header->addLayout(titles, 3);
    header->addWidget(m_asOf, 1);
    header->addSpacing(12);
    header->addWidget(m_reportButton, 0, Qt::AlignVCenter);

    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    m_linePanel = titled(ThroughputChart::title(), m_line, content);
    m_alertsPanel = titled(tr("Alerts"), m_alerts, content);
    m_barsPanel = new QWidget(content);
    m_barsPanel->setLayout(m_barsGrid);
    m_barsGrid->setContentsMargins(0, 0, 0, 0);
    m_boxesPanel = titled(tr("Boxes waiting (4-hour limit from the first swab)"), m_boxes, content);
    m_tablesPanel = titled(tr("Tables"), m_tables, content);
    {
        auto *siteContent = new QWidget(content);
        auto *siteLayout = new QVBoxLayout(siteContent);
        siteLayout->setContentsMargins(0, 0, 0, 0);
        siteLayout->addWidget(m_siteState);
        siteLayout->addWidget(m_siteView, 1);
        m_siteState->setParent(siteContent);
        m_siteView->setParent(siteContent);
        m_sitePanel = titled(tr("Tables of the site"), siteContent, content);
        m_sitePanel->setVisible(false); // until a source is set
    }
    {
        // The button beside the heading, not under the list: in view without scrolling on
        // a laptop screen, however many recalls the list holds.
        m_recallsPanel = new QWidget(content);
        auto *recallLayout = new QVBoxLayout(m_recallsPanel);
        recallLayout->setContentsMargins(0, 0, 0, 0);
        recallLayout->setSpacing(4);
        auto *heading = new QLabel(
            tr("Recalls (pending re-check): people of positive or invalid tubes to sample "
               "again alone"),
            m_recallsPanel);
        QFont f = theme::scaledFont(heading->font(), 1.05);
        f.setBold(true);
        heading->setFont(f);
        heading->setWordWrap(true);
        auto *headingRow = new QHBoxLayout;
        headingRow->addWidget(heading, 1);
        headingRow->addWidget(m_contactButton, 0, Qt::AlignVCenter);
        recallLayout->addLayout(headingRow);
        recallLayout->addWidget(m_contactHint);
        recallLayout->addWidget(m_recalls, 1);
        m_recalls->setParent(m_recallsPanel);
        m_contactHint->setParent(m_recallsPanel);
        m_contactButton->setParent(m_recallsPanel);
    }
    m_recallsPanel->setVisible(false); // until there is one
    for (CountBarChart *c : {m_operatorsChart, m_tablesChart, m_tubesChart, m_boxAgeChart})
        m_barBoxes << titled(c->title(), c, m_barsPanel);
    m_forecast->setParent(content);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_tilesGrid);
    contentLayout->addLayout(m_panelsGrid, 1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Panels reflow to the width: only the height ever scrolls.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_scanRefusal);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    reflow(width() - 24);

    connect(m_refresher, &DashboardRefresher::snapshotReady, this, &DashboardWindow::applySnapshot);
    connect(m_timer, &QTimer::timeout, this, &DashboardWindow::refreshNow);
    connect(m_reportButton, &QPushButton::clicked, this, &DashboardWindow::saveShiftReport);
    connect(m_exporter, &ShiftReportExporter::finished, this,
            [this](bool ok, const QString &message) {
                m_reportButton->setEnabled(true);
                if (ok)
                    QMessageBox::information(this, tr("Shift report"), message);
                else
                    QMessageBox::warning(this, tr("Shift report"), message);
            });
    connect(m_freshnessTimer, &QTimer::timeout, this, &DashboardWindow::updateFreshness);
    m_boxAgeChart->setFixedMaximum(300);
    m_timer->start(m_intervalSeconds * 1000);
    m_freshnessTimer->start(15'000);
    setShift(m_shift);
    refreshNow();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::showRefusedScan(const QString &why) {
    m_scanRefusal->showRefusal(
        why.isEmpty() ? tr("Scan NOT taken: the dashboard is in front of the table.") : why,
        tr("Press Esc or F4 (or click here) to go back to the table, then scan again."));
}

void DashboardWindow::showTableAlert(const QString &what) {
    m_scanRefusal->showRefusal(what,
                               tr("Press Esc or F4 (or click here) to go back to the table."));
}

void DashboardWindow::closeEvent(QCloseEvent *event) {
    QWidget::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void DashboardWindow::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // The room inside the margins, less a vertical scroll bar whether or not it shows, so
    // that the bar appearing never flips the number of columns.
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    reflow(event->size().width() - 24 - scrollBar);
    if (m_siteSource)
        QTimer::singleShot(0, this, &DashboardWindow::fitSiteColumns); // after the layout
}

void DashboardWindow::reflow(int contentWidth) {
    m_contentWidth = contentWidth;
    const int panelColumns = contentWidth >= 1100 ? 3 : contentWidth >= 700 ? 2 : 1;
    const int tileColumns = contentWidth >= 880 ? 5 : contentWidth >= 540 ? 3 : 2;
    // As many bar charts abreast as keep every label whole.
    int barWidth = 0;
    for (CountBarChart *c : {m_operatorsChart, m_tablesChart, m_tubesChart, m_boxAgeChart})
        barWidth = std::max(barWidth, c->minimumSizeHint().width());
    const int spacing = std::max(0, m_barsGrid->horizontalSpacing());
    int barColumns = 1;
    for (int candidate : {4, 2}) {
        if (candidate * barWidth + (candidate - 1) * spacing <= contentWidth) {
            barColumns = candidate;
            break;
        }
    }
    if (panelColumns == m_panelColumns && tileColumns == m_tileColumns &&
        barColumns == m_barColumns)
        return;
    m_panelColumns = panelColumns;
    m_tileColumns = tileColumns;
    m_barColumns = barColumns;

    const QList<FigureTile *> tiles = {m_swabs, m_rate, m_perSample, m_waiting, m_pending};
    for (FigureTile *t : tiles)
        m_tilesGrid->removeWidget(t);
    for (int i = 0; i < tiles.size(); ++i)
        m_tilesGrid->addWidget(tiles[i], i / tileColumns, i % tileColumns);
    for (int c = 0; c < 5; ++c)
        m_tilesGrid->setColumnStretch(c, c < tileColumns ? 1 : 0);

    for (QWidget *b : std::as_const(m_barBoxes))
        m_barsGrid->removeWidget(b);
    for (int i = 0; i < m_barBoxes.size(); ++i)
        m_barsGrid->addWidget(m_barBoxes[i], i / barColumns, i % barColumns);
    for (int c = 0; c < 4; ++c)
        m_barsGrid->setColumnStretch(c, c < barColumns ? 1 : 0);

    for (QWidget *w : {m_linePanel, m_alertsPanel, m_barsPanel, m_boxesPanel, m_tablesPanel,
                       m_sitePanel, m_recallsPanel, static_cast<QWidget *>(m_forecast)})
        m_panelsGrid->removeWidget(w);
    for (int r = 0; r < 8; ++r)
        m_panelsGrid->setRowStretch(r, 0);
    // What the lead looks at first comes first: the day's curve and the alerts, then the
    // forecast and the bars; the tables are detail.
    if (panelColumns == 3) {
        m_panelsGrid->addWidget(m_linePanel, 0, 0, 1, 2);
        m_panelsGrid->addWidget(m_alertsPanel, 0, 2);
        // People to call back come before the figures (hidden while there are none).
        m_panelsGrid->addWidget(m_recallsPanel, 1, 0, 1, 3);
        m_panelsGrid->addWidget(m_sitePanel, 2, 0, 1, 3);
        m_panelsGrid->addWidget(m_barsPanel, 3, 0, 1, 3);
        m_panelsGrid->addWidget(m_boxesPanel, 4, 0);
        m_panelsGrid->addWidget(m_tablesPanel, 4, 1);
        m_panelsGrid->addWidget(m_forecast, 4, 2);
        m_panelsGrid->setRowStretch(0, 3);
        m_panelsGrid->setRowStretch(3, 2);
        m_panelsGrid->setRowStretch(4, 2);
    } else if (panelColumns == 2) {
        // Narrower (a laptop at 125 %): the people to call back over the day's curve, whose
        // height would push their "Contact details…" below the fold.
        m_panelsGrid->addWidget(m_recallsPanel, 0, 0, 1, 2);
        m_panelsGrid->addWidget(m_linePanel, 1, 0, 1, 2);
        m_panelsGrid->addWidget(m_sitePanel, 2, 0, 1, 2);
        m_panelsGrid->addWidget(m_alertsPanel, 3, 0);
        m_panelsGrid->addWidget(m_forecast, 3, 1);
        m_panelsGrid->addWidget(m_barsPanel, 4, 0, 1, 2);
        m_panelsGrid->addWidget(m_boxesPanel, 5, 0);
        m_panelsGrid->addWidget(m_tablesPanel, 5, 1);
        m_panelsGrid->setRowStretch(1, 3);
        m_panelsGrid->setRowStretch(4, 3);
        m_panelsGrid->setRowStretch(5, 2);
    } else {
        int row = 0;
        for (QWidget *w :
             {m_recallsPanel, m_linePanel, m_sitePanel, m_alertsPanel,
              static_cast<QWidget *>(m_forecast), m_barsPanel, m_boxesPanel, m_tablesPanel})
            m_panelsGrid->addWidget(w, row++, 0);
    }
    for (int c = 0; c < 3; ++c)
        m_panelsGrid->setColumnStretch(c, c < panelColumns ? 1 : 0);
}

void DashboardWindow::setShift(const ShiftWindow &shift) {
    m_shift = shift;
    m_refresher->setShift(shift);
    m_line->setShiftHours(std::max(0, shift.start.hour() - 1),
                          std::min(24, shift.end.hour() + (shift.end.minute() > 0 ? 2 : 1)));
}

void DashboardWindow::setRefreshInterval(int seconds) {
    m_intervalSeconds = std::max(5, seconds);
    m_timer->start(m_intervalSeconds * 1000);
}

void DashboardWindow::setSiteSource(SiteAggregatesSource *source) {
    m_siteSource = source;
    m_sitePanel->setVisible(source != nullptr);
    if (!source)
        return;
    // Opened while the server cannot be reached: its last figures, with their age.
    if (source->lastFigures()) {
        m_siteFigures = source->lastFigures();
        m_siteComputedAt = m_siteFigures->computedAt;
        m_siteReachable = source->lastError().isEmpty();
        m_siteError = source->lastError();
    }
    connect(source, &SiteAggregatesSource::figuresReady, this, [this](const SiteFigures &figures) {
        m_siteFigures = figures;
        m_siteComputedAt = figures.computedAt;
        m_siteReachable = true;
        m_siteError.clear();
        applySiteFigures();
    });
    connect(source, &SiteAggregatesSource::failed, this, [this](const QString &message) {
        // The last figures stay on screen, saying how old they are.
        m_siteReachable = false;
        m_siteError = message;
        applySiteFigures();
    });
    applySiteFigures();
    if (source->available())
        source->request(m_clock().toTimeZone(m_zone).date());
}

void DashboardWindow::saveShiftReport() {
    const QDate day = m_clock().toTimeZone(m_zone).date();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save shift report"),
        QStringLiteral("shift-report-%1.pdf").arg(day.toString(Qt::ISODate)),
        tr("PDF document (*.pdf);;CSV table (*.csv)"));
    if (file.isEmpty())
        return;
    m_reportButton->setEnabled(false);
    m_exporter->exportDay(day, file);
}

void DashboardWindow::refreshNow() {
    m_refresher->requestRefresh();
    if (m_siteSource && m_siteSource->available())
        m_siteSource->request(m_clock().toTimeZone(m_zone).date());
}

void DashboardWindow::applySnapshot(const DashboardSnapshot &s) {
    if (!s.valid) {
        // Keep the last good figures on screen, but never as current.
        m_stale = true;
        m_showingStale = true;
        m_asOf->setText(m_snapshot.valid ? tr("NOT CURRENT — figures as of %1")
                                               .arg(m_snapshot.asOf.toTimeZone(m_zone).toString(
                                                   QStringLiteral("HH:mm")))
                                         : tr("No figures"));
        m_asOf->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_source->setText(tr("The dashboard could not be refreshed: %1").arg(s.error));
        for (FigureTile *t : {m_swabs, m_rate, m_perSample, m_waiting, m_pending})
            t->setStale(true);
        Q_EMIT refreshed();
        return;
    }
    m_snapshot = s;
    const QLocale locale = this->locale();
    m_title->setText(tr("Site dashboard — %1 (%2)").arg(s.siteName, s.siteCode));

    m_swabs->setValue(locale.toString(s.samplesToday), locale.toString(s.day, QLocale::LongFormat));
    m_rate->setValue(tr("%1 an hour").arg(locale.toString(s.currentRatePerHour(), 'f', 0)),
                     tr("people per hour, last %1 min").arg(s.rateWindowSeconds / 60));
    if (!s.tables.isEmpty() && s.tables.first().avgSecondsPerSample)
        m_perSample->setValue(locale.toString(*s.tables.first().avgSecondsPerSample, 'f', 0) +
                                  tr(" s"),
                              tr("average over the last hour, breaks over 10 min left out"));
    else
        m_perSample->setValue(tr("—"), tr("no swabs in the last hour"));
    m_waiting->setValue(locale.toString(s.tubes.sealed + s.tubes.boxed),
                        tr("sealed %1 · boxed %2 · open %3 · handed over today %4")
                            .arg(s.tubes.sealed)
                            .arg(s.tubes.boxed)
                            .arg(s.tubes.open)
                            .arg(s.tubes.handedOverToday));
    updatePendingTile();

    m_line->setBuckets(s.buckets, s.day, s.asOf);
    QStringList tableNames;
    QList<int> tableCounts;
    for (const TableThroughput &t : s.tables) {
        tableNames << shownTableNumber(t.tableNumber);
        tableCounts << t.samples;
    }
    m_tablesChart->setCounts(tableNames, tableCounts);
    QStringList operatorNames;
    QList<int> operatorCounts;
    // Bars read top-down in the horizontal chart: fewest first so the most is on top.
    for (auto it = s.operators.crbegin(); it != s.operators.crend(); ++it) {
        operatorNames << it->staffId + QLatin1Char(' ') + it->name;
        operatorCounts << it->samples;
    }
    m_operatorsChart->setCounts(operatorNames, operatorCounts);
    QStringList boxNames;
    QList<int> boxMinutes;
    // Oldest on top (bars read top-down): the query returns oldest first.
    for (auto it = s.boxes.crbegin(); it != s.boxes.crend(); ++it) {
        if (it->ageSeconds < 0)
            continue; // empty: no clock running
        boxNames << it->code;
        boxMinutes << static_cast<int>(it->ageSeconds / 60);
    }
    m_boxAgeChart->setCounts(boxNames, boxMinutes);
    // "Handed over" are today's (the tile says so); the short word keeps the label whole.
    m_tubesChart->setCounts({tr("Handed over"), tr("In a box"), tr("Sealed"), tr("Open")},
                            {s.tubes.handedOverToday, s.tubes.boxed, s.tubes.sealed, s.tubes.open});
    reflow(m_contentWidth);
    if (!siteFiguresFresh())
        m_tablesModel->setTables(s.tables); // old site figures are not shown as current
    m_operatorsModel->setOperators(s.operators);
    m_boxesModel->setBoxes(s.boxes);
    {
        // The chosen recall stays chosen through a refresh.
        const QString chosen =
            m_recalls->currentIndex().data(RecallListModel::SampleUuidRole).toString();
        m_recallsModel->setRecalls(s.recalls);
        for (int row = 0; !chosen.isEmpty() && row < m_recallsModel->rowCount(); ++row) {
            const QModelIndex index = m_recallsModel->index(row, 0);
            if (index.data(RecallListModel::SampleUuidRole).toString() == chosen) {
                m_recalls->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    {
        // Up to 8 recalls in view without the list's own scroll bar; the page scrolls.
        int height =
            m_recalls->horizontalHeader()->sizeHint().height() + 2 * m_recalls->frameWidth();
        for (int r = 0; r < std::min(m_recallsModel->rowCount(), 8); ++r)
            height += m_recalls->verticalHeader()->sectionSize(r);
        m_recalls->setMinimumHeight(std::max(kListMinHeight, height));
    }
    m_recallsPanel->setVisible(!s.recalls.isEmpty());
    m_forecast->setMeasured(s.currentRatePerHour(), s.rateWindowSeconds / 60,
                            static_cast<int>(s.tables.size()), s.asOf);
    m_stale = false;
    updateFreshness();
    applySiteFigures();
    Q_EMIT refreshed();
}

QString DashboardWindow::contactHintText() const {
    return m_contactHint->text();
}

void DashboardWindow::updateContactButton() {
    const QModelIndex current = m_recalls->currentIndex();
    const bool here = current.data(RecallListModel::ContactHereRole).toBool();
    m_contactButton->setEnabled(here);
    if (!current.isValid())
        m_contactHint->setText(tr("Select a recall of this table to call its tube's people."));
    else if (here)
        m_contactHint->setText(tr("Tube %1: its recalled people sampled at this table can be "
                                  "called back.")
                                   .arg(m_recallsModel->tubeAt(current.row())));
    else
        m_contactHint->setText(m_recallsModel->contactHint(current.row()));
}

void DashboardWindow::requestContactDetails() {
    const QModelIndex current = m_recalls->currentIndex();
    if (!current.data(RecallListModel::ContactHereRole).toBool())
        return;
    Q_EMIT contactDetailsRequested(m_recallsModel->tubeAt(current.row()),
                                   m_recallsModel->tableAt(current.row()));
}

void DashboardWindow::updatePendingTile() {
    if (!m_snapshot.valid)
        return;
    const SyncBacklog &sync = m_snapshot.sync;
    const QLocale locale = this->locale();
    const QString oldest =
        sync.pending == 0
            ? QString()
            : tr("oldest from %1; %2 waiting over 2 h")
                  .arg(sync.oldestPendingAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")))
                  .arg(sync.pendingOlderThanLimit);
    // A record the hub acknowledged has left this table, not reached the province: the hub
    // says how many of this table's it still holds (as of its last figures).
    std::optional<qint64> held;
    if (m_siteSource && m_siteFigures && m_siteFigures->role == QLatin1String("hub")) {
        for (const SiteTable &t : m_siteFigures->siteTables) {
            if (t.station == m_siteFigures->ownStation)
                held = t.heldAtHub;
        }
    }
    if (held && *held > 0) {
        QString text = tr("%1 here · %2 at the site hub, not yet at the province")
                           .arg(locale.toString(sync.pending), locale.toString(*held));
        if (!siteFiguresFresh())
            text += tr(" (the hub's figure as of %1)")
                        .arg(m_siteFigures->computedAt.toTimeZone(m_zone).toString(
                            QStringLiteral("HH:mm")));
        if (!oldest.isEmpty())
            text += QStringLiteral("; ") + oldest;
        m_pending->setValue(locale.toString(sync.pending + *held), text);
        return;
    }
    m_pending->setValue(locale.toString(sync.pending),
                        sync.pending == 0 ? tr("everything has reached the province") : oldest);
}

bool DashboardWindow::siteFiguresFresh() const {
    return m_siteSource && m_siteReachable && m_siteComputedAt.isValid() && m_siteFigures &&
           m_siteFigures->receivedAt.secsTo(m_clock()) <= 2 * m_intervalSeconds + 60;
}

void DashboardWindow::fitSiteColumns() {
    QHeaderView *header = m_siteView->horizontalHeader();
    const QAbstractItemView *view = m_siteView; // where sizeHintForColumn() is public
    const int columns = SiteTablesModel::ColumnCount;
    QVector<int> wanted(columns);
    QVector<int> least(columns);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        // A header is never cut; a cell's text may wrap onto more lines.
        least[c] = header->sectionSizeHint(c);
        wanted[c] = std::max(least[c], view->sizeHintForColumn(c));
        total += wanted[c];
    }
    const int room = m_siteView->viewport()->width();
    if (total > room) {
        // The columns whose texts wrap give up room in proportion to what they are over
        // their header's width.
        int spare = 0;
        for (int c = 0; c < columns; ++c)
            spare += wanted[c] - least[c];
        const int cut = std::min(spare, total - room);
        for (int c = 0; c < columns && spare > 0; ++c)
            wanted[c] -= int(qint64(wanted[c] - least[c]) * cut / spare);
    }
    for (int c = 0; c < columns; ++c)
        header->resizeSection(c, wanted[c]);
    m_siteView->resizeRowsToContents();
    // Every table in view without an inner scroll bar, up to a large site's; the page scrolls.
    int height = header->sizeHint().height() + 2 * m_siteView->frameWidth();
    for (int r = 0; r < std::min<int>(m_siteModel->rowCount(), 12); ++r)
        height += m_siteView->rowHeight(r);
    m_siteView->setMinimumHeight(std::max(kListMinHeight, height));
}

QString DashboardWindow::siteStateText() const {
    return m_siteState->text();
}

void DashboardWindow::applySiteFigures() {
    const QDateTime now = m_clock();
    const SiteOverview overview =
        SiteOverviewBuilder::build(m_siteFigures ? &*m_siteFigures : nullptr, m_siteReachable,
                                   m_siteError, m_snapshot, now, m_zone, m_shift);
    const QString hhmm = overview.computedAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
    const QString server = overview.role == QLatin1String("hub") ? tr("the site hub")
                           : overview.role.isEmpty()             ? tr("the site's sync server")
                                                                 : tr("the province server");
    const int table = m_snapshot.tables.isEmpty() ? 0 : m_snapshot.tables.first().tableNumber;

    // The header: where the per-table figures come from.
    if (siteFiguresFresh())
        m_source->setText(tr("Tables of the site from %1 (as of %2); the other figures are this "
                             "table's.")
                              .arg(server, hhmm));
    else if (m_siteSource && overview.haveSiteFigures)
        m_source->setText(tr("The site's tables are as of %1 (%2); the other figures are this "
                             "table's, live.")
                              .arg(hhmm, SiteTablesModel::ago(overview.figuresAgeSeconds)));
    else
        m_source->setText(tr("This station only (table %1). The other tables of the site appear "
                             "when the station reaches its site hub or the province server.")
                              .arg(table));
    m_source->setStyleSheet(QStringLiteral("color: #4a5561;"));
    if (!m_siteSource) {
        m_alertsModel->setAlerts(m_snapshot.alerts);
        return;
    }

    // Over the site's tables: how fresh, and the hub's own backlog to the province.
    QStringList state;
    bool warning = false;
    if (!overview.reachable && !overview.error.isEmpty()) {
        warning = true;
        // The error is a sentence of its own ("The server cannot be reached (…)."): said
        // once, not after "… cannot be reached:" again.
        state << (overview.haveSiteFigures
                      ? tr("%2 Showing the last figures of %1, as of %3 (%4); this table's own "
                           "figures are live.")
                            .arg(server, overview.error, hhmm,
                                 SiteTablesModel::ago(overview.figuresAgeSeconds))
                      : tr("%2 This table's own figures are live; the other tables appear when "
                           "%1 answers.")
                            .arg(server, overview.error));
    } else if (overview.haveSiteFigures) {
        state << tr("Figures from %1, as of %2 (%3).")
                     .arg(server, hhmm, SiteTablesModel::ago(overview.figuresAgeSeconds));
    } else {
        state << tr("Asking %1 for the site's tables…").arg(server);
    }
    if (overview.role == QLatin1String("province"))
        state << tr("There is no site hub: each table sends straight to the province.");
    else if (overview.role == QLatin1String("aggregates"))
        state << tr("This province server gives swabs per table only: no tubes, boxes or "
                    "backlogs.");
    if (const auto &up = overview.upstream) {
        // A hub restarted (or new) has sent nothing yet: said so, not "last sent never".
        const bool sentOnce = up->lastSuccessAt.isValid();
        const QString lastSent =
            sentOnce ? up->lastSuccessAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"))
                     : QString();
        const QString pending = locale().toString(up->pending);
        if (up->pending == 0 && !up->connected)
            state << tr("The hub is not connected to the province now; nothing is waiting.");
        else if (up->pending == 0)
            state << (sentOnce ? tr("The hub has sent everything to the province (last at %1).")
                                     .arg(lastSent)
                               : tr("The hub is connected to the province; nothing sent yet, "
                                    "nothing waiting."));
        else if (up->connected) {
            const QString oldest =
                up->oldestPendingAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
            state << (sentOnce ? tr("The hub's backlog to the province: %1 records, oldest from "
                                    "%2 (last sent %3).")
                                     .arg(pending, oldest, lastSent)
                               : tr("The hub's backlog to the province: %1 records, oldest from "
                                    "%2 (nothing sent yet).")
                                     .arg(pending, oldest));
        } else {
            warning = true;
            state << (sentOnce ? tr("The hub cannot reach the province: %1 records waiting (last "
                                    "sent %2). Nothing is lost; they go when the link is back.")
                                     .arg(pending, lastSent)
                               : tr("The hub cannot reach the province: %1 records waiting "
                                    "(nothing sent yet). Nothing is lost; they go when the link "
                                    "is back.")
                                     .arg(pending));
        }
    }
    // Sentences as the language writes them: Chinese ones follow "。" without a space.
    QString stateText;
    for (const QString &sentence : std::as_const(state))
        stateText = joinSentences(stateText, sentence);
    m_siteState->setText(stateText);
    m_siteState->setStyleSheet(warning ? QStringLiteral("color: #b01e1e; font-weight: bold;")
                                       : QString());

    m_siteModel->setRows(overview.rows);
    fitSiteColumns();
    updatePendingTile();

    QList<Alert> alerts = m_snapshot.alerts;
    alerts << overview.alerts;
    m_alertsModel->setAlerts(alerts);
    if (overview.haveSiteFigures) {
        QStringList names;
        QList<int> counts;
        for (const SiteTableRow &row : overview.rows) {
            names << row.label;
            counts << row.samplesToday;
        }
        m_tablesChart->setCounts(names, counts);
    }
    if (overview.haveSiteFigures && siteFiguresFresh()) {
        // The queue is the site's: its rate over the last hour and the tables sampling (a
        // swab in the last hour, not idle), where this table alone said "1".
        int lastHour = 0;
        int sampling = 0;
        for (const SiteTableRow &row : overview.rows) {
            lastHour += row.lastHour;
            if (row.lastHour > 0 && !row.idle)
                ++sampling;
        }
        m_forecast->setMeasured(lastHour, 60, sampling, m_snapshot.asOf);
    }
}

void DashboardWindow::updateFreshness() {
    if (!m_snapshot.valid)
        return;
    const qint64 age = m_snapshot.asOf.secsTo(m_clock());
    const QString time = m_snapshot.asOf.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
    const bool stale = m_stale || age > 2 * m_intervalSeconds + 10;
    m_showingStale = stale;
    if (stale) {
        m_asOf->setText(tr("NOT CURRENT — figures as of %1").arg(time));
        m_asOf->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    } else {
        m_asOf->setText(tr("As of %1").arg(time));
        m_asOf->setStyleSheet(QString());
    }
    for (FigureTile *t : {m_swabs, m_rate, m_perSample, m_waiting, m_pending})
        t->setStale(stale);
}

} // namespace station::dashboard
