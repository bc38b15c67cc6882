// SPDX-License-Identifier: GPL-3.0-or-later
// The person status lookup's rate limit (server/RateLimiter): a token bucket per key on an
// injected clock (no sleeps), its bounded memory, and the --lookup-rate/--lookup-burst
// options that set it.
#include "server/RateLimiter.h"
#include "server/ServerConfig.h"

#include <QTest>

using namespace station::server;

class tst_RateLimiter : public QObject {
    Q_OBJECT

    qint64 m_nowMs = 1000000;
    RateLimiter::Clock clock() {
        return [this] { return m_nowMs; };
    }
    // How many takes in a row succeed now (stopping at `most`).
    static int takenInARow(RateLimiter &limiter, const QString &key, int most = 1000) {
        int taken = 0;
        while (taken < most && limiter.take(key) == 0)
            ++taken;
        return taken;
    }

private Q_SLOTS:
    void init() { m_nowMs = 1000000; }

    void burstThenRefusedWithTheWait() {
        RateLimiter limiter(2.0, 5, 100, clock());
        QCOMPARE(takenInARow(limiter, QStringLiteral("a")), 5);
        // Empty: a token comes back in 1/2 s.
        QCOMPARE(limiter.take(QStringLiteral("a")), 500);
        m_nowMs += 499;
        QCOMPARE(limiter.take(QStringLiteral("a")), 1);
        m_nowMs += 1;
        QCOMPARE(limiter.take(QStringLiteral("a")), 0);
        QVERIFY(limiter.take(QStringLiteral("a")) > 0);
    }

    void refillsAtTheRateUpToTheBurst() {
        RateLimiter limiter(10.0, 3, 100, clock());
        QCOMPARE(takenInARow(limiter, QStringLiteral("a")), 3);
        m_nowMs += 200; // two tokens
        QCOMPARE(takenInARow(limiter, QStringLiteral("a")), 2);
        m_nowMs += 3600 * 1000; // an hour idle gives no more than the burst
        QCOMPARE(takenInARow(limiter, QStringLiteral("a")), 3);
    }

    void slowRatesWaitSeconds() {
        RateLimiter limiter(6.0 / 60.0, 1, 100, clock()); // 6/min
        QCOMPARE(limiter.take(QStringLiteral("a")), 0);
        QCOMPARE(limiter.take(QStringLiteral("a")), 10000);
        m_nowMs += 2500;
        QCOMPARE(limiter.take(QStringLiteral("a")), 7500);
    }

    void keysHaveTheirOwnBuckets() {
        RateLimiter limiter(1.0, 2, 100, clock());
        QCOMPARE(takenInARow(limiter, QStringLiteral("a")), 2);
        QCOMPARE(takenInARow(limiter, QStringLiteral("b")), 2);
        QVERIFY(limiter.take(QStringLiteral("a")) > 0);
        QCOMPARE(limiter.trackedKeys(), 2);
    }

    // At the limit, refilled buckets go first (nothing is lost: a full bucket is a new one).
    void memoryIsBoundedFullBucketsGoFirst() {
        RateLimiter limiter(1.0, 2, 3, clock());
        QCOMPARE(limiter.take(QStringLiteral("a")), 0);
        m_nowMs += 10000; // a is full again
        QCOMPARE(takenInARow(limiter, QStringLiteral("b")), 2);
        QCOMPARE(takenInARow(limiter, QStringLiteral("c")), 2);
        QCOMPARE(limiter.trackedKeys(), 3);
        QCOMPARE(limiter.take(QStringLiteral("d")), 0);
        QCOMPARE(limiter.trackedKeys(), 3);
        // b and c were kept, still empty.
        QVERIFY(limiter.take(QStringLiteral("b")) > 0);
        QVERIFY(limiter.take(QStringLiteral("c")) > 0);
    }

    void memoryIsBoundedUnderManyKeys() {
        RateLimiter limiter(1.0, 2, 50, clock());
        for (int i = 0; i < 5000; ++i) {
            limiter.take(QString::number(i));
            limiter.take(QString::number(i));
            ++m_nowMs;
            QVERIFY(limiter.trackedKeys() <= 50);
        }
        // The busiest recent key is still held to its rate.
        QVERIFY(limiter.take(QString::number(4999)) > 0);
    }

    void rateOption_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("perSecond");
        QTest::newRow("per second") << QStringLiteral("50/s") << 50.0;
        QTest::newRow("bare number") << QStringLiteral("20") << 20.0;
        QTest::newRow("per minute") << QStringLiteral("30/min") << 0.5;
        QTest::newRow("fraction") << QStringLiteral("0.25/s") << 0.25;
        QTest::newRow("zero") << QStringLiteral("0/s") << -1.0;
        QTest::newRow("negative") << QStringLiteral("-3/s") << -1.0;
        QTest::newRow("words") << QStringLiteral("fast") << -1.0;
        QTest::newRow("per hour") << QStringLiteral("5/h") << -1.0;
    }
    void rateOption() {
        QFETCH(QString, text);
        QFETCH(double, perSecond);
        const std::optional<double> rate = parseLookupRate(text);
        QCOMPARE(rate.has_value(), perSecond > 0);
        if (rate)
            QCOMPARE(*rate, perSecond);
    }

    void serveOptionsSetTheLimit() {
        const QStringList tls{QStringLiteral("--tls-cert"), QStringLiteral("c"),
                              QStringLiteral("--tls-key"), QStringLiteral("k")};
        QString error;
        auto config = parseServeArguments(tls, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->limits.lookupRatePerSecond, 50.0);
        QCOMPARE(config->limits.lookupBurst, 100);
        config = parseServeArguments(
            tls + QStringList{QStringLiteral("--lookup-rate"), QStringLiteral("120/min"),
                              QStringLiteral("--lookup-burst"), QStringLiteral("7")},
            &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->limits.lookupRatePerSecond, 2.0);
        QCOMPARE(config->limits.lookupBurst, 7);
        QVERIFY(!parseServeArguments(
            tls + QStringList{QStringLiteral("--lookup-rate"), QStringLiteral("0")}, &error));
        QVERIFY(error.contains(QLatin1String("--lookup-rate")));
        QVERIFY(!parseServeArguments(
            tls + QStringList{QStringLiteral("--lookup-burst"), QStringLiteral("0")}, &error));
        QVERIFY(error.contains(QLatin1String("--lookup-burst")));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_rate_limiter.moc"
