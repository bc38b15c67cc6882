// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/widgets/TableDriver.h"

#include "widgets/ManualEntryDialog.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
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
    void undoLastAsksForAReason();
    void removeSelectedWithUpDownAndDel();
    void voidTubeListsPeopleToResample();
    void poolSizeChangesOnlyBeforeTheFirstPerson();
    void manualEntryIsMarkedManual();
    void lockRefusesScansUntilSignIn();
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

void TestSamplingScreen::undoLastAsksForAReason() {
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

void TestSamplingScreen::voidTubeListsPeopleToResample() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));
    QString listed;
    answerNextQuestion(QStringLiteral("tube dropped"));
    // The reason dialog closes, then the list of people to sample again opens.
    onNextDialog(
        [&listed](QWidget *dialog) {
            listed = static_cast<QMessageBox *>(dialog)->informativeText();
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("resampleList"); });
    t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(t.f.service->tube(tubeCode(1))->state, TubeState::Voided);
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
    QVERIFY(t.window.loginScreen()->message().contains(QStringLiteral("30")));
}

QTEST_MAIN(TestSamplingScreen)
#include "tst_samplingscreen.moc"
