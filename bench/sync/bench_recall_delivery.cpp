// SPDX-License-Identifier: GPL-3.0-or-later
// How long a recall (待复核) takes from the province to a station's local copy: a station's
// pools are at province-server (a process, TLS on loopback, SQLite); its SiteFactsFeed
// long-polls GET /v1/site/facts on a thread of its own as in the app; the province raises a
// recall for one tube at a time (server/Recalls, in a transaction, as the result matcher
// does); the time runs from that commit until the station's site_recalls holds the tube's
// people. Then the same through `province-server admin raise-recall` (a process of its own,
// timed from its start). Figures go to docs/benchmarks.md ("Recall delivery").
//
//   bench_recall_delivery [--tubes N]
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/OutboxRelay.h"
#include "core/sync/SiteFactsFeed.h"
#include "server/Database.h"
#include "server/Recalls.h"
#include "server/ServerConfig.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/sync/SyncTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace station;
using namespace station::test;

namespace {

constexpr int kPeoplePerTube = 10;

QString benchTube(int n) {
    return QStringLiteral("GZ%1").arg(n, 8, 10, QLatin1Char('0'));
}

// Pooled samples with ID numbers (the server's person facts come from them), taken now.
bool appendPools(Database &db, const StationIdentity &identity, int tubes) {
    Transaction tx(db.connection());
    if (!tx.begun())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < tubes * kPeoplePerTube; ++i) {
        OutboxRecord record;
        record.uuid = newRecordUuid();
        record.kind = QStringLiteral("sample.taken");
        record.content = QJsonObject{{QStringLiteral("site"), identity.siteCode},
                                     {QStringLiteral("station"), identity.deviceId},
                                     {QStringLiteral("at"), isoUtc(now)},
                                     {QStringLiteral("sample_uuid"), record.uuid},
                                     {QStringLiteral("tube"), benchTube(i / kPeoplePerTube)},
                                     {QStringLiteral("position"), i % kPeoplePerTube + 1},
                                     {QStringLiteral("pool_size"), kPeoplePerTube},
                                     {QStringLiteral("id_type"), QStringLiteral("01")},
                                     {QStringLiteral("id_number"), residentCardNumber(i + 1)}};
        if (appendOutbox(db.connection(), PlaintextPersonalDataCodec(), record, now).isValid())
            return false;
    }
    return !tx.commit().isValid();
}

int recalledPeople(Database &db, const QString &tube) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM site_recalls WHERE tube = ?"));
    q.addBindValue(tube);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// Milliseconds until the station's copy holds the tube's people; -1 after 30 s.
double waitForRecall(Database &station, const QString &tube, const QElapsedTimer &since) {
    while (since.elapsed() < 30000) {
        if (recalledPeople(station, tube) >= kPeoplePerTube)
            return since.nsecsElapsed() / 1e6;
        QThread::msleep(2);
    }
    return -1;
}

QString summary(QList<double> ms) {
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty() || ms.first() < 0)
        return QStringLiteral("FAILED (a recall did not arrive within 30 s)");
    const auto at = [&ms](double q) { return ms.at(qMin(ms.size() - 1, int(q * ms.size()))); };
    return QStringLiteral("median %1 ms, p90 %2 ms, max %3 ms (n = %4)")
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.9), 0, 'f', 1)
        .arg(ms.last(), 0, 'f', 1)
        .arg(ms.size());
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tubes"), QStringLiteral("Recalls raised in process."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const int tubes = qMax(2, parser.value(QStringLiteral("tubes")).toInt());
    const int adminTubes = 5;
    QTextStream out(stdout);

    ServerProcess server;
    QString error;
    if (!server.prepare(&error) || !server.start(&error)) {
        out << "cannot start province-server: " << error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    StationIdentity identity = testIdentity();
    identity.deviceId = QStringLiteral("bench-recall-t01");
    {
        Database db;
        if (!db.open(databasePath(dir.path())).ok() ||
            !StationStore(db)
                 .provision(
                     identity,
                     {QStringLiteral("S001"), QStringLiteral("Bench"), QStringLiteral("246810")},
                     kTestSitePassphrase, PassphraseCost::minimal())
                 .ok() ||
            !appendPools(db, identity, tubes + adminTubes)) {
            out << "cannot prepare the station" << Qt::endl;
            return 1;
        }
    }
    const QString token = enrollStation(server, identity, &error);
    if (token.isEmpty()) {
        out << "enrollment failed: " << error << Qt::endl;
        return 1;
    }
    SyncSettings settings;
    settings.serverUrl = server.baseUrl();
    settings.pinnedCaPath = server.certificatePath();
    {
        OutboxRelay relay(databasePath(dir.path()), settings, token);
        QSignalSpy passes(&relay, &OutboxRelay::passFinished);
        relay.start();
        if (!QTest::qWaitFor(
                [&] {
                    return !passes.isEmpty() && passes.constLast().constFirst().toBool() &&
                           relay.status().pending == 0;
                },
                60000)) {
            out << "the pools did not reach the server" << Qt::endl;
            return 1;
        }
        relay.stop();
    }

    // The station's feed, as the app runs it; the bench reads the station's copy through a
    // connection of its own.
    SiteFactsFeedThread feed(databasePath(dir.path()), settings, token);
    feed.start();
    Database station;
    if (!station.open(databasePath(dir.path())).ok()) {
        out << "cannot open the station database" << Qt::endl;
        return 1;
    }
    QTest::qWait(1000); // caught up with the pools' facts, waiting in the long poll
    const auto target = server::parseDatabaseUrl(server.databaseUrl(), &error);
    server::Database province(*target);
    if (!province.open(&error)) {
        out << "cannot open the province database: " << error << Qt::endl;
        return 1;
    }
    server::Recalls recalls(province);
    QList<double> inProcess;
    for (int t = 0; t < tubes; ++t) {
        QSqlDatabase db = province.connection();
        db.transaction();
        if (!recalls.raiseForTube(
                identity.siteCode, benchTube(t), QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("positive"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), &error) ||
            !db.commit()) {
            out << "cannot raise a recall: " << error << Qt::endl;
            return 1;
        }
        QElapsedTimer since;
        since.start();
        inProcess.append(waitForRecall(station, benchTube(t), since));
        QTest::qWait(100); // the feed back in its long poll
    }
    QList<double> viaAdmin;
    for (int t = tubes; t < tubes + adminTubes; ++t) {
        QElapsedTimer since;
        since.start();
        int exitCode = -1;
        server.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"),
                         identity.siteCode, QStringLiteral("--tube"), benchTube(t)},
                        &exitCode);
        if (exitCode != 0) {
            out << "admin raise-recall failed" << Qt::endl;
            return 1;
        }
        viaAdmin.append(waitForRecall(station, benchTube(t), since));
        QTest::qWait(100);
    }
    feed.shutdown();
    out << "recall delivery, province commit -> station's site_recalls (" << kPeoplePerTube
        << " people per tube): " << summary(inProcess) << Qt::endl;
    out << "recall delivery, `admin raise-recall` started -> station's site_recalls: "
        << summary(viaAdmin) << Qt::endl;
    const bool met =
        !inProcess.isEmpty() && *std::max_element(inProcess.cbegin(), inProcess.cend()) <= 5000 &&
        std::none_of(inProcess.cbegin(), inProcess.cend(), [](double ms) { return ms < 0; });
    out << "target <= 5 s: " << (met ? "met" : "NOT met") << Qt::endl;
    return met ? 0 : 1;
}
