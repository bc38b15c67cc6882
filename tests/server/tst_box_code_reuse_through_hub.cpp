// SPDX-License-Identifier: GPL-3.0-or-later
// A box code used once at the site, with real processes on loopback: a province, the site's
// hub and two stations at the hub (sampling-station-cli). Table 2 packs, seals and hands
// over a box; table 1, whose site facts know it, is refused that code at `scan`. Then table
// 1, its facts not yet fresh (as cut off from the hub), opens a code table 2 had just sealed:
// the table goes on; its sync brings the note box_code_reused, table 2 hears it through the
// facts; the hub's `admin hand-over` of that code refuses and names both tables; the
// province keeps both boxes and both records (nothing lost, nothing refused). On SQLite,
// and with the hub on PostgreSQL as the _postgres twin (which skips without a cluster).
#include "tests/models/StationFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/CliSite.h"
#include "tests/support/PostgresCluster.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = 60000; // a bound on waiting, never a measure

} // namespace

class tst_BoxCodeReuseThroughHub : public QObject {
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_postgres;
    CliSite m_site;
    QString m_table1, m_table2;

    CliRun adminAtHub(const QStringList &arguments) {
        CliRun r;
        r.out = m_site.hub().runAdmin(arguments, &r.exitCode, &r.err);
        return r;
    }
    QVariant atProvince(const QString &sql) {
        const QString name = QStringLiteral("province-check");
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_site.province().sqlitePath());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
                else
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    static QString outcome(const QList<QJsonObject> &lines, int index) {
        return lines.value(index).value(QStringLiteral("outcome")).toString();
    }
    static QString message(const QList<QJsonObject> &lines, int index) {
        return lines.value(index).value(QStringLiteral("message")).toString();
    }
    // Table 2 seals tube `n` (pool of 1) and packs it into box `n`, sealed.
    void packAtTable2(int n) {
        const QList<QJsonObject> scanned = CliSite::scan(
            m_table2, {tubeCode(n), residentScan(n), boxCode(n), tubeCode(n), boxCode(n)});
        QCOMPARE(scanned.size(), 5);
        for (int i = 0; i < scanned.size(); ++i)
            QVERIFY2(outcome(scanned, i) != QLatin1String("refused"),
                     qPrintable(message(scanned, i)));
        QCOMPARE(scanned.last().value(QStringLiteral("box")).toString(), boxCode(n));
        QString error;
        QVERIFY2(m_site.syncThroughHub(m_table2, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (runsOnPostgres()) {
            m_postgres = std::make_unique<PostgresCluster>();
            if (!m_postgres->start(&error))
                QSKIP(qPrintable(error));
            m_site.hub().setDatabaseUrl(m_postgres->databaseUrl());
        }
        QVERIFY2(m_site.startWithHub(&error), qPrintable(error));
        m_table1 = m_site.addStation(1, 1, &error);
        QVERIFY2(!m_table1.isEmpty(), qPrintable(error));
        m_table2 = m_site.addStation(2, 1, &error);
        QVERIFY2(!m_table2.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() {
        m_site.hub().kill();
        m_site.province().kill();
    }

    // The tester's case, with the facts in: refused at the table, nothing recorded.
    void aBoxHandedOverAtAnotherTableIsRefusedAtScan() {
        packAtTable2(201);
        const CliRun handed = CliSite::run(
            m_table2, QStringLiteral("box"),
            {QStringLiteral("hand-over"), boxCode(201), QStringLiteral("--carried-by"),
             QStringLiteral("Courier Li"), QStringLiteral("--operator"), QStringLiteral("S001")});
        QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
        QString error;
        QVERIFY2(m_site.syncThroughHub(m_table2, &error), qPrintable(error));
        QVERIFY2(m_site.syncThroughHub(m_table1, &error), qPrintable(error));
        const QList<QJsonObject> scanned =
            CliSite::scan(m_table1, {tubeCode(202), residentScan(202), boxCode(201)});
        QCOMPARE(scanned.size(), 3);
        QCOMPARE(outcome(scanned, 2), QStringLiteral("refused"));
        qInfo().noquote() << message(scanned, 2);
        QVERIFY2(message(scanned, 2).contains(QLatin1String("Table 2")) &&
                     message(scanned, 2).contains(QLatin1String("handed over")) &&
                     message(scanned, 2).contains(QLatin1String("Use a new box")),
                 qPrintable(message(scanned, 2)));
        const CliRun list = CliSite::run(m_table1, QStringLiteral("box"), {QStringLiteral("list")});
        QVERIFY2(!list.out.contains(boxCode(201)), qPrintable(list.out));
        // The hub's check says the same, when asked.
        const CliRun checked = CliSite::run(m_table1, QStringLiteral("site-check"),
                                            {QStringLiteral("--box"), boxCode(201)});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        qInfo().noquote() << checked.out;
        QVERIFY2(checked.out.contains(
                     QStringLiteral("Box %1 was packed at Table 2").arg(boxCode(201))) &&
                     checked.out.contains(QLatin1String("It was handed over at Table 2")),
                 qPrintable(checked.out));
        // A new box goes on.
        const QList<QJsonObject> next = CliSite::scan(m_table1, {boxCode(203)});
        QCOMPARE(outcome(next, 0) == QLatin1String("refused"), false);
    }

    // Cut off (its facts not fresh), table 1 opens a code table 2 has just sealed.
    void aClashFoundLaterIsToldToBothTablesAndTheHubRefusesToPick() {
        packAtTable2(210);
        // Table 1 still packs box 203 (open since the test above): it packs its tube there,
        // seals it, then opens box 210 with its facts stale.
        const QList<QJsonObject> scanned =
            CliSite::scan(m_table1, {tubeCode(202), boxCode(203), tubeCode(211), residentScan(211),
                                     boxCode(210), tubeCode(211), boxCode(210)});
        QCOMPARE(scanned.size(), 7);
        for (int i = 0; i < scanned.size(); ++i)
            QVERIFY2(outcome(scanned, i) != QLatin1String("refused"),
                     qPrintable(message(scanned, i)));
        QString error;
        QVERIFY2(m_site.syncThroughHub(m_table1, &error), qPrintable(error));
        QVERIFY2(m_site.syncThroughHub(m_table2, &error), qPrintable(error));
        // Both tables list it, with what to do.
        for (const QString &table : {m_table1, m_table2}) {
            const CliRun problems = CliSite::run(table, QStringLiteral("sync-problems"));
            QVERIFY2(problems.exitCode == 0, qPrintable(problems.err));
            qInfo().noquote() << problems.out;
            QVERIFY2(problems.out.contains(
                         QStringLiteral("Box code %1 was also used at").arg(boxCode(210))),
                     qPrintable(problems.out));
            QVERIFY2(problems.out.contains(QLatin1String("keep the boxes apart")),
                     qPrintable(problems.out));
            QVERIFY2(problems.out.contains(table == m_table1 ? QLatin1String("Table 2")
                                                             : QLatin1String("Table 1")),
                     qPrintable(problems.out));
        }
        const CliRun checked = CliSite::run(m_table1, QStringLiteral("site-check"),
                                            {QStringLiteral("--box"), boxCode(210)});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        qInfo().noquote() << checked.out;
        QVERIFY2(checked.out.contains(QLatin1String("2 boxes have this code")) &&
                     checked.out.contains(QLatin1String("Table 1 (this station)")) &&
                     checked.out.contains(QLatin1String("Table 2 (")),
                 qPrintable(checked.out));
        // The hub does not pick one of the two.
        const CliRun refused =
            adminAtHub({QStringLiteral("hand-over"), boxCode(210),
                        QStringLiteral("--handed-over-by"), QStringLiteral("Lead Zhao"),
                        QStringLiteral("--carried-by"), QStringLiteral("Courier Wang")});
        QCOMPARE(refused.exitCode, 1);
        qInfo().noquote() << refused.err;
        QVERIFY2(refused.err.contains(QStringLiteral("2 boxes of site")) &&
                     refused.err.contains(QLatin1String("Table 1")) &&
                     refused.err.contains(QLatin1String("Table 2")),
                 qPrintable(refused.err));
        // Each table hands over its own.
        for (const QString &table : {m_table1, m_table2}) {
            const CliRun handed =
                CliSite::run(table, QStringLiteral("box"),
                             {QStringLiteral("hand-over"), boxCode(210),
                              QStringLiteral("--carried-by"), QStringLiteral("Courier Li"),
                              QStringLiteral("--operator"), QStringLiteral("S001")});
            QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
            QVERIFY2(m_site.syncThroughHub(table, &error), qPrintable(error));
        }
        // The province keeps both boxes and every record of them, none refused.
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_site.hubUpstream().value(QStringLiteral("pending")).toInt(-1) == 0 &&
                       atProvince(QStringLiteral("SELECT COUNT(*) FROM records WHERE kind = "
                                                 "'box.handed_over'"))
                               .toInt() == 3;
            },
            kWaitMs));
        QCOMPARE(
            atProvince(
                QStringLiteral("SELECT COUNT(*) FROM boxes WHERE box = '%1'").arg(boxCode(210)))
                .toInt(),
            2);
        QCOMPARE(atProvince(QStringLiteral("SELECT COUNT(*) FROM records WHERE kind = "
                                           "'box.opened'"))
                     .toInt(),
                 4);
        const CliRun relay = adminAtHub({QStringLiteral("relay-status")});
        QVERIFY2(relay.out.contains(QLatin1String("rejected: 0")), qPrintable(relay.out));
    }
};

QTEST_GUILESS_MAIN(tst_BoxCodeReuseThroughHub)
#include "tst_box_code_reuse_through_hub.moc"
