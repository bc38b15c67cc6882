// SPDX-License-Identifier: GPL-3.0-or-later
// A site through an outage, with real processes on loopback: one province server, one site
// hub (province-server --site-hub) that reaches the province through a proxy, and four
// stations (sampling-station-cli) that enroll at the hub and sync their simulated shifts to
// it, one of them through a proxy of its own. The hub is killed and restarted in the
// middle, the hub-province link is cut for a long stretch while the stations keep syncing
// to the hub, and one station is cut off from the hub for a while. At the end every record
// of every station is at the province exactly once, with the hub as `via`, and nothing is
// pending anywhere.
#include "core/storage/StationPaths.h"
#include "tests/support/CliRun.h"
#include "tests/support/FaultInjectingProxy.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttpsClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-0001"); // the site of cliInitArgs()
const QString kHubId = QStringLiteral("gz-th-0001-hub");
constexpr int kStations = 4;
constexpr int kResidentsPerRound = 25;
constexpr int kWaitMs = 90000; // a bound on waiting, never a measured time

// A port nothing listens on: a proxy aimed at it is a cut cable.
quint16 deadPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Several CLI runs at once (one per station), the caller's event loop running meanwhile
// (the proxies live on it). Returns each run's exit code (-1: crashed or timed out).
QList<int> runTogether(const QList<QStringList> &argumentLists, QStringList *errors) {
    QList<std::shared_ptr<QProcess>> processes;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        environment.insert(it.key(), it.value());
    for (const QStringList &arguments : argumentLists) {
        auto process = std::make_shared<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(cliExecutable(), arguments);
        processes.append(process);
    }
    // Runs that did not finish in time are killed below and count as failed.
    (void)QTest::qWaitFor(
        [&] {
            for (const auto &process : processes) {
                if (process->state() != QProcess::NotRunning)
                    return false;
            }
            return true;
        },
        180000);
    QList<int> codes;
    for (const auto &process : processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
        }
        codes << (process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1);
        errors->append(QString::fromUtf8(process->readAllStandardError()).right(1500));
    }
    return codes;
}

// uuid -> content hash of a station's outbox, and how many rows are not acknowledged.
QHash<QString, QString> outbox(const QString &dataDir, int *unacknowledged) {
    QHash<QString, QString> rows;
    const QString name = QStringLiteral("outbox-") + dataDir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT uuid, content_hash, state FROM outbox"));
            while (query.next()) {
                rows.insert(query.value(0).toString(), query.value(1).toString());
                if (query.value(2).toString() != QLatin1String("acked"))
                    ++*unacknowledged;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The station's device id, as the hub names its table.
QString deviceIdOf(const QString &dataDir) {
    QString id;
    const QString name = QStringLiteral("device-") + dataDir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT device_id FROM station WHERE id = 1")) &&
                query.next())
                id = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

} // namespace

class tst_SiteHubRelay : public QObject {
    Q_OBJECT

private:
    ServerProcess m_province;
    ServerProcess m_hub;
    std::unique_ptr<FaultInjectingProxy> m_uplink;      // hub -> province
    std::unique_ptr<FaultInjectingProxy> m_stationLink; // the last station -> hub
    QList<std::shared_ptr<QTemporaryDir>> m_stations;
    int m_round = 0;

    QString hubUrlFor(int station) const {
        const quint16 port = station == kStations - 1 ? m_stationLink->port() : m_hub.port();
        return QStringLiteral("https://127.0.0.1:%1").arg(port);
    }

    // Every station simulates a stretch of its shift.
    bool simulateRound() {
        ++m_round;
        QList<QStringList> runs;
        for (int i = 0; i < kStations; ++i)
            runs << QStringList{QStringLiteral("simulate"),
                                QStringLiteral("--data-dir"),
                                m_stations.at(i)->path(),
                                QStringLiteral("--residents"),
                                QString::number(kResidentsPerRound),
                                QStringLiteral("--seed"),
                                QString::number(m_round * 10 + i)};
        QStringList errors;
        const QList<int> codes = runTogether(runs, &errors);
        for (int i = 0; i < kStations; ++i) {
            if (codes.at(i) != 0) {
                qWarning("simulate at station %d: %s", i, qPrintable(errors.at(i)));
                return false;
            }
        }
        return true;
    }

    // Every station (of `which`) syncs to the hub; the exit codes.
    QList<int> syncRound(const QList<int> &which, int retryForSecs,
                         const QStringList &enrollCodes = {}) {
        QList<QStringList> runs;
        for (int i : which) {
            QStringList arguments{QStringLiteral("sync"),
                                  QStringLiteral("--data-dir"),
                                  m_stations.at(i)->path(),
                                  QStringLiteral("--server"),
                                  hubUrlFor(i),
                                  QStringLiteral("--ca"),
                                  m_hub.certificatePath(),
                                  QStringLiteral("--retry-for"),
                                  QString::number(retryForSecs)};
            if (!enrollCodes.isEmpty())
                arguments << QStringLiteral("--enroll-code") << enrollCodes.at(i);
            runs << arguments;
        }
        QStringList errors;
        const QList<int> codes = runTogether(runs, &errors);
        for (int k = 0; k < codes.size(); ++k) {
            if (codes.at(k) != 0)
                qInfo("sync at station %d ended with %d: %s", which.at(k), codes.at(k),
                      qPrintable(errors.at(k).right(300)));
        }
        return codes;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_province.prepare(&error), qPrintable(error));
        QVERIFY2(m_province.start(&error), qPrintable(error));
        m_uplink = std::make_unique<FaultInjectingProxy>(m_province.port());
        QVERIFY(m_uplink->listen());

        // The certificate names 127.0.0.1, which the proxy also is: TLS is end to end.
        const QStringList hubArguments = m_province.siteHubArguments(
            kSite, &error, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_uplink->port())));
        QVERIFY2(!hubArguments.isEmpty(), qPrintable(error));
        QVERIFY2(m_hub.prepare(&error), qPrintable(error));
        m_hub.setExtraArguments(hubArguments);
        QVERIFY2(m_hub.start(&error), qPrintable(error));
        m_stationLink = std::make_unique<FaultInjectingProxy>(m_hub.port(), 7);
        QVERIFY(m_stationLink->listen());

        QList<QStringList> inits;
        for (int i = 0; i < kStations; ++i) {
            m_stations << std::make_shared<QTemporaryDir>();
            QVERIFY(m_stations.last()->isValid());
            QStringList arguments = cliInitArgs(m_stations.last()->path());
            arguments[arguments.indexOf(QStringLiteral("--table")) + 1] = QString::number(i + 1);
            inits << arguments;
        }
        QStringList errors;
        QCOMPARE(runTogether(inits, &errors), QList<int>(kStations, 0));
    }

    void cleanupTestCase() {
        m_hub.kill();
        m_province.kill();
    }

    void siteKeepsEveryRecordThroughOutages() {
        QString error;
        // The hub enrolled at the province at its first start.
        QVERIFY(QTest::qWaitFor(
            [this] { return m_hub.hubUpstream().value(QStringLiteral("connected")).toBool(); },
            kWaitMs));

        // 1. The stations enroll at the hub and sync their first stretch.
        QStringList codes;
        for (int i = 0; i < kStations; ++i)
            codes << m_hub.enrollmentCode(kSite);
        QVERIFY(simulateRound());
        QCOMPARE(syncRound({0, 1, 2, 3}, 30, codes), QList<int>(kStations, 0));

        // 2. The hub is killed while the stations upload, and comes back on the same port.
        QVERIFY(simulateRound());
        {
            QList<std::shared_ptr<QProcess>> syncs;
            for (int i = 0; i < kStations; ++i) {
                auto process = std::make_shared<QProcess>();
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                const QMap<QString, QString> secrets = cliTestSecrets();
                for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
                    environment.insert(it.key(), it.value());
                process->setProcessEnvironment(environment);
                process->start(cliExecutable(),
                               {QStringLiteral("sync"), QStringLiteral("--data-dir"),
                                m_stations.at(i)->path(), QStringLiteral("--retry-for"),
                                QStringLiteral("60")});
                syncs << process;
            }
            QTest::qWait(300);
            QVERIFY2(m_hub.restart(&error), qPrintable(error));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    for (const auto &process : syncs) {
                        if (process->state() != QProcess::NotRunning)
                            return false;
                    }
                    return true;
                },
                kWaitMs));
            for (const auto &process : syncs)
                QCOMPARE(process->exitCode(), 0);
        }

        // 3. The hub-province link is cut for a long stretch; the stations keep syncing to
        // the hub, except the last one, which is cut off from the hub for a while too.
        m_uplink->setTargetPort(deadPort());
        m_uplink->closeAllConnections();
        m_stationLink->setTargetPort(deadPort());
        m_stationLink->closeAllConnections();
        for (int stretch = 0; stretch < 2; ++stretch) {
            QVERIFY(simulateRound());
            // Cut off, the last station keeps its records (its sync says it did not complete).
            QCOMPARE(syncRound({0, 1, 2, 3}, 0), (QList<int>{0, 0, 0, 3}));
        }
        const QJsonObject waiting = m_hub.hubUpstream();
        QVERIFY(waiting.value(QStringLiteral("pending")).toInt() > 0);
        QCOMPARE(waiting.value(QStringLiteral("connected")).toBool(), false);
        QVERIFY(!waiting.value(QStringLiteral("oldest_pending_at")).toString().isEmpty());
        QVERIFY(!waiting.value(QStringLiteral("last_error")).toString().isEmpty());
        // The lead's dashboard at table 1: nothing waits at the table, but its records are at
        // the hub, not at the province; the hub says how many of each table's it holds.
        const auto siteTablesAtTable1 = [this] {
            QFile token(QDir(m_stations.at(0)->path()).filePath(QStringLiteral("device-token")));
            if (!token.open(QIODevice::ReadOnly))
                return QJsonObject();
            TestHttpsClient lead(m_hub.certificate());
            lead.setBaseUrl(m_hub.baseUrl());
            lead.setBearerToken(QString::fromLatin1(token.readAll()).trimmed());
            const HttpResult answer = lead.get(QStringLiteral("/v1/site/tables"));
            return answer.status == 200 ? answer.json() : QJsonObject();
        };
        {
            const QJsonObject site = siteTablesAtTable1();
            const qint64 pendingAtHub = site.value(QStringLiteral("upstream"))
                                            .toObject()
                                            .value(QStringLiteral("pending"))
                                            .toInteger(-1);
            QVERIFY(pendingAtHub > 0);
            const QString table1 = deviceIdOf(m_stations.at(0)->path());
            QVERIFY(!table1.isEmpty());
            qint64 held = 0;
            bool sawTable1 = false;
            for (const QJsonValue &value : site.value(QStringLiteral("tables")).toArray()) {
                const QJsonObject table = value.toObject();
                QVERIFY(table.value(QStringLiteral("held_at_hub")).isDouble());
                held += table.value(QStringLiteral("held_at_hub")).toInteger();
                if (table.value(QStringLiteral("station")).toString() == table1) {
                    sawTable1 = true;
                    QCOMPARE(table.value(QStringLiteral("pending")).toInt(-1), 0);
                    QVERIFY(table.value(QStringLiteral("held_at_hub")).toInteger() > 0);
                }
            }
            QVERIFY(sawTable1);
            QCOMPARE(held, pendingAtHub); // every record the hub holds is some table's
        }
        // The hub is killed once more during the outage: its queue survives.
        QVERIFY2(m_hub.restart(&error), qPrintable(error));

        // 4. The links come back: the cut-off station catches up, the hub drains.
        m_stationLink->setTargetPort(m_hub.port());
        QCOMPARE(syncRound({3}, 60), QList<int>{0});
        m_uplink->setTargetPort(m_province.port());
        QVERIFY(QTest::qWaitFor(
            [this] {
                const QJsonObject upstream = m_hub.hubUpstream();
                return upstream.value(QStringLiteral("connected")).toBool() &&
                       upstream.value(QStringLiteral("pending")).toInt(-1) == 0;
            },
            kWaitMs));
        const QJsonObject drained = m_hub.hubUpstream();
        QVERIFY(drained.value(QStringLiteral("oldest_pending_at")).isNull());
        QVERIFY(!drained.value(QStringLiteral("last_success_at")).toString().isEmpty());
        QCOMPARE(drained.value(QStringLiteral("last_error")).toString(), QString());
        for (const QJsonValue &value :
             siteTablesAtTable1().value(QStringLiteral("tables")).toArray())
            QCOMPARE(value.toObject().value(QStringLiteral("held_at_hub")).toInteger(-1), 0);

        int exitCode = -1;
        const QString status = m_hub.runAdmin({QStringLiteral("relay-status")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(status.contains(QStringLiteral("pending: 0\n")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("conflicts: 0, rejected: 0")), qPrintable(status));

        // The lead's dashboard, at any table, asks the hub for the site's tables: all four are
        // there with every swab the province holds from them, and the hub's queue is empty.
        int samplesAtProvince = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("province"));
            db.setDatabaseName(m_province.sqlitePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("SELECT COUNT(*) FROM records WHERE kind = 'sample.taken'")));
            QVERIFY(query.next());
            samplesAtProvince = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("province"));
        QVERIFY(samplesAtProvince > 0);
        QFile tokenFile(QDir(m_stations.at(0)->path()).filePath(QStringLiteral("device-token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        TestHttpsClient lead(m_hub.certificate());
        lead.setBaseUrl(m_hub.baseUrl());
        lead.setBearerToken(QString::fromLatin1(tokenFile.readAll()).trimmed());
        const QString since =
            QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODateWithMs);
        const HttpResult answer = lead.get(QStringLiteral("/v1/site/tables?since=") + since);
        QCOMPARE(answer.status, 200);
        const QJsonObject site = answer.json();
        QCOMPARE(site.value(QStringLiteral("role")).toString(), QStringLiteral("hub"));
        QCOMPARE(site.value(QStringLiteral("upstream"))
                     .toObject()
                     .value(QStringLiteral("pending"))
                     .toInt(-1),
                 0);
        const QJsonArray tables = site.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), kStations);
        int samplesOnDashboard = 0;
        for (const QJsonValue &table : tables)
            samplesOnDashboard += table.toObject().value(QStringLiteral("samples")).toInt();
        QCOMPARE(samplesOnDashboard, samplesAtProvince);
        // Every station sent all of its records: the backlog each reported with its last batch
        // is 0, not that batch's size.
        for (const QJsonValue &table : tables)
            QCOMPARE(table.toObject().value(QStringLiteral("pending")).toInt(-1), 0);
        // The lead at the hub's own laptop (no station there) sees the same tables.
        const QJsonObject atHub =
            QJsonDocument::fromJson(
                m_hub
                    .runAdmin({QStringLiteral("site-tables"), QStringLiteral("--json"),
                               QStringLiteral("--since"), since},
                              &exitCode)
                    .toUtf8())
                .object();
        QCOMPARE(exitCode, 0);
        QCOMPARE(atHub.value(QStringLiteral("role")).toString(), QStringLiteral("hub"));
        QCOMPARE(atHub.value(QStringLiteral("upstream"))
                     .toObject()
                     .value(QStringLiteral("pending"))
                     .toInt(-1),
                 0);
        const QJsonArray tablesAtHub = atHub.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tablesAtHub.size(), kStations);
        int samplesAtHub = 0;
        for (const QJsonValue &table : tablesAtHub)
            samplesAtHub += table.toObject().value(QStringLiteral("samples")).toInt();
        QCOMPARE(samplesAtHub, samplesAtProvince);
        const QString text = m_hub.runAdmin(
            {QStringLiteral("site-tables"), QStringLiteral("--since"), since}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(text.contains(QStringLiteral("sent every record to the province")),
                 qPrintable(text));
        for (const QJsonValue &table : tablesAtHub) {
            const QString label = table.toObject().value(QStringLiteral("table")).toString();
            QVERIFY2(!label.isEmpty() &&
                         text.contains(QLatin1Char('\n') + label + QLatin1Char(' ')),
                     qPrintable(text));
        }
        m_hub.kill();
        m_province.kill();

        // Every station's records, each at the province exactly once, through the hub.
        QHash<QString, QString> expected;
        int unacknowledged = 0;
        for (const auto &station : m_stations) {
            const QHash<QString, QString> rows = outbox(station->path(), &unacknowledged);
            QVERIFY(rows.size() > kResidentsPerRound * 4); // every round made records
            expected.insert(rows);
        }
        QCOMPARE(unacknowledged, 0); // nothing pending at any station
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("province"));
            db.setDatabaseName(m_province.sqlitePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("SELECT uuid, content_hash, via, content FROM records")));
            int stored = 0;
            int unexpected = 0;
            int wrongHash = 0;
            int notViaHub = 0;
            QHash<QString, QString> missing = expected;
            while (query.next()) {
                ++stored;
                const QString uuid = query.value(0).toString();
                if (!expected.contains(uuid)) {
                    ++unexpected;
                    continue;
                }
                const QString recomputed =
                    QString::fromLatin1(QCryptographicHash::hash(query.value(3).toString().toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                            .toHex());
                if (query.value(1).toString() != expected.value(uuid) ||
                    recomputed != expected.value(uuid))
                    ++wrongHash;
                if (query.value(2).toString() != kHubId)
                    ++notViaHub;
                missing.remove(uuid);
            }
            qInfo("%d station records, %d at the province", int(expected.size()), stored);
            QCOMPARE(missing.size(), 0);
            QCOMPARE(unexpected, 0);
            QCOMPARE(wrongHash, 0);
            QCOMPARE(notViaHub, 0);
            QCOMPARE(stored, int(expected.size())); // uuid is the key: none twice
        }
        QSqlDatabase::removeDatabase(QStringLiteral("province"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hub"));
            db.setDatabaseName(m_hub.sqlitePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("SELECT state, COUNT(*) FROM upstream_queue GROUP BY state")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("acked"));
            QCOMPARE(query.value(1).toInt(), int(expected.size())); // each queued once
            QVERIFY(!query.next());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hub"));
    }
};

QTEST_GUILESS_MAIN(tst_SiteHubRelay)
#include "tst_site_hub_relay.moc"
