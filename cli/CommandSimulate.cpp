// SPDX-License-Identifier: GPL-3.0-or-later
// `simulate`: realistic scan sessions through the same domain code as the UI.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationStore.h"
#include "table/ShiftSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace station::cli {

int runSimulate(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("residents"),
                 CliText::tr("How many residents to sample (default 100)."), QStringLiteral("N"),
                 QStringLiteral("100")});
    p.addOption({QStringLiteral("seed"), CliText::tr("Random seed (default 1)."),
                 QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("seconds-per-sample"),
                 CliText::tr("Mean seconds between two swabs (default 25)."),
                 QStringLiteral("SECS"), QStringLiteral("25")});
    p.addOption({QStringLiteral("pool-size"),
                 CliText::tr("People per tube (default: the station's)."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("start"),
         CliText::tr("Time of the first swab, ISO-8601 (default: so that the shift ends now)."),
         QStringLiteral("TIME")});
    addOperatorOptions(p, CliText::tr("Staff id of the operator who records the samples; "
                                      "their PIN is checked (default: the first operator)."));
    addPassphraseOptions(p);
    if (!parseCommand(p, args,
                      CliText::tr("Generate realistic scan sessions through the station's own "
                                  "sampling code.")))
        return ExitUsage;
    bool ok = false;
    SimulationOptions o;
    o.residents = p.value(QStringLiteral("residents")).toInt(&ok);
    if (!ok || o.residents < 1) {
        err() << CliText::tr("--residents must be a positive whole number.") << '\n';
        return ExitUsage;
    }
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        err() << CliText::tr("--seed must be a whole number.") << '\n';
        return ExitUsage;
    }
    o.secondsPerSample = p.value(QStringLiteral("seconds-per-sample")).toDouble(&ok);
    if (!ok || o.secondsPerSample <= 0) {
        err() << CliText::tr("--seconds-per-sample must be a positive number.") << '\n';
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("pool-size"))) {
        o.poolSize = p.value(QStringLiteral("pool-size")).toInt(&ok);
        if (!ok) {
            err() << CliText::tr("--pool-size must be 1, 5, 10 or 20.") << '\n';
            return ExitUsage;
        }
    }
    if (p.isSet(QStringLiteral("start"))) {
        o.start = QDateTime::fromString(p.value(QStringLiteral("start")), Qt::ISODate);
        if (!o.start.isValid()) {
            err() << CliText::tr(
                         "--start must be an ISO-8601 time, e.g. 2026-11-25T08:00:00+08:00.")
                  << '\n';
            return ExitUsage;
        }
    }
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    StationStore store(db);
    const auto identity = store.identity();
    if (!identity) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        return ExitFailure;
    }
    QString staffId = p.value(QStringLiteral("operator")).trimmed();
    if (staffId.isEmpty()) {
        const QList<OperatorRef> operators = store.operators();
        if (!operators.isEmpty())
            staffId = operators.first().staffId;
    }
    const auto codec = unlockStation(db, p);
    if (!codec)
        return ExitFailure;
    // Samples are recorded in the operator's name, so the operator proves their PIN; a
    // locked-out operator is refused as at the window.
    const Result<OperatorRef> op = signInOperator(store, staffId, p);
    if (!op)
        return op.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;
    QElapsedTimer timer;
    timer.start();
    auto result = simulateShift(db, *codec, *identity, op.value(), o);
    if (!result.ok()) {
        err() << result.message() << '\n';
        return ExitFailure;
    }
    out() << CliText::tr("Simulated %1 residents: %2 samples in %3 tubes, %4 boxes handed over, %5 "
                         "removed, %6 tubes voided, %7 re-tests (%8 ms).")
                 .arg(o.residents)
                 .arg(result->samples)
                 .arg(result->tubes)
                 .arg(result->boxes)
                 .arg(result->removed)
                 .arg(result->voidedTubes)
                 .arg(result->retests)
                 .arg(timer.elapsed())
          << '\n';
    return ExitOk;
}

} // namespace station::cli
