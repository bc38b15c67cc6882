// SPDX-License-Identifier: GPL-3.0-or-later
// The table window's status bar on the laptop screens sites have, in Chinese and English:
// every item whole, none elided. A tester saw, at 1280 px, "未找到…", "天河体育中心 · 第 1 号采…",
// "No camera fou…" and "Dashboard: F4 · Staff: F9 · Set…" (review 37). Where the long texts do
// not fit, the window shows shorter ones (no "Operator:", the short key hint, the table without
// the site's name); the camera's headline stays whole. tst_screenfit judges the rest of the
// window; its labels that elide by design ("elidesText") are judged here.
#include "tests/widgets/LaptopScreens.h"
#include "tests/widgets/RowLanguage.h"
#include "tests/widgets/TableDriver.h"

#include "core/sync/SyncController.h"
#include "widgets/Theme.h"
#include "widgets/sync/SyncStatusWidget.h"

#include <QDir>
#include <QStatusBar>

using namespace station;
using namespace station::test;

class TestStatusBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void itemsAreWhole_data();
    void itemsAreWhole();

private:
    RowLanguage m_language;
};

void TestStatusBar::init() {
    QVERIFY(m_language.install());
}

void TestStatusBar::cleanup() {
    m_language.remove();
}

void TestStatusBar::itemsAreWhole_data() {
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("offline");
    // At 100 %; at 125 % (1093 and 1024 pixels of room) the short texts do not all fit.
    for (const LaptopScreen &s : kScreens) {
        if (s.logicalDpi != 96)
            continue;
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QTest::addRow("%s %s", qPrintable(language), s.name)
                << QString::fromLatin1(s.name) << false;
            // Review 37: the hub does not answer, records wait (the longest sync line).
            QTest::addRow("%s %s offline", qPrintable(language), s.name)
                << QString::fromLatin1(s.name) << true;
        }
    }
}

// The visible labels of the status bar (the sync status's too) whose text is drawn shorter
// than it is.
static QStringList elided(const QStatusBar *bar) {
    QStringList found;
    for (const QLabel *label : bar->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(bar->window()) || label->text().isEmpty())
            continue;
        const int room = label->contentsRect().width();
        // As ElidingLabel draws it; a pixel for fractional advances.
        if (label->fontMetrics().elidedText(label->text(), Qt::ElideRight, room + 1) !=
            label->text())
            found << QStringLiteral("%1 \"%2\" in %3 px")
                         .arg(label->objectName(), label->text())
                         .arg(room);
    }
    return found;
}

void TestStatusBar::itemsAreWhole() {
    QFETCH(QString, screen);
    QFETCH(bool, offline);
    StationFixture f;
    auto settings = quietSettings(f.dir.path());
    TableWorkflow table(*f.service);
    MainWindow window(*f.store, table, *settings);
    // Uploads on, as at a site with a hub: its status takes its room at the right.
    SyncSettings sync;
    sync.serverUrl = QUrl(QStringLiteral("https://hub.example:8443"));
    SyncController controller(databasePath(f.dir.path()), sync, QStringLiteral("token"));
    window.attachSync(&controller, &f.db);
    window.setScreen(laptopScreen(screen));
    window.move(laptopScreen(screen)->availableGeometry().topLeft());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    signInWith(window);
    QVERIFY(!window.isLocked());
    // No camera plugged in: the camera's own words, as its scanner says them.
    const QString noCamera = QCoreApplication::translate(
        "station::scan::CameraScanner", "No camera found. Plug in a USB camera; scanning starts by "
                                        "itself when it appears.");
    auto *syncWidget = window.findChild<SyncStatusWidget *>();
    QVERIFY(syncWidget);
    if (offline) {
        SyncStatus status;
        status.connection = SyncStatus::Connection::Offline;
        status.problem = SyncStatus::Problem::Network;
        status.pending = 2;
        status.oldestPending = QDateTime::currentDateTimeUtc().addSecs(-300);
        status.lastError = QStringLiteral("The server at https://hub.example:8443 does not "
                                          "answer: Connection refused");
        syncWidget->setStatus(status);
    }
    window.setScannerStatus(noCamera, false); // the status bar is laid out again
    QApplication::processEvents();
    QStatusBar *bar = window.statusBar();
    const QStringList cut = elided(bar);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    // What stays whatever the width: who is signed in, the camera's headline, the table, and
    // the keys of the dashboard, staff and settings.
    const auto text = [&window](const char *name) {
        const auto *label = window.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    };
    QVERIFY2(text("operatorStatus").contains(table.currentOperator().name),
             qPrintable(text("operatorStatus")));
    QVERIFY2(!text("scannerStatus").isEmpty() && noCamera.startsWith(text("scannerStatus")),
             qPrintable(text("scannerStatus")));
    QVERIFY2(text("stationStatus").contains(QString::number(f.store->identity()->tableNumber)),
             qPrintable(text("stationStatus")));
    for (const char *key : {"F4", "F9", "F10"})
        QVERIFY2(text("keysStatus").contains(QLatin1String(key)), qPrintable(text("keysStatus")));
    if (offline) {
        // Offline and how many wait stay; why is in the tooltip when the words are short.
        const QString line = syncWidget->text();
        QVERIFY2(line.startsWith(QCoreApplication::translate("SyncStatus", "Offline")),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1Char('2')), qPrintable(line));
        const QString reason =
            QCoreApplication::translate("SyncStatus", "Offline: the server does not answer");
        QVERIFY2(line.contains(reason) || syncWidget->toolTip().contains(reason),
                 qPrintable(syncWidget->toolTip()));
        QVERIFY(syncWidget->toolTip().contains(QLatin1String("Connection refused")));
    }
    qInfo().noquote() << "status bar at compactness" << window.statusCompactness() << ":"
                      << text("operatorStatus") << "|" << text("scannerStatus") << "|"
                      << text("stationStatus") << "|" << text("keysStatus") << "|"
                      << syncWidget->text();
    window.recordCleanShutdown();
}

int main(int argc, char **argv) {
    QTemporaryFile screens(QDir::tempPath() + QStringLiteral("/station-screens-XXXXXX.json"));
    useLaptopScreens(screens);
    QApplication app(argc, argv);
    theme::apply(app);
    TestStatusBar test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statusbar.moc"
