// SPDX-License-Identifier: GPL-3.0-or-later
// A site lead staffs a table for a day from the window alone, in each language: four
// operators added in the staff list (F9), two shift changes at Ctrl+L with the tube going
// on, one operator locked out by wrong PINs and unlocked, one PIN reset. Every step is
// driven at the real window (keys, and the staff list's actions) and ends audited; the dashboard's
// per-operator figures count each person's swabs across the changes.
#include "core/dashboard/ThroughputQueries.h"
#include "core/staff/StaffService.h"
#include "tests/widgets/TableDriver.h"
#include "translations/StationTranslation.h"
#include "widgets/LoginScreen.h"
#include "widgets/StaffDialog.h"

#include <QComboBox>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableView>
#include <QTranslator>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = TableDriver::kPinCheckTimeoutMs;

struct Person {
    QString staffId;
    QString name;
    int roleIndex = 0; // in the form's role list (StaffRoleText::all())
    QString ownPin;
    QString pin; // the PIN that signs in now
};

int count(StationFixture &f, const QString &sql) {
    QSqlQuery q(f.db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Answers the next one-time PIN box with Enter, putting the PIN it shows for `staffId`
// into `pin` (the box lists "name (staff ID): PIN" lines, in either language's punctuation).
void readNextOneTimePin(const QString &staffId, QString *pin) {
    onNextDialog(
        [staffId, pin](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            const QRegularExpressionMatch m =
                QRegularExpression(QRegularExpression::escape(staffId) +
                                   QStringLiteral("[^0-9]*([0-9]{6,12})"))
                    .match(box->text());
            QVERIFY2(m.hasMatch(), qPrintable(box->text()));
            *pin = m.captured(1);
            QTest::keyClick(box, Qt::Key_Return);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("oneTimePinBox"); });
}

} // namespace

class TestStaffingADay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aDayAtOneTable_data();
    void aDayAtOneTable();

private:
    // F9 with `t` signed in: runs `act` on the staff list, then closes it.
    void withStaffList(TableDriver &t, const std::function<void(StaffDialog *)> &act);
    // In the staff list: Ins, the form filled with keys, Enter; the one-time PIN into p.pin.
    void addWithKeys(StaffDialog *dialog, Person &p);
    // Signs in at the lock screen; a one-time PIN is replaced by the person's own.
    void signIn(TableDriver &t, Person &p);
};

void TestStaffingADay::withStaffList(TableDriver &t,
                                     const std::function<void(StaffDialog *)> &act) {
    bool ran = false;
    onNextDialog(
        [&](QWidget *w) {
            auto *dialog = qobject_cast<StaffDialog *>(w);
            QVERIFY(dialog);
            act(dialog);
            ran = true;
            dialog->reject();
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("staffDialog"); });
    t.key(Qt::Key_F9);
    QVERIFY(ran);
}

void TestStaffingADay::addWithKeys(StaffDialog *dialog, Person &p) {
    onNextDialog(
        [&p](QWidget *form) {
            auto *staffId = form->findChild<QLineEdit *>(QStringLiteral("staffIdField"));
            typeText(staffId, p.staffId);
            QTest::keyClick(staffId, Qt::Key_Tab);
            auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameField"));
            typeText(name, p.name);
            QTest::keyClick(name, Qt::Key_Tab);
            auto *role = form->findChild<QComboBox *>();
            for (int i = 0; i < p.roleIndex; ++i)
                QTest::keyClick(role, Qt::Key_Down);
            QTest::keyClick(role, Qt::Key_Return);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("newStaffMemberDialog"); });
    QString pin;
    readNextOneTimePin(p.staffId, &pin);
    // What Ins does. The keys themselves are tst_staffdialog's: here, on a busy machine, a
    // shortcut would wait on the window manager's activation, which offscreen is the test's.
    dialog->addMember();
    QTRY_VERIFY_WITH_TIMEOUT(!pin.isEmpty(), kWaitMs);
    p.pin = pin;
}

void TestStaffingADay::signIn(TableDriver &t, Person &p) {
    t.signIn(p.staffId, p.pin);
    LoginScreen *login = t.window.loginScreen();
    if (login->isChoosingOwnPin()) {
        typeText(login->newPinField(), p.ownPin);
        QTest::keyClick(login->newPinField(), Qt::Key_Return);
        typeText(login->newPinAgainField(), p.ownPin);
        QTest::keyClick(login->newPinAgainField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!login->isSettingOwnPin(), kWaitMs);
        p.pin = p.ownPin;
    }
    QVERIFY2(!t.window.isLocked(), qPrintable(login->message()));
    QCOMPARE(t.f.service->currentOperator().staffId, p.staffId);
}

void TestStaffingADay::aDayAtOneTable_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestStaffingADay::aDayAtOneTable() {
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(loadStationTranslation(translator, language));
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    TableDriver t;
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    t.window.setStaffService(&staff);
    const int staffRowsBefore = count(t.f, QStringLiteral("SELECT count(*) FROM outbox WHERE "
                                                          "kind = 'operator.changed'"));

    // Morning: the administrator who set the station up adds the site lead; the lead adds
    // three samplers.
    const int leadRole = int(StaffRoleText::all().indexOf(StaffRole::SiteLead));
    Person lead{
        QStringLiteral("L01"), QStringLiteral("林芳"), leadRole, QStringLiteral("248013"), {}};
    Person a{QStringLiteral("S11"), QStringLiteral("陈静"), 0, QStringLiteral("358024"), {}};
    Person b{QStringLiteral("S12"), QStringLiteral("Wang Lei"), 0, QStringLiteral("468035"), {}};
    Person c{QStringLiteral("S13"), QStringLiteral("赵敏"), 0, QStringLiteral("578046"), {}};
    t.signIn();
    withStaffList(t, [&](StaffDialog *d) { addWithKeys(d, lead); });
    t.key(Qt::Key_L, Qt::ControlModifier);
    signIn(t, lead);
    withStaffList(t, [&](StaffDialog *d) {
        for (Person *p : {&a, &b, &c})
            addWithKeys(d, *p);
        QCOMPARE(d->table()->model()->rowCount(), 5);
    });
    QCOMPARE(staff.member(lead.staffId)->role, StaffRole::SiteLead);

    // First shift: A opens a tube of five and takes three swabs.
    t.key(Qt::Key_L, Qt::ControlModifier);
    signIn(t, a);
    t.scan(tubeCode(1));
    for (int i = 1; i <= 3; ++i)
        t.scan(residentScan(i));

    // Shift change 1: B takes over the same tube, fills it and takes two more in the next.
    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.f.service->openTubeSnapshot());
    signIn(t, b);
    QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(1));
    for (int i = 4; i <= 5; ++i)
        t.scan(residentScan(i));
    t.scan(tubeCode(2));
    for (int i = 6; i <= 7; ++i)
        t.scan(residentScan(i));

    // Shift change 2: C is back from a break and mistypes the PIN until locked out.
    t.key(Qt::Key_L, Qt::ControlModifier);
    t.signIn(c.staffId, QStringLiteral("999999"));
    LoginScreen *login = t.window.loginScreen();
    for (int i = 1; i < 5; ++i) { // the staff ID stays; the PIN is typed again
        QVERIFY(login->pinField()->hasFocus());
        typeText(login->pinField(), QStringLiteral("999999"));
        QTest::keyClick(login->pinField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!login->isChecking(), kWaitMs);
    }
    QVERIFY(t.window.isLocked());
    QCOMPARE(staff.member(c.staffId)->failedAttempts, 5);
    QVERIFY(staff.member(c.staffId)->lockedUntil.isValid());
    const QString lockedOut = login->message();
    login->reset();

    // The lead unlocks C (Ctrl+U) and resets A's forgotten PIN (Ctrl+R).
    signIn(t, lead);
    withStaffList(t, [&](StaffDialog *d) {
        QVERIFY(d->selectStaffId(c.staffId));
        d->unlock(); // Ctrl+U
        QVERIFY2(d->message().contains(c.staffId), qPrintable(d->message()));
        QVERIFY(d->selectStaffId(a.staffId));
        QString reset;
        readNextOneTimePin(a.staffId, &reset);
        d->resetPin(); // Ctrl+R
        QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), kWaitMs);
        a.pin = reset;
        a.ownPin = QStringLiteral("691357");
    });
    t.key(Qt::Key_L, Qt::ControlModifier);
    signIn(t, c);
    for (int i = 8; i <= 9; ++i)
        t.scan(residentScan(i));
    // A comes back with the reset PIN, chooses a new one and works on.
    t.key(Qt::Key_L, Qt::ControlModifier);
    signIn(t, a);
    t.scan(residentScan(10));

    // Each swab kept the person who took it; the dashboard counts them per operator.
    const auto takenBy = [&t](const QString &staffId) {
        return count(t.f, QStringLiteral("SELECT count(*) FROM samples s JOIN operators o ON "
                                         "o.id = s.operator_id WHERE o.staff_id = '%1'")
                              .arg(staffId));
    };
    QCOMPARE(takenBy(a.staffId), 4);
    QCOMPARE(takenBy(b.staffId), 4);
    QCOMPARE(takenBy(c.staffId), 2);
    dashboard::ThroughputQueries queries(t.f.db);
    const auto perOperator = queries.perOperator(siteDate(t.f.clock()()));
    QVERIFY2(perOperator.ok(), qPrintable(perOperator.message()));
    QHash<QString, int> figures;
    for (const dashboard::OperatorThroughput &o : perOperator.value())
        figures.insert(o.staffId, o.samples);
    QCOMPARE(figures.value(a.staffId), 4);
    QCOMPARE(figures.value(b.staffId), 4);
    QCOMPARE(figures.value(c.staffId), 2);
    QVERIFY(!figures.contains(lead.staffId));

    // Every staff change went to the province and the audit log: 4 added, 4 own PINs set
    // after a one-time PIN (A twice), 1 unlocked, 1 PIN reset.
    const int staffRecords = count(t.f, QStringLiteral("SELECT count(*) FROM outbox WHERE "
                                                       "kind = 'operator.changed'")) -
                             staffRowsBefore;
    QCOMPARE(staffRecords, 4 + 5 + 1 + 1);
    QCOMPARE(count(t.f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'operator.changed' AND detail LIKE '%unlocked%'")),
             1);
    QCOMPARE(count(t.f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'operator.changed' AND detail LIKE '%pin_reset%'")),
             1);
    // The lock-out was said in the interface's language, with no English left in Chinese.
    QVERIFY(!lockedOut.isEmpty());
    if (language == QLatin1String("zh_CN"))
        QVERIFY2(!lockedOut.contains(QRegularExpression(QStringLiteral("[A-Za-z]{4,}"))),
                 qPrintable(lockedOut));
}

QTEST_MAIN(TestStaffingADay)
#include "tst_staffingaday.moc"
