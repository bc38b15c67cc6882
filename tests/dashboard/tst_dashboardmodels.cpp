// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's item models, checked by QAbstractItemModelTester through resets, and
// their display and raw values.
#include "models/dashboard/AlertListModel.h"
#include "models/dashboard/BoxAgeModel.h"
#include "models/dashboard/OperatorThroughputModel.h"
#include "models/dashboard/TableThroughputModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace station::dashboard;

namespace {

const QTimeZone kZone("Asia/Shanghai");

QDateTime utc(int h, int m) {
    return QDateTime(QDate(2026, 11, 25), QTime(h, m), Qt::UTC);
}

} // namespace

class TestDashboardModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tables() {
        TableThroughputModel model(kZone);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        TableThroughput a;
        a.tableNumber = 7;
        a.samples = 412;
        a.avgSecondsPerSample = 27.6;
        a.gapsMeasured = 80;
        a.lastSampleAt = utc(2, 5); // 10:05 in Shanghai
        TableThroughput b;
        b.tableNumber = 8;
        model.setTables({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TableThroughputModel::ColumnCount));
        QCOMPARE(model.index(0, TableThroughputModel::TableColumn).data().toString(),
                 QStringLiteral("Table 7"));
        QCOMPARE(model.index(0, TableThroughputModel::SwabsColumn).data().toInt(), 412);
        QCOMPARE(model.index(0, TableThroughputModel::SecondsPerSampleColumn).data().toString(),
                 QStringLiteral("28"));
        QCOMPARE(model.index(0, TableThroughputModel::SecondsPerSampleColumn)
                     .data(Qt::UserRole)
                     .toDouble(),
                 27.6);
        QCOMPARE(model.index(0, TableThroughputModel::LastSampleColumn).data().toString(),
                 QStringLiteral("10:05"));
        QCOMPARE(model.index(1, TableThroughputModel::SecondsPerSampleColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(
            !model.index(1, TableThroughputModel::LastSampleColumn).data(Qt::UserRole).isValid());
        model.setTables({});
        QCOMPARE(model.rowCount(), 0);
    }

    void operators() {
        OperatorThroughputModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOperators({{1, QStringLiteral("S001"), QStringLiteral("李护士"), 20},
                            {2, QStringLiteral("S002"), QStringLiteral("王医生"), 9}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, OperatorThroughputModel::StaffIdColumn).data().toString(),
                 QStringLiteral("S002"));
        QCOMPARE(model.index(0, OperatorThroughputModel::SwabsColumn).data().toInt(), 20);
        QCOMPARE(model.headerData(OperatorThroughputModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Operator"));
    }

    void boxes_data() {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("ageText");
        QTest::newRow("fresh") << qint64(45 * 60) << 0 << QStringLiteral("0 h 45 min");
        QTest::newRow("3h29") << qint64(3 * 3600 + 29 * 60) << 0 << QStringLiteral("3 h 29 min");
        QTest::newRow("3h30") << qint64(3 * 3600 + 30 * 60) << 1 << QStringLiteral("3 h 30 min");
        QTest::newRow("4h") << qint64(4 * 3600) << 2 << QStringLiteral("4 h 00 min");
        QTest::newRow("empty") << qint64(-1) << 0 << QStringLiteral("empty");
    }
    void boxes() {
        QFETCH(qint64, age);
        QFETCH(int, severity);
        QFETCH(QString, ageText);
        BoxAgeModel model(kZone);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BoxAge b;
        b.code = QStringLiteral("BX00000001");
        b.state = QStringLiteral("sealed");
        b.tubes = 12;
        b.ageSeconds = age;
        if (age >= 0)
            b.earliestSwab = utc(1, 0); // 09:00 in Shanghai
        model.setBoxes({b});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BoxAgeModel::AgeColumn).data().toString(), ageText);
        QCOMPARE(model.index(0, 0).data(BoxAgeModel::SeverityRole).toInt(), severity);
        QCOMPARE(model.index(0, BoxAgeModel::LimitColumn).data().toString(),
                 age >= 0 ? QStringLiteral("13:00") : QStringLiteral("—"));
        QCOMPARE(model.index(0, BoxAgeModel::StateColumn).data(Qt::UserRole).toString(),
                 QStringLiteral("sealed"));
    }

    void alerts() {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Alert idle{AlertKind::TableIdle, AlertSeverity::Warning, QStringLiteral("7"),
                   QStringLiteral("Table 7 idle")};
        Alert over{AlertKind::BoxOverLimit, AlertSeverity::Critical, QStringLiteral("BX1"),
                   QStringLiteral("Box BX1 over")};
        model.setAlerts({idle, over});
        QCOMPARE(model.rowCount(), 2);
        // Critical first.
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Box BX1 over"));
        QCOMPARE(model.index(0).data(AlertListModel::SubjectRole).toString(),
                 QStringLiteral("BX1"));
        QCOMPARE(model.index(1).data(AlertListModel::KindRole).toInt(), int(AlertKind::TableIdle));
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
