// SPDX-License-Identifier: GPL-3.0-or-later
// The sync clients' one retry policy (core/sync/Backoff): the ceiling doubles from min to
// max, each wait is drawn in its upper half from the seeded generator, a success starts
// again at min, and a wait can be cancelled or cut short. No timing is asserted: the waits
// are read from the policy, and due() is only awaited, never timed.
#include "core/sync/Backoff.h"

#include <QSignalSpy>
#include <QTest>

using namespace station;

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesUpToTheMaximum() {
        Backoff backoff(100, 1000, 7);
        QList<int> ceilings;
        for (int i = 0; i < 7; ++i) {
            ceilings << backoff.ceilingMs();
            backoff.nextDelayMs();
        }
        QCOMPARE(ceilings, (QList<int>{100, 200, 400, 800, 1000, 1000, 1000}));
    }

    void eachWaitIsInTheUpperHalfOfItsCeiling() {
        for (quint32 seed = 1; seed <= 50; ++seed) {
            Backoff backoff(100, 6400, seed);
            for (int i = 0; i < 10; ++i) {
                const int ceiling = backoff.ceilingMs();
                const int delay = backoff.nextDelayMs();
                QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                         qPrintable(QStringLiteral("seed %1, failure %2: %3 ms under %4 ms")
                                        .arg(seed)
                                        .arg(i + 1)
                                        .arg(delay)
                                        .arg(ceiling)));
            }
        }
    }

    void aSeedRepeatsTheWaitsAndSeedsDiffer() {
        const auto waits = [](quint32 seed) {
            Backoff backoff(1000, 120000, seed);
            QList<int> list;
            for (int i = 0; i < 12; ++i)
                list << backoff.nextDelayMs();
            return list;
        };
        QCOMPARE(waits(42), waits(42));
        // Jitter: stations that failed together do not all come back at the same moment.
        QVERIFY(waits(42) != waits(43));
    }

    void successStartsAgainAtTheMinimum() {
        Backoff backoff(50, 5000, 3);
        for (int i = 0; i < 5; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.ceilingMs(), 1600);
        backoff.reset();
        QCOMPARE(backoff.ceilingMs(), 50);
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= 25 && delay <= 50);
    }

    void aZeroMinimumStillGrows() {
        Backoff backoff(0, 8, 5);
        QList<int> ceilings;
        for (int i = 0; i < 5; ++i) {
            ceilings << backoff.ceilingMs();
            QVERIFY(backoff.nextDelayMs() >= 0);
        }
        QCOMPARE(ceilings, (QList<int>{1, 2, 4, 8, 8}));
    }

    void retryLaterWaitsAndAdvances() {
        Backoff backoff(60000, 120000, 11);
        QSignalSpy due(&backoff, &Backoff::due);
        const int delay = backoff.retryLater();
        QVERIFY(delay >= 30000 && delay <= 60000);
        QVERIFY(backoff.isWaiting());
        QCOMPARE(backoff.ceilingMs(), 120000);
        QCOMPARE(due.count(), 0);
    }

    void retryAfterKeepsTheCeiling() {
        Backoff backoff(100, 1000, 11);
        backoff.retryAfter(60000);
        QVERIFY(backoff.isWaiting());
        QCOMPARE(backoff.ceilingMs(), 100);
    }

    void cancelDropsTheWaitWithoutDue() {
        Backoff backoff(60000, 120000, 11);
        QSignalSpy due(&backoff, &Backoff::due);
        backoff.retryLater();
        backoff.cancel();
        QVERIFY(!backoff.isWaiting());
        QCOMPARE(due.count(), 0);
        QCOMPARE(backoff.ceilingMs(), 120000); // a cancel is no success
    }

    void cutShortEndsTheWaitNowAndResets() {
        // A health probe found the server while a long wait was under way.
        Backoff backoff(60000, 120000, 11);
        QSignalSpy due(&backoff, &Backoff::due);
        backoff.retryLater();
        backoff.cutShort();
        QCOMPARE(due.count(), 1);
        QVERIFY(!backoff.isWaiting());
        QCOMPARE(backoff.ceilingMs(), 60000);
        // Not waiting: nothing to cut short.
        backoff.cutShort();
        QCOMPARE(due.count(), 1);
    }

    void resetDropsAWait() {
        Backoff backoff(60000, 120000, 11);
        QSignalSpy due(&backoff, &Backoff::due);
        backoff.retryLater();
        backoff.reset();
        QVERIFY(!backoff.isWaiting());
        QCOMPARE(due.count(), 0);
    }

    void dueComesWhenTheWaitEnds() {
        Backoff backoff(1, 1, 11);
        QSignalSpy due(&backoff, &Backoff::due);
        backoff.retryLater();
        QTRY_COMPARE(due.count(), 1);
        QVERIFY(!backoff.isWaiting());
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
