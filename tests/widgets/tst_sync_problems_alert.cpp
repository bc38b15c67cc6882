// SPDX-License-Identifier: GPL-3.0-or-later
// A new sync problem shows a bar across the table window (a warning triangle and words, not
// colour alone: "2 new sync problems — press F7"), until the list is opened; a further
// problem brings it back, and what was seen stays seen when the window starts again. F7 on a
// station with no server says so, and how to join a hub; a scan made while the list is in
// front is refused there, in red, as on the dashboard (F4).
#include "tests/widgets/TableDriver.h"

#include "core/storage/StationPaths.h"
#include "core/sync/SiteNotes.h"
#include "core/sync/SyncController.h"
#include "core/sync/SyncSettings.h"
#include "widgets/sync/SyncProblemsAlert.h"
#include "widgets/sync/SyncProblemsView.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QTableView>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

SiteNote reusedTube(int n) {
    SiteNote note;
    note.uuid = QStringLiteral("note-%1").arg(n);
    note.kind = QStringLiteral("tube_code_reused");
    note.tube = QStringLiteral("GZ261125%1").arg(n, 4, 10, QLatin1Char('0'));
    note.otherTable = QStringLiteral("Table 5");
    note.reason = QStringLiteral("tube code used at another table");
    return note;
}

// The sync problems lists open now (each opening shows one).
QList<SyncProblemsView *> openLists() {
    QList<SyncProblemsView *> views;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *view = qobject_cast<SyncProblemsView *>(w); view && view->isVisible())
            views.append(view);
    }
    return views;
}

// The list is a window of the table window's (its transient child): qWaitForWindowActive()
// counts it active as soon as the table window is, so wait until it has the keyboard itself.
void waitUntilInFront(QWidget *view) {
    QTRY_COMPARE(QApplication::activeWindow(), view);
}

} // namespace

class tst_SyncProblemsAlert : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // F7 on a station that uploads nowhere: the window opens and says that there is no server,
    // so nothing is synced, and where a hub is joined; Esc goes back to the table.
    void withoutAServerF7SaysSo() {
        TableDriver t; // no attachSync(): no server, no device token
        t.signIn();
        t.key(Qt::Key_F7);
        QTRY_COMPARE(openLists().size(), 1);
        SyncProblemsView *view = openLists().constFirst();
        const QString said = view->summary();
        for (const QString &words :
             {QStringLiteral("No server"), QStringLiteral("nothing is synced"),
              QStringLiteral("Settings (F10)"), QStringLiteral("Join a site hub")})
            QVERIFY2(said.contains(words), qPrintable(said));
        QVERIFY(!view->table()->isVisible()); // no empty list under it
        // With a refusal over the words, the bar is as high as its words (seen in the window:
        // the spare room of the list went to the bar).
        view->showRefusedScan();
        view->layout()->activate();
        auto *bar = view->findChild<QLabel *>(QStringLiteral("scanRefusedBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY2(bar->height() <= bar->heightForWidth(bar->width()) + 1,
                 qPrintable(QStringLiteral("%1 px high for %2 px of words")
                                .arg(bar->height())
                                .arg(bar->heightForWidth(bar->width()))));
        QVERIFY(t.table.isPaused());
        waitUntilInFront(view);
        // F7 again brings the same window forward, not a second one.
        t.window.showSyncProblems();
        QCOMPARE(openLists().size(), 1);
        QTest::keyClick(view->focusWidget() ? view->focusWidget() : view, Qt::Key_Escape);
        QTRY_VERIFY(openLists().isEmpty());
        QTRY_VERIFY(!t.table.isPaused());
        QVERIFY(QTest::qWaitForWindowActive(&t.window));
        QVERIFY(t.scanField()->hasFocus());
    }

    // A scan while the list is the active window: not recorded behind it, and said in red on
    // the list itself (where the eyes are) with the way back, as well as at the table.
    void scanWithTheListInFrontIsRefusedThere() {
        TableDriver t;
        SyncSettings sync;
        sync.serverUrl = QUrl(QStringLiteral("https://hub.example:8443"));
        SyncController controller(databasePath(t.f.dir.path()), sync, QStringLiteral("token"));
        t.window.attachSync(&controller, &t.f.db);
        t.signIn();
        t.scan(tubeCode(1));
        QVERIFY(t.f.service->openTubeSnapshot());
        t.key(Qt::Key_F7);
        QTRY_COMPARE(openLists().size(), 1);
        SyncProblemsView *view = openLists().constFirst();
        waitUntilInFront(view);
        auto *bar = view->findChild<QLabel *>(QStringLiteral("scanRefusedBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        t.scanInto(view, residentScan(1));
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("NOT taken")) &&
                     bar->text().contains(QStringLiteral("Esc or F7")),
                 qPrintable(bar->text()));
        QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
        // F7 is the way back, and the same scan is then taken.
        QTest::keyClick(view->focusWidget() ? view->focusWidget() : view, Qt::Key_F7);
        QTRY_VERIFY(openLists().isEmpty());
        QVERIFY(QTest::qWaitForWindowActive(&t.window));
        QVERIFY(t.scanField()->hasFocus());
        t.scan(residentScan(1));
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
        QCOMPARE(t.banner()->look(), StatusBanner::Look::Success);

        // Clicking the bar goes back too.
        t.key(Qt::Key_F7);
        QTRY_COMPARE(openLists().size(), 1);
        view = openLists().constFirst();
        waitUntilInFront(view);
        t.scanInto(view, residentScan(2));
        bar = view->findChild<QLabel *>(QStringLiteral("scanRefusedBar"));
        QVERIFY(bar && bar->isVisible());
        QTest::mouseClick(bar, Qt::LeftButton);
        QTRY_VERIFY(openLists().isEmpty());
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
        t.window.recordCleanShutdown();
    }

    void newProblemsShowUntilTheListIsOpened() {
        StationFixture f;
        auto settings = quietSettings(f.dir.path());
        TableWorkflow table(*f.service);
        SyncSettings sync;
        sync.serverUrl = QUrl(QStringLiteral("https://hub.example:8443"));
        SyncController controller(databasePath(f.dir.path()), sync, QStringLiteral("token"));
        const QDateTime now = f.clock()();
        {
            MainWindow window(*f.store, table, *settings);
            window.show();
            window.attachSync(&controller, &f.db);
            SyncProblemsAlert *alert = window.syncProblemsAlert();
            QVERIFY(!alert->isVisible()); // nothing yet

            QVERIFY(!saveSiteNotes(f.db, {reusedTube(1), reusedTube(2)}, now).isValid());
            window.refreshSyncProblems();
            QVERIFY(alert->isVisible());
            QCOMPARE(alert->newProblems(), 2);
            QVERIFY2(alert->text().startsWith(QStringLiteral("2 new sync problem")) &&
                         alert->text().contains(QStringLiteral("press F7")),
                     qPrintable(alert->text()));
            QVERIFY(!alert->icon().isNull());            // a shape, not only the amber
            QCOMPARE(alert->focusPolicy(), Qt::NoFocus); // the scan field keeps the keyboard
            // Counting again changes nothing until something new comes.
            window.refreshSyncProblems();
            QCOMPARE(alert->newProblems(), 2);

            // Opened (here by clicking the bar, as F7 does): the list shows both, the bar goes.
            QTest::mouseClick(alert, Qt::LeftButton);
            QTRY_COMPARE(openLists().size(), 1);
            QCOMPARE(openLists().first()->table()->model()->rowCount(), 2);
            // A window over the table: scans are refused while it is open (not recorded unseen
            // behind it), and taken again once it is closed.
            QVERIFY(table.isPaused());
            QVERIFY(!alert->isVisible());
            window.refreshSyncProblems();
            QVERIFY(!alert->isVisible());

            // A third: the bar comes back for that one only.
            QVERIFY(!saveSiteNotes(f.db, {reusedTube(3)}, now).isValid());
            window.refreshSyncProblems();
            QVERIFY(alert->isVisible());
            QVERIFY2(alert->text().startsWith(QStringLiteral("1 new sync problem")),
                     qPrintable(alert->text()));
            qDeleteAll(openLists());
            QVERIFY(!table.isPaused());
        }
        // The window starts again: what was seen stays seen, the unseen one is still new.
        MainWindow again(*f.store, table, *settings);
        again.show();
        again.attachSync(&controller, &f.db);
        QVERIFY(again.syncProblemsAlert()->isVisible());
        QCOMPARE(again.syncProblemsAlert()->newProblems(), 1);
        again.showSyncProblems(); // F7
        QVERIFY(!again.syncProblemsAlert()->isVisible());
        QCOMPARE(settings->syncProblemsSeen(), 3);
        qDeleteAll(openLists());
        again.recordCleanShutdown();
    }
};

QTEST_MAIN(tst_SyncProblemsAlert)
#include "tst_sync_problems_alert.moc"
