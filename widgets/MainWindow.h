// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Pooling.h"
#include "core/domain/StationIdentity.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTimer;

namespace station {

class Database;
class FeedbackSounds;
class IdReveal;
class SyncController;
class LoginScreen;
class SamplingScreen;
class SamplingService;
class ScanRouter;
class StationSettings;
class StationStore;
struct ResidentCode;
namespace widgets {
class TablePrinting;
} // namespace widgets

// The station's one window: sign-in, then the table screen. Locks on demand (Ctrl+L) and
// after the configured idle minutes; every scanner source is connected to onScanned().
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(StationStore &store, SamplingService &service, StationSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the upload state in the status bar and offers "Sync now" and the site lead's
    // sync problems list (F7). Without a controller the station is not set up to upload.
    void attachSync(SyncController *controller, Database *db);
    // Labels and manifests from the table screen. The printer and label size follow the
    // settings, also after they are changed in the settings dialog (F10).
    void attachPrinting(widgets::TablePrinting *printing);
    // F4 opens the site lead's dashboard over this station's database.
    void setDashboardDatabase(const QString &databasePath);
    // Enables the audited full display of one ID number (Ctrl+I, and in today's list).
    void setIdReveal(IdReveal *reveal);

    LoginScreen *loginScreen() const { return m_login; }
    SamplingScreen *samplingScreen() const { return m_sampling; }
    ScanRouter *scanRouter() const { return m_router; }
    bool isLocked() const;
    int idleLockMilliseconds() const;

public Q_SLOTS:
    // The single input path of every scanner (scan::Scanner::scanned): HID wedge, serial,
    // camera, video file.
    void onScanned(const QString &text, station::EntryMethod method);
    // A camera's notice that took no scan (two different codes in view): on the banner, in
    // amber, for a signed-in operator.
    void showScanNotice(const QString &message);
    // A scanner's state for the status bar (unplugged, reconnecting...); empty hides it.
    void setScannerStatus(const QString &message, bool connected);
    void lock();
    // Locks now because the idle time is over.
    void lockForIdleness();
    // The settings dialog (F10), for a signed-in operator.
    void showSettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSignedIn(const OperatorRef &op);
    bool confirmRetest(const ResidentCode &resident);
    void updateStatusBar();
    // Sets the printer and label size from the settings; a wrong printer address is shown.
    void applyPrinterSettings();

    StationStore &m_store;
    SamplingService &m_service;
    StationSettings &m_settings;
    FeedbackSounds *m_sounds;
    ScanRouter *m_router;
    QStackedWidget *m_stack;
    LoginScreen *m_login;
    SamplingScreen *m_sampling;
    QTimer *m_idle;
    QLabel *m_operatorLabel;
    QLabel *m_stationLabel;
    QLabel *m_syncLabel;
    QString m_dashboardDatabase;
    widgets::TablePrinting *m_printing = nullptr;
    QLabel *m_scannerLabel;
};

} // namespace station
