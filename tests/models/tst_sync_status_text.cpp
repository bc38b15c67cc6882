// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's sync line and tone.
#include "models/SyncStatusText.h"

#include <QTest>

using namespace station;

class tst_SyncStatusText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void line_data() {
        QTest::addColumn<int>("connection");
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<int>("oldestMinutes");
        QTest::addColumn<qint64>("conflicts");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("tone");
        const int online = int(SyncStatus::Connection::Online);
        const int offline = int(SyncStatus::Connection::Offline);
        QTest::newRow("all sent") << online << qint64(0) << 0 << qint64(0)
                                  << QStringLiteral("Online · 0 pending · last sync 10:42")
                                  << int(SyncTone::Ok);
        QTest::newRow("offline 2 h 15 min")
            << offline << qint64(312) << 135 << qint64(0)
            << QStringLiteral("Offline · 312 pending · oldest 2 h 15 min") << int(SyncTone::Warn);
        QTest::newRow("offline a day")
            << offline << qint64(5000) << 1500 << qint64(0)
            << QStringLiteral("Offline · 5000 pending · oldest 1 d 1 h") << int(SyncTone::Alarm);
        QTest::newRow("online with conflicts")
            << online << qint64(0) << 0 << qint64(2)
            << QStringLiteral("Online · 0 pending · last sync 10:42 · 2 sync problems")
            << int(SyncTone::Warn);
    }

    void line() {
        QFETCH(int, connection);
        QFETCH(qint64, pending);
        QFETCH(int, oldestMinutes);
        QFETCH(qint64, conflicts);
        QFETCH(QString, expected);
        QFETCH(int, tone);
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0)); // local time
        SyncStatus s;
        s.connection = SyncStatus::Connection(connection);
        s.pending = pending;
        s.conflicts = conflicts;
        s.oldestPending = now.toUTC().addSecs(-60 * qint64(oldestMinutes));
        s.lastSuccess = QDateTime(QDate(2026, 11, 25), QTime(10, 42)).toUTC();
        QCOMPARE(syncStatusLine(s, now.toUTC()), expected);
        QCOMPARE(int(syncStatusTone(s, now.toUTC())), tone);
    }

    // A station joined to a hub says plainly where its records go while the hub is away.
    void hubOutOfReachSaysWhereRecordsGo() {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(11, 0)); // local time
        SyncStatus s;
        s.connection = SyncStatus::Connection::Offline;
        s.pending = 3;
        s.oldestPending = now.toUTC().addSecs(-5 * 60);
        s.primaryUnreachableSince = QDateTime(QDate(2026, 11, 25), QTime(10, 42)).toUTC();
        s.fallbackFrom = s.primaryUnreachableSince.addSecs(600);
        QCOMPARE(syncStatusLine(s, now.toUTC()),
                 QStringLiteral("Offline · hub unreachable since 10:42, to the province from "
                                "10:52 · 3 pending · oldest 5 min"));
        QCOMPARE(syncStatusTone(s, now.toUTC()), SyncTone::Warn);

        s.route = SyncRoute::Fallback;
        s.connection = SyncStatus::Connection::Online;
        s.pending = 0;
        s.awaitingPrimary = 12;
        s.lastSuccess = QDateTime(QDate(2026, 11, 25), QTime(10, 55)).toUTC();
        QCOMPARE(syncStatusLine(s, now.toUTC()),
                 QStringLiteral("Hub unreachable since 10:42 — sending straight to the province "
                                "· 0 pending · 12 at the province, not yet at the hub · last "
                                "sync 10:55"));
        // The records are safe, but the site's hub misses them for now: never a calm green.
        QCOMPARE(syncStatusTone(s, now.toUTC()), SyncTone::Warn);
    }

    // Offline says why in a few words; the whole message stays the tool tip (review 36).
    void offlineSaysWhy() {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(11, 0));
        SyncStatus s;
        s.connection = SyncStatus::Connection::Offline;
        s.pending = 2;
        s.oldestPending = now.toUTC().addSecs(-3 * 60);
        s.problem = SyncStatus::Problem::Network;
        QCOMPARE(syncStatusLine(s, now.toUTC()),
                 QStringLiteral("Offline: the server does not answer · 2 pending · oldest 3 min"));
        // A narrow status bar (review 37): what and how many, the rest in the tooltip.
        QCOMPARE(syncStatusLine(s, now.toUTC(), true), QStringLiteral("Offline · 2 pending"));
        s.problem = SyncStatus::Problem::ServerStorage;
        QVERIFY(syncStatusLine(s, now.toUTC())
                    .startsWith(QStringLiteral("Offline: the server cannot take records now · ")));
        s.problem = SyncStatus::Problem::Unauthorized;
        QVERIFY(syncStatusLine(s, now.toUTC())
                    .startsWith(QStringLiteral("Offline: this station is not accepted · ")));
    }

    void refusedTokenIsAnAlarm() {
        SyncStatus s;
        s.connection = SyncStatus::Connection::Online;
        s.problem = SyncStatus::Problem::Unauthorized;
        QCOMPARE(syncStatusTone(s, QDateTime::currentDateTimeUtc()), SyncTone::Alarm);
    }
};

QTEST_GUILESS_MAIN(tst_SyncStatusText)
#include "tst_sync_status_text.moc"
