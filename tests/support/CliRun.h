// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMap>
#include <QString>
#include <QStringList>

namespace station::test {

// One run of the built `sampling-station-cli`, as a site would run it.
struct CliRun {
    int exitCode = -1; // -1 when it crashed or did not finish in time
    QString out;
    QString err;
};

// Runs the CLI with `args`. The caller's event loop keeps running while it waits (a test may
// serve the CLI's network peer on it); the CLI is killed after `timeoutMs`. Secrets go in the
// environment, never in `args`: the test site's passphrase and PIN (cliTestSecrets()) unless
// the test's own environment sets them, then `environment` on top (an empty value unsets).
CliRun runCli(const QStringList &args, int timeoutMs = 180000,
              const QMap<QString, QString> &environment = {});

// STATION_SITE_PASSPHRASE and STATION_OPERATOR_PIN of the test site.
QMap<QString, QString> cliTestSecrets();

// Path of the built CLI.
QString cliExecutable();

// `init` arguments for the test site (GZ-TH-0001, table 7, tubes of 10, operator S001) in
// `dataDir`; its PIN (246810) and site passphrase come from the environment (runCli()).
QStringList cliInitArgs(const QString &dataDir, int table = 7, int poolSize = 10);

// Provisions in `dataDir` the station that `init` with cliInitArgs(dataDir, table, poolSize)
// would, in process and with the data key wrapped at libsodium's minimum Argon2id cost (as
// TempStation does): every later command that unlocks personal data then derives its key in
// milliseconds instead of the station cost's second of CPU (the cost is stored with the
// wrapped key; no command can choose it). For tests of what comes after `init`; `init`
// itself is tested as a site runs it. False, with a warning, on failure.
bool provisionCliStation(const QString &dataDir, int table = 7, int poolSize = 10);

} // namespace station::test
