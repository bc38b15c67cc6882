// SPDX-License-Identifier: GPL-3.0-or-later
// The status-bar sync indicator and the sync problems view.
#include "models/SyncProblemsModel.h"
#include "translations/StationTranslation.h"
#include "widgets/sync/SyncProblemsView.h"
#include "widgets/sync/SyncStatusWidget.h"

#include <QAbstractItemDelegate>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace station;

class tst_SyncStatusWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsStatusAndAge_data() {
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("tone");
        QTest::newRow("fresh") << qint64(3) << 5 << int(SyncTone::Warn); // offline: warn
        QTest::newRow("alarm") << qint64(3) << 1500 << int(SyncTone::Alarm);
    }

    void showsStatusAndAge() {
        QFETCH(qint64, pending);
        QFETCH(int, minutes);
        QFETCH(int, tone);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        SyncStatusWidget widget([now] { return now; });
        SyncStatus s;
        s.connection = SyncStatus::Connection::Offline;
        s.pending = pending;
        s.oldestPending = now.addSecs(-60 * qint64(minutes));
        s.lastError = QStringLiteral("The server cannot be reached.");
        widget.setStatus(s);
        QVERIFY(widget.text().startsWith(QStringLiteral("Offline · 3 pending · oldest")));
        QCOMPARE(int(widget.tone()), tone);
        QCOMPARE(widget.toolTip(), s.lastError);
        QSignalSpy syncNow(&widget, &SyncStatusWidget::syncNowRequested);
        widget.findChild<QToolButton *>()->click();
        QCOMPARE(syncNow.count(), 1);
    }

    void problemsViewSummarises() {
        SyncProblemsModel model;
        SyncProblemsView view(&model);
        QVERIFY(view.summary().startsWith(QStringLiteral("No sync problems")));
        OutboxProblem p;
        p.state = QStringLiteral("rejected");
        p.reason = QStringLiteral("hash mismatch");
        model.setProblems({p});
        QVERIFY2(view.summary().startsWith(QStringLiteral("The server did not take 1 record")),
                 qPrintable(view.summary()));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        // Clashes with other tables come first; the records not taken are said after them.
        SiteNote note;
        note.uuid = QStringLiteral("u-1");
        note.kind = QStringLiteral("tube_code_reused");
        model.setSiteNotes({note, note});
        QVERIFY2(view.summary().startsWith(QStringLiteral("The site found 2 clash")),
                 qPrintable(view.summary()));
        QVERIFY(view.summary().contains(QStringLiteral("did not take 1 record")));
        model.setProblems({});
        QVERIFY(!view.summary().contains(QStringLiteral("did not take")));
        QCOMPARE(view.table()->model()->rowCount(), 2);
    }

    // A record id is one line, elided in the middle when narrow, whole in its tool tip; the
    // window has Close as well as Refresh, and Esc closes it too.
    void problemsViewKeepsTheIdWholeAndCloses() {
        SyncProblemsModel model;
        SyncProblemsView view(&model);
        OutboxProblem p;
        p.state = QStringLiteral("rejected");
        p.reason = QStringLiteral("hash mismatch");
        p.uuid = QStringLiteral("01a24744-5b3c-4d2e-9f10-f1895d6b666b");
        model.setProblems({p});
        const QModelIndex id = model.index(0, SyncProblemsModel::Record);
        QCOMPARE(id.data(Qt::ToolTipRole).toString(), p.uuid);
        QStyleOptionViewItem option;
        option.initFrom(view.table());
        option.rect = QRect(0, 0, view.table()->columnWidth(SyncProblemsModel::Record), 400);
        option.features |= QStyleOptionViewItem::WrapText; // as the table asks of every cell
        const QSize hint =
            view.table()->itemDelegateForColumn(SyncProblemsModel::Record)->sizeHint(option, id);
        QVERIFY2(hint.height() < 2 * view.table()->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(hint.height())));

        QVERIFY(view.closeButton());
        QSignalSpy closed(&view, &SyncProblemsView::closed);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.closeButton()->click();
        QCOMPARE(closed.count(), 1);
        QVERIFY(!view.isVisible());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(closed.count(), 2);
    }

    // In zh_CN the clashes' sentence and the records' meet without a space after its 。.
    void problemsViewSummarisesAsChineseWritesIt() {
        QTranslator zh;
        QVERIFY(loadStationTranslation(zh, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&zh);
        const auto english = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
        SyncProblemsModel model;
        SyncProblemsView view(&model);
        OutboxProblem p;
        p.state = QStringLiteral("rejected");
        p.reason = QStringLiteral("hash mismatch");
        model.setProblems({p});
        SiteNote note;
        note.uuid = QStringLiteral("u-1");
        note.kind = QStringLiteral("tube_code_reused");
        model.setSiteNotes({note});
        const QString summary = view.summary();
        QVERIFY2(summary.startsWith(QStringLiteral("本采样点发现")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("。服务器未接收 1 条记录")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("。 ")), qPrintable(summary));
    }
};

QTEST_MAIN(tst_SyncStatusWidget)
#include "tst_sync_status_widget.moc"
