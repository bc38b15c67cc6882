// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRun.h"

#include "tests/support/TestData.h"

#include <QProcess>
#include <QTest>

namespace station::test {

QString cliExecutable() {
    return buildDir() + QStringLiteral("/cli/sampling-station-cli");
}

QStringList cliInitArgs(const QString &dataDir) {
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
            QStringLiteral("7"),
            QStringLiteral("--pool-size"),
            QStringLiteral("10"),
            QStringLiteral("--operator-id"),
            QStringLiteral("S001"),
            QStringLiteral("--operator-name"),
            QStringLiteral("李护士"),
            QStringLiteral("--operator-pin"),
            QStringLiteral("246810"),
            QStringLiteral("--site-passphrase"),
            QStringLiteral("correct horse battery")};
}

CliRun runCli(const QStringList &args, int timeoutMs) {
    QProcess p;
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
