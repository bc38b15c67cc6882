// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A station of the test site (GZ-TH-0001) in the test's own process, beside a real
// province-server (ServerProcess): provisioned on the real clock, its table the window's
// TableWorkflow, enrolled at the server under "Table N", its site facts kept. Header-only:
// the tests that use it link station_table (the support library links station_core only)
// and take tests/models (StationFixture.h) as HEADERS_FROM.
#include "core/storage/StationPaths.h"
#include "core/sync/Enrollment.h"
#include "core/sync/OutboxRelay.h"
#include "core/sync/SiteFactsStore.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"
#include "tests/support/ServerProcess.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace station::test {

// Sync settings for a station of `server` that retries quickly.
inline SyncSettings quickSyncSettings(const ServerProcess &server) {
    SyncSettings s;
    s.serverUrl = server.baseUrl();
    s.pinnedCaPath = server.certificatePath();
    s.requestTimeoutMs = 5000;
    s.minBackoffMs = 50;
    s.maxBackoffMs = 500;
    s.probeIntervalMs = 200;
    return s;
}

struct InProcessSiteStation {
    QTemporaryDir dir;
    Database db;
    PlaintextPersonalDataCodec codec;
    std::unique_ptr<StationStore> store;
    std::unique_ptr<SamplingService> service;
    std::unique_ptr<SiteFactsStore> facts;
    std::unique_ptr<TableWorkflow> table;
    QString token;
    QString deviceId;

    // Table `tableNumber` (device gz-th-0001-tNN), its questions answered by `asker`.
    bool setUp(const ServerProcess &server, int tableNumber, TableAsker *asker, QString *error) {
        if (!dir.isValid() || !db.open(databasePath(dir.path())).ok())
            return false;
        store = std::make_unique<StationStore>(db);
        StationIdentity id;
        id.siteCode = QStringLiteral("GZ-TH-0001");
        id.siteName = QStringLiteral("Tianhe Sports Centre");
        id.district = QStringLiteral("440106");
        id.tableNumber = tableNumber;
        id.deviceId = QStringLiteral("gz-th-0001-t%1").arg(tableNumber, 2, 10, QLatin1Char('0'));
        id.defaultPoolSize = 10;
        if (!store
                 ->provision(id, NewOperator{kStaffId, QStringLiteral("Li Na"), kPin},
                             QStringLiteral("fixture site passphrase"), PassphraseCost::minimal())
                 .ok())
            return false;
        deviceId = id.deviceId;
        service = std::make_unique<SamplingService>(db, codec, *store->identity());
        const Result<OperatorRef> op = store->signIn(kStaffId, kPin);
        if (!op)
            return false;
        table = std::make_unique<TableWorkflow>(*service);
        table->setAsker(asker);
        table->signIn(op.value());

        Enrollment enrollment(quickSyncSettings(server));
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
                          tableNumber);
        loop.exec();
        if (token.isEmpty() || !saveSyncSettings(dir.path(), quickSyncSettings(server)).ok() ||
            !writeDeviceToken(dir.path(), token).ok() ||
            !writeSiteKey(dir.path(), enrollment.siteKey()).ok())
            return false;
        facts = std::make_unique<SiteFactsStore>(db, readSiteKey(dir.path()), deviceId);
        table->setSiteFacts(facts.get());
        return facts->hasSiteKey();
    }

    // One relay pass until every record is answered.
    bool sync(const ServerProcess &server) {
        OutboxRelay relay(databasePath(dir.path()), quickSyncSettings(server), token);
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

    qint64 factCount() {
        QSqlError error;
        return facts->count(&error);
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

} // namespace station::test
