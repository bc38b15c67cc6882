// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard aggregate queries against hand-computed figures: local-day buckets across
// midnight, shift boundaries and time zones (including a daylight-saving day), time per
// sample, operators, tubes, box ages, sync backlog and alerts.
#include "core/dashboard/ThroughputQueries.h"
#include "tests/dashboard/BoxesElsewhere.h"
#include "tests/dashboard/DashboardFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::dashboard;
using namespace station::test;

using BucketCounts = QMap<int, int>; // bucket index -> swabs
Q_DECLARE_METATYPE(BucketCounts)

class TestThroughputQueries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dayWindow_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("startUtc");
        QTest::addColumn<int>("buckets");
        QTest::newRow("shanghai") << QByteArray("Asia/Shanghai") << QDate(2026, 11, 25)
                                  << utc(2026, 11, 24, 16, 0) << 144;
        QTest::newRow("utc") << QByteArray("UTC") << QDate(2026, 11, 25) << utc(2026, 11, 25, 0, 0)
                             << 144;
        // Clocks go back at 02:00 EDT: a 25-hour day.
        QTest::newRow("new-york-dst-end") << QByteArray("America/New_York") << QDate(2026, 11, 1)
                                          << utc(2026, 11, 1, 4, 0) << 150;
        // Clocks go forward at 02:00 EST: a 23-hour day.
        QTest::newRow("new-york-dst-start")
            << QByteArray("America/New_York") << QDate(2026, 3, 8) << utc(2026, 3, 8, 5, 0) << 138;
        QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << QDate(2026, 11, 25)
                                   << utc(2026, 11, 24, 18, 15) << 144;
    }
    void dayWindow() {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QDateTime, startUtc);
        QFETCH(int, buckets);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const DayWindow w(day, tz, 600);
        QCOMPARE(w.startUtc(), startUtc);
        QCOMPARE(w.bucketCount(), buckets);
        QCOMPARE(w.bucketStartLocal(0).time(), QTime(0, 0));
        QCOMPARE(w.bucketStartLocal(0).date(), day);
        QCOMPARE(w.bucketOf(startUtc), 0);
        QCOMPARE(w.bucketOf(startUtc.addMSecs(-1)), -1);
        QCOMPARE(w.bucketOf(w.endUtc()), -1);
        QCOMPARE(w.bucketOf(w.endUtc().addMSecs(-1)), buckets - 1);
    }

    void buckets_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QList<QDateTime>>("swabs");
        QTest::addColumn<BucketCounts>("expected");

        const QByteArray sh("Asia/Shanghai");
        // Midnight: local 23:59:59.999 the day before and 00:00 the day after are outside.
        QTest::newRow("shanghai-midnight")
            << sh << QDate(2026, 11, 25)
            << QList<QDateTime>{zoned(sh, 2026, 11, 24, 23, 59, 59, 999),
                                zoned(sh, 2026, 11, 25, 0, 0),
                                zoned(sh, 2026, 11, 25, 0, 9, 59, 999),
                                zoned(sh, 2026, 11, 25, 23, 59, 59, 999),
                                zoned(sh, 2026, 11, 26, 0, 0)}
            << BucketCounts{{0, 2}, {143, 1}};
        // Shift start at 08:00: the bucket boundary is exact to the millisecond.
        QTest::newRow("shanghai-shift-start")
            << sh << QDate(2026, 11, 25)
            << QList<QDateTime>{zoned(sh, 2026, 11, 25, 7, 59, 59, 999),
                                zoned(sh, 2026, 11, 25, 8, 0), zoned(sh, 2026, 11, 25, 8, 5),
                                zoned(sh, 2026, 11, 25, 8, 10)}
            << BucketCounts{{47, 1}, {48, 2}, {49, 1}};
        // Same instants seen from UTC: one local Shanghai day spans two UTC days.
        QTest::newRow("utc-view-of-shanghai-evening")
            << QByteArray("UTC") << QDate(2026, 11, 25)
            << QList<QDateTime>{zoned(sh, 2026, 11, 25, 7, 59, 59, 999), // 24th, 23:59 UTC
                                zoned(sh, 2026, 11, 25, 8, 0),           // 00:00 UTC
                                zoned(sh, 2026, 11, 25, 23, 30)}         // 15:30 UTC
            << BucketCounts{{0, 1}, {(15 * 60 + 30) / 10, 1}};
        // 01:30 happens twice on 1 November in New York: 50 minutes apart in buckets 9
        // and 15 (elapsed time from midnight), never merged into one.
        QTest::newRow("new-york-repeated-hour")
            << QByteArray("America/New_York") << QDate(2026, 11, 1)
            << QList<QDateTime>{utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30),
                                utc(2026, 11, 2, 4, 59, 59)}
            << BucketCounts{{9, 1}, {15, 1}, {149, 1}};
        // +05:45: local midnight is at 18:15 UTC, bucket boundaries at hh:x5 UTC.
        QTest::newRow("kathmandu-quarter-offset")
            << QByteArray("Asia/Kathmandu") << QDate(2026, 11, 25)
            << QList<QDateTime>{utc(2026, 11, 24, 18, 14, 59), utc(2026, 11, 24, 18, 15),
                                utc(2026, 11, 24, 18, 25)}
            << BucketCounts{{0, 1}, {1, 1}};
    }
    void buckets() {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QList<QDateTime>, swabs);
        QFETCH(BucketCounts, expected);
        TempStation st(20);
        QVERIFY(st.ok());
        int tube = 1;
        int person = 1;
        for (const QDateTime &t : swabs)
            QVERIFY(swabAt(st, t, person++, tube, 20) > 0);

        ThroughputQueries queries(st.db(), QTimeZone(zone));
        auto result = queries.samplesPerBucket(day, 600);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        const QVector<TimeBucket> &b = result.value();
        QCOMPARE(b.size(), DayWindow(day, QTimeZone(zone), 600).bucketCount());
        BucketCounts actual;
        for (int i = 0; i < b.size(); ++i) {
            if (b[i].samples)
                actual.insert(i, b[i].samples);
        }
        QCOMPARE(actual, expected);
    }

    void hourlyBuckets() {
        TempStation st;
        QVERIFY(st.ok());
        const QByteArray sh("Asia/Shanghai");
        int tube = 1;
        int person = 1;
        for (int minute : {0, 10, 59, 60, 61, 179})
            QVERIFY(swabAt(st, zoned(sh, 2026, 11, 25, 9, 0).addSecs(minute * 60), person++, tube) >
                    0);
        ThroughputQueries queries(st.db(), QTimeZone(sh));
        auto result = queries.samplesPerBucket(QDate(2026, 11, 25), 3600);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 24);
        QCOMPARE(result->at(9).samples, 3);
        QCOMPARE(result->at(10).samples, 2);
        QCOMPARE(result->at(11).samples, 1);
        QCOMPARE(result->at(9).startLocal.time(), QTime(9, 0));
    }

    // Gaps 30 s, 40 s, (20 min: a break, ignored), 50 s in the last hour -> 40 s average.
    void secondsPerSample() {
        TempStation st;
        QVERIFY(st.ok());
        const QTimeZone tz("Asia/Shanghai");
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 11, 25, 10, 0);
        int tube = 1;
        int person = 1;
        QVERIFY(swabAt(st, t0.addSecs(-7200), person++, tube) > 0); // outside the hour
        for (qint64 offset : {0, 30, 70, 70 + 1200, 70 + 1200 + 50})
            QVERIFY(swabAt(st, t0.addSecs(offset), person++, tube) > 0);
        const QDateTime now = t0.addSecs(70 + 1200 + 50 + 1);
        ThroughputQueries queries(st.db(), tz);
        auto tables = queries.perTable(QDate(2026, 11, 25), now);
        QVERIFY2(tables.ok(), qPrintable(tables.message()));
        QCOMPARE(tables->size(), 1);
        const TableThroughput &t = tables->first();
        QCOMPARE(t.tableNumber, 7);
        QCOMPARE(t.samples, 6);
        QCOMPARE(t.gapsMeasured, 3);
        QVERIFY(t.avgSecondsPerSample.has_value());
        QCOMPARE(qRound(*t.avgSecondsPerSample * 1000), 40000);
        QCOMPARE(t.lastSampleAt, t0.addSecs(70 + 1200 + 50));
    }

    void operatorsRemovedAndVoided() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 11, 25, 9, 0);
        st.setNow(t0);
        QVERIFY(st.store()
                    .addOperator({QStringLiteral("S002"), QStringLiteral("王医生"),
                                  QStringLiteral("135790"), StaffRole::SiteLead},
                                 st.op())
                    .ok());
        auto second = st.store().signIn(QStringLiteral("S002"), QStringLiteral("135790"));
        QVERIFY(second.ok());
        SamplingService &s = st.service();
        int tube = 1;
        int person = 1;
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << swabAt(st, t0.addSecs(60 * i), person++, tube);
        QVERIFY(s.removeSample(ids[1], QStringLiteral("wrong person scanned")).ok());
        s.setOperator(second.value());
        for (int i = 0; i < 4; ++i)
            QVERIFY(swabAt(st, t0.addSecs(600 + 60 * i), person++, tube) > 0);
        // The open tube (1 + 4 active) is voided (by the lead): its swabs were taken and still
        // count.
        QVERIFY(s.voidTube(tubeCode(1), QStringLiteral("dropped")).ok());

        ThroughputQueries queries(st.db(), QTimeZone("Asia/Shanghai"));
        auto ops = queries.perOperator(QDate(2026, 11, 25));
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), 2);
        QCOMPARE(ops->at(0).staffId, QStringLiteral("S002"));
        QCOMPARE(ops->at(0).samples, 4);
        QCOMPARE(ops->at(1).staffId, QStringLiteral("S001"));
        QCOMPARE(ops->at(1).samples, 2); // 3 taken, 1 removed
        auto tables = queries.perTable(QDate(2026, 11, 25), t0.addSecs(3600));
        QVERIFY(tables.ok());
        QCOMPARE(tables->first().samples, 6);
        // Another day has nothing.
        auto other = queries.perOperator(QDate(2026, 11, 26));
        QVERIFY(other.ok());
        QVERIFY(other->isEmpty());
    }

    void tubesBoxesAndAlerts() {
        TempStation st(5);
        QVERIFY(st.ok());
        const QByteArray sh("Asia/Shanghai");
        const QTimeZone tz(sh);
        const QDateTime t0 = zoned(sh, 2026, 11, 25, 9, 0);
        SamplingService &s = st.service();
        int tube = 1;
        int person = 1;
        for (int i = 0; i < 5; ++i) // tube 1: full, sealed
            QVERIFY(swabAt(st, t0.addSecs(60 * i), person++, tube, 5) > 0);
        for (int i = 0; i < 5; ++i) // tube 2: full, sealed
            QVERIFY(swabAt(st, t0.addSecs(600 + 60 * i), person++, tube, 5) > 0);
        for (int i = 0; i < 5; ++i) // tube 3: full, sealed, stays unboxed
            QVERIFY(swabAt(st, t0.addSecs(1200 + 60 * i), person++, tube, 5) > 0);
        QVERIFY(swabAt(st, t0.addSecs(1800), person++, tube, 5) > 0); // tube 4: open
        QVERIFY(s.voidTube(tubeCode(4), QStringLiteral("contaminated")).ok());
        QVERIFY(swabAt(st, t0.addSecs(1900), person++, tube, 5) > 0); // tube 5: open
        // Box 1 with tube 1, handed over; box 2 with tube 2, sealed, waiting.
        QVERIFY(s.openBox(boxCode(1)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
        QVERIFY(s.sealBox().ok());
        QVERIFY(s.handOverBox(boxCode(1), {QStringLiteral("李护士"), QStringLiteral("王师傅"), {}})
                    .ok());
        QVERIFY(s.openBox(boxCode(2)).ok());
        QVERIFY(s.addTubeToBox(tubeCode(2)).ok());
        QVERIFY(s.sealBox().ok());
        QVERIFY(s.openBox(boxCode(3)).ok()); // empty, open

        ThroughputQueries queries(st.db(), tz);
        auto tubes = queries.tubesByState(QDate(2026, 11, 25));
        QVERIFY(tubes.ok());
        QCOMPARE(tubes->open, 1);
        QCOMPARE(tubes->sealed, 1);
        QCOMPARE(tubes->boxed, 1);
        QCOMPARE(tubes->handedOverToday, 1);
        QCOMPARE(tubes->voidedToday, 1);

        // Box 2's clock runs from tube 2's first swab, 09:10.
        const QDateTime nearing = zoned(sh, 2026, 11, 25, 12, 45);
        auto boxes = queries.boxesByAge(nearing);
        QVERIFY(boxes.ok());
        QCOMPARE(boxes->size(), 2);
        QCOMPARE(boxes->at(0).code, boxCode(2));
        QCOMPARE(boxes->at(0).state, QStringLiteral("sealed"));
        QCOMPARE(boxes->at(0).tubes, 1);
        QCOMPARE(boxes->at(0).ageSeconds, qint64(3 * 3600 + 35 * 60));
        QCOMPARE(boxes->at(1).code, boxCode(3));
        QCOMPARE(boxes->at(1).ageSeconds, qint64(-1));

        DashboardSnapshot snap = queries.snapshot(nearing);
        QVERIFY2(snap.valid, qPrintable(snap.error));
        QList<AlertKind> kinds;
        for (const Alert &a : std::as_const(snap.alerts))
            kinds << a.kind;
        QVERIFY(kinds.contains(AlertKind::BoxNearingLimit));
        QVERIFY(!kinds.contains(AlertKind::BoxOverLimit));

        snap = queries.snapshot(zoned(sh, 2026, 11, 25, 13, 11));
        QVERIFY(snap.valid);
        const auto over =
            std::find_if(snap.alerts.cbegin(), snap.alerts.cend(),
                         [](const Alert &a) { return a.kind == AlertKind::BoxOverLimit; });
        QVERIFY(over != snap.alerts.cend());
        QCOMPARE(over->subject, boxCode(2));
        QCOMPARE(over->severity, AlertSeverity::Critical);
        QVERIFY(over->message.contains(QStringLiteral("13:10")));
        QCOMPARE(snap.samplesToday, 17);
    }

    // The tester's site: table 2's tube went into table 1's box, which table 1 handed over;
    // its own box was handed over at the hub. The table's own rows still say "sealed".
    void tubesPackedAndHandedOverElsewhere() {
        const QByteArray zone("Asia/Shanghai");
        const QDate day(2026, 11, 25);
        TempStation st;
        QVERIFY(st.ok());
        QVERIFY(populateBoxesElsewhere(st, zone, day));
        ThroughputQueries queries(st.db(), QTimeZone(zone));
        auto tubes = queries.tubesByState(day);
        QVERIFY2(tubes.ok(), qPrintable(tubes.message()));
        QCOMPARE(tubes->open, 1);
        QCOMPARE(tubes->sealed, 1); // tube 3, in no box anywhere
        QCOMPARE(tubes->boxed, 0);
        QCOMPARE(tubes->handedOverToday, 2);
        // Handed over on another day is not today's.
        auto tomorrow = queries.tubesByState(day.addDays(1));
        QVERIFY(tomorrow.ok());
        QCOMPARE(tomorrow->handedOverToday, 0);
        QCOMPARE(tomorrow->sealed, 1);
        QCOMPARE(tomorrow->open, 1);
    }

    void tubesPackedElsewhereNotYetHandedOver() {
        const QByteArray zone("Asia/Shanghai");
        const QDate day(2026, 11, 25);
        TempStation st;
        QVERIFY(st.ok());
        QVERIFY(populateBoxesElsewhere(st, zone, day, false));
        auto tubes = ThroughputQueries(st.db(), QTimeZone(zone)).tubesByState(day);
        QVERIFY2(tubes.ok(), qPrintable(tubes.message()));
        QCOMPARE(tubes->sealed, 1);
        QCOMPARE(tubes->boxed, 2); // tube 1 in table 1's box, tube 2 in this table's
        QCOMPARE(tubes->handedOverToday, 0);
    }

    void syncBacklog() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime t0 = utc(2026, 11, 25, 1, 0);
        int tube = 1;
        int person = 1;
        for (int i = 0; i < 4; ++i)
            QVERIFY(swabAt(st, t0.addSecs(1800 * i), person++, tube) > 0);
        // The first sample's record reached the province.
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'acked' WHERE seq = (SELECT "
                                      "min(seq) FROM outbox WHERE kind = 'sample.taken')")));
        const int pendingAll =
            st.rows(QStringLiteral("outbox"), QStringLiteral("state = 'pending'"));
        ThroughputQueries queries(st.db(), QTimeZone::utc());
        // At 03:45 records created before 01:45 are overdue: the 01:00 one is acked,
        // the tube's opening record at 01:00 and the 01:30 sample are not.
        auto backlog = queries.syncBacklog(utc(2026, 11, 25, 3, 45));
        QVERIFY(backlog.ok());
        QCOMPARE(backlog->pending, pendingAll);
        QCOMPARE(
            backlog->pendingOlderThanLimit,
            st.rows(QStringLiteral("outbox"), QStringLiteral("state = 'pending' AND created_at < "
                                                             "'2026-11-25T01:45:00.000Z'")));
        QVERIFY(backlog->pendingOlderThanLimit >= 1);
        QCOMPARE(backlog->oldestPendingAt.isValid(), true);

        DashboardSnapshot snap = queries.snapshot(utc(2026, 11, 25, 3, 45));
        QVERIFY(snap.valid);
        QVERIFY(std::any_of(snap.alerts.cbegin(), snap.alerts.cend(),
                            [](const Alert &a) { return a.kind == AlertKind::SyncBacklog; }));
        // Nothing is overdue an hour after the last record.
        QCOMPARE(queries.syncBacklog(utc(2026, 11, 25, 2, 0))->pendingOlderThanLimit, 0);
    }

    // The station's sync problems (the list on F7): one alert per kind with its count and the
    // way to the list; those that need people to sort out tubes, boxes or records critical.
    void syncProblemAlerts() {
        TempStation st;
        QVERIFY(st.ok());
        int tube = 1;
        for (int person = 1; person <= 3; ++person)
            QVERIFY(swabAt(st, utc(2026, 11, 25, 1, person), person, tube) > 0);
        ThroughputQueries queries(st.db(), QTimeZone::utc());
        DashboardSnapshot snap = queries.snapshot(utc(2026, 11, 25, 2, 0));
        QVERIFY(snap.valid);
        QVERIFY(snap.syncProblems.isEmpty());
        QVERIFY(std::none_of(snap.alerts.cbegin(), snap.alerts.cend(),
                             [](const Alert &a) { return a.kind == AlertKind::SyncProblem; }));

        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'rejected' WHERE seq = (SELECT "
                                      "min(seq) FROM outbox WHERE kind = 'sample.taken')")));
        const QList<std::pair<QString, QString>> notes = {
            {QStringLiteral("u1"), QStringLiteral("person_sampled_elsewhere")},
            {QStringLiteral("u2"), QStringLiteral("tube_code_reused")},
            {QStringLiteral("u3"), QStringLiteral("tube_code_reused")},
            {QStringLiteral("u4"), QStringLiteral("relay_refused:uuid_conflict")},
            {QStringLiteral("u5"), QStringLiteral("relay_refused:invalid_record")},
            {QStringLiteral("S009"), QStringLiteral("staff_id_taken")},
            {QStringLiteral("u6"), QStringLiteral("tube_boxed_twice")},
            {QStringLiteral("u7"), QStringLiteral("box_handed_over_twice")},
            {QStringLiteral("u8"), QStringLiteral("kind_of_a_newer_server")}};
        for (const auto &[uuid, kind] : notes) {
            q.prepare(QStringLiteral("INSERT INTO site_notes (uuid, kind, reason, noted_at) "
                                     "VALUES (?, ?, 'r', '2026-11-25T01:30:00.000Z')"));
            q.addBindValue(uuid);
            q.addBindValue(kind);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        snap = queries.snapshot(utc(2026, 11, 25, 2, 0));
        QVERIFY(snap.valid);
        QStringList kinds;
        QList<int> counts;
        for (const SyncProblemCount &p : snap.syncProblems) {
            kinds << p.kind;
            counts << p.count;
        }
        QCOMPARE(
            kinds,
            (QStringList{
                QStringLiteral("tube_code_reused"), QStringLiteral("tube_boxed_twice"),
                QStringLiteral("box_handed_over_twice"), QStringLiteral("person_sampled_elsewhere"),
                QStringLiteral("relay_refused"), QStringLiteral("records_refused"),
                QStringLiteral("staff_id_taken"), QStringLiteral("kind_of_a_newer_server")}));
        QCOMPARE(counts, (QList<int>{2, 1, 1, 1, 2, 1, 1, 1}));
        QList<Alert> sync;
        for (const Alert &a : std::as_const(snap.alerts)) {
            if (a.kind == AlertKind::SyncProblem)
                sync << a;
        }
        QCOMPARE(sync.size(), 8);
        for (const Alert &a : std::as_const(sync))
            QVERIFY2(a.message.contains(QStringLiteral("See Sync problems (F7)")),
                     qPrintable(a.message));
        QCOMPARE(sync.at(0).subject, QStringLiteral("tube_code_reused"));
        QCOMPARE(sync.at(0).severity, AlertSeverity::Critical);
        QVERIFY2(sync.at(0).message.contains(QStringLiteral("2 tube code(s)")),
                 qPrintable(sync.at(0).message));
        QCOMPARE(sync.at(3).severity, AlertSeverity::Warning); // person sampled elsewhere
        QVERIFY2(sync.at(4).message.contains(QStringLiteral("refused 2 record(s)")),
                 qPrintable(sync.at(4).message));
        QVERIFY2(sync.at(5).message.contains(QStringLiteral("did not take 1 record(s)")),
                 qPrintable(sync.at(5).message));
        QCOMPARE(sync.at(6).severity, AlertSeverity::Warning); // a staff id held twice
        QVERIFY2(sync.at(7).message.contains(QStringLiteral("kind_of_a_newer_server")),
                 qPrintable(sync.at(7).message));
    }

    void idleAlert_data() {
        QTest::addColumn<QTime>("lastSample"); // local; invalid: none today
        QTest::addColumn<QTime>("now");        // local
        QTest::addColumn<bool>("idle");
        QTest::newRow("9-min-gap") << QTime(9, 0) << QTime(9, 9) << false;
        QTest::newRow("exactly-10-min") << QTime(9, 0) << QTime(9, 10) << false;
        QTest::newRow("11-min-gap") << QTime(9, 0) << QTime(9, 11) << true;
        QTest::newRow("before-shift") << QTime(6, 0) << QTime(7, 30) << false;
        QTest::newRow("after-shift") << QTime(19, 0) << QTime(20, 30) << false;
        QTest::newRow("none-yet-early") << QTime() << QTime(8, 5) << false;
        QTest::newRow("none-since-shift-start") << QTime() << QTime(8, 11) << true;
        QTest::newRow("last-before-shift") << QTime(7, 55) << QTime(8, 9) << false;
    }
    void idleAlert() {
        QFETCH(QTime, lastSample);
        QFETCH(QTime, now);
        QFETCH(bool, idle);
        const QTimeZone tz("Asia/Shanghai");
        const QDate day(2026, 11, 25);
        DashboardSnapshot s;
        TableThroughput t;
        t.tableNumber = 7;
        if (lastSample.isValid())
            t.lastSampleAt = QDateTime(day, lastSample, tz).toUTC();
        s.tables << t;
        const QList<Alert> alerts = ThroughputQueries::alertsFor(
            s, QDateTime(day, now, tz).toUTC(), tz, ShiftWindow{QTime(8, 0), QTime(20, 0)}, {});
        QCOMPARE(alerts.size(), idle ? 1 : 0);
        if (idle) {
            QCOMPARE(alerts.first().kind, AlertKind::TableIdle);
            QCOMPARE(alerts.first().subject, QStringLiteral("7"));
        }
    }

    void emptyDatabaseIsValid() {
        TempStation st;
        QVERIFY(st.ok());
        ThroughputQueries queries(st.db(), QTimeZone("Asia/Shanghai"));
        const DashboardSnapshot s = queries.snapshot(utc(2026, 11, 25, 2, 0));
        QVERIFY(s.valid);
        QCOMPARE(s.samplesToday, 0);
        QCOMPARE(s.buckets.size(), 144);
        QCOMPARE(s.tables.size(), 1);
        QVERIFY(!s.tables.first().avgSecondsPerSample.has_value());
        QCOMPARE(s.siteCode, QStringLiteral("GZ-TH-0001"));
        QCOMPARE(s.currentRatePerHour(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestThroughputQueries)
#include "tst_throughputqueries.moc"
