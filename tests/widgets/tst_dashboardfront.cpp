// SPDX-License-Identifier: GPL-3.0-or-later
// The site dashboard (F4) is a window of its own in front of the table: a scan typed while it
// has the keyboard is refused there, in red, and at the table (never recorded unseen); the
// table's "focus lost" bar does not claim that the scan went nowhere; locking the station
// closes it; Esc and F4 go back to the table.
#include "core/storage/StationPaths.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/FocusLostWarning.h"
#include "widgets/ScanRefusedBar.h"
#include "widgets/dashboard/DashboardWindow.h"

#include <QPushButton>

using namespace station;
using namespace station::test;

namespace {

dashboard::DashboardWindow *openDashboard(TableDriver &t) {
    t.key(Qt::Key_F4);
    dashboard::DashboardWindow *dashboard = t.window.dashboardWindow();
    if (!dashboard)
        return nullptr;
    // The window manager gives a new window the keyboard; offscreen, the window asks for it.
    if (!QTest::qWaitForWindowActive(dashboard))
        return nullptr;
    return dashboard;
}

} // namespace

class TestDashboardFront : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scanWithTheDashboardInFrontIsRefusedThere();
    void escAndF4GoBackToTheTable();
    void lockingClosesTheDashboard();
};

void TestDashboardFront::scanWithTheDashboardInFrontIsRefusedThere() {
    TableDriver t;
    t.window.setDashboardDatabase(databasePath(t.f.dir.path()));
    t.signIn();
    t.scan(tubeCode(1));
    QVERIFY(t.f.service->openTubeSnapshot());

    dashboard::DashboardWindow *dashboard = openDashboard(t);
    QVERIFY(dashboard);
    QVERIFY(!dashboard->scanRefusal()->isVisible());
    t.scanInto(dashboard, residentScan(1));
    // Not recorded behind the dashboard...
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0);
    // ...said in red where the scan was made, and at the table.
    QVERIFY(dashboard->scanRefusal()->isVisible());
    QVERIFY2(dashboard->scanRefusal()->text().contains(QStringLiteral("NOT taken")),
             qPrintable(dashboard->scanRefusal()->text()));
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
    // The scan reached the station: the table does not say that the keyboard is elsewhere.
    QTest::qWait(50); // the focus bar is settled on a queued call
    QVERIFY(!t.window.focusLostWarning()->isVisible());

    // Clicking the red bar is the way back, and the same scan is then taken.
    QTest::mouseClick(dashboard->scanRefusal(), Qt::LeftButton);
    QTRY_VERIFY(!t.window.dashboardWindow());
    QVERIFY(QTest::qWaitForWindowActive(&t.window));
    QVERIFY(t.scanField()->hasFocus());
    t.scan(residentScan(1));
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Success);
    QTRY_VERIFY(!t.window.focusLostWarning()->isVisible());
}

void TestDashboardFront::escAndF4GoBackToTheTable() {
    TableDriver t;
    t.window.setDashboardDatabase(databasePath(t.f.dir.path()));
    t.signIn();
    for (const Qt::Key key : {Qt::Key_Escape, Qt::Key_F4}) {
        dashboard::DashboardWindow *dashboard = openDashboard(t);
        QVERIFY(dashboard);
        QWidget *focused = dashboard->focusWidget() ? dashboard->focusWidget() : dashboard;
        QTest::keyClick(focused, key);
        QTRY_VERIFY2(!t.window.dashboardWindow(), qPrintable(QKeySequence(key).toString()));
        QVERIFY(QTest::qWaitForWindowActive(&t.window));
        QVERIFY(t.scanField()->hasFocus());
    }
    // F4 again at the table brings the same window forward, not a second one.
    dashboard::DashboardWindow *first = openDashboard(t);
    QVERIFY(first);
    t.key(Qt::Key_F4);
    QCOMPARE(t.window.dashboardWindow(), first);
    int dashboards = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        dashboards += qobject_cast<dashboard::DashboardWindow *>(w) && w->isVisible() ? 1 : 0;
    QCOMPARE(dashboards, 1);
}

void TestDashboardFront::lockingClosesTheDashboard() {
    TableDriver t;
    t.window.setDashboardDatabase(databasePath(t.f.dir.path()));
    t.signIn();
    QVERIFY(openDashboard(t));
    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.window.isLocked());
    QTRY_VERIFY(!t.window.dashboardWindow());
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!(qobject_cast<dashboard::DashboardWindow *>(w) && w->isVisible()));
    // Locked: F4 shows nothing but the sign-in.
    t.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&t.window));
    QTest::keyClick(t.window.loginScreen()->staffIdField(), Qt::Key_F4);
    QCoreApplication::processEvents();
    QVERIFY(!t.window.dashboardWindow());

    // Locked for idleness as well.
    t.signIn();
    QVERIFY(openDashboard(t));
    t.window.lockForIdleness();
    QTRY_VERIFY(!t.window.dashboardWindow());

    // Locked while the shift report's file name is being chosen: the dialog goes with the
    // dashboard, and nothing is saved.
    t.signIn();
    dashboard::DashboardWindow *dashboard = openDashboard(t);
    QVERIFY(dashboard);
    auto *report = dashboard->findChild<QPushButton *>();
    QVERIFY(report);
    bool fileDialogShown = false;
    onNextDialog([&](QWidget *dialog) {
        fileDialogShown = dialog->inherits("QFileDialog");
        t.window.lockForIdleness();
    });
    report->click();
    QVERIFY(fileDialogShown);
    QTRY_VERIFY(!t.window.dashboardWindow());
    QVERIFY(t.window.isLocked());
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestDashboardFront)
#include "tst_dashboardfront.moc"
