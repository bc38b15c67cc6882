// SPDX-License-Identifier: GPL-3.0-or-later
// The staff list (F9) driven with keys: add an operator, reset a PIN, a refusal in the
// service's words.
#include "core/staff/StaffService.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/StaffDialog.h"

#include <QMessageBox>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableWidget>

using namespace station;
using namespace station::test;

namespace {

// Answers the next one-time PIN box with Enter and returns the PIN it showed through `pin`.
void readNextOneTimePin(QString *pin) {
    onNextDialog(
        [pin](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral(": ([0-9]{6,12})")).match(box->text());
            QVERIFY(m.hasMatch());
            *pin = m.captured(1);
            QTest::keyClick(box, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("oneTimePinBox"); });
}

} // namespace

class TestStaffDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addsAnOperatorAndResetsTheirPin();
    void refusalIsTheServicesMessage();
    void f9OpensTheStaffList();
};

void TestStaffDialog::addsAnOperatorAndResetsTheirPin() {
    StationFixture f;
    StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
    const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
    QVERIFY(admin.ok());
    StaffDialog dialog(staff, admin.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 1);

    // Ins: the form, filled with keys; Enter adds; the one-time PIN is shown once.
    onNextDialog(
        [](QWidget *form) {
            auto *staffId = form->findChild<QLineEdit *>(QStringLiteral("staffIdField"));
            QVERIFY(staffId);
            QVERIFY(staffId->hasFocus());
            typeText(staffId, QStringLiteral("S002"));
            QTest::keyClick(staffId, Qt::Key_Tab);
            auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameField"));
            QVERIFY(name->hasFocus());
            typeText(name, QStringLiteral("Wang Fang"));
            QTest::keyClick(name, Qt::Key_Return);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("newStaffMemberDialog"); });
    QString firstPin;
    readNextOneTimePin(&firstPin);
    QTest::keyClick(dialog.table(), Qt::Key_Insert);
    QTRY_VERIFY_WITH_TIMEOUT(!firstPin.isEmpty(), kPinCheckTimeoutMs);
    QCOMPARE(dialog.table()->rowCount(), 2);
    const std::optional<StaffMember> added = staff.member(QStringLiteral("S002"));
    QVERIFY(added);
    QCOMPARE(added->name, QStringLiteral("Wang Fang"));
    QCOMPARE(added->role, StaffRole::Sampler);
    QVERIFY(added->mustSetOwnPin);
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), 0)->text(), QStringLiteral("S002"));
    const Result<OperatorRef> withFirst = f.store->signIn(QStringLiteral("S002"), firstPin);
    QVERIFY2(withFirst.ok(), qPrintable(withFirst.message()));
    QVERIFY(withFirst->mustSetOwnPin);

    // Ctrl+R on the selected row: a new one-time PIN, which signs in. A closed box hands
    // activation back through the window manager; offscreen, the test does it.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QString secondPin;
    readNextOneTimePin(&secondPin);
    QTest::keyClick(dialog.table(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!secondPin.isEmpty(), kPinCheckTimeoutMs);
    QVERIFY(dialog.message().contains(QStringLiteral("S002")));
    const Result<OperatorRef> withSecond = f.store->signIn(QStringLiteral("S002"), secondPin);
    QVERIFY2(withSecond.ok(), qPrintable(withSecond.message()));
    QVERIFY(withSecond->mustSetOwnPin);
    // Both changes are audited with who made them.
    QSqlQuery q(f.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'operator.changed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestStaffDialog::refusalIsTheServicesMessage() {
    StationFixture f;
    StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
    const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
    QVERIFY(admin.ok());
    StaffDialog dialog(staff, admin.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The administrator's own row: nobody disables themselves.
    QVERIFY(dialog.selectStaffId(kStaffId));
    QTest::keyClick(dialog.table(), Qt::Key_D, Qt::ControlModifier);
    const Status refused = staff.disable(kStaffId, admin.value());
    QVERIFY(!refused.ok());
    QCOMPARE(dialog.message(), refused.message());
    QVERIFY(staff.member(kStaffId)->active);
}

void TestStaffDialog::f9OpensTheStaffList() {
    TableDriver t;
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    t.window.setStaffService(&staff);
    t.signIn();
    QVERIFY(!t.window.isLocked());
    int rows = -1;
    onNextDialog(
        [&rows](QWidget *w) {
            auto *dialog = qobject_cast<StaffDialog *>(w);
            QVERIFY(dialog);
            rows = dialog->table()->rowCount();
            QTest::keyClick(dialog->table(), Qt::Key_Escape);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("staffDialog"); });
    t.key(Qt::Key_F9);
    QCOMPARE(rows, 1);
    QVERIFY(!t.window.isLocked());
}

QTEST_MAIN(TestStaffDialog)
#include "tst_staffdialog.moc"
