// SPDX-License-Identifier: GPL-3.0-or-later
// The staff list as the staff window (F9) shows it, without widgets: the site's staff list
// changes under it when the sync applies other tables' entries (on its own thread and
// database connection); the model follows the sync's signal and shows the new member and a
// changed one at once, keeping the rows (and so a view's selection) when the same people
// stay; a signal that finds nothing new changes nothing.
#include "models/StaffListModel.h"

#include "core/staff/SiteStaffList.h"
#include "core/staff/StaffRole.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SyncController.h"
#include "tests/models/StationFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kHub = QStringLiteral("https://hub.example:8443");

protocol::SiteStaffEntry entryFromAnotherTable(const QString &at, bool active, qint64 seq) {
    protocol::SiteStaffEntry e;
    e.staffId = QStringLiteral("S007");
    e.name = QStringLiteral("王组长");
    e.role = StaffRoleText::key(StaffRole::SiteLead);
    e.active = active;
    e.pinVerifier = StationStore::hashPin(QStringLiteral("135792"));
    e.changedAt = at;
    e.changedBy = QStringLiteral("S001");
    e.station = QStringLiteral("gz-th-0001-t02");
    e.seq = seq;
    return e;
}

} // namespace

class TestStaffListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheSitesStaffList() {
        StationFixture f;
        StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
        StaffListModel model(staff, f.clock());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.staffIdAt(0), kStaffId);
        QCOMPARE(model.columnCount(), int(StaffListModel::ColumnCount));

        // The sync, not started: its signal is what SiteStaffSync relays after applying.
        SyncController sync(databasePath(f.dir.path()), SyncSettings(), QStringLiteral("token"));
        model.followSiteStaff(&sync);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy shown(&model, &StaffListModel::staffListShownChanged);

        // Another table's new lead, applied as the sync applies it: its own connection.
        Database syncDb;
        QVERIFY(syncDb.open(databasePath(f.dir.path())).ok());
        SiteStaffList list(syncDb, f.clock());
        Result<SiteStaffApplied> applied = list.apply(
            kHub, entryFromAnotherTable(QStringLiteral("2026-06-04T13:00:00.000Z"), true, 1));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QCOMPARE(applied.value(), SiteStaffApplied::Applied);
        QCOMPARE(model.rowCount(), 1); // nothing read until the sync says so

        Q_EMIT sync.staffListChanged();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(reset.count(), 1); // a new row: reset
        const int row = model.rowOf(QStringLiteral("S007"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, StaffListModel::NameColumn).data().toString(),
                 QStringLiteral("王组长"));
        QCOMPARE(model.index(row, StaffListModel::RoleColumn).data().toString(),
                 StaffRoleText::displayName(StaffRole::SiteLead));
        QCOMPARE(model.index(row, StaffListModel::StaffIdColumn)
                     .data(StaffListModel::StaffIdRole)
                     .toString(),
                 QStringLiteral("S007"));
        const QString activeText = model.index(row, StaffListModel::StateColumn).data().toString();

        // Disabled at that table later: the same people, so only that row's cells change.
        applied = list.apply(
            kHub, entryFromAnotherTable(QStringLiteral("2026-06-04T14:00:00.000Z"), false, 2));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        Q_EMIT sync.staffListChanged();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(shown.count(), 2);
        const QString disabledText =
            model.index(row, StaffListModel::StateColumn).data().toString();
        QVERIFY2(disabledText != activeText, qPrintable(disabledText));
        QVERIFY2(
            disabledText.contains(QCoreApplication::translate("station::StaffDialog", "disabled")),
            qPrintable(disabledText));

        // Nothing new: nothing changes.
        Q_EMIT sync.staffListChanged();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("S404")), -1);
        QVERIFY(model.staffIdAt(5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffListModel)
#include "tst_stafflistmodel.moc"
