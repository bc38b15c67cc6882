// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TubeMembersModel.h"
#include "tests/models/StationFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace station;
using namespace station::test;

class TestTubeMembersModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyWithoutTube();
    void followsTheOpenTube_data();
    void followsTheOpenTube();
    void showsOnlyMaskedIdNumbers();
};

void TestTubeMembersModel::emptyWithoutTube() {
    TubeMembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TubeMembersModel::ColumnCount));
    QCOMPARE(model.sampleIdAt(0), qint64(0));
    QCOMPARE(model.headerData(TubeMembersModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

void TestTubeMembersModel::followsTheOpenTube_data() {
    QTest::addColumn<int>("people");
    QTest::newRow("one") << 1;
    QTest::newRow("three") << 3;
    QTest::newRow("nine of ten") << 9;
}

void TestTubeMembersModel::followsTheOpenTube() {
    QFETCH(int, people);
    StationFixture f;
    f.signIn();
    TubeMembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    for (int i = 1; i <= people; ++i)
        QVERIFY(f.service->addResident(resident(i), EntryMethod::Scanner).ok());
    model.setTube(f.service->openTubeSnapshot());
    QCOMPARE(model.rowCount(), people);
    for (int row = 0; row < people; ++row) {
        QCOMPARE(model.index(row, TubeMembersModel::PositionColumn).data().toInt(), row + 1);
        QCOMPARE(model.index(row, TubeMembersModel::NameColumn).data().toString(),
                 resident(row + 1).name);
        QVERIFY(model.sampleIdAt(row) > 0);
        QCOMPARE(model.index(row, 0).data(TubeMembersModel::SampleIdRole).toLongLong(),
                 model.sampleIdAt(row));
    }
    model.setTube(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void TestTubeMembersModel::showsOnlyMaskedIdNumbers() {
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    QVERIFY(f.service->addResident(resident(7), EntryMethod::Manual).ok());
    TubeMembersModel model;
    model.setTube(f.service->openTubeSnapshot());
    const QString full = resident(7).idNumber;
    const QString shown = model.index(0, TubeMembersModel::IdColumn).data().toString();
    QCOMPARE(shown, maskIdNumber(full));
    QVERIFY(!shown.contains(full.mid(4, 10)));
    QCOMPARE(model.index(0, TubeMembersModel::EntryColumn).data().toString(),
             QStringLiteral("Typed in"));
}

QTEST_GUILESS_MAIN(TestTubeMembersModel)
#include "tst_tubemembersmodel.moc"
