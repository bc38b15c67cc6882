// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffService.h"
#include "tests/widgets/TableDriver.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace station;
using namespace station::test;

class TestLoginScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signsInWithTabAndEnter();
    void refusesWithTheStoresMessage_data();
    void refusesWithTheStoresMessage();
    void enterInStaffIdMovesToPin();
    void formIsBusyWhileThePinIsChecked();
    void oneTimePinAsksForOwnPinTwice();
    void oneTimePinWithoutStaffServiceIsRefused();
    void shiftChangeKeepsTheTubeOpen();
};

namespace {

// A sampler added by the provisioned administrator, with the one-time PIN to hand over.
IssuedPin addSampler(StationFixture &f, StaffService &staff) {
    const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
    if (!admin)
        return {};
    const Result<IssuedPin> issued =
        staff.add({QStringLiteral("S002"), QStringLiteral("Wang Fang"), StaffRole::Sampler, {}},
                  admin.value());
    return issued ? issued.value() : IssuedPin{};
}

} // namespace

void TestLoginScreen::signsInWithTabAndEnter() {
    TableDriver t;
    QVERIFY(t.window.isLocked());
    t.signIn();
    QVERIFY(!t.window.isLocked());
    QCOMPARE(t.f.service->currentOperator().staffId, kStaffId);
    QVERIFY(t.window.samplingScreen()->isVisible());
}

void TestLoginScreen::refusesWithTheStoresMessage_data() {
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown staff") << QStringLiteral("S999") << kPin << QStringLiteral("S999");
    QTest::newRow("wrong PIN") << kStaffId << QStringLiteral("1111") << QString();
}

void TestLoginScreen::refusesWithTheStoresMessage() {
    QFETCH(QString, staffId);
    QFETCH(QString, pin);
    QFETCH(QString, messagePart);
    TableDriver t;
    t.signIn(staffId, pin);
    QVERIFY(t.window.isLocked());
    QVERIFY(!t.window.loginScreen()->message().isEmpty());
    QVERIFY(t.window.loginScreen()->message().contains(messagePart));
    // A refusal in red: it stands out because "Locked" and "Checking" are not red.
    QCOMPARE(t.window.loginScreen()->messageTone(), LoginScreen::Tone::Problem);
    QVERIFY(t.window.loginScreen()->pinField()->text().isEmpty());
    QVERIFY(!t.f.service->currentOperator().isValid());
}

void TestLoginScreen::enterInStaffIdMovesToPin() {
    TableDriver t;
    LoginScreen *login = t.window.loginScreen();
    login->staffIdField()->setFocus();
    typeText(login->staffIdField(), kStaffId);
    QTest::keyClick(login->staffIdField(), Qt::Key_Return);
    QVERIFY(login->pinField()->hasFocus());
    QVERIFY(t.window.isLocked());
    typeText(login->pinField(), kPin);
    QTest::keyClick(login->pinField(), Qt::Key_Enter);
    QTRY_VERIFY_WITH_TIMEOUT(!t.window.isLocked(), TableDriver::kPinCheckTimeoutMs);
}

void TestLoginScreen::formIsBusyWhileThePinIsChecked() {
    TableDriver t;
    LoginScreen *login = t.window.loginScreen();
    QSignalSpy signedIn(login, &LoginScreen::signedIn);
    login->staffIdField()->setFocus();
    typeText(login->staffIdField(), kStaffId);
    QTest::keyClick(login->staffIdField(), Qt::Key_Tab);
    typeText(login->pinField(), kPin);
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    // The check runs on a worker thread: the form waits, refusing a second submit.
    QVERIFY(login->isChecking());
    QVERIFY(!login->pinField()->isEnabled());
    QVERIFY(!login->staffIdField()->isEnabled());
    auto *button = login->findChild<QPushButton *>(QStringLiteral("primary"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(signedIn.wait(TableDriver::kPinCheckTimeoutMs));
    QVERIFY(!login->isChecking());
    QVERIFY(!t.window.isLocked());
    QVERIFY(button->isEnabled());
    // Exactly one sign-in was checked and recorded.
    QCOMPARE(signedIn.count(), 1);
    QSqlQuery q(t.f.db.connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('operator.signed_in', "
                       "'operator.wrong_pin')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestLoginScreen::oneTimePinAsksForOwnPinTwice() {
    TableDriver t;
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    t.window.setStaffService(&staff);
    const IssuedPin issued = addSampler(t.f, staff);
    QVERIFY(!issued.oneTimePin.isEmpty());
    LoginScreen *login = t.window.loginScreen();

    t.signIn(QStringLiteral("S002"), issued.oneTimePin);
    // Not signed in yet: the screen asks for the operator's own PIN.
    QVERIFY(t.window.isLocked());
    QVERIFY(login->isChoosingOwnPin());
    QVERIFY(login->newPinField()->isVisible());
    QVERIFY(!login->staffIdField()->isVisible());
    QVERIFY(login->newPinField()->hasFocus());

    // Two different PINs: asked again.
    typeText(login->newPinField(), QStringLiteral("135792"));
    QTest::keyClick(login->newPinField(), Qt::Key_Return);
    QVERIFY(login->newPinAgainField()->hasFocus());
    typeText(login->newPinAgainField(), QStringLiteral("135799"));
    QTest::keyClick(login->newPinAgainField(), Qt::Key_Return);
    QVERIFY(login->isChoosingOwnPin());
    QVERIFY(login->newPinField()->hasFocus());
    QVERIFY(login->newPinField()->text().isEmpty());
    QVERIFY(!login->message().isEmpty());

    // A PIN core's rules refuse (a run): its message, asked again.
    typeText(login->newPinField(), QStringLiteral("123456"));
    QTest::keyClick(login->newPinField(), Qt::Key_Tab);
    typeText(login->newPinAgainField(), QStringLiteral("123456"));
    QTest::keyClick(login->newPinAgainField(), Qt::Key_Return);
    QVERIFY(login->isChoosingOwnPin());
    QCOMPARE(login->message(), StationStore::validatePin(QStringLiteral("123456")).message());

    // Twice the same good PIN: signed in, and the new PIN is the one that works from now on.
    typeText(login->newPinField(), QStringLiteral("135792"));
    QTest::keyClick(login->newPinField(), Qt::Key_Return);
    typeText(login->newPinAgainField(), QStringLiteral("135792"));
    QTest::keyClick(login->newPinAgainField(), Qt::Key_Return);
    // The two Argon2id runs go to a worker: the form waits, disabled, still locked.
    QVERIFY(login->isSettingOwnPin());
    QVERIFY(t.window.isLocked());
    QVERIFY(!login->newPinAgainField()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!t.window.isLocked(), kPinCheckTimeoutMs);
    QCOMPARE(t.f.service->currentOperator().staffId, QStringLiteral("S002"));
    QVERIFY(!t.f.service->currentOperator().mustSetOwnPin);
    const std::optional<StaffMember> member = staff.member(QStringLiteral("S002"));
    QVERIFY(member);
    QVERIFY(!member->mustSetOwnPin);
    QVERIFY(t.f.store->signIn(QStringLiteral("S002"), QStringLiteral("135792")).ok());

    // After a lock the sign-in form is back, and the new PIN signs in at once.
    t.window.lock();
    QVERIFY(!login->isChoosingOwnPin());
    QVERIFY(login->staffIdField()->isVisible());
    t.signIn(QStringLiteral("S002"), QStringLiteral("135792"));
    QVERIFY(!t.window.isLocked());
}

void TestLoginScreen::oneTimePinWithoutStaffServiceIsRefused() {
    TableDriver t;
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    const IssuedPin issued = addSampler(t.f, staff);
    QVERIFY(!issued.oneTimePin.isEmpty());
    t.signIn(QStringLiteral("S002"), issued.oneTimePin);
    QVERIFY(t.window.isLocked());
    QVERIFY(!t.window.loginScreen()->isChoosingOwnPin());
    QVERIFY(!t.window.loginScreen()->message().isEmpty());
    QVERIFY(!t.f.service->currentOperator().isValid());
}

// Ctrl+L at a shift change: the next person signs in (here with the one-time PIN the lead
// gave them) and fills the same tube; each sample keeps the operator who took it.
void TestLoginScreen::shiftChangeKeepsTheTubeOpen() {
    TableDriver t;
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    t.window.setStaffService(&staff);
    const IssuedPin issued = addSampler(t.f, staff);
    QVERIFY(!issued.oneTimePin.isEmpty());
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(1));

    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.window.isLocked());
    QVERIFY(!t.f.service->currentOperator().isValid());
    std::optional<TubeSnapshot> tube = t.f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->code, tubeCode(1));
    // The lock screen says who had the table, at which table, and since when.
    const QString handedOver = t.window.loginScreen()->message();
    QVERIFY2(handedOver.contains(QLatin1String("(S001)")) &&
                 handedOver.contains(
                     QStringLiteral("table %1").arg(t.f.store->identity()->tableNumber)) &&
                 handedOver.contains(QLatin1Char(':')),
             qPrintable(handedOver));
    // Information, not a refusal: in the calm colour (a tester read it as an error in red).
    QCOMPARE(t.window.loginScreen()->messageTone(), LoginScreen::Tone::Information);

    LoginScreen *login = t.window.loginScreen();
    t.signIn(QStringLiteral("S002"), issued.oneTimePin);
    QVERIFY(login->isChoosingOwnPin());
    typeText(login->newPinField(), QStringLiteral("135792"));
    QTest::keyClick(login->newPinField(), Qt::Key_Tab);
    typeText(login->newPinAgainField(), QStringLiteral("135792"));
    QTest::keyClick(login->newPinAgainField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!t.window.isLocked(), kPinCheckTimeoutMs);
    t.scan(residentScan(2));

    tube = t.f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->code, tubeCode(1));
    QCOMPARE(tube->members.size(), 2);
    QSqlQuery q(t.f.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT o.staff_id FROM samples s JOIN operators o ON "
                                  "o.id = s.operator_id ORDER BY s.position")));
    QStringList takenBy;
    while (q.next())
        takenBy << q.value(0).toString();
    QCOMPARE(takenBy, (QStringList{kStaffId, QStringLiteral("S002")}));
}

QTEST_MAIN(TestLoginScreen)
#include "tst_loginscreen.moc"
