// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Pooling.h"
#include "core/domain/StationIdentity.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace station {

namespace dashboard {
class DashboardWindow;
class SiteAggregatesSource;
} // namespace dashboard

class Database;
class FeedbackSounds;
class FocusLostWarning;
class SyncProblemsAlert;
class SyncProblemsView;
class HubJoinPanel;
class IdReveal;
class RecallContact;
class SyncController;
class LoginScreen;
class ElidingLabel;
class SamplingScreen;
class ScannerTestField;
class StaffListModel;
class StaffService;
class StationSettings;
class StationStore;
class TableDialogs;
class TablePrinting;
class TableWorkflow;

// The station's one window: sign-in, then the table screen, both views of the table's
// workflow (TableWorkflow), whose questions it answers with dialogs. Locks on demand
// (Ctrl+L) and after the configured idle minutes; every scanner source is connected to
// onScanned().
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(StationStore &store, TableWorkflow &table, StationSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the upload state in the status bar and offers "Sync now"; the sync problems list
    // (F7) reads `db`. Without a controller the station is not set up to upload, and F7 says
    // so.
    void attachSync(SyncController *controller, Database *db);
    // Labels and manifests from the table screen. The printer and label size follow the
    // settings, also after they are changed in the settings dialog (F10); the window lets
    // `printing` use the system's printers as well as printer addresses.
    void attachPrinting(TablePrinting *printing);
    // F4 opens the site lead's dashboard over this station's database, for a signed-in
    // operator; locking closes it. While the dashboard is the active window, scans are
    // refused (nothing is recorded behind it) and the dashboard says so in red.
    void setDashboardDatabase(const QString &databasePath);
    // The dashboard while it is open (one at a time), else nullptr.
    dashboard::DashboardWindow *dashboardWindow() const;
    // The dashboards opened from now on show every table of the site from `source` (the
    // station's hub or province); the source outlives the window or is cleared first.
    void setSiteSource(dashboard::SiteAggregatesSource *source);
    // The station's data folder: Settings then offers "Join a site hub" (hubJoined()).
    void setDataDir(const QString &dataDir) { m_dataDir = dataDir; }
    // Enables the audited full display of one ID number (Ctrl+I, and in today's list).
    void setIdReveal(IdReveal *reveal);
    // Enables "Contact details…" in the dashboard's recall list: a site lead's audited look at
    // the names and phone numbers of a recalled tube's people sampled here.
    void setRecallContact(RecallContact *contact) { m_recallContact = contact; }
    // Staff management (F9, for whoever may manage staff) and setting one's own PIN at the
    // first sign-in with a one-time PIN.
    void setStaffService(StaffService *staff);

    // Records that the station closes normally; without it the next start says that it
    // recovered from an unexpected stop (when a tube was open).
    void recordCleanShutdown();
    // Whether this start followed an unexpected stop (read when the window was made).
    bool startedAfterUnexpectedStop() const { return m_startedAfterUnexpectedStop; }

    LoginScreen *loginScreen() const { return m_login; }
    SamplingScreen *samplingScreen() const { return m_sampling; }
    TableWorkflow &table() const { return m_table; }
    bool isLocked() const;
    int idleLockMilliseconds() const;
    // The red bar saying that the keyboard (and so the handheld scanner) is in another window.
    FocusLostWarning *focusLostWarning() const { return m_focusLostWarning; }
    SyncProblemsAlert *syncProblemsAlert() const { return m_syncProblemsAlert; }
    // Counts the sync problems again (after a sync pass, or when the site's facts brought
    // some): more than when the list (F7) was last opened shows the alert bar.
    void refreshSyncProblems();
    // Opens the sync problems list (F7), or brings it to the front; the alert bar goes until a
    // further problem comes. Without a server (no attachSync()) it says that nothing is synced
    // and how the station joins a hub. While it is the active window, scans are refused (the
    // table is paused) and it says so in red.
    void showSyncProblems();
    // The sync problems list while it is open (one at a time), else nullptr.
    SyncProblemsView *syncProblemsView() const;

    // The operator's name and staff id in the status bar; "Operator: " before them only
    // while the status bar has room for it, so that a narrow one keeps the name.
    QString operatorStatusText() const;
    // How short the status bar's texts are now: 0 whole words; 1 without "Operator:" and
    // with the short key hint ("F4 Dashboard · …"); 2 also the table without the site's
    // name (the whole in its tool tip). The least that keeps every item whole (none elided)
    // at the window's width.
    int statusCompactness() const { return m_statusCompactness; }

public Q_SLOTS:
    // The single input path of every scanner (scan::Scanner::scanned): HID wedge, serial,
    // camera, video file. While Settings is open, scans go to its scanner test instead.
    void onScanned(const QString &text, station::EntryMethod method);
    // A keyboard scanner's code that came apart (scan::HidScanEventFilter::incompleteScan):
    // the part typed into the scan field goes, and the table says "scan again".
    void onIncompleteScan();
    // A camera's notice that took no scan (two different codes in view): on the banner, in
    // amber, for a signed-in operator.
    void showScanNotice(const QString &message);
    // A scanner read something it could not take whole (scan::Scanner::scanRefused): on the
    // banner as a refusal, for a signed-in operator.
    void refuseScan(const QString &message);
    // A scanner's state for the status bar (unplugged, reconnecting...); empty hides it.
    void setScannerStatus(const QString &message, bool connected);
    void lock();
    // Locks now because the idle time is over.
    void lockForIdleness();
    // "NAME (ID) was signed in at table N from HH:mm to HH:mm." on its own line; empty when
    // nobody is signed in.
    QString whoHadTheTable() const;
    // The settings dialog (F10), for a signed-in operator.
    void showSettings();
    // The staff list (F9), for a signed-in operator; the service refuses whoever may not.
    void showStaff();
    // The site dashboard (F4), for a signed-in operator: opened, or brought to the front.
    void showDashboard();
    // The call list of a recalled tube sampled here, over the dashboard (its "Contact
    // details…"): a wrong PIN that locks the operator locks the station.
    void showRecallContacts(const QString &tube, const QString &table);

Q_SIGNALS:
    // The station joined a hub from Settings, or enrolled at the province as its fallback, or
    // the fallback was removed there: its sync settings and tokens are new.
    void hubJoined();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSignedIn(const OperatorRef &op);
    // Whether `window` (the dashboard, the sync problems list), or a dialog of its own, is the
    // active window: the keyboard, and so a handheld scanner, types there, in front of the
    // table screen.
    static bool inFront(const QWidget *window);
    // Says a refused scan on the station's window in front of the table (the dashboard or the
    // sync problems list), where the eyes of whoever scanned are; false when the table is in
    // front. `why` empty: refused because that window is in front.
    bool refuseOnWindowInFront(const QString &why = {});
    // The table window takes the keyboard back (the dashboard was closed).
    void backToTable();
    // Shows the focus-lost warning while signed in and neither this window nor one of its
    // dialogs is the active window.
    void updateFocusLostWarning();
    void updateStatusBar();
    void setStatusTexts(int compactness);
    bool statusBarFits() const;
    void applyTubeCheckDigit(CheckDigitScheme scheme);
    void applyTableNumber(int number);
    // Sets the printer and label size from the settings; a wrong printer address is shown.
    void applyPrinterSettings();

    StationStore &m_store;
    TableWorkflow &m_table;
    StationSettings &m_settings;
    FeedbackSounds *m_sounds;
    std::unique_ptr<TableDialogs> m_dialogs;
    StaffService *m_staff = nullptr;
    RecallContact *m_recallContact = nullptr;
    // The staff list (F9), reloaded when the site's staff list changes through the sync.
    StaffListModel *m_staffList = nullptr;
    QPointer<SyncController> m_syncController;
    QStackedWidget *m_stack;
    LoginScreen *m_login;
    SamplingScreen *m_sampling;
    QDateTime m_signedInAt; // local time of the current sign-in
    QTimer *m_idle;
    QLabel *m_operatorLabel;
    ElidingLabel *m_stationLabel;
    ElidingLabel *m_keysHint;
    int m_statusCompactness = 0;
    QString m_scannerHeadline; // the scanner's first sentence ("No camera found.")
    QString m_scannerMessage;  // and its whole message (the tooltip)
    QLabel *m_syncLabel;
    QString m_dashboardDatabase;
    QPointer<dashboard::SiteAggregatesSource> m_siteSource;
    QPointer<dashboard::DashboardWindow> m_dashboard;
    ElidingLabel *m_scannerLabel;
    FocusLostWarning *m_focusLostWarning;
    SyncProblemsAlert *m_syncProblemsAlert;
    // The station database attachSync() was given: the sync problems are read there.
    Database *m_syncDatabase = nullptr;
    bool m_startedAfterUnexpectedStop = false;
    // Said once, at the first sign-in after such a start.
    bool m_recoveryToShow = false;
    // Settings' scanner test while the dialog is open.
    QPointer<ScannerTestField> m_scannerTest;
    // Settings' "Join a site hub" while the dialog is open: join codes scanned go there.
    QPointer<HubJoinPanel> m_hubJoin;
    QString m_dataDir;
    // What attachSync() added, replaced when it is called again (after a join).
    QPointer<QWidget> m_syncWidget;
    QPointer<SyncProblemsView> m_syncProblemsView;
};

} // namespace station
