// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/widgets/TableDriver.h"

#include "tests/models/RecallFact.h"
#include "widgets/ManualEntryDialog.h"
#include "widgets/ReasonDialog.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>

#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

class TestSamplingScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullShiftOfTwentyFivePeople();
    void refusalsShowRedBannerAndChangeNothing_data();
    void refusalsShowRedBannerAndChangeNothing();
    void sameDayRetestIsConfirmed_data();
    void sameDayRetestIsConfirmed();
    void removeSelectedWithUpDownAndDel();
    void voidedTubeShowsNoCountAndTheNextStep();
    void poolSizeChangesOnlyBeforeTheFirstPerson();
    void manualEntryIsMarkedManual();
    void lockRefusesScansUntilSignIn();
    void idleSuccessAndRefusalDifferAtAGlance();
    void refusalIsReplacedByNewerNews();
    void anotherOperatorStartsWithACleanBanner();
    void recalledPersonIsSaidLoudlyNotRefused();
    void unknownScanSaysWhatKindNotWhat_data();
    void unknownScanSaysWhatKindNotWhat();
    void scanDuringAQuestionIsRefusedAndNotHiddenByTheAnswer();
    void scannedTubeCodeAnswersTheVoidQuestion();
    void sealedTubeStaysUntilTheNextTube_data();
    void sealedTubeStaysUntilTheNextTube();
    void restartAfterUnexpectedStopShowsTheOpenTube();
};

void TestSamplingScreen::fullShiftOfTwentyFivePeople() {
    TableDriver t;
    t.signIn();
    QVERIFY(t.window.samplingScreen()->isVisible());
    QVERIFY(t.scanField()->hasFocus());

    int person = 0;
    for (int tube = 1; tube <= 3; ++tube) {
        t.scan(tubeCode(tube));
        QCOMPARE(t.banner()->look(), Look::Success);
        QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("0 / 10"));
        const int inThisTube = tube < 3 ? 10 : 5;
        for (int k = 1; k <= inThisTube; ++k) {
            t.scan(residentScan(++person));
            if (k < 10) {
                QCOMPARE(t.banner()->look(), Look::Success);
                QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("%1 / 10").arg(k));
            }
        }
        if (tube < 3) {
            // Full: sealed by itself, amber banner asking for the next tube.
            QCOMPARE(t.banner()->look(), Look::Attention);
            QVERIFY2(t.banner()->text().contains(QStringLiteral("next tube")),
                     qPrintable(t.banner()->text()));
            QVERIFY(!t.f.service->openTubeSnapshot());
        }
    }
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("5 / 10"));
    QCOMPARE(t.window.samplingScreen()->membersView()->model()->rowCount(), 5);

    QString question;
    answerNextQuestion(QStringLiteral("end of queue"), &question);
    t.key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(question.contains(QStringLiteral("5 of 10")), qPrintable(question));
    QCOMPARE(t.banner()->look(), Look::Success);

    for (int tube = 1; tube <= 3; ++tube) {
        const Result<TubeSnapshot> snap = t.f.service->tube(tubeCode(tube));
        QVERIFY(snap.ok());
        QCOMPARE(snap->state, TubeState::Sealed);
        QCOMPARE(snap->count(), tube < 3 ? 10 : 5);
        QCOMPARE(snap->sealReason.isEmpty(), tube < 3);
        for (const TubeMember &m : snap->members)
            QCOMPARE(m.entryMethod, EntryMethod::Scanner);
    }
    QCOMPARE(t.f.service->tube(tubeCode(3))->sealReason, QStringLiteral("end of queue"));
    const QList<SampleListEntry> all = t.f.service->todaysSamples();
    QCOMPARE(all.size(), 25);
    for (const SampleListEntry &e : all) {
        QCOMPARE(e.operatorStaffId, kStaffId);
        QCOMPARE(e.state, QStringLiteral("active"));
    }
}

enum Setup { NoTube, OpenTubeWithOne, AfterSealedTube };

void TestSamplingScreen::refusalsShowRedBannerAndChangeNothing_data() {
    QTest::addColumn<int>("setup");
    QTest::addColumn<QString>("scan");

    ResidentCode expired = resident(50);
    expired.validUntil = QDate(2026, 6, 1);
    QString badCheck = residentScan(51);
    const QString goodId = resident(51).idNumber;
    QString wrongId = goodId;
    wrongId[17] = goodId.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    badCheck.replace(goodId, wrongId);

    QTest::newRow("resident with no open tube") << int(NoTube) << residentScan(1);
    QTest::newRow("tube while one is open and not empty") << int(OpenTubeWithOne) << tubeCode(2);
    QTest::newRow("used tube code") << int(AfterSealedTube) << tubeCode(1);
    QTest::newRow("person already in this tube") << int(OpenTubeWithOne) << residentScan(1);
    QTest::newRow("expired code") << int(OpenTubeWithOne) << residentScan(expired);
    QTest::newRow("invalid ID number") << int(OpenTubeWithOne) << badCheck;
    QTest::newRow("unknown scan") << int(OpenTubeWithOne) << QStringLiteral("HELLO WORLD");
}

void TestSamplingScreen::refusalsShowRedBannerAndChangeNothing() {
    QFETCH(int, setup);
    QFETCH(QString, scan);
    TableDriver t;
    t.signIn();
    if (setup != NoTube) {
        t.scan(tubeCode(1));
        t.scan(residentScan(1));
    }
    if (setup == AfterSealedTube) {
        answerNextQuestion(QStringLiteral("end of shift"));
        t.key(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!t.f.service->openTubeSnapshot());
    }
    const QString countBefore = t.window.samplingScreen()->countText();
    const int samplesBefore = static_cast<int>(t.f.service->todaysSamples().size());

    t.scan(scan);
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY(!t.banner()->text().isEmpty());
    QCOMPARE(t.window.samplingScreen()->countText(), countBefore);
    QCOMPARE(t.f.service->todaysSamples().size(), samplesBefore);
    QVERIFY(t.scanField()->text().isEmpty());
}

void TestSamplingScreen::sameDayRetestIsConfirmed_data() {
    QTest::addColumn<bool>("confirm");
    QTest::newRow("yes") << true;
    QTest::newRow("no") << false;
}

void TestSamplingScreen::sameDayRetestIsConfirmed() {
    QFETCH(bool, confirm);
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(resident(1, QStringLiteral("陈秀英"))));
    answerNextQuestion(QStringLiteral("end of queue"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    t.scan(tubeCode(2));

    QString asked;
    onNextDialog([confirm, &asked](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        asked = box->text();
        auto *button = box->findChild<QPushButton *>(confirm ? QStringLiteral("retestYes")
                                                             : QStringLiteral("retestNo"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
    t.scan(residentScan(resident(1, QStringLiteral("陈秀英"))));
    QVERIFY2(asked.contains(QStringLiteral("陈秀英")), qPrintable(asked));
    const auto tube = t.f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->count(), confirm ? 1 : 0);
    QCOMPARE(t.banner()->look(), confirm ? Look::Success : Look::Attention);
    if (confirm)
        QVERIFY(tube->members.first().retestConfirmed);
}

void TestSamplingScreen::removeSelectedWithUpDownAndDel() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 4; ++i)
        t.scan(residentScan(i));
    // Nothing selected yet: refused.
    t.key(Qt::Key_Delete);
    QCOMPARE(t.banner()->look(), Look::Refusal);
    t.key(Qt::Key_Down);
    t.key(Qt::Key_Down);
    QCOMPARE(t.window.samplingScreen()->membersView()->currentIndex().row(), 1);
    QString question;
    answerNextQuestion(QStringLiteral("swab dropped"), &question);
    t.key(Qt::Key_Delete);
    QVERIFY2(question.contains(resident(2).name), qPrintable(question));
    const auto tube = t.f.service->openTubeSnapshot();
    QCOMPARE(tube->count(), 3);
    for (const TubeMember &m : tube->members)
        QVERIFY(m.name != resident(2).name);
}

// After voiding, the banner and the tube panel say what is true now: the tube is voided (no
// "0 / 5" beside it, as if a tube were open) and the next step is a new tube.
void TestSamplingScreen::voidedTubeShowsNoCountAndTheNextStep() {
    TableDriver t;
    t.signIn();
    SamplingScreen *screen = t.window.samplingScreen();
    const auto voidOpenTube = [&t] {
        answerNextQuestion(QStringLiteral("tube dropped"));
        // The list of people to call back, when there are any.
        onNextDialog(
            [](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Return); },
            [](QWidget *dialog) { return dialog->objectName() == QLatin1String("resampleList"); });
        t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    };
    // A tube with three people, and an empty one.
    for (const int people : {3, 0}) {
        const QString code = tubeCode(people + 1);
        t.scan(code);
        for (int i = 1; i <= people; ++i)
            t.scan(residentScan(10 * people + i));
        QCOMPARE(t.banner()->countText(), QStringLiteral("%1 / 10").arg(people));
        voidOpenTube();
        QCOMPARE(t.f.service->tube(code)->state, TubeState::Voided);
        QCOMPARE(t.banner()->look(), Look::Attention);
        QVERIFY2(t.banner()->text().contains(QStringLiteral("voided")),
                 qPrintable(t.banner()->text()));
        QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan a new tube code")),
                 qPrintable(t.banner()->text()));
        QVERIFY2(t.banner()->countText().isEmpty(), qPrintable(t.banner()->countText()));
        QCOMPARE(screen->tubeCodeText(), QStringLiteral("No open tube"));
        QCOMPARE(screen->countText(), QStringLiteral("–"));
    }
    // A sealed tube voided by its code: no count either.
    t.scan(tubeCode(5));
    for (int i = 1; i <= 10; ++i)
        t.scan(residentScan(50 + i));
    QCOMPARE(screen->tubePanelNote(), QStringLiteral("Put the label on this tube"));
    QVERIFY(!t.f.service->openTubeSnapshot());
    onNextDialog(
        [](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            typeText(edit, tubeCode(5));
            QTest::keyClick(edit, Qt::Key_Return);
            answerNextQuestion(QStringLiteral("label smudged"));
            onNextDialog(
                [](QWidget *list) { QTest::keyClick(list, Qt::Key_Return); },
                [](QWidget *list) { return list->objectName() == QLatin1String("resampleList"); });
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("tubeCodeQuestion"); });
    t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(t.f.service->tube(tubeCode(5))->state, TubeState::Voided);
    QVERIFY2(t.banner()->countText().isEmpty(), qPrintable(t.banner()->countText()));
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan a new tube code")),
             qPrintable(t.banner()->text()));
    QCOMPARE(screen->tubeCodeText(), QStringLiteral("No open tube"));
    QVERIFY(screen->tubePanelNote().isEmpty());
}

void TestSamplingScreen::poolSizeChangesOnlyBeforeTheFirstPerson() {
    TableDriver t;
    t.signIn();
    QComboBox *pool = t.window.samplingScreen()->poolSizeField();
    QVERIFY(!pool->isEnabled());
    t.scan(tubeCode(1));
    QVERIFY(pool->isEnabled());
    pool->setFocus();
    QTest::keyClick(pool, Qt::Key_Up); // 10 -> 5
    QCOMPARE(t.f.service->openTubeSnapshot()->poolSize, 5);
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("0 / 5"));
    t.scan(residentScan(1));
    QVERIFY(!pool->isEnabled());
    for (int i = 2; i <= 5; ++i)
        t.scan(residentScan(i));
    QCOMPARE(t.f.service->tube(tubeCode(1))->state, TubeState::Sealed);
    QCOMPARE(t.f.service->tube(tubeCode(1))->count(), 5);
}

void TestSamplingScreen::manualEntryIsMarkedManual() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    bool wasRefusedFirst = false;
    onNextDialog([&wasRefusedFirst](QWidget *w) {
        auto *dialog = qobject_cast<ManualEntryDialog *>(w);
        QVERIFY(dialog);
        typeText(dialog->nameField(), QStringLiteral("王建国"));
        QTest::keyClick(dialog->nameField(), Qt::Key_Tab);
        // Type 01 is first; a wrong check digit is refused while typing.
        QString number = residentCardNumber(77);
        QString wrong = number;
        wrong[17] = number.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        typeText(dialog->numberField(), wrong);
        wasRefusedFirst = !dialog->problemText().isEmpty();
        dialog->numberField()->clear();
        typeText(dialog->numberField(), number);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        QTest::keyClick(dialog->numberField(), Qt::Key_Return);
    });
    t.key(Qt::Key_F2);
    QVERIFY(wasRefusedFirst);
    const auto tube = t.f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->count(), 1);
    QCOMPARE(tube->members.first().entryMethod, EntryMethod::Manual);
    QCOMPARE(tube->members.first().name, QStringLiteral("王建国"));
    QCOMPARE(t.banner()->look(), Look::Success);
}

void TestSamplingScreen::lockRefusesScansUntilSignIn() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.window.isLocked());
    QVERIFY(t.window.loginScreen()->isVisible());
    QVERIFY(!t.f.service->currentOperator().isValid());
    // A scanner source keeps sending: nothing is recorded while locked.
    t.window.onScanned(residentScan(1), EntryMethod::Scanner);
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0);
    QVERIFY(!t.window.loginScreen()->message().isEmpty());
    t.signIn();
    QVERIFY(!t.window.isLocked());
    t.window.onScanned(residentScan(1), EntryMethod::Scanner);
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
    // Idle time also locks.
    t.window.lockForIdleness();
    QVERIFY(t.window.isLocked());
    QVERIFY(t.window.loginScreen()->message().contains(
        QString::number(StationSettings::kDefaultIdleLockMinutes)));
}

namespace {

// The banner's ground, inside its border.
QColor bannerGround(StatusBanner *banner) {
    return banner->grab().toImage().pixelColor(banner->width() / 2, 6);
}

} // namespace

void TestSamplingScreen::idleSuccessAndRefusalDifferAtAGlance() {
    TableDriver t;
    t.signIn();
    // Waiting: calm, white, and it says what to do.
    QCOMPARE(t.banner()->look(), Look::Neutral);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan a tube code")),
             qPrintable(t.banner()->text()));
    const QColor idle = bannerGround(t.banner());
    QVERIFY2(idle.lightness() > 230, qPrintable(idle.name()));
    const QString idleHeadline = t.banner()->headline();

    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    QCOMPARE(t.banner()->look(), Look::Success);
    QCOMPARE(t.banner()->countText(), QStringLiteral("1 / 10"));
    QVERIFY(t.banner()->headline().contains(QStringLiteral("✓")));
    QVERIFY(t.banner()->headline() != idleHeadline);
    const QColor success = bannerGround(t.banner());
    QVERIFY2(success.green() > success.red() + 40 && success.lightness() < 140,
             qPrintable(success.name()));

    t.scan(QStringLiteral("HELLO WORLD"));
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY(t.banner()->headline().contains(QStringLiteral("✕")));
    QVERIFY(t.banner()->countText().isEmpty());
    const QColor refusal = bannerGround(t.banner());
    QVERIFY2(refusal.red() > refusal.green() + 80 && refusal.hslSaturation() > 150,
             qPrintable(refusal.name()));

    // The idle words change with the table: a tube is open now.
    t.scan(residentScan(2));
    t.window.samplingScreen()->showIdle();
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan the next person")),
             qPrintable(t.banner()->text()));
}

// The banner shows the newest news: a refusal is replaced by what happens next (a
// notice, a correction, a tube sealed early whose label must go on), not kept over it with
// the news in small type under it. Found by a tester (review 35, s40 and s55).
void TestSamplingScreen::refusalIsReplacedByNewerNews() {
    TableDriver t;
    t.signIn();
    SamplingScreen *screen = t.window.samplingScreen();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.scan(residentScan(2));
    QVERIFY(screen->tubePanelNote().isEmpty());

    t.scan(residentScan(1)); // already in this tube
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY(screen->isRefusalShown());
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("Last scan refused")),
             qPrintable(screen->tubePanelNote()));

    // A notice after it is the newest news: shown in its place.
    t.key(Qt::Key_R, Qt::ControlModifier); // nothing to retry
    QCOMPARE(t.banner()->look(), Look::Neutral);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("No print waits")),
             qPrintable(t.banner()->text()));
    QVERIFY(t.banner()->followUp().isEmpty());
    QVERIFY(!screen->isRefusalShown());
    QVERIFY(screen->tubePanelNote().isEmpty());

    // So is a correction made with a key.
    t.scan(residentScan(2)); // refused again
    QCOMPARE(t.banner()->look(), Look::Refusal);
    answerNextQuestion(QStringLiteral("wrong person"));
    t.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(screen->countText(), QStringLiteral("1 / 10"));
    QCOMPARE(t.banner()->look(), Look::Attention);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("taken out")),
             qPrintable(t.banner()->text()));
    QVERIFY(!screen->isRefusalShown());

    // A tube sealed early after a refusal: the reminder to label it, not "refused".
    t.scan(residentScan(1)); // refused again
    QVERIFY(screen->tubePanelNote().contains(QStringLiteral("Last scan refused")));
    answerNextQuestion(QStringLiteral("end of queue"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!t.f.service->openTubeSnapshot());
    QVERIFY(t.banner()->look() != Look::Refusal);
    QVERIFY2(t.banner()->text().contains(tubeCode(1)), qPrintable(t.banner()->text()));
    QCOMPARE(screen->tubePanelNote(), QStringLiteral("Put the label on this tube"));

    // And a good scan after a refusal, as before.
    t.scan(residentScan(9)); // no tube open: refused
    QCOMPARE(t.banner()->look(), Look::Refusal);
    t.scan(tubeCode(2));
    t.scan(residentScan(3));
    QCOMPARE(t.banner()->look(), Look::Success);
    QVERIFY(t.banner()->followUp().isEmpty());
    QVERIFY(!screen->isRefusalShown());
    QCOMPARE(t.banner()->countText(), QStringLiteral("1 / 10"));
}

// The next operator does not start with the last one's refusal (review 35, s85); the same
// operator back after a lock still sees theirs.
void TestSamplingScreen::anotherOperatorStartsWithACleanBanner() {
    TableDriver t;
    t.signIn();
    SamplingScreen *screen = t.window.samplingScreen();
    t.scan(residentScan(1)); // no tube open: refused
    QCOMPARE(t.banner()->look(), Look::Refusal);

    t.window.lock();
    t.signIn(); // the same operator
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY(screen->isRefusalShown());

    t.window.lock();
    OperatorRef other;
    other.id = 99;
    other.staffId = QStringLiteral("S002");
    other.name = QStringLiteral("Wang Fang");
    t.table.signIn(other);
    QCOMPARE(t.banner()->look(), Look::Neutral);
    QVERIFY(!screen->isRefusalShown());
    QVERIFY(screen->tubePanelNote().isEmpty());
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan a tube code")),
             qPrintable(t.banner()->text()));
}

// A recalled person (待复核) scanned: said as loudly as a refusal, but the tube panel says
// what happened, "sampled alone" once the single tube holds the swab; "refused" would send
// the nurse to scan the person again. Found at a site set up by hand (zh_CN, 1366x768).
void TestSamplingScreen::recalledPersonIsSaidLoudlyNotRefused() {
    TableDriver t;
    SiteFactsStore facts(t.f.db, QByteArray(32, '\x5a'), t.f.store->identity()->deviceId);
    t.table.setSiteFacts(&facts);
    const QDateTime raised = t.f.clock()().addSecs(-3600);
    const QJsonArray recalls{recallFact(1, facts, 1, QStringLiteral("open"), raised),
                             recallFact(2, facts, 2, QStringLiteral("open"), raised),
                             recallFact(3, facts, 3, QStringLiteral("open"), raised)};
    QVERIFY(!facts.apply(recalls, 3, t.f.clock()()).isValid());
    t.signIn();
    SamplingScreen *screen = t.window.samplingScreen();

    // No tube open: the question asks for a new tube, answered with its code. The banner is
    // red with the recall as the question opens, not only once it is answered (review 37:
    // the last green "added" stayed behind the question).
    StatusBanner::Look lookWhileAsked = Look::Neutral;
    QString headlineWhileAsked;
    QString noteWhileAsked;
    onNextDialog(
        [&](QWidget *dialog) {
            lookWhileAsked = t.banner()->look();
            headlineWhileAsked = t.banner()->headline();
            noteWhileAsked = screen->tubePanelNote();
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            typeText(edit, tubeCode(7));
            QTest::keyClick(edit, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("tubeCodeQuestion"); });
    t.scan(residentScan(1));
    QCOMPARE(lookWhileAsked, Look::Refusal);
    QVERIFY2(headlineWhileAsked.contains(QStringLiteral("PENDING RE-CHECK")),
             qPrintable(headlineWhileAsked));
    QCOMPARE(noteWhileAsked, QStringLiteral("⚠ Recalled person: not yet sampled again"));
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->headline().contains(QStringLiteral("PENDING RE-CHECK")),
             qPrintable(t.banner()->headline()));
    QVERIFY2(t.banner()->text().contains(tubeCode(7)), qPrintable(t.banner()->text()));
    QCOMPARE(screen->tubeCodeText(), tubeCode(7));
    QCOMPARE(screen->countText(), QStringLiteral("1 / 1"));
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("sampled alone")),
             qPrintable(screen->tubePanelNote()));
    QVERIFY2(!screen->tubePanelNote().contains(QStringLiteral("refused")),
             qPrintable(screen->tubePanelNote()));

    // A resident's code typed into the question where the new tube's code belongs (a
    // keyboard scanner's keys into the field, review 36): the question stays open and says
    // what was read, never the code with its ID number; the tube's code then answers it.
    QStringList seen;
    onNextDialog(
        [&seen](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("tubeCodeField"));
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("tubeCodeProblem"));
            QVERIFY(edit && problem);
            typeText(edit, residentScan(2));
            QTest::keyClick(edit, Qt::Key_Return);
            seen << (dialog->isVisible() ? QStringLiteral("open") : QStringLiteral("closed"))
                 << (problem->isVisible() ? problem->text() : QString()) << edit->selectedText();
            typeText(edit, tubeCode(8)); // replaces the selected text
            QTest::keyClick(edit, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("tubeCodeQuestion"); });
    t.scan(residentScan(2));
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen[0], QStringLiteral("open"));
    QVERIFY2(seen[1].contains(QStringLiteral("resident's code")), qPrintable(seen[1]));
    QVERIFY2(!seen[1].contains(resident(2).idNumber), qPrintable(seen[1]));
    QCOMPARE(seen[2], residentScan(2));
    QVERIFY2(t.banner()->text().contains(tubeCode(8)), qPrintable(t.banner()->text()));
    QVERIFY2(!t.banner()->text().contains(resident(2).idNumber), qPrintable(t.banner()->text()));
    QCOMPARE(screen->tubeCodeText(), tubeCode(8));
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("sampled alone")),
             qPrintable(screen->tubePanelNote()));

    // The question cancelled: nothing recorded, and the panel says so.
    onNextDialog(
        [](QWidget *dialog) { QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Escape); },
        [](QWidget *dialog) { return dialog->findChild<QLineEdit *>() != nullptr; });
    t.scan(residentScan(3));
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("not yet sampled again")),
             qPrintable(screen->tubePanelNote()));

    // An ordinary refusal still says refused.
    t.scan(tubeCode(7)); // sealed already
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("Last scan refused")),
             qPrintable(screen->tubePanelNote()));
}

void TestSamplingScreen::unknownScanSaysWhatKindNotWhat_data() {
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("kind");
    QTest::newRow("ID number") << residentCardNumber(88) << QStringLiteral("looks like an ID");
    QTest::newRow("web address")
        << QStringLiteral("https://hc.example.gov.cn/r?id=%1").arg(residentCardNumber(89))
        << QStringLiteral("web address");
    QTest::newRow("garbage") << QStringLiteral("#93;;7261//8845==1029") << QStringLiteral("text");
}

void TestSamplingScreen::unknownScanSaysWhatKindNotWhat() {
    QFETCH(QString, scan);
    QFETCH(QString, kind);
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(scan);
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->text().contains(kind), qPrintable(t.banner()->text()));
    QString digits;
    for (const QChar c : scan) {
        if (c.isDigit())
            digits += c;
    }
    for (qsizetype i = 0; i + 3 <= digits.size(); ++i)
        QVERIFY2(!t.banner()->text().contains(digits.mid(i, 3)), qPrintable(t.banner()->text()));
}

void TestSamplingScreen::scanDuringAQuestionIsRefusedAndNotHiddenByTheAnswer() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.scan(residentScan(2));
    // A serial scanner (or the camera) delivers a scan while the reason question is open.
    bool scannedDuringQuestion = false;
    onNextDialog(
        [&t, &scannedDuringQuestion](QWidget *dialog) {
            t.window.onScanned(residentScan(3), EntryMethod::Scanner);
            scannedDuringQuestion = true;
            QCOMPARE(t.banner()->look(), Look::Refusal);
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            typeText(edit, QStringLiteral("wrong person"));
            QTest::keyClick(edit, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->findChild<QLineEdit *>() != nullptr; });
    t.key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(scannedDuringQuestion);
    // The undo was done, the scan was not taken, and the answer did not hide the refusal.
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("NOT taken")),
             qPrintable(t.banner()->text()));
    QVERIFY2(t.banner()->followUp().contains(QStringLiteral("taken out")),
             qPrintable(t.banner()->followUp()));
    QVERIFY(t.window.samplingScreen()->tubePanelNote().contains(QStringLiteral("refused")));
    // Scanned again, it is taken.
    t.scan(residentScan(3));
    QCOMPARE(t.banner()->look(), Look::Success);
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 2);
}

void TestSamplingScreen::scannedTubeCodeAnswersTheVoidQuestion() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    answerNextQuestion(QStringLiteral("end of queue"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!t.f.service->openTubeSnapshot());

    bool residentRefused = false;
    QVariant imEnabled;
    onNextDialog(
        [&t, &residentRefused, &imEnabled](QWidget *dialog) {
            // The code is scanned into it: no input method may take the scanner's keys.
            if (auto *edit = dialog->findChild<QLineEdit *>()) {
                QInputMethodQueryEvent query(Qt::ImEnabled);
                QCoreApplication::sendEvent(edit, &query);
                imEnabled = query.value(Qt::ImEnabled);
            }
            // A resident's code is not what the question asks for: refused, question open.
            t.window.onScanned(residentScan(2), EntryMethod::Scanner);
            residentRefused = t.banner()->look() == Look::Refusal;
            QVERIFY(QApplication::activeModalWidget());
            // The tube's label, scanned, answers it.
            t.window.onScanned(tubeCode(1), EntryMethod::Scanner);
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("tubeCodeQuestion"); });
    onNextDialog(
        [](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            typeText(edit, QStringLiteral("tube dropped"));
            QTest::keyClick(edit, Qt::Key_Return);
        },
        [](QWidget *dialog) {
            return dialog->objectName() != QLatin1String("tubeCodeQuestion") &&
                   dialog->findChild<QLineEdit *>() != nullptr;
        });
    onNextDialog(
        [](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Return); },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("resampleList"); });
    t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(residentRefused);
    QCOMPARE(imEnabled, QVariant(false));
    QCOMPARE(t.f.service->tube(tubeCode(1))->state, TubeState::Voided);
    QCOMPARE(t.f.service->todaysSamples().size(), 1);
}

void TestSamplingScreen::sealedTubeStaysUntilTheNextTube_data() {
    QTest::addColumn<bool>("full");
    QTest::newRow("full") << true;
    QTest::newRow("sealed early") << false;
}

void TestSamplingScreen::sealedTubeStaysUntilTheNextTube() {
    QFETCH(bool, full);
    TableDriver t;
    t.signIn();
    SamplingScreen *screen = t.window.samplingScreen();
    t.scan(tubeCode(1));
    const int people = full ? 10 : 4;
    for (int i = 1; i <= people; ++i)
        t.scan(residentScan(i));
    if (!full) {
        answerNextQuestion(QStringLiteral("end of queue"));
        t.key(Qt::Key_E, Qt::ControlModifier);
    }
    QVERIFY(!t.f.service->openTubeSnapshot());
    QCOMPARE(screen->tubeCodeText(), tubeCode(1));
    QCOMPARE(screen->countText(), QStringLiteral("%1 / 10").arg(people));
    QVERIFY2(screen->tubePanelNote().contains(QStringLiteral("Put the label on this tube")),
             qPrintable(screen->tubePanelNote()));
    QCOMPARE(screen->membersView()->model()->rowCount(), people);
    // Other actions do not take it off the screen.
    t.key(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(screen->tubeCodeText(), tubeCode(1));

    t.scan(tubeCode(2));
    QCOMPARE(screen->tubeCodeText(), tubeCode(2));
    QCOMPARE(screen->countText(), QStringLiteral("0 / 10"));
    QVERIFY(screen->tubePanelNote().isEmpty());
}

void TestSamplingScreen::restartAfterUnexpectedStopShowsTheOpenTube() {
    StationFixture f;
    auto settings = quietSettings(f.dir.path());
    const auto scanInto = [](MainWindow &window, const QString &text) {
        ScanField *field = window.samplingScreen()->scanField();
        typeText(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    };
    const auto showWindow = [](MainWindow &window) {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    };
    {
        TableWorkflow table(*f.service);
        MainWindow window(*f.store, table, *settings);
        QVERIFY(!window.startedAfterUnexpectedStop());
        showWindow(window);
        signInWith(window);
        scanInto(window, tubeCode(1));
        scanInto(window, residentScan(1));
        scanInto(window, residentScan(resident(2, QStringLiteral("陈秀英"))));
        QCOMPARE(f.service->openTubeSnapshot()->count(), 2);
        // Gone without recordCleanShutdown(): a crash or a power cut.
    }
    const TubeMember last = f.service->openTubeSnapshot()->members.constLast();
    {
        TableWorkflow table(*f.service);
        MainWindow window(*f.store, table, *settings);
        QVERIFY(window.startedAfterUnexpectedStop());
        showWindow(window);
        signInWith(window);
        SamplingScreen *screen = window.samplingScreen();
        QCOMPARE(screen->tubeCodeText(), tubeCode(1));
        QCOMPARE(screen->countText(), QStringLiteral("2 / 10"));
        StatusBanner *banner = screen->banner();
        const QString text = banner->text();
        QCOMPARE(banner->look(), Look::Attention);
        QVERIFY2(text.contains(QStringLiteral("unexpected stop")), qPrintable(text));
        QVERIFY2(text.contains(tubeCode(1)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 of 10")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("陈*英")), qPrintable(text));
        QVERIFY2(text.contains(maskIdNumber(resident(2).idNumber)), qPrintable(text));
        QVERIFY2(text.contains(last.takenAt.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("陈秀英")), qPrintable(text));
        QVERIFY2(!text.contains(resident(2).idNumber), qPrintable(text));
        // Said once: the next operator's sign-in is an ordinary one.
        window.lock();
        signInWith(window);
        QCOMPARE(banner->look(), Look::Neutral);
        window.recordCleanShutdown();
    }
    {
        // After a normal close, nothing is said about a stop.
        TableWorkflow table(*f.service);
        MainWindow window(*f.store, table, *settings);
        QVERIFY(!window.startedAfterUnexpectedStop());
        showWindow(window);
        signInWith(window);
        QCOMPARE(window.samplingScreen()->banner()->look(), Look::Neutral);
        QVERIFY(!window.samplingScreen()->banner()->text().contains(QStringLiteral("unexpected")));
        QCOMPARE(window.samplingScreen()->countText(), QStringLiteral("2 / 10"));
    }
}

QTEST_MAIN(TestSamplingScreen)
#include "tst_samplingscreen.moc"
