// SPDX-License-Identifier: GPL-3.0-or-later
// station-scan-driver: scans through the real SamplingService against one database and
// appends each acknowledged record to an ack log (fsync'ed) — the crash harness kills
// it at random moments and checks that everything in the ack log survived.
#include "core/storage/Database.h"
#include "tests/reliability/AckLog.h"
#include "tests/reliability/ScanWorkload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace station;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Feeds scans through the sampling service and logs each acknowledged record."));
    cli.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database path."),
                                      QStringLiteral("path"));
    const QCommandLineOption ackOption(QStringLiteral("ack-log"),
                                       QStringLiteral("Acknowledgement log path."),
                                       QStringLiteral("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption scansOption(QStringLiteral("scans"),
                                         QStringLiteral("Stop after n steps (0: until killed)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption earlyOption(
        QStringLiteral("control-ack-before-commit"),
        QStringLiteral("Control only: acknowledge a resident before the scan commits."));
    cli.addOptions({dbOption, ackOption, seedOption, scansOption, earlyOption});
    cli.process(app);
    if (!cli.isSet(dbOption) || !cli.isSet(ackOption)) {
        std::fprintf(stderr, "--db and --ack-log are required\n");
        return 2;
    }

    reliability::AckLog log;
    if (!log.open(cli.value(ackOption))) {
        std::fprintf(stderr, "cannot open the ack log\n");
        return 2;
    }
    Database db;
    if (Status s = db.open(cli.value(dbOption)); !s.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(s.message()));
        return 1;
    }
    reliability::ScanWorkload work(db, cli.value(seedOption).toUInt(),
                                   [&log](const QString &line) { return log.append(line); });
    work.setAckBeforeCommit(cli.isSet(earlyOption));
    if (Status s = work.start(); !s.ok()) {
        std::fprintf(stderr, "start failed: %s\n", qPrintable(s.message()));
        return 1;
    }
    // Tells the harness the station is open and scanning starts.
    std::printf("ready\n");
    std::fflush(stdout);
    const qint64 steps = cli.value(scansOption).toLongLong();
    for (qint64 i = 0; steps == 0 || i < steps; ++i) {
        if (Status s = work.step(); !s.ok()) {
            std::fprintf(stderr, "step %lld failed: %s\n", static_cast<long long>(i),
                         qPrintable(s.message()));
            return 1;
        }
    }
    std::printf("%lld records acknowledged\n", static_cast<long long>(work.acknowledged()));
    return 0;
}
