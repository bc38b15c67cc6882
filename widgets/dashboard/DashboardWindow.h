// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/dashboard/SiteFigures.h"
#include "core/domain/Clock.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;

namespace station {
class ScanRefusedBar;
}

namespace station::dashboard {

class AlertListModel;
class BoxAgeModel;
class CountBarChart;
class DashboardRefresher;
class FigureTile;
class ForecastPanel;
class OperatorThroughputModel;
class RecallListModel;
class ShiftReportExporter;
class SiteAggregatesSource;
class SiteTablesModel;
class TableThroughputModel;
class ThroughputChart;

// The site lead's screen: today's throughput, per table and operator, tubes and boxes
// waiting, alerts and the queue forecast. Queries run on a worker thread with their own
// connection to the station database at `databasePath`; the window refreshes on a timer
// and on refreshNow() (connect SamplingService::changed to it). Every figure carries its
// "as of" time; figures that could not be refreshed are greyed and marked not current.
// Dates and numbers follow the widget's locale (the interface language's, QLocale's
// default). The panels reflow with the width (three, two or one column) inside a scroll
// area, so the window fits a 1280x720 laptop at 125 % as well as a 1920x1080 screen.
class DashboardWindow : public QWidget {
    Q_OBJECT
public:
    explicit DashboardWindow(const QString &databasePath, Clock clock = systemClock(),
                             QTimeZone zone = QTimeZone::systemTimeZone(),
                             QWidget *parent = nullptr);
    ~DashboardWindow() override;

    void setShift(const ShiftWindow &shift);
    void setRefreshInterval(int seconds);
    // Every table of the site from the station's sync server (its hub, or the province):
    // shown with how fresh each table's figures are; when the server cannot be reached the
    // last figures stay, saying how old they are, and this table's own are live. Without a
    // source the window says that it shows this station only.
    void setSiteSource(SiteAggregatesSource *source);
    SiteTablesModel *siteTablesModel() const { return m_siteModel; }
    // The sentence over the site's tables: where they come from, how old, the hub's backlog.
    QString siteStateText() const;

    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    ForecastPanel *forecastPanel() const { return m_forecast; }
    // Whether the figures on screen are marked as not current.
    bool showingStale() const { return m_showingStale; }
    // The red bar over the figures saying that a scan was not taken (showRefusedScan()).
    ScanRefusedBar *scanRefusal() const { return m_scanRefusal; }
    // The recall list, its "Contact details…" button (enabled on an open recall of a person
    // sampled here) and the line beside it saying where another table's are.
    QTableView *recallView() const { return m_recalls; }
    QPushButton *contactButton() const { return m_contactButton; }
    QString contactHintText() const;

public Q_SLOTS:
    void refreshNow();
    // Marks the figures not current when the last good refresh is older than two refresh
    // intervals (runs on a timer; public so that it can be checked).
    void updateFreshness();
    // A scan arrived while this window had the keyboard and was not taken: said in red over
    // the figures, where the eyes of whoever scanned are, until the window is left or closed,
    // with the way back to the table; `why` replaces "the dashboard is in front" when the
    // scan was refused for a reason of its own. Clicking the bar closes the window.
    void showRefusedScan(const QString &why = {});
    // The table said something that cannot wait while this window was in front (the open
    // tube's code was also used at another table): said in red over the figures, with the
    // way back to the table.
    void showTableAlert(const QString &what);

Q_SIGNALS:
    // Emitted after each snapshot is shown (tests and screenshots wait for it).
    void refreshed();
    // The window was closed (Esc, F4, the bar, the title bar): the table takes the keyboard.
    void closed();
    // "Contact details…" on a recall of this station: the lead asks for the names and phone
    // numbers of `tube`'s recalled people (the station's RecallContact answers, after a PIN).
    // `table` is the tube's table label as the site's facts carry it.
    void contactDetailsRequested(const QString &tube, const QString &table);
    // F7: the sync problems list (what a "Sync problem" alert names) is wanted.
    void syncProblemsRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Places the tiles and panels in as many columns as `contentWidth` holds (again after
    // new figures, whose labels may need more room).
    void reflow(int contentWidth);
    void applySnapshot(const DashboardSnapshot &snapshot);
    void saveShiftReport();
    void applySiteFigures();
    // "Records not yet at the province": this table's backlog, and its records the site hub
    // holds (from the hub's last figures).
    void updatePendingTile();
    // Column widths for the site's tables: each as its text needs when there is room, else
    // the wrapping texts narrower, never a header cut.
    void fitSiteColumns();
    bool siteFiguresFresh() const;
    // The button and the line beside it follow the selected recall.
    void updateContactButton();
    void requestContactDetails();

    Clock m_clock;
    QTimeZone m_zone;
    ShiftWindow m_shift;
    int m_intervalSeconds = 30;
    DashboardRefresher *m_refresher;
    QTimer *m_timer;
    QTimer *m_freshnessTimer;
    QPointer<SiteAggregatesSource> m_siteSource;
    DashboardSnapshot m_snapshot;
    QDateTime m_siteComputedAt;
    std::optional<SiteFigures> m_siteFigures; // the last answer, kept while unreachable
    bool m_siteReachable = false;
    QString m_siteError;
    bool m_stale = false; // the last refresh failed
    bool m_showingStale = false;

    QScrollArea *m_scroll;
    QGridLayout *m_tilesGrid;
    QGridLayout *m_panelsGrid;
    QGridLayout *m_barsGrid;
    QWidget *m_linePanel = nullptr;
    QWidget *m_alertsPanel = nullptr;
    QWidget *m_barsPanel = nullptr;
    QWidget *m_boxesPanel = nullptr;
    QWidget *m_tablesPanel = nullptr;
    QWidget *m_sitePanel = nullptr;
    QWidget *m_recallsPanel = nullptr; // shown while the station knows of recalls
    QList<QWidget *> m_barBoxes;       // each bar chart under its title
    int m_panelColumns = 0;
    int m_tileColumns = 0;
    int m_barColumns = 0;
    int m_contentWidth = 0;

    QLabel *m_title;
    QLabel *m_source;
    QLabel *m_asOf;
    FigureTile *m_swabs;
    FigureTile *m_rate;
    FigureTile *m_perSample;
    FigureTile *m_waiting;
    FigureTile *m_pending;
    ThroughputChart *m_line;
    CountBarChart *m_tablesChart;
    CountBarChart *m_operatorsChart;
    CountBarChart *m_tubesChart;
    CountBarChart *m_boxAgeChart;
    TableThroughputModel *m_tablesModel;
    OperatorThroughputModel *m_operatorsModel;
    BoxAgeModel *m_boxesModel;
    AlertListModel *m_alertsModel;
    QListView *m_alerts;
    QTableView *m_boxes;
    QTableView *m_tables;
    SiteTablesModel *m_siteModel;
    QLabel *m_siteState;
    QTableView *m_siteView;
    ForecastPanel *m_forecast;
    RecallListModel *m_recallsModel;
    QTableView *m_recalls;
    QLabel *m_contactHint;
    QPushButton *m_contactButton;
    ShiftReportExporter *m_exporter;
    QPushButton *m_reportButton;
    ScanRefusedBar *m_scanRefusal;
};

} // namespace station::dashboard
