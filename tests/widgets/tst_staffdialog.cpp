// SPDX-License-Identifier: GPL-3.0-or-later
// The staff list (F9) driven with keys: add an operator, reset a PIN, a refusal in the
// service's words.
#include "core/staff/SiteStaffList.h"
#include "core/staff/StaffService.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SyncController.h"
#include "models/StaffListModel.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/StaffDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

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
    void addFormStaysOpenOnARefusal();
    void exportedListImportsAtAnotherStation();
    void f9OpensTheStaffList();
    void openStaffListFollowsTheSitesStaffList();
};

void TestStaffDialog::addsAnOperatorAndResetsTheirPin() {
    StationFixture f;
    StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
    const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
    QVERIFY(admin.ok());
    StaffDialog dialog(staff, admin.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->model()->rowCount(), 1);

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
    // The one-time PIN is hashed on a worker: the dialog says it is busy, has written
    // nothing yet, and refuses a second action meanwhile.
    QVERIFY(dialog.isBusy());
    QVERIFY(!staff.member(QStringLiteral("S002")));
    dialog.resetPin(); // what Ctrl+R does; the window is not active again yet offscreen
    QVERIFY(dialog.message().contains(StaffDialog::tr("still being protected")));
    QTRY_VERIFY_WITH_TIMEOUT(!firstPin.isEmpty(), kPinCheckTimeoutMs);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.table()->model()->rowCount(), 2);
    const std::optional<StaffMember> added = staff.member(QStringLiteral("S002"));
    QVERIFY(added);
    QCOMPARE(added->name, QStringLiteral("Wang Fang"));
    QCOMPARE(added->role, StaffRole::Sampler);
    QVERIFY(added->mustSetOwnPin);
    QCOMPARE(dialog.currentStaffId(), QStringLiteral("S002"));
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

// The add form checks before it closes: a missing name, then a staff ID in use, each in the
// service's words under the fields, the cursor in that field, nothing typed lost; the
// corrected form adds.
void TestStaffDialog::addFormStaysOpenOnARefusal() {
    StationFixture f;
    StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
    const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
    QVERIFY(admin.ok());
    StaffDialog dialog(staff, admin.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    struct Seen {
        bool open = false;
        QString error;
        QString focused;
        QString staffId;
        QString name;
    };
    QList<Seen> seen;
    onNextDialog(
        [&seen](QWidget *form) {
            // A failed check below must not leave the form open.
            const auto closeAnyway = qScopeGuard([form] {
                if (form->isVisible())
                    static_cast<QDialog *>(form)->reject();
            });
            auto *staffId = form->findChild<QLineEdit *>(QStringLiteral("staffIdField"));
            auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameField"));
            auto *error = form->findChild<QLabel *>(QStringLiteral("newStaffError"));
            QVERIFY(staffId && name && error);
            QTRY_VERIFY(form->isActiveWindow()); // keys and focus once it is active
            const auto look = [&] {
                QWidget *focus = QApplication::focusWidget();
                seen.append({form->isVisible(), error->isVisible() ? error->text() : QString(),
                             focus ? focus->objectName() : QString(), staffId->text(),
                             name->text()});
            };
            typeText(staffId, kStaffId); // in use
            QTest::keyClick(staffId, Qt::Key_Tab);
            QTest::keyClick(name, Qt::Key_Return); // no name yet
            look();
            typeText(name, QStringLiteral("Wang Fang"));
            QTest::keyClick(name, Qt::Key_Return);
            look();
            staffId->selectAll();
            typeText(staffId, QStringLiteral("S002"));
            QTest::keyClick(staffId, Qt::Key_Return);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("newStaffMemberDialog"); });
    QString pin;
    readNextOneTimePin(&pin);
    QTest::keyClick(dialog.table(), Qt::Key_Insert);
    QTRY_VERIFY_WITH_TIMEOUT(!pin.isEmpty(), kPinCheckTimeoutMs);
    QCOMPARE(seen.size(), 2);
    NewStaffMember noName{kStaffId, {}, StaffRole::Sampler, {}};
    QVERIFY(seen[0].open);
    QCOMPARE(seen[0].error, StaffService::validateMember(noName).message());
    QCOMPARE(seen[0].focused, QStringLiteral("nameField"));
    QCOMPARE(seen[0].staffId, kStaffId);
    QVERIFY(seen[1].open);
    noName.name = QStringLiteral("Wang Fang");
    QCOMPARE(seen[1].error, staff.checkNew(noName, admin.value()).message());
    QVERIFY(seen[1].error.contains(kStaffId));
    QCOMPARE(seen[1].focused, QStringLiteral("staffIdField"));
    QCOMPARE(seen[1].name, QStringLiteral("Wang Fang"));
    const std::optional<StaffMember> added = staff.member(QStringLiteral("S002"));
    QVERIFY(added);
    QCOMPARE(added->name, QStringLiteral("Wang Fang"));
}

// Export at one station, import at another: the same people with the same roles, each with
// a one-time PIN shown once; a bad row refuses the whole file.
void TestStaffDialog::exportedListImportsAtAnotherStation() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("staff.csv"));
    {
        StationFixture f;
        StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
        const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
        QVERIFY(admin.ok());
        QVERIFY(staff.add({QStringLiteral("S002"), QStringLiteral("王芳"), StaffRole::SiteLead,
                           QStringLiteral("13800000000")},
                          admin.value()));
        QVERIFY(staff.add(
            {QStringLiteral("S003"), QStringLiteral("Li Lei"), StaffRole::Sampler, QString()},
            admin.value()));
        StaffDialog dialog(staff, admin.value());
        dialog.exportCsvTo(path);
        QVERIFY2(dialog.message().contains(path), qPrintable(dialog.message()));
    }
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray csv = exported.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("S002,王芳,lead,13800000000\r\n"));

    StationFixture other;
    StaffService staff(other.db, other.codec, *other.store->identity(), other.clock());
    const Result<OperatorRef> admin = other.store->signIn(kStaffId, kPin);
    QVERIFY(admin.ok());
    StaffDialog dialog(staff, admin.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A bad row: its line, nothing imported.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv + "S004,,sampler,\r\n");
    }
    dialog.importCsvFrom(bad);
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.message().startsWith(QLatin1String("Line 5:")), qPrintable(dialog.message()));
    QCOMPARE(staff.list().size(), 1);

    // The exported file: two people added, each PIN shown once, and it signs in.
    QString pins;
    onNextDialog(
        [&pins](QWidget *box) {
            pins = qobject_cast<QMessageBox *>(box)->text();
            QTest::keyClick(box, Qt::Key_Return);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("oneTimePinBox"); });
    dialog.importCsvFrom(path);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!pins.isEmpty(), 2 * kPinCheckTimeoutMs);
    QCOMPARE(dialog.table()->model()->rowCount(), 3);
    const std::optional<StaffMember> lead = staff.member(QStringLiteral("S002"));
    QVERIFY(lead);
    QCOMPARE(lead->role, StaffRole::SiteLead);
    QCOMPARE(lead->phone, QStringLiteral("13800000000"));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("\\(S003\\): ([0-9]{6,12})")).match(pins);
    QVERIFY2(m.hasMatch(), qPrintable(pins));
    QVERIFY(other.store->signIn(QStringLiteral("S003"), m.captured(1)).ok());
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
            rows = dialog->table()->model()->rowCount();
            QTest::keyClick(dialog->table(), Qt::Key_Escape);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("staffDialog"); });
    t.key(Qt::Key_F9);
    QCOMPARE(rows, 1);
    QVERIFY(!t.window.isLocked());
}

// Another table adds a member while the staff list is open: the sync applies it (its own
// connection) and says so; the open list shows the newcomer at once, the selection stays.
void TestStaffDialog::openStaffListFollowsTheSitesStaffList() {
    TableDriver t;
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    t.window.setStaffService(&staff);
    SyncSettings settings;
    settings.serverUrl = QUrl(QStringLiteral("https://hub.example:8443"));
    SyncController sync(databasePath(t.f.dir.path()), settings, QStringLiteral("token"));
    t.window.attachSync(&sync, &t.f.db);
    t.signIn();
    int rowsBefore = -1;
    int rowsAfter = -1;
    QString selected;
    QString newcomer;
    onNextDialog(
        [&](QWidget *w) {
            auto *dialog = qobject_cast<StaffDialog *>(w);
            QVERIFY(dialog);
            rowsBefore = dialog->table()->model()->rowCount();
            dialog->selectStaffId(kStaffId);
            Database syncDb;
            if (syncDb.open(databasePath(t.f.dir.path())).ok()) {
                protocol::SiteStaffEntry e;
                e.staffId = QStringLiteral("S009");
                e.name = QStringLiteral("欧阳明月");
                e.role = QStringLiteral("sampler");
                e.pinVerifier = StationStore::hashPin(QStringLiteral("135792"));
                e.oneTimePin = true;
                e.changedAt = QStringLiteral("2026-06-04T13:00:00.000Z");
                e.changedBy = QStringLiteral("S001");
                e.station = QStringLiteral("gz-th-0001-t02");
                e.seq = 1;
                SiteStaffList(syncDb, t.f.clock()).apply(settings.serverUrl.toString(), e);
            }
            Q_EMIT sync.staffListChanged();
            rowsAfter = dialog->table()->model()->rowCount();
            selected = dialog->currentStaffId();
            const int row = dialog->list()->rowOf(QStringLiteral("S009"));
            newcomer =
                dialog->table()->model()->index(row, StaffListModel::NameColumn).data().toString();
            QTest::keyClick(dialog->table(), Qt::Key_Escape);
        },
        [](QWidget *w) { return w->objectName() == QLatin1String("staffDialog"); });
    t.key(Qt::Key_F9);
    QCOMPARE(rowsBefore, 1);
    QCOMPARE(rowsAfter, 2);
    QCOMPARE(newcomer, QStringLiteral("欧阳明月"));
    QCOMPARE(selected, kStaffId);
}

QTEST_MAIN(TestStaffDialog)
#include "tst_staffdialog.moc"
