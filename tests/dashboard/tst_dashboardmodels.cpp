// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's item models, checked by QAbstractItemModelTester through resets, and
// their display and raw values.
#include "models/dashboard/AlertListModel.h"
#include "models/dashboard/BoxAgeModel.h"
#include "models/dashboard/OperatorThroughputModel.h"
#include "models/dashboard/SiteTablesModel.h"
#include "models/dashboard/TableThroughputModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace station::dashboard;

namespace {

const QTimeZone kZone("Asia/Shanghai");

QDateTime utc(int h, int m) {
    return QDateTime(QDate(2026, 11, 25), QTime(h, m), Qt::UTC);
}

// A site at 16:42 Shanghai time (08:42 UTC): the hub answered at 16:42; table 2 is
// sampling with a box over its limit, table 3 went quiet at 16:20, table 4 was never
// heard from, and this station is table 7.
SiteFigures siteAt1642() {
    SiteFigures f;
    f.computedAt = utc(8, 42);
    f.receivedAt = utc(8, 42);
    f.role = QStringLiteral("hub");
    f.ownStation = QStringLiteral("t07");
    f.upstream = SiteUpstream{0, {}, utc(8, 41), {}, true};
    SiteTable two;
    two.station = QStringLiteral("t02");
    two.label = QStringLiteral("Table 2");
    two.tableNumber = 2;
    two.lastSeenAt = utc(8, 41);
    two.statusAt = utc(8, 41);
    two.pending = 3;
    two.oldestPendingAt = utc(8, 40);
    two.lastSampleAt = utc(8, 40);
    two.samples = 120;
    for (int m = 0; m < 60; m += 10)
        two.buckets.append({utc(7, 50).addSecs(m * 60), 5, 0});
    two.buckets.append({utc(6, 0), 40, 0}); // more than an hour ago
    two.openTubes = {{QStringLiteral("GZ1"), utc(8, 30), 4, 10},
                     {QStringLiteral("GZ2"), utc(8, 35), 2, 10}};
    SiteBox late;
    late.box = QStringLiteral("BX9");
    late.earliestSwab = utc(4, 30); // 4 h 12 min ago
    late.tubes = 5;
    SiteBox young;
    young.box = QStringLiteral("BX10");
    young.earliestSwab = utc(8, 0);
    two.boxes = {late, young};
    SiteTable three;
    three.station = QStringLiteral("t03");
    three.label = QStringLiteral("Table 3");
    three.tableNumber = 3;
    three.lastSeenAt = utc(8, 20);
    three.lastSampleAt = utc(8, 19);
    three.pending = 0;
    SiteTable four;
    four.station = QStringLiteral("t04");
    four.label = QStringLiteral("Table 4");
    four.tableNumber = 4;
    SiteTable own;
    own.station = QStringLiteral("t07");
    own.label = QStringLiteral("Table 7");
    own.tableNumber = 7;
    own.samples = 1; // old news: the station's own database says more
    f.siteTables = {four, own, three, two};
    return f;
}

DashboardSnapshot ownTableAt1642() {
    DashboardSnapshot s;
    s.valid = true;
    s.asOf = utc(8, 42);
    TableThroughput t;
    t.tableNumber = 7;
    t.samples = 50;
    t.lastSampleAt = utc(8, 41);
    s.tables = {t};
    s.samplesToday = 50;
    s.buckets = {{utc(8, 30).toTimeZone(kZone), 6}, {utc(7, 0).toTimeZone(kZone), 9}};
    s.tubes.open = 1;
    s.sync.pending = 2;
    s.sync.oldestPendingAt = utc(8, 41);
    return s;
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
        QTest::newRow("fresh") << qint64(45 * 60) << 0 << QStringLiteral("45 min");
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
        // A sync problem comes after the others of its severity, whatever their order.
        Alert shared{AlertKind::SyncProblem, AlertSeverity::Critical,
                     QStringLiteral("tube_code_reused"), QStringLiteral("Sync problem")};
        Alert person{AlertKind::SyncProblem, AlertSeverity::Warning,
                     QStringLiteral("person_sampled_elsewhere"), QStringLiteral("Person")};
        model.setAlerts({person, shared, idle, over});
        QStringList order;
        for (int r = 0; r < model.rowCount(); ++r)
            order << model.index(r).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Box BX1 over"), QStringLiteral("Sync problem"),
                                     QStringLiteral("Table 7 idle"), QStringLiteral("Person")}));
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The rows and alerts the dashboard shows of the site, from the hub's figures and this
    // station's own database.
    void siteOverview() {
        const SiteFigures figures = siteAt1642();
        const SiteOverview o = SiteOverviewBuilder::build(
            &figures, true, QString(), ownTableAt1642(), utc(8, 42), kZone, ShiftWindow{});
        QVERIFY(o.haveSiteFigures);
        QCOMPARE(o.role, QStringLiteral("hub"));
        QCOMPARE(o.rows.size(), 4);
        QStringList labels;
        for (const SiteTableRow &r : o.rows)
            labels << r.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("Table 2"), QStringLiteral("Table 3"),
                                      QStringLiteral("Table 4"), QStringLiteral("Table 7")}));
        const SiteTableRow &two = o.rows.at(0);
        QCOMPARE(two.lastHour, 30);
        QCOMPARE(two.samplesToday, 120);
        QVERIFY(!two.idle);
        QCOMPARE(two.openTubes, 2);
        QCOMPARE(two.peopleInOpenTubes, 6);
        QCOMPARE(two.boxes, 2);
        QCOMPARE(two.boxesOverLimit, 1);
        QCOMPARE(two.oldestBoxAgeSeconds, qint64(4 * 3600 + 12 * 60));
        QCOMPARE(two.pending, std::optional<qint64>(3));
        QVERIFY(!two.notHeardFrom);
        QCOMPARE(two.ageSeconds, qint64(60));
        const SiteTableRow &three = o.rows.at(1);
        QVERIFY(three.idle);
        QVERIFY(three.notHeardFrom);
        QCOMPARE(three.ageSeconds, qint64(22 * 60));
        const SiteTableRow &four = o.rows.at(2);
        QVERIFY(four.notHeardFrom);
        QCOMPARE(four.ageSeconds, qint64(-1));
        QVERIFY(!four.pending);
        // This station's row is its own, live, whatever the hub last heard.
        const SiteTableRow &own = o.rows.at(3);
        QVERIFY(own.own && own.live);
        QCOMPARE(own.samplesToday, 50);
        QCOMPARE(own.lastHour, 6);
        QCOMPARE(own.pending, std::optional<qint64>(2));
        QVERIFY(!own.notHeardFrom);

        QList<AlertKind> kinds;
        for (const Alert &a : o.alerts)
            kinds << a.kind;
        QVERIFY(kinds.contains(AlertKind::BoxOverLimit));
        QCOMPARE(kinds.count(AlertKind::TableNotHeardFrom), 2);
        QCOMPARE(kinds.count(AlertKind::TableIdle), 2); // tables 3 and 4
        QVERIFY(std::any_of(o.alerts.cbegin(), o.alerts.cend(), [](const Alert &a) {
            return a.message ==
                   QStringLiteral("Table 3 has not been heard from since 16:20 (22 min): its "
                                  "figures are old. Check its network.");
        }));
    }

    // Figures kept from an earlier answer age with this station's clock, and a hub whose
    // clock is off does not make them look newer or older than they are.
    void siteFiguresAge() {
        SiteFigures figures = siteAt1642();
        figures.computedAt = utc(8, 52); // the hub's clock is 10 minutes ahead
        const SiteOverview o =
            SiteOverviewBuilder::build(&figures, false, QStringLiteral("no route"),
                                       ownTableAt1642(), utc(8, 57), kZone, ShiftWindow{});
        QVERIFY(!o.reachable);
        QCOMPARE(o.figuresAgeSeconds, qint64(15 * 60));
        QCOMPARE(o.rows.at(0).ageSeconds, qint64(26 * 60)); // seen at 08:41 hub time, 09:07 now
        QVERIFY(o.rows.at(0).notHeardFrom);
        // Never answered: this table only.
        const SiteOverview none =
            SiteOverviewBuilder::build(nullptr, false, QStringLiteral("no route"), ownTableAt1642(),
                                       utc(8, 57), kZone, ShiftWindow{});
        QVERIFY(!none.haveSiteFigures);
        QCOMPARE(none.rows.size(), 1);
        QVERIFY(none.rows.first().live);
    }

    void siteTables() {
        SiteTablesModel model(kZone);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const SiteFigures figures = siteAt1642();
        const SiteOverview o = SiteOverviewBuilder::build(
            &figures, true, QString(), ownTableAt1642(), utc(8, 42), kZone, ShiftWindow{});
        model.setRows(o.rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(SiteTablesModel::ColumnCount));
        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        using M = SiteTablesModel;
        QCOMPARE(text(0, M::TableColumn), QStringLiteral("Table 2"));
        QCOMPARE(text(0, M::RateColumn), QStringLiteral("30 (5.0)"));
        QCOMPARE(text(0, M::LastSwabColumn), QStringLiteral("16:40"));
        // Untranslated here: "person(s)"; the English translation says "people".
        QVERIFY2(text(0, M::OpenTubesColumn).startsWith(QStringLiteral("2 (6 person")),
                 qPrintable(text(0, M::OpenTubesColumn)));
        // Over the limit: a shape and words, not only red.
        QCOMPARE(text(0, M::BoxesColumn), QStringLiteral("■ 2, oldest 4 h 12 min — 1 OVER 4 h"));
        QCOMPARE(model.index(0, M::BoxesColumn).data(M::BoxSeverityRole).toInt(), 2);
        QCOMPARE(text(0, M::BacklogColumn), QStringLiteral("3, oldest 16:40"));
        QCOMPARE(text(0, M::FreshnessColumn), QStringLiteral("as of 16:41, 1 min ago"));
        QCOMPARE(text(1, M::LastSwabColumn), QStringLiteral("16:19 — idle 23 min"));
        QVERIFY(model.index(1, M::LastSwabColumn).data(M::IdleRole).toBool());
        QCOMPARE(text(1, M::FreshnessColumn),
                 QStringLiteral("NOT HEARD FROM since 16:20, 22 min ago"));
        QVERIFY(model.index(1, M::FreshnessColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(text(2, M::FreshnessColumn), QStringLiteral("NOT HEARD FROM yet"));
        QCOMPARE(text(2, M::BacklogColumn), QStringLiteral("not known"));
        QCOMPARE(text(3, M::TableColumn), QStringLiteral("Table 7 (this table)"));
        QCOMPARE(text(3, M::FreshnessColumn), QStringLiteral("live, as of 16:42"));
        QCOMPARE(text(3, M::OpenTubesColumn), QStringLiteral("1"));
        QCOMPARE(model.index(0, M::SwabsColumn).data(Qt::UserRole).toInt(), 120);
        QCOMPARE(model.headerData(M::FreshnessColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Figures"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
