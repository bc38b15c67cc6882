// SPDX-License-Identifier: GPL-3.0-or-later
// Recall (待复核) end to end, against a real province-server process over TLS on loopback:
// table 1 (in process, the window's TableWorkflow with its facts feed on its own thread) and
// table 7 (sampling-station-cli processes: scan, sync, site-facts, recalls) sample pools; a
// recall is raised for one of table 1's tubes (`admin raise-recall`, as a matched positive
// result would); both stations receive it; the recalled people scanned again at either table
// end in single tubes while the pooled tubes stay open; the recalls close when those samples
// reach the server, and both stations hear that too.
#include "core/domain/IdDocument.h"
#include "core/storage/StationPaths.h"
#include "core/sync/Enrollment.h"
#include "core/sync/OutboxRelay.h"
#include "core/sync/SiteFactsFeed.h"
#include "core/sync/SiteFactsStore.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace station;
using namespace station::test;

namespace {

const QString kSiteCode = QStringLiteral("GZ-TH-0001");

SyncSettings settingsFor(const ServerProcess &server) {
    SyncSettings s;
    s.serverUrl = server.baseUrl();
    s.pinnedCaPath = server.certificatePath();
    s.requestTimeoutMs = 5000;
    s.minBackoffMs = 50;
    s.maxBackoffMs = 500;
    s.probeIntervalMs = 200;
    return s;
}

// Answers a tube-code question with `tubeAnswer` and every reason with a word.
class Asker : public TableAsker {
public:
    QString tubeAnswer;
    QList<TableQuestion> asked;
    std::optional<QString> ask(const TableQuestion &question) override {
        asked.append(question);
        if (question.kind == TableQuestion::Kind::TubeCode)
            return tubeAnswer.isEmpty() ? std::nullopt : std::optional<QString>(tubeAnswer);
        return QStringLiteral("end of the queue");
    }
};

// Table 1: a station on the real clock, enrolled at the server, its table in process.
struct InProcessStation {
    QTemporaryDir dir;
    Database db;
    PlaintextPersonalDataCodec codec;
    std::unique_ptr<StationStore> store;
    std::unique_ptr<SamplingService> service;
    std::unique_ptr<SiteFactsStore> facts;
    std::unique_ptr<TableWorkflow> table;
    Asker asker;
    QString token;

    bool setUp(const ServerProcess &server, QString *error) {
        if (!dir.isValid() || !db.open(databasePath(dir.path())).ok())
            return false;
        store = std::make_unique<StationStore>(db);
        StationIdentity id;
        id.siteCode = kSiteCode;
        id.siteName = QStringLiteral("Tianhe Sports Centre");
        id.district = QStringLiteral("440106");
        id.tableNumber = 1;
        id.deviceId = QStringLiteral("gz-th-0001-t01");
        id.defaultPoolSize = 10;
        if (!store
                 ->provision(id, NewOperator{kStaffId, QStringLiteral("Li Na"), kPin},
                             QStringLiteral("fixture site passphrase"), PassphraseCost::minimal())
                 .ok())
            return false;
        service = std::make_unique<SamplingService>(db, codec, *store->identity());
        const Result<OperatorRef> op = store->signIn(kStaffId, kPin);
        if (!op)
            return false;
        table = std::make_unique<TableWorkflow>(*service);
        table->setAsker(&asker);
        table->signIn(op.value());
        Enrollment enrollment(settingsFor(server));
        QEventLoop loop;
        QObject::connect(&enrollment, &Enrollment::succeeded, &loop, [&](const QString &t) {
            token = t;
            loop.quit();
        });
        QObject::connect(&enrollment, &Enrollment::failed, &loop, [&](const QString &message) {
            *error = message;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        enrollment.enroll(id.siteCode, server.enrollmentCode(id.siteCode), id.deviceId,
                          QStringLiteral("Table 1"));
        loop.exec();
        if (token.isEmpty() || !saveSyncSettings(dir.path(), settingsFor(server)).ok() ||
            !writeDeviceToken(dir.path(), token).ok() ||
            !writeSiteKey(dir.path(), enrollment.siteKey()).ok())
            return false;
        facts = std::make_unique<SiteFactsStore>(db, readSiteKey(dir.path()), id.deviceId);
        table->setSiteFacts(facts.get());
        return facts->hasSiteKey();
    }

    bool sync(const ServerProcess &server) {
        OutboxRelay relay(databasePath(dir.path()), settingsFor(server), token);
        QSignalSpy passes(&relay, &OutboxRelay::passFinished);
        relay.start();
        const bool answered = QTest::qWaitFor(
            [&] {
                return !passes.isEmpty() && passes.constLast().constFirst().toBool() &&
                       relay.status().pending == 0;
            },
            30000);
        relay.stop();
        return answered;
    }

    // Open and closed recalls as this station keeps them.
    QPair<int, int> recallCounts() const {
        QSqlError error;
        int open = 0;
        int closed = 0;
        for (const SiteRecall &r : facts->recalls(&error))
            ++(r.open ? open : closed);
        return {open, closed};
    }
};

// One JSON line per outcome (or question) of `sampling-station-cli scan` fed `lines`.
QList<QJsonObject> cliScan(const QString &dir, const QStringList &lines, QString *errors) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), dir,
                                QStringLiteral("--operator"), kStaffId});
    if (!cli.waitForStarted())
        return {};
    cli.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 180000)) {
        cli.kill();
        cli.waitForFinished();
    }
    *errors = QString::fromUtf8(cli.readAllStandardError());
    QList<QJsonObject> outcomes;
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            outcomes.append(QJsonDocument::fromJson(line).object());
    }
    return outcomes;
}

// `recalls --json` of a CLI station, after `site-facts` fetched the newest facts.
QList<QJsonObject> cliRecalls(const QString &dir) {
    const CliRun fetched =
        runCli({QStringLiteral("site-facts"), QStringLiteral("--data-dir"), dir});
    if (fetched.exitCode != 0)
        return {};
    const CliRun listed = runCli(
        {QStringLiteral("recalls"), QStringLiteral("--data-dir"), dir, QStringLiteral("--json")});
    QList<QJsonObject> list;
    for (const QString &line : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return list;
}

} // namespace

class tst_RecallEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    InProcessStation m_first; // Table 1
    QString m_cliStation;     // Table 7

    bool cliSync() {
        const CliRun r =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_cliStation});
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_first.setUp(m_server, &error), qPrintable(error));
        m_cliStation = m_dir.filePath(QStringLiteral("table7"));
        const CliRun init = runCli(cliInitArgs(m_cliStation));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const CliRun enrolled =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_cliStation,
                    QStringLiteral("--server"), m_server.baseUrl().toString(),
                    QStringLiteral("--ca"), m_server.certificatePath(),
                    QStringLiteral("--enroll-code"), m_server.enrollmentCode(kSiteCode)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.out + enrolled.err));
    }

    void cleanupTestCase() { m_server.kill(); }

    void recalledPeopleAreSampledAloneAndTheRecallCloses() {
        InProcessStation &a = m_first;
        // Both tables sample pools and send them.
        QVERIFY(a.table->scan(tubeCode(1), EntryMethod::Scanner).recorded);
        for (int person : {1, 2, 3})
            QVERIFY(a.table->scan(residentScan(person), EntryMethod::Scanner).recorded);
        QVERIFY(a.table->sealEarly().recorded);
        QVERIFY(a.sync(m_server));
        QString errors;
        const QList<QJsonObject> pooled =
            cliScan(m_cliStation, {tubeCode(71), residentScan(4), residentScan(5)}, &errors);
        QCOMPARE(pooled.size(), 3);
        for (const QJsonObject &o : pooled)
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("recorded"));
        QVERIFY(cliSync());

        // Table 1 listens; the province recalls tube 1 (a positive result).
        SiteFactsFeedThread feed(databasePath(a.dir.path()), settingsFor(m_server), a.token);
        feed.start();
        int exitCode = -1;
        const QString raised =
            m_server.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSiteCode,
                               QStringLiteral("--tube"), tubeCode(1), QStringLiteral("--outcome"),
                               QStringLiteral("positive")},
                              &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(raised.contains(QLatin1String(": 3 people")), qPrintable(raised));
        QTRY_COMPARE_WITH_TIMEOUT(a.recallCounts(), qMakePair(3, 0), 20000);
        // Table 7 has them too, without names: they were sampled at table 1.
        const QList<QJsonObject> atSeven = cliRecalls(m_cliStation);
        QCOMPARE(atSeven.size(), 3);
        for (const QJsonObject &r : atSeven) {
            QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QVERIFY(!r.value(QStringLiteral("here")).toBool());
            QCOMPARE(r.value(QStringLiteral("tube")).toString(), tubeCode(1));
            QCOMPARE(r.value(QStringLiteral("table")).toString(), QStringLiteral("Table 1"));
            const QString who = r.value(QStringLiteral("who")).toString();
            QVERIFY2(who.contains(tubeCode(1)) && !who.contains(QStringLiteral("Resident")),
                     qPrintable(who));
        }

        // Person 1 comes to table 7: the CLI asks for a new tube and samples them alone; the
        // pooled tube 71 stays open and takes the next person.
        const QList<QJsonObject> alone =
            cliScan(m_cliStation, {residentScan(1), tubeCode(72), residentScan(6)}, &errors);
        QCOMPARE(alone.size(), 3);
        QCOMPARE(alone.at(0).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("question"));
        QCOMPARE(alone.at(0).value(QStringLiteral("question")).toString(),
                 QStringLiteral("tube_code"));
        QCOMPARE(alone.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QVERIFY(alone.at(1).value(QStringLiteral("recall")).toBool());
        QCOMPARE(alone.at(1).value(QStringLiteral("tube")).toString(), tubeCode(72));
        QVERIFY2(alone.at(1).value(QStringLiteral("message")).toString().contains(tubeCode(71)),
                 qPrintable(alone.at(1).value(QStringLiteral("message")).toString()));
        QCOMPARE(alone.at(2).value(QStringLiteral("tube")).toString(), tubeCode(71));
        QCOMPARE(alone.at(2).value(QStringLiteral("count")).toInt(), 3);

        // Person 2 comes back to table 1, where a new pool is open.
        QVERIFY(a.table->scan(tubeCode(2), EntryMethod::Scanner).recorded);
        QVERIFY(a.table->scan(residentScan(7), EntryMethod::Scanner).recorded);
        a.asker.tubeAnswer = tubeCode(3);
        const ScanOutcome second = a.table->scan(residentScan(2), EntryMethod::Scanner);
        QVERIFY(second.recall);
        QVERIFY(second.recorded);
        QCOMPARE(a.service->tube(tubeCode(3))->poolSize, 1);
        QCOMPARE(a.service->openTubeSnapshot()->code, tubeCode(2));
        QCOMPARE(a.service->openTubeSnapshot()->count(), 1);

        // The samples reach the province: both recalls close, person 3's stays open, and both
        // stations hear it.
        QVERIFY(a.sync(m_server));
        QVERIFY(cliSync());
        QTRY_COMPARE_WITH_TIMEOUT(a.recallCounts(), qMakePair(1, 2), 20000);
        const QString open = m_server.runAdmin({QStringLiteral("recalls"), QStringLiteral("--site"),
                                                kSiteCode, QStringLiteral("--open")},
                                               &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(open.count(tubeCode(1)), 1);
        int closedAtSeven = 0;
        for (const QJsonObject &r : cliRecalls(m_cliStation))
            closedAtSeven += r.value(QStringLiteral("state")).toString() == QLatin1String("closed");
        QCOMPARE(closedAtSeven, 2);
        // Sent again, nothing closes twice or anew.
        QVERIFY(cliSync());
        QCOMPARE(cliRecalls(m_cliStation).size(), 3);
        feed.shutdown();
    }
};

QTEST_GUILESS_MAIN(tst_RecallEndToEnd)
#include "tst_recall_end_to_end.moc"
