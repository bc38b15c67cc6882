// SPDX-License-Identifier: GPL-3.0-or-later
// The table's "why?" questions (undo, remove, void, seal early): asked with the person or tube
// named, the usual reasons picked with the arrow or number keys, another typed (in Chinese
// too), an empty one or one holding a person's data refused in place, a scan into the question
// refused loudly and never taken as the reason.
#include "tests/widgets/TableDriver.h"

#include "core/domain/FreeTextPrivacy.h"
#include "widgets/ReasonDialog.h"

#include <QInputMethodEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

class TestTableReasons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void undoLastAsksForAReason();
    void emptyReasonKeepsTheQuestionOpen();
    void undoReasonIsPickedWithArrowKeys();
    void reasonIsTypedInChineseAndAScanIsNotAReason();
    void voidTubeListsPeopleToResample();
};

void TestTableReasons::undoLastAsksForAReason() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));
    QString question;
    answerNextQuestion(QStringLiteral("wrong person scanned"), &question);
    t.key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(question.contains(resident(3).name), qPrintable(question));
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("2 / 10"));
    QCOMPARE(t.banner()->look(), Look::Attention);
    const QList<SampleListEntry> all = t.f.service->todaysSamples();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().state, QStringLiteral("removed"));

    // Cancelling the reason changes nothing.
    bool cancelled = false;
    onNextDialog([&cancelled](QWidget *dialog) {
        QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Escape);
        cancelled = true;
    });
    t.key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(cancelled);
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("2 / 10"));
}

namespace {
bool isReasonQuestion(QWidget *dialog) {
    return dialog->objectName() == QLatin1String("reasonQuestion");
}

// The question shown, once the window system has made it active (keys and focus go to it
// only then); null if it is no reason question or never became active.
ReasonDialog *activeReasonDialog(QWidget *dialog) {
    auto *question = qobject_cast<ReasonDialog *>(dialog);
    return question && QTest::qWaitFor([question] { return question->isActiveWindow(); }) ? question
                                                                                          : nullptr;
}

// Closes the question when the handler ends, so a failed check does not leave it open.
auto closeWhenDone(QWidget *dialog) {
    return qScopeGuard([dialog] {
        if (dialog->isVisible())
            static_cast<QDialog *>(dialog)->reject();
    });
}

QStringList offeredReasons(ReasonDialog *dialog) {
    QStringList offered;
    for (int i = 0; dialog->choiceList() && i < dialog->choiceList()->count(); ++i)
        offered << dialog->choiceList()->item(i)->data(Qt::UserRole).toString();
    return offered;
}
} // namespace

// Ctrl+E with nothing picked or typed: the question stays open saying why, under the field,
// with the keys where they were (no red refusal on the table, nothing to start again); blanks
// are no reason either and stay as typed; number key 2 picks the second usual reason.
void TestTableReasons::emptyReasonKeepsTheQuestionOpen() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.scan(residentScan(2));
    QStringList offered;
    bool openAfterEmpty = false;
    bool openAfterBlanks = false;
    bool listFocusedAfterEmpty = false;
    bool fieldFocusedAfterBlanks = false;
    QString problem;
    QString blanksKept;
    bool openAfterPhone = false;
    QString phoneProblem;
    onNextDialog(
        [&](QWidget *dialog) {
            const auto closeAnyway = closeWhenDone(dialog);
            ReasonDialog *question = activeReasonDialog(dialog);
            QVERIFY(question);
            offered = offeredReasons(question);
            QListWidget *list = question->choiceList();
            QVERIFY(list);
            QTRY_VERIFY(list->hasFocus()); // picked with keys at once
            QCOMPARE(list->currentRow(), -1);
            QTest::keyClick(list, Qt::Key_Return);
            openAfterEmpty = question->isVisible();
            problem = question->problemText();
            listFocusedAfterEmpty = list->hasFocus();
            question->reasonField()->setFocus();
            typeText(question->reasonField(), QStringLiteral("   "));
            QTest::keyClick(question->reasonField(), Qt::Key_Return);
            openAfterBlanks = question->isVisible();
            blanksKept = question->reasonField()->text();
            fieldFocusedAfterBlanks = question->reasonField()->hasFocus();
            // A phone number is no reason to keep in the clear: said in place, kept to edit.
            question->reasonField()->clear();
            typeText(question->reasonField(), QStringLiteral("call 13800138000"));
            QTest::keyClick(question->reasonField(), Qt::Key_Return);
            openAfterPhone = question->isVisible();
            phoneProblem = question->problemText();
            list->setFocus();
            QTest::keyClick(list, Qt::Key_2);
            QTest::keyClick(list, Qt::Key_Return);
        },
        isReasonQuestion);
    t.key(Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(offered, TableWorkflow::sealEarlyReasons());
    QVERIFY(openAfterEmpty);
    QVERIFY(!problem.isEmpty());
    QVERIFY(listFocusedAfterEmpty);
    QVERIFY(openAfterBlanks);
    QCOMPARE(blanksKept, QStringLiteral("   "));
    QVERIFY(fieldFocusedAfterBlanks);
    QVERIFY(openAfterPhone);
    QCOMPARE(phoneProblem, personalDataInFreeText(QStringLiteral("call 13800138000")));
    QVERIFY(!phoneProblem.isEmpty());
    QCOMPARE(t.banner()->look(), Look::Success);
    const Result<TubeSnapshot> sealed = t.f.service->tube(tubeCode(1));
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->state, TubeState::Sealed);
    QCOMPARE(sealed->sealReason, TableWorkflow::sealEarlyReasons().at(1));
}

// Ctrl+Z offers the usual reasons for taking a person out, picked with Down and Enter; a
// reason typed after a pick replaces it, and what is recorded is what shows.
void TestTableReasons::undoReasonIsPickedWithArrowKeys() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));
    QStringList offered;
    onNextDialog(
        [&offered](QWidget *dialog) {
            const auto closeAnyway = closeWhenDone(dialog);
            ReasonDialog *question = activeReasonDialog(dialog);
            QVERIFY(question);
            offered = offeredReasons(question);
            QTest::keyClick(question->choiceList(), Qt::Key_Down);
            QTest::keyClick(question->choiceList(), Qt::Key_Down);
            QCOMPARE(question->reason(), TableWorkflow::takeOutReasons().at(1));
            QTest::keyClick(question->choiceList(), Qt::Key_Return);
        },
        isReasonQuestion);
    t.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(offered, TableWorkflow::takeOutReasons());
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("2 / 10"));

    // A letter typed in the list starts a reason of one's own, which drops the pick.
    onNextDialog(
        [](QWidget *dialog) {
            const auto closeAnyway = closeWhenDone(dialog);
            ReasonDialog *question = activeReasonDialog(dialog);
            QVERIFY(question);
            QTest::keyClick(question->choiceList(), Qt::Key_3);
            typeText(question->choiceList(), QStringLiteral("moved"));
            QVERIFY(question->reasonField()->hasFocus());
            QCOMPARE(question->choiceList()->currentRow(), -1);
            typeText(question->reasonField(), QStringLiteral(" away"));
            QTest::keyClick(question->reasonField(), Qt::Key_Return);
        },
        isReasonQuestion);
    t.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("1 / 10"));
    QSqlQuery q(t.f.db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT removed_reason FROM samples WHERE state = 'removed' ORDER BY id DESC")));
    QStringList recorded;
    while (q.next())
        recorded << q.value(0).toString();
    QCOMPARE(recorded,
             (QStringList{TableWorkflow::takeOutReasons().at(1), QStringLiteral("moved away")}));
}

// The reason's field lets the input method in (a Chinese reason is typed, not only picked),
// while a scan made with the question open is still refused loudly and never becomes the
// reason: a burst of keys (the input method in direct mode) is taken by the scanner's key
// filter; a code the input method committed is kept out of the field and refused as a scan.
void TestTableReasons::reasonIsTypedInChineseAndAScanIsNotAReason() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));
    scan::HidScanEventFilter wedge;
    QSignalSpy scans(&wedge, &scan::Scanner::scanned);
    connect(&wedge, &scan::Scanner::scanned, &t.window, &MainWindow::onScanned);
    QVERIFY(wedge.start());
    const QString chinese = QStringLiteral("核酸管掉在地上");
    bool imEnabled = false;
    Qt::InputMethodHints imHints = Qt::ImhLatinOnly;
    bool refusedAfterBurst = false;
    bool refusedAfterCommit = false;
    bool openAfterScans = false;
    QString fieldAfterBurst = QStringLiteral("unset");
    QString fieldAfterCommit = QStringLiteral("unset");
    QString problemAfterCommit;
    QString typed;
    onNextDialog(
        [&](QWidget *dialog) {
            const auto closeAnyway = closeWhenDone(dialog);
            ReasonDialog *question = activeReasonDialog(dialog);
            QVERIFY(question);
            QLineEdit *field = question->reasonField();
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            // What the platform's input method asks before it takes the keys: whether the
            // field takes it, and the hints (Latin-only sends a Chinese input method to
            // English).
            QInputMethodQueryEvent query(Qt::ImEnabled | Qt::ImHints);
            QCoreApplication::sendEvent(QGuiApplication::focusObject(), &query);
            imEnabled = query.value(Qt::ImEnabled).toBool();
            imHints = Qt::InputMethodHints(query.value(Qt::ImHints).toInt());
            // A handheld scanner, keys 3 ms apart, into the open question.
            sendTimedKeys(field, tubeCode(2) + QLatin1Char('\r'), t.scannerClockMs, 3);
            refusedAfterBurst = t.banner()->look() == Look::Refusal;
            fieldAfterBurst = field->text();
            t.banner()->showMessage(Look::Neutral, QStringLiteral("between the scans"));
            // The same scan with the input method in Chinese mode: its keys became text the
            // input method committed.
            QInputMethodEvent scanned;
            scanned.setCommitString(tubeCode(3));
            QCoreApplication::sendEvent(field, &scanned);
            refusedAfterCommit = t.banner()->look() == Look::Refusal;
            fieldAfterCommit = field->text();
            problemAfterCommit = question->problemText();
            openAfterScans = question->isVisible();
            // A nurse's Chinese reason: pinyin composed, then the words committed.
            QInputMethodEvent composing(QStringLiteral("hesuan"), {});
            QCoreApplication::sendEvent(field, &composing);
            QInputMethodEvent committed;
            committed.setCommitString(chinese);
            QCoreApplication::sendEvent(field, &committed);
            typed = field->text();
            wedge.stop();
            QTest::keyClick(field, Qt::Key_Return);
        },
        isReasonQuestion);
    t.key(Qt::Key_Z, Qt::ControlModifier);
    wedge.stop();
    QVERIFY(imEnabled);
    QVERIFY2(!(imHints & (Qt::ImhLatinOnly | Qt::ImhPreferLatin)),
             qPrintable(QString::number(imHints)));
    QCOMPARE(scans.count(), 1);
    QVERIFY(refusedAfterBurst);
    QCOMPARE(fieldAfterBurst, QString());
    QVERIFY(refusedAfterCommit);
    QCOMPARE(fieldAfterCommit, QString());
    QVERIFY(!problemAfterCommit.isEmpty());
    QVERIFY(openAfterScans);
    QCOMPARE(typed, chinese);
    // The undo was done with the Chinese reason; neither scan opened a tube.
    QCOMPARE(t.window.samplingScreen()->countText(), QStringLiteral("2 / 10"));
    QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(1));
    QSqlQuery q(t.f.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT removed_reason FROM samples WHERE state = 'removed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), chinese);
    // Words of a reason, Latin or Chinese, are typing; codes are scans.
    QVERIFY(!ReasonDialog::looksLikeScannedCode(QStringLiteral("contaminated")));
    QVERIFY(!ReasonDialog::looksLikeScannedCode(QStringLiteral("dropped 2 times")));
    QVERIFY(!ReasonDialog::looksLikeScannedCode(chinese));
    QVERIFY(ReasonDialog::looksLikeScannedCode(tubeCode(9)));
    QVERIFY(ReasonDialog::looksLikeScannedCode(residentScan(1)));
}

void TestTableReasons::voidTubeListsPeopleToResample() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));
    QString listed;
    // The usual reasons for voiding are offered; number key 2 picks the second.
    QStringList offered;
    onNextDialog(
        [&offered](QWidget *dialog) {
            const auto closeAnyway = closeWhenDone(dialog);
            ReasonDialog *question = activeReasonDialog(dialog);
            QVERIFY(question);
            offered = offeredReasons(question);
            QVERIFY(question->choiceList());
            QTRY_VERIFY(question->choiceList()->hasFocus());
            QTest::keyClick(question->choiceList(), Qt::Key_2);
            QTest::keyClick(question->choiceList(), Qt::Key_Return);
        },
        isReasonQuestion);
    // The reason dialog closes, then the list of people to sample again opens.
    onNextDialog(
        [&listed](QWidget *dialog) {
            listed = static_cast<QMessageBox *>(dialog)->informativeText();
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("resampleList"); });
    t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(t.f.service->tube(tubeCode(1))->state, TubeState::Voided);
    QVERIFY(offered.size() >= 4);
    QCOMPARE(offered, TableWorkflow::voidReasons());
    QSqlQuery recorded(t.f.db.connection());
    QVERIFY(recorded.exec(QStringLiteral("SELECT void_reason FROM tubes WHERE state = 'voided'")));
    QVERIFY(recorded.next());
    QCOMPARE(recorded.value(0).toString(), TableWorkflow::voidReasons().at(1));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY2(listed.contains(resident(i).name), qPrintable(listed));
        QVERIFY(listed.contains(maskIdNumber(resident(i).idNumber)));
        QVERIFY(!listed.contains(resident(i).idNumber));
    }
    QCOMPARE(t.banner()->look(), Look::Attention);
    QVERIFY(!t.f.service->openTubeSnapshot());
    // The voided code cannot be used again.
    t.scan(tubeCode(1));
    QCOMPARE(t.banner()->look(), Look::Refusal);
}

QTEST_MAIN(TestTableReasons)
#include "tst_tablereasons.moc"
