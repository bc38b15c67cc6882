// SPDX-License-Identifier: GPL-3.0-or-later
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
};

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

QTEST_MAIN(TestLoginScreen)
#include "tst_loginscreen.moc"
