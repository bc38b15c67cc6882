// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRun.h"

#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "tests/support/TempStation.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QProcess>
#include <QTest>

namespace station::test {

QString cliExecutable() {
    return buildDir() + QStringLiteral("/cli/sampling-station-cli");
}

QStringList cliInitArgs(const QString &dataDir, int table, int poolSize) {
    return {QStringLiteral("init"),
            QStringLiteral("--data-dir"),
            dataDir,
            QStringLiteral("--site-code"),
            QStringLiteral("GZ-TH-0001"),
            QStringLiteral("--site-name"),
            QStringLiteral("天河体育中心"),
            QStringLiteral("--district"),
            QStringLiteral("440106"),
            QStringLiteral("--table"),
            QString::number(table),
            QStringLiteral("--pool-size"),
            QString::number(poolSize),
            QStringLiteral("--operator-id"),
            QStringLiteral("S001"),
            QStringLiteral("--operator-name"),
            QStringLiteral("李护士")};
}

bool provisionCliStation(const QString &dataDir, int table, int poolSize) {
    // Spelled out, not testIdentity(): that would link TempStation.cpp into every CLI test,
    // whose tubeCode() is not StationFixture.h's.
    StationIdentity identity;
    identity.siteCode = QStringLiteral("GZ-TH-0001");
    identity.siteName = QStringLiteral("天河体育中心");
    identity.district = QStringLiteral("440106");
    identity.tableNumber = table;
    identity.defaultPoolSize = poolSize; // the device id is generated, as `init` does
    // The secrets runCli() gives the CLI: the test's own environment's, else the test site's.
    const auto secret = [](const char *name) {
        return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name)
                                               : cliTestSecrets().value(QString::fromLatin1(name));
    };
    const NewOperator first{QStringLiteral("S001"), QStringLiteral("李护士"),
                            secret("STATION_OPERATOR_PIN")};
    Database db;
    if (!QDir().mkpath(dataDir) || !db.open(databasePath(dataDir)).ok()) {
        qWarning("provisionCliStation: cannot open a station in %s", qPrintable(dataDir));
        return false;
    }
    const Status s = StationStore(db).provision(identity, first, secret("STATION_SITE_PASSPHRASE"),
                                                PassphraseCost::minimal());
    if (!s.ok())
        qWarning("provisionCliStation: %s", qPrintable(s.message()));
    return s.ok();
}

QMap<QString, QString> cliTestSecrets() {
    return {{QStringLiteral("STATION_SITE_PASSPHRASE"), kTestSitePassphrase},
            {QStringLiteral("STATION_OPERATOR_PIN"), QStringLiteral("246810")}};
}

CliRun runCli(const QStringList &args, int timeoutMs, const QMap<QString, QString> &environment) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!env.contains(it.key()))
            env.insert(it.key(), it.value());
    }
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(cliExecutable(), args);
    if (!p.waitForStarted())
        return {-1, QString(), p.errorString()};
    // Not waitForFinished(): that would stop the caller's event loop.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace station::test
