// SPDX-License-Identifier: GPL-3.0-or-later
// The table window when the site says that another table used the open tube's code too (a
// tube_code_reused note, kept by a sync pass or the site's facts): said at once, in red with
// a sign and words, on the banner and on the tube (not only at the next scan); the next scan
// is refused the same way; Ctrl+E offers the reason naming the other table first; the sealed
// tube's reminder says to mark it; a note heard while the station is locked is said at the
// next sign-in, one heard while the dashboard is in front is said there too.
#include "tests/widgets/TableDriver.h"

#include "core/sync/SiteNotes.h"
#include "widgets/ReasonDialog.h"
#include "widgets/ScanRefusedBar.h"
#include "widgets/dashboard/DashboardWindow.h"

#include <QListWidget>
#include <QScopeGuard>

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

namespace {

// What the site hub tells this station after its sync: table 2 used tube `tube` too.
void noteCodeUsedAtTable2(StationFixture &f, const QString &tube) {
    const Result<TubeSnapshot> t = f.service->tube(tube);
    QVERIFY(t.ok());
    SiteNote note;
    note.uuid = t->uuid;
    note.kind = QStringLiteral("tube_code_reused");
    note.tube = tube;
    note.otherStation = QStringLiteral("gz-th-0001-t02");
    note.otherTable = QStringLiteral("Table 2");
    note.reason = QStringLiteral("tube code already used at Table 2");
    QVERIFY(!saveSiteNotes(f.db, {note}, f.clock()()).isValid());
}

} // namespace

class TestSharedTubeScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theNoteIsShownWhenItArrivesAndAtTheNextScan();
    void ctrlEOffersTheReasonFirstAndTheSealedTubeIsMarked();
    void aNoteHeardWhileLockedIsSaidAtSignIn();
    void theDashboardInFrontSaysItToo();
};

void TestSharedTubeScreen::theNoteIsShownWhenItArrivesAndAtTheNextScan() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));
    SamplingScreen *screen = t.window.samplingScreen();
    QCOMPARE(screen->tubePanelNote(), QString());

    // The sync pass kept the note; the window refreshes its sync problems after it.
    noteCodeUsedAtTable2(t.f, tubeCode(1));
    t.window.refreshSyncProblems();
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("also used at Table 2")),
             qPrintable(t.banner()->text()));
    QVERIFY2(t.banner()->text().contains(QStringLiteral("its 3 people stay in it")),
             qPrintable(t.banner()->text()));
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Ctrl+E")), qPrintable(t.banner()->text()));
    // On the tube, by a sign and words as well as the red.
    QVERIFY(screen->isRefusalShown());
    QCOMPARE(screen->tubePanelNote(),
             QStringLiteral("✕ Code also used at Table 2: nobody more goes in. Seal it: Ctrl+E"));
    // Said once, not at every sync pass.
    screen->showIdle();
    t.window.refreshSyncProblems();
    QCOMPARE(screen->tubePanelNote(),
             QStringLiteral("✕ Code also used at Table 2: nobody more goes in. Seal it: Ctrl+E"));

    // The next person is refused, the tube stays at 3.
    t.scan(residentScan(4));
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("no one more goes into it")),
             qPrintable(t.banner()->text()));
    QCOMPARE(screen->countText(), QStringLiteral("3 / 10"));
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("Table 2")),
             qPrintable(screen->tubePanelNote()));
    QVERIFY(!t.banner()->text().contains(resident(4).name));
}

void TestSharedTubeScreen::ctrlEOffersTheReasonFirstAndTheSealedTubeIsMarked() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.scan(residentScan(2));
    noteCodeUsedAtTable2(t.f, tubeCode(1));
    t.window.refreshSyncProblems();
    QStringList offered;
    QString question;
    bool stillOpen = true;
    onNextDialog(
        [&](QWidget *dialog) {
            auto *reason = qobject_cast<ReasonDialog *>(dialog);
            QVERIFY(reason);
            const auto closeAnyway = qScopeGuard([reason] {
                if (reason->isVisible())
                    reason->reject();
            });
            QVERIFY(QTest::qWaitFor([reason] { return reason->isActiveWindow(); }));
            for (auto *label : reason->findChildren<QLabel *>())
                question += label->text() + QLatin1Char('\n');
            QListWidget *list = reason->choiceList();
            QVERIFY(list);
            for (int i = 0; i < list->count(); ++i)
                offered << list->item(i)->data(Qt::UserRole).toString();
            QTRY_VERIFY(list->hasFocus());
            // The reason that fits is picked already: Enter alone seals (a tester had to
            // press 1 after 'A reason is required').
            QCOMPARE(list->currentRow(), 0);
            QVERIFY(list->currentItem()->isSelected());
            QTest::keyClick(list, Qt::Key_Return);
            stillOpen = reason->isVisible();
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("reasonQuestion"); });
    t.key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!stillOpen);
    QCOMPARE(offered.value(0), QStringLiteral("Its code was also used at Table 2"));
    QVERIFY2(question.contains(QStringLiteral("Table 2")), qPrintable(question));
    const Result<TubeSnapshot> sealed = t.f.service->tube(tubeCode(1));
    QCOMPARE(sealed->state, TubeState::Sealed);
    QCOMPARE(sealed->count(), 2);
    QCOMPARE(sealed->sealReason, QStringLiteral("Its code was also used at Table 2"));
    // Not a calm green: the tube must be marked and kept apart.
    QCOMPARE(t.banner()->look(), Look::Attention);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Mark it for the site lead")),
             qPrintable(t.banner()->text()));
    SamplingScreen *screen = t.window.samplingScreen();
    QVERIFY(!screen->isRefusalShown());
    QCOMPARE(screen->tubePanelNote(),
             QStringLiteral("⚠ Put the label on, and mark it for the site lead: code also used "
                            "at Table 2"));
    // The next tube is as any other.
    t.scan(tubeCode(2));
    t.scan(residentScan(3));
    QCOMPARE(t.banner()->look(), Look::Success);
    QCOMPARE(screen->tubePanelNote(), QString());
}

// Heard while the station was locked: said to whoever signs in next.
void TestSharedTubeScreen::aNoteHeardWhileLockedIsSaidAtSignIn() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.window.loginScreen()->isVisible());
    noteCodeUsedAtTable2(t.f, tubeCode(1));
    t.window.refreshSyncProblems();
    t.signIn();
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("also used at Table 2")),
             qPrintable(t.banner()->text()));
    QVERIFY2(t.window.samplingScreen()->tubePanelNote().contains(QStringLiteral("Table 2")),
             qPrintable(t.window.samplingScreen()->tubePanelNote()));
}

// Heard while the lead's dashboard is in front of the table: said there too, in red over the
// figures, with the way back to the table (where Ctrl+E seals the tube).
void TestSharedTubeScreen::theDashboardInFrontSaysItToo() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.window.setDashboardDatabase(databasePath(t.f.dir.path()));
    t.key(Qt::Key_F4);
    dashboard::DashboardWindow *board = t.window.dashboardWindow();
    QVERIFY(board);
    QVERIFY(QTest::qWaitForWindowActive(board));
    QVERIFY(!board->scanRefusal()->isVisible());
    noteCodeUsedAtTable2(t.f, tubeCode(1));
    t.window.refreshSyncProblems();
    QVERIFY(board->scanRefusal()->isVisible());
    const QString said = board->scanRefusal()->text();
    QVERIFY2(said.contains(QStringLiteral("also used at Table 2")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("go back to the table.")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("scan again")), qPrintable(said));
    // The table says it behind it, for when the lead goes back.
    QCOMPARE(t.banner()->look(), Look::Refusal);
    board->close();
}

QTEST_MAIN(TestSharedTubeScreen)
#include "tst_sharedtubescreen.moc"
