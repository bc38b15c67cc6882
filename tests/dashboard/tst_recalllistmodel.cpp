// SPDX-License-Identifier: GPL-3.0-or-later
// The lead's recall list (待复核), checked by QAbstractItemModelTester through resets: who
// (masked ID here, tube and table elsewhere; never a name or full ID number), from which
// tube and table, and whether the person was sampled again alone.
#include "models/dashboard/RecallListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace station::dashboard;

namespace {

const QTimeZone kZone("Asia/Shanghai");

RecallEntry entry(const QString &idMasked, const QString &tube, const QString &table, bool open) {
    RecallEntry e;
    e.idMasked = idMasked;
    e.tube = tube;
    e.table = table;
    e.station = QStringLiteral("gz-th-017-t02");
    e.outcome = QStringLiteral("positive");
    e.open = open;
    e.raisedAt = QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC);
    if (!open)
        e.closedAt = QDateTime(QDate(2026, 11, 25), QTime(3, 5), Qt::UTC); // 11:05 in Shanghai
    return e;
}

} // namespace

class TestRecallListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsWhoFromWhereAndWhetherSampledAgain() {
        RecallListModel model(kZone);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRecalls(
            {entry(QStringLiteral("4401**********123X"), QStringLiteral("GZ0101"),
                   QStringLiteral("Table 1"), true),
             entry(QString(), QStringLiteral("GZ0202"), QStringLiteral("Table 2"), true),
             entry(QString(), QStringLiteral("GZ0202"), QStringLiteral("Table 2"), false)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RecallListModel::ColumnCount));
        QCOMPARE(model.openCount(), 2);
        QCOMPARE(model.index(0, RecallListModel::WhoColumn).data().toString(),
                 QStringLiteral("4401**********123X"));
        // Sampled at another table: no name here, only tube and table.
        const QString elsewhere = model.index(1, RecallListModel::WhoColumn).data().toString();
        QVERIFY2(elsewhere.contains(QStringLiteral("GZ0202")) &&
                     elsewhere.contains(QStringLiteral("Table 2")),
                 qPrintable(elsewhere));
        QVERIFY(model.index(1, RecallListModel::WhoColumn).data(Qt::UserRole).toString().isEmpty());
        QCOMPARE(model.index(0, RecallListModel::TubeColumn).data().toString(),
                 QStringLiteral("GZ0101"));
        QCOMPARE(model.index(0, RecallListModel::TableColumn).data().toString(),
                 QStringLiteral("Table 1"));
        QCOMPARE(model.index(0, RecallListModel::ResultColumn).data().toString(),
                 QStringLiteral("positive"));
        QCOMPARE(model.index(0, RecallListModel::ResultColumn).data(Qt::UserRole).toString(),
                 QStringLiteral("positive"));
        QVERIFY(
            model.index(0, RecallListModel::StateColumn).data(RecallListModel::OpenRole).toBool());
        QVERIFY(model.index(0, RecallListModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("NOT YET")));
        QVERIFY(model.index(0, RecallListModel::WhoColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(
            !model.index(2, RecallListModel::StateColumn).data(RecallListModel::OpenRole).toBool());
        QVERIFY2(model.index(2, RecallListModel::StateColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("11:05")),
                 qPrintable(model.index(2, RecallListModel::StateColumn).data().toString()));
        QVERIFY(!model.index(2, RecallListModel::WhoColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(RecallListModel::WhoColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Who"));

        // Sampled again alone here, the province not told yet: said at once, still open.
        RecallEntry again = entry(QStringLiteral("4401**********123X"), QStringLiteral("GZ0101"),
                                  QStringLiteral("Table 1"), true);
        again.sampledAgainAt = QDateTime(QDate(2026, 11, 25), QTime(3, 20), Qt::UTC);
        again.sampledAgainTube = QStringLiteral("GZ0909");
        model.setRecalls({again});
        QCOMPARE(model.openCount(), 1);
        const QString state = model.index(0, RecallListModel::StateColumn).data().toString();
        QVERIFY2(state.contains(QStringLiteral("11:20")) &&
                     state.contains(QStringLiteral("GZ0909")) &&
                     state.contains(QStringLiteral("not yet at the province")),
                 qPrintable(state));

        // Sampled again alone at another table (the site's facts): that table is named.
        again.sampledAgainStation = QStringLiteral("gz-th-0001-t06");
        again.sampledAgainTable = QStringLiteral("Table 6");
        model.setRecalls({again});
        QCOMPARE(model.openCount(), 1);
        const QString againElsewhere =
            model.index(0, RecallListModel::StateColumn).data().toString();
        QVERIFY2(againElsewhere.contains(QStringLiteral("Table 6")) &&
                     againElsewhere.contains(QStringLiteral("11:20")) &&
                     againElsewhere.contains(QStringLiteral("GZ0909")) &&
                     againElsewhere.contains(QStringLiteral("not yet at the province")),
                 qPrintable(againElsewhere));
        model.setRecalls({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.openCount(), 0);
    }

    // Contact details: here for an open recall of a person sampled at this table; another
    // table's say where; a closed one has nobody to call.
    void saysWhereTheContactDetailsAre() {
        RecallListModel model(kZone);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecallEntry here = entry(QStringLiteral("4401**********123X"), QStringLiteral("GZ0101"),
                                 QStringLiteral("Table 1"), true);
        here.sampleUuid = QStringLiteral("s-1");
        model.setRecalls(
            {here, entry(QString(), QStringLiteral("GZ0202"), QStringLiteral("Table 10"), true),
             entry(QStringLiteral("4401**********5678"), QStringLiteral("GZ0303"),
                   QStringLiteral("Table 1"), false)});
        model.setTableLabelShown([](const QString &label) {
            return label == QLatin1String("Table 10") ? QStringLiteral("10号台") : label;
        });
        QVERIFY(model.index(0, 0).data(RecallListModel::ContactHereRole).toBool());
        QCOMPARE(model.index(0, 0).data(RecallListModel::SampleUuidRole).toString(),
                 QStringLiteral("s-1"));
        QVERIFY(model.contactHint(0).isEmpty());
        QCOMPARE(model.tubeAt(0), QStringLiteral("GZ0101"));
        QCOMPARE(model.tableAt(0), QStringLiteral("Table 1"));
        QVERIFY(!model.index(1, 0).data(RecallListModel::ContactHereRole).toBool());
        const QString where = model.contactHint(1);
        QVERIFY2(where.contains(QStringLiteral("GZ0202")) &&
                     where.contains(QStringLiteral("10号台")) &&
                     where.contains(QLatin1String("recall list there")),
                 qPrintable(where));
        QVERIFY(!model.index(2, 0).data(RecallListModel::ContactHereRole).toBool());
        QVERIFY(model.contactHint(2).contains(QLatin1String("closed")));
        QVERIFY(model.contactHint(3).isEmpty());
        QVERIFY(model.tubeAt(-1).isEmpty());
    }

    // Tables are named as the rest of the station names them ("10号台"), in the table column
    // and in "a person of tube X at ..." alike; the wire label stays the sort value.
    void tablesAreShownInTheUsersWords() {
        RecallListModel model(kZone);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecalls(
            {entry(QString(), QStringLiteral("GZ1010"), QStringLiteral("Table 10"), true)});
        model.setTableLabelShown([](const QString &label) {
            return label == QLatin1String("Table 10") ? QStringLiteral("10号台") : label;
        });
        QCOMPARE(model.index(0, RecallListModel::TableColumn).data().toString(),
                 QStringLiteral("10号台"));
        QCOMPARE(model.index(0, RecallListModel::TableColumn).data(Qt::UserRole).toString(),
                 QStringLiteral("Table 10"));
        const QString who = model.index(0, RecallListModel::WhoColumn).data().toString();
        QVERIFY2(who.contains(QStringLiteral("10号台")) && !who.contains(QLatin1String("Table")),
                 qPrintable(who));
    }
};

QTEST_GUILESS_MAIN(TestRecallListModel)
#include "tst_recalllistmodel.moc"
