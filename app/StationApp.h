// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/StationOptions.h"

#include <QString>

#include <memory>
#include <vector>

class QApplication;
class QTranslator;

namespace station {

class Database;
class DataFolderLock;
class LabelPrintLog;
class IdReveal;
class RecallContact;
class MainWindow;
class PersonalDataCodec;
class SamplingService;
class SiteFactsFeedThread;
class SiteFactsStore;
class StaffService;
class StationSettings;
class StationStore;
class SyncController;
struct SyncSettings;
class RetentionScheduler;
class TablePrinting;
class TableWorkflow;
namespace dashboard {
class SiteTablesSource;
} // namespace dashboard
namespace labels {
class PrintQueue;
} // namespace labels
namespace scan {
class Scanner;
} // namespace scan

// The composition root: opens the station's data directory (the command line was read
// before the QApplication existed) and builds every service once, then hands them to the
// window. Nothing else constructs them.
class StationApp {
public:
    StationApp(QApplication &app, const StationOptions &options);
    ~StationApp();
    StationApp(const StationApp &) = delete;
    StationApp &operator=(const StationApp &) = delete;

    // Returns the process exit code.
    int run();

private:
    void installTranslations(const QString &language);
    bool lockDataFolder();
    bool openStation();
    bool unlockPersonalData(const QString &knownPassphrase);
    void connectScanners();
    void startSync();
    void startSiteChecks(const SyncSettings &settings, const QString &token);
    void startRetention();
    void startPrinting();

    QApplication &m_app;
    bool m_dataDirGiven = false;
    QString m_dataDir;
    QString m_language;
    QString m_videoSource;
    QString m_screenshotPath;
    QString m_passphraseFile;
    // First of the owned objects, so destroyed last: held while anything uses the folder.
    std::unique_ptr<DataFolderLock> m_folderLock;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<StationSettings> m_settings;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<PersonalDataCodec> m_codec;
    std::unique_ptr<StationStore> m_store;
    std::unique_ptr<SamplingService> m_service;
    // The site's facts the table's rules read (before m_table: it outlives the table).
    std::unique_ptr<SiteFactsStore> m_siteFacts;
    std::unique_ptr<labels::PrintQueue> m_printQueue;
    std::unique_ptr<LabelPrintLog> m_printLog;
    std::unique_ptr<TablePrinting> m_printing;
    std::unique_ptr<TableWorkflow> m_table;
    std::unique_ptr<IdReveal> m_idReveal;
    std::unique_ptr<RecallContact> m_recallContact;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<dashboard::SiteTablesSource> m_siteSource; // the dashboard's site tables
    std::unique_ptr<SiteFactsFeedThread> m_siteFactsFeed;
    std::unique_ptr<RetentionScheduler> m_retention;
    std::vector<std::unique_ptr<scan::Scanner>> m_scanners;
};

} // namespace station
