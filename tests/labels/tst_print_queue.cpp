// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PrintQueue.h"

#include <QMutex>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace station::labels;

namespace {

// Records what it printed and on which thread; fails while `failuresLeft` > 0.
class RecordingPrinter final : public LabelPrinter {
public:
    QString description() const override { return QStringLiteral("recording"); }
    PrintResult print(const PrintJob &job) override {
        QMutexLocker lock(&mutex);
        threads.append(QThread::currentThread());
        codes.append(std::get<TubeLabelData>(job.content).tubeCode);
        if (failuresLeft > 0) {
            --failuresLeft;
            return PrintResult::failure(QStringLiteral("Printer 10.0.0.9:9100 is unreachable"));
        }
        return PrintResult::success();
    }
    QMutex mutex;
    QList<QThread *> threads;
    QStringList codes;
    int failuresLeft = 0;
};

PrintJob job(const QString &code) {
    TubeLabelData d;
    d.tubeCode = code;
    return PrintJob::tube(d);
}

} // namespace

class TestPrintQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void printsInOrderOffTheCallingThread() {
        auto printer = std::make_shared<RecordingPrinter>();
        PrintQueue queue(printer);
        QSignalSpy finished(&queue, &PrintQueue::jobFinished);
        const int a = queue.submit(job(QStringLiteral("11111111")));
        const int b = queue.submit(job(QStringLiteral("22222222")));
        const int c = queue.submit(job(QStringLiteral("33333333")));
        QCOMPARE(queue.pendingCount(), 3);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(finished.at(0).at(0).toInt(), a);
        QCOMPARE(finished.at(1).at(0).toInt(), b);
        QCOMPARE(finished.at(2).at(0).toInt(), c);
        QCOMPARE(printer->codes,
                 QStringList({QStringLiteral("11111111"), QStringLiteral("22222222"),
                              QStringLiteral("33333333")}));
        for (QThread *t : std::as_const(printer->threads))
            QVERIFY(t != QThread::currentThread());
        QCOMPARE(queue.pendingCount(), 0);
        QVERIFY(queue.failedJobs().isEmpty());
    }

    void failedJobIsKeptAndCanBeRetried() {
        auto printer = std::make_shared<RecordingPrinter>();
        printer->failuresLeft = 1;
        PrintQueue queue(printer);
        QSignalSpy finished(&queue, &PrintQueue::jobFinished);
        const int id = queue.submit(job(QStringLiteral("44444444")));
        QTRY_COMPARE(finished.size(), 1);
        const auto failed = finished.takeFirst().at(1).value<PrintResult>();
        QVERIFY(!failed.ok);
        QVERIFY(failed.userMessage.contains(QStringLiteral("unreachable")));
        QCOMPARE(queue.failedJobs(), QList<int>({id}));

        QVERIFY(queue.retry(id));
        QVERIFY(!queue.retry(id)); // already resubmitted
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), id);
        QVERIFY(finished.first().at(1).value<PrintResult>().ok);
        QVERIFY(queue.failedJobs().isEmpty());
        QCOMPARE(printer->codes.size(), 2);
        QVERIFY(!queue.retry(12345));
    }

    void noPrinterIsReported() {
        PrintQueue queue(nullptr);
        QSignalSpy finished(&queue, &PrintQueue::jobFinished);
        queue.submit(job(QStringLiteral("55555555")));
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().at(1).value<PrintResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.userMessage, QStringLiteral("No printer is set up."));
    }
};

QTEST_MAIN(TestPrintQueue)
#include "tst_print_queue.moc"
