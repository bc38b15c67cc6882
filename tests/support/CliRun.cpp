// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRun.h"

#include "tests/support/TestData.h"

#include <QProcess>
#include <QTest>

namespace station::test {

QString cliExecutable() {
    return buildDir() + QStringLiteral("/cli/sampling-station-cli");
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
