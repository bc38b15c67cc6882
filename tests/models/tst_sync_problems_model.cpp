// SPDX-License-Identifier: GPL-3.0-or-later
// The site lead's list of conflicts and rejections.
#include "models/SyncProblemsModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace station;

class tst_SyncProblemsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEachProblemWithItsReason_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("problemWords");
        QTest::newRow("conflict") << QStringLiteral("conflict") << QStringLiteral("Conflict");
        QTest::newRow("rejected") << QStringLiteral("rejected") << QStringLiteral("Rejected");
    }

    void showsEachProblemWithItsReason() {
        QFETCH(QString, state);
        QFETCH(QString, problemWords);
        SyncProblemsModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        OutboxProblem p;
        p.seq = 12;
        p.uuid = QStringLiteral("5f0c1d9e-2a47-4c1b-9a53-1f7f6f2b8e11");
        p.kind = QStringLiteral("sample.taken");
        p.state = state;
        p.reason = QStringLiteral("unknown kind 'sample.taked'");
        p.createdAt = QStringLiteral("2026-11-25T08:41:07.312Z");
        model.setProblems({p, p});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SyncProblemsModel::ColumnCount));
        QVERIFY(model.data(model.index(0, SyncProblemsModel::Problem))
                    .toString()
                    .startsWith(problemWords));
        QCOMPARE(model.data(model.index(1, SyncProblemsModel::Reason)).toString(), p.reason);
        QCOMPARE(model.data(model.index(0, SyncProblemsModel::Record)).toString(), p.uuid);
        QCOMPARE(model.data(model.index(0, SyncProblemsModel::Kind)).toString(), p.kind);
        QVERIFY(!model.headerData(SyncProblemsModel::Reason, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.data(model.index(2, 0)).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_SyncProblemsModel)
#include "tst_sync_problems_model.moc"
