// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TodaysSamplesModel.h"
#include "tests/models/StationFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace station;
using namespace station::test;

class TestTodaysSamplesModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reloadsOnEveryChange();
    void filters_data();
    void filters();
    void removedSamplesStayListedWithTheirState();
    void aRetestIsMarkedAsTheTubesListMarksIt();
};

void TestTodaysSamplesModel::reloadsOnEveryChange() {
    StationFixture f;
    f.signIn();
    TodaysSamplesModel model(*f.service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    QVERIFY(f.service->addResident(resident(1), EntryMethod::Scanner).ok());
    QVERIFY(f.service->addResident(resident(2), EntryMethod::Scanner).ok());
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, TodaysSamplesModel::NameColumn).data().toString(), resident(2).name);
    QCOMPARE(model.index(0, TodaysSamplesModel::TubeColumn).data().toString(), tubeCode(1));
    QCOMPARE(model.index(0, TodaysSamplesModel::OperatorColumn).data().toString(), kStaffId);
    QCOMPARE(model.index(1, TodaysSamplesModel::PositionColumn).data().toInt(), 1);
}

void TestTodaysSamplesModel::filters_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    // Tubes 1 and 2 hold residents 1-3 and 4-5.
    QTest::newRow("none") << QString() << 5;
    QTest::newRow("whole tube code") << tubeCode(2) << 2;
    QTest::newRow("part of tube code") << QStringLiteral("00000001") << 3;
    QTest::newRow("last digits of an ID") << residentCardNumber(4).right(4) << 1;
    QTest::newRow("unknown") << QStringLiteral("ZZ99") << 0;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  ") + tubeCode(1) + QStringLiteral(" ") << 3;
}

void TestTodaysSamplesModel::filters() {
    QFETCH(QString, filter);
    QFETCH(int, rows);
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(f.service->addResident(resident(i), EntryMethod::Scanner).ok());
    QVERIFY(f.service->sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
    QVERIFY(f.service->openTube(tubeCode(2)).ok());
    for (int i = 4; i <= 5; ++i)
        QVERIFY(f.service->addResident(resident(i), EntryMethod::Scanner).ok());
    TodaysSamplesModel model(*f.service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), rows);
}

void TestTodaysSamplesModel::removedSamplesStayListedWithTheirState() {
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    QVERIFY(f.service->addResident(resident(1), EntryMethod::Scanner).ok());
    QVERIFY(f.service->addResident(resident(2), EntryMethod::Scanner).ok());
    QVERIFY(f.service->undoLastSample(QStringLiteral("wrong person")).ok());
    TodaysSamplesModel model(*f.service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TodaysSamplesModel::StateColumn).data().toString(),
             QStringLiteral("Removed"));
    QCOMPARE(model.index(1, TodaysSamplesModel::StateColumn).data().toString(),
             QStringLiteral("Open"));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());
}

// A tester saw the same name twice in today's list with nothing to tell the re-test (复采)
// from a mistake; the tube's list marks it.
void TestTodaysSamplesModel::aRetestIsMarkedAsTheTubesListMarksIt() {
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    QVERIFY(f.service->addResident(resident(1), EntryMethod::Scanner).ok());
    QVERIFY(f.service->sealOpenTubeEarly(QStringLiteral("queue empty")).ok());
    QVERIFY(f.service->openTube(tubeCode(2)).ok());
    QVERIFY(f.service->addResident(resident(1), EntryMethod::Scanner, true).ok());
    TodaysSamplesModel model(*f.service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TodaysSamplesModel::NameColumn).data().toString(),
             QStringLiteral("%1 (re-test)").arg(resident(1).name));
    QCOMPARE(model.index(1, TodaysSamplesModel::NameColumn).data().toString(), resident(1).name);
}

QTEST_GUILESS_MAIN(TestTodaysSamplesModel)
#include "tst_todayssamplesmodel.moc"
