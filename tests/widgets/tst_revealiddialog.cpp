// SPDX-License-Identifier: GPL-3.0-or-later
// The full ID number dialog, driven with keys offscreen: on its own, from the table screen
// (Ctrl+I) and from today's list (F3).
#include "core/security/IdReveal.h"
#include "core/staff/StaffService.h"
#include "models/TodaysSamplesModel.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/IdRevealLogDialog.h"
#include "widgets/RevealIdDialog.h"
#include "widgets/TodaysListDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = TableDriver::kPinCheckTimeoutMs;

int auditRows(StationFixture &f, const QString &action) {
    QSqlQuery q(f.db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// A signed-in table with one person in an open tube, and the dialog for that person.
struct OnePerson {
    OnePerson() {
        f.signIn();
        QVERIFY(f.service->openTube(tubeCode(1)).ok());
        const Result<SampleAdded> added = f.service->addResident(person, EntryMethod::Scanner);
        QVERIFY(added.ok());
        subject = {added->sampleUuid, person.name, maskIdNumber(person.idNumber), tubeCode(1),
                   added->position};
        dialog = std::make_unique<RevealIdDialog>(reveal, f.service->currentOperator(), subject);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void choose(RevealPurpose purpose) {
        QComboBox *box = dialog->purposeField();
        box->setCurrentIndex(box->findData(int(purpose)));
    }

    void enterPin(const QString &pin) {
        dialog->pinField()->setFocus();
        typeText(dialog->pinField(), pin);
        QTest::keyClick(dialog->pinField(), Qt::Key_Return);
    }

    StationFixture f;
    ResidentCode person = resident(5);
    IdReveal reveal{f.db, *f.store, f.codec, f.clock()};
    RevealSubject subject;
    std::unique_ptr<RevealIdDialog> dialog;
};

} // namespace

class TestRevealIdDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheNumberThenMasksIt();
    void wrongPinShowsNothing();
    void fifthWrongPinLocksTheOperator();
    void refusalsNeedNoPinCheck_data();
    void refusalsNeedNoPinCheck();
    void fromTheTableScreen();
    void fromTodaysList();
    void revealLogForLeadsOnly();
};

void TestRevealIdDialog::showsTheNumberThenMasksIt() {
    OnePerson p;
    QSignalSpy shown(p.dialog.get(), &RevealIdDialog::numberShown);
    QSignalSpy hidden(p.dialog.get(), &RevealIdDialog::numberHidden);
    QCOMPARE(p.dialog->numberText(), p.subject.idMasked);
    p.dialog->setDisplayDuration(200);
    p.choose(RevealPurpose::ResidentRequest);
    p.enterPin(kPin);
    // The PIN is checked on a worker thread; the form does not take a second submit.
    QVERIFY(p.dialog->isChecking());
    QVERIFY(!p.dialog->showButton()->isEnabled());
    QTest::keyClick(p.dialog->pinField(), Qt::Key_Return);
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(p.dialog->numberText(), p.person.idNumber);
    QVERIFY(p.dialog->pinField()->text().isEmpty());
    QCOMPARE(auditRows(p.f, QStringLiteral("id.revealed")), 1);
    // A second look needs a second action: the button stays off while it is shown.
    QVERIFY(!p.dialog->showButton()->isEnabled());
    QVERIFY(hidden.wait(kWaitMs));
    QCOMPARE(p.dialog->numberText(), p.subject.idMasked);
    QVERIFY(!p.dialog->isShowingNumber());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(auditRows(p.f, QStringLiteral("id.revealed")), 1);
}

void TestRevealIdDialog::wrongPinShowsNothing() {
    OnePerson p;
    p.enterPin(QStringLiteral("1111"));
    QTRY_VERIFY_WITH_TIMEOUT(!p.dialog->isChecking(), kWaitMs);
    QCOMPARE(p.dialog->numberText(), p.subject.idMasked);
    QVERIFY(!p.dialog->problemText().isEmpty());
    QVERIFY(!p.dialog->problemText().contains(p.person.idNumber));
    QVERIFY(p.dialog->showButton()->isEnabled());
    QVERIFY(!p.dialog->operatorLocked());
    QCOMPARE(auditRows(p.f, QStringLiteral("id.revealed")), 0);
    QCOMPARE(auditRows(p.f, QStringLiteral("operator.wrong_pin")), 1);
}

void TestRevealIdDialog::fifthWrongPinLocksTheOperator() {
    OnePerson p;
    for (int i = 0; i < 5; ++i) {
        p.enterPin(QStringLiteral("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(!p.dialog->isChecking(), kWaitMs);
    }
    QVERIFY(p.dialog->operatorLocked());
    QVERIFY(!p.dialog->showButton()->isEnabled());
    QCOMPARE(p.dialog->numberText(), p.subject.idMasked);
    QCOMPARE(p.f.store->signIn(kStaffId, kPin).code(), ErrorCode::OperatorLocked);
}

void TestRevealIdDialog::refusalsNeedNoPinCheck_data() {
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("note");
    QTest::newRow("other without a note") << int(RevealPurpose::Other) << QString();
    QTest::newRow("a phone number in the note")
        << int(RevealPurpose::CorrectEntry) << QStringLiteral("called 13800138000");
}

void TestRevealIdDialog::refusalsNeedNoPinCheck() {
    QFETCH(int, purpose);
    QFETCH(QString, note);
    OnePerson p;
    p.choose(static_cast<RevealPurpose>(purpose));
    typeText(p.dialog->noteField(), note);
    p.enterPin(kPin);
    QVERIFY(!p.dialog->isChecking());
    QVERIFY(!p.dialog->problemText().isEmpty());
    QCOMPARE(p.dialog->numberText(), p.subject.idMasked);
    QCOMPARE(auditRows(p.f, QStringLiteral("id.revealed")), 0);
    QCOMPARE(auditRows(p.f, QStringLiteral("operator.wrong_pin")), 0);
}

void TestRevealIdDialog::fromTheTableScreen() {
    TableDriver t;
    IdReveal reveal(t.f.db, *t.f.store, t.f.codec, t.f.clock());
    t.window.setIdReveal(&reveal);
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    t.scan(residentScan(2));
    t.key(Qt::Key_Down);
    t.key(Qt::Key_Down);
    QString seen;
    onNextDialog(
        [&seen](QWidget *w) {
            auto *dialog = static_cast<RevealIdDialog *>(w);
            typeText(dialog->pinField(), kPin);
            QTest::keyClick(dialog->pinField(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingNumber(), kWaitMs);
            seen = dialog->numberText();
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        [](QWidget *w) { return qobject_cast<RevealIdDialog *>(w) != nullptr; });
    t.key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(seen, resident(2).idNumber);
    QCOMPARE(auditRows(t.f, QStringLiteral("id.revealed")), 1);
    // Back at the table, still signed in, scanning on.
    QVERIFY(!t.window.isLocked());
    t.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&t.window));
    QTRY_VERIFY(t.scanField()->hasFocus());
}

void TestRevealIdDialog::fromTodaysList() {
    TableDriver t;
    IdReveal reveal(t.f.db, *t.f.store, t.f.codec, t.f.clock());
    t.window.setIdReveal(&reveal);
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(3));
    QString seen;
    onNextDialog(
        [&seen](QWidget *w) {
            auto *list = static_cast<TodaysListDialog *>(w);
            QVERIFY(list->revealButton()->isVisible());
            list->view()->setCurrentIndex(list->model()->index(0, 0));
            onNextDialog(
                [&seen](QWidget *inner) {
                    auto *dialog = static_cast<RevealIdDialog *>(inner);
                    // Five wrong PINs lock the operator; the station locks with them.
                    for (int i = 0; i < 5; ++i) {
                        typeText(dialog->pinField(), QStringLiteral("1111"));
                        QTest::keyClick(dialog->pinField(), Qt::Key_Return);
                        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), kWaitMs);
                    }
                    seen = dialog->numberText();
                    QTest::keyClick(dialog, Qt::Key_Escape);
                },
                [](QWidget *inner) { return qobject_cast<RevealIdDialog *>(inner) != nullptr; });
            QTest::mouseClick(list->revealButton(), Qt::LeftButton);
        },
        [](QWidget *w) { return qobject_cast<TodaysListDialog *>(w) != nullptr; });
    t.key(Qt::Key_F3);
    QCOMPARE(seen, maskIdNumber(resident(3).idNumber));
    QCOMPARE(auditRows(t.f, QStringLiteral("id.revealed")), 0);
    QTRY_VERIFY(t.window.isLocked());
}

// The audit of reveals is a site lead's (and administrator's) to read: the list shows the
// button to them only, and core refuses the log to a sampler who reaches it anyway.
void TestRevealIdDialog::revealLogForLeadsOnly() {
    OnePerson o;
    o.dialog.reset();
    const OperatorRef admin = o.f.service->currentOperator();
    QVERIFY(o.reveal.reveal(admin, o.subject.sampleUuid, RevealPurpose::ResidentRequest, {}, kPin)
                .ok());
    {
        TodaysListDialog list(*o.f.service, &o.reveal);
        QVERIFY(!list.revealLogButton()->isHidden());
        IdRevealLogDialog log(o.reveal, admin, 7);
        QCOMPARE(log.table()->rowCount(), 1);
        QVERIFY(log.table()->item(0, 1)->text().contains(admin.staffId));
        QVERIFY(log.table()->item(0, 2)->text().contains(tubeCode(1)));
        QCOMPARE(log.table()->item(0, 3)->text(),
                 revealPurposeDisplayName(RevealPurpose::ResidentRequest));
        // Never the number, not even a part of it beyond the mask.
        for (int column = 0; column < log.table()->columnCount(); ++column)
            QVERIFY(!log.table()->item(0, column)->text().contains(o.person.idNumber.right(6)));
    }

    StaffService staff(o.f.db, o.f.codec, *o.f.store->identity(), o.f.clock());
    const Result<IssuedPin> added = staff.add(
        {QStringLiteral("S009"), QStringLiteral("Sampler"), StaffRole::Sampler, {}}, admin);
    QVERIFY(added.ok());
    const Result<OperatorRef> sampler =
        staff.setOwnPin(QStringLiteral("S009"), added->oneTimePin, QStringLiteral("135792"));
    QVERIFY(sampler.ok());
    o.f.service->setOperator(sampler.value());
    TodaysListDialog list(*o.f.service, &o.reveal);
    QVERIFY(list.revealLogButton()->isHidden());
    QVERIFY(!list.revealButton()->isHidden());
    IdRevealLogDialog log(o.reveal, sampler.value(), 7);
    QCOMPARE(log.table()->rowCount(), 0);
    QCOMPARE(log.message(), o.reveal.log(sampler.value(), {}).message());
    QVERIFY(!log.message().isEmpty());
}

QTEST_MAIN(TestRevealIdDialog)
#include "tst_revealiddialog.moc"
