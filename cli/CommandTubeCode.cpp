// SPDX-License-Identifier: GPL-3.0-or-later
// `tube-code`: checks a tube code (is it a station-generated code with a right check
// digit, does it match the site's pattern) and reserves station-generated codes for a
// sheet of labels printed ahead (`--next --count N`, one code a line, for `label --tube`).
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/domain/ScanClassifier.h"
#include "core/domain/StationTubeCode.h"
#include "core/sampling/TubeCodeReservation.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace station::cli {

namespace {

// The site's patterns when the data directory holds a provisioned station, else the
// defaults.
CodePatterns sitePatterns(const QString &dir) {
    if (!QFileInfo::exists(databasePath(dir)))
        return {};
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return {};
    const auto identity = StationStore(db).identity();
    return identity ? identity->patterns : CodePatterns{};
}

int checkCode(const QString &text, const CodePatterns &patterns) {
    const ScanClassification scan = ScanClassifier(patterns).classify(text);
    const QString code = scan.text;
    if (const QString problem = stationtubecode::checkDigitProblem(code); !problem.isEmpty()) {
        err() << problem << '\n';
        return ExitProblem;
    }
    if (scan.kind != ScanKind::Tube) {
        err() << CliText::tr("%1 is not a tube code of this site (pattern %2).")
                     .arg(code, patterns.tube)
              << '\n';
        return ExitProblem;
    }
    if (const auto parts = stationtubecode::parse(code)) {
        out() << CliText::tr("%1: station-generated tube code, table %2, number %3; check digit "
                             "correct.")
                     .arg(code)
                     .arg(parts->tableNumber)
                     .arg(parts->sequence)
              << '\n';
    } else {
        out() << CliText::tr(
                     "%1: a tube code of this site (pre-printed; it carries no station check "
                     "digit).")
                     .arg(code)
              << '\n';
    }
    return ExitOk;
}

int reserveCodes(const QCommandLineParser &p, const QString &dir, const QString &countText) {
    bool ok = false;
    const int count = countText.isEmpty() ? 1 : countText.toInt(&ok);
    if (!countText.isEmpty() && (!ok || count < 1 || count > kMaxReservedCodes)) {
        err() << CliText::tr("--count must be a whole number from 1 to %1.").arg(kMaxReservedCodes)
              << '\n';
        return ExitUsage;
    }
    Database db;
    if (!openStation(dir, db, true))
        return ExitFailure;
    // Reserving writes an audit row, which a keyed station signs: that needs the key.
    if (StationKeyring(db).exists() && !unlockStation(db, p))
        return ExitFailure;
    const auto identity = StationStore(db).identity();
    if (!identity) {
        err() << CliText::tr(
                     "The station is not provisioned. Provision it with: sampling-station-cli "
                     "init")
              << '\n';
        return ExitFailure;
    }
    const Result<QStringList> codes =
        reserveTubeCodes(db, *identity, count, QDateTime::currentDateTimeUtc());
    if (!codes) {
        err() << codes.message() << '\n';
        return ExitFailure;
    }
    for (const QString &code : codes.value())
        out() << code << '\n';
    return ExitOk;
}

} // namespace

int runTubeCode(const QStringList &args) {
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("check"),
         CliText::tr("Check CODE: a station-generated code's check digit, and the site's tube "
                     "pattern."),
         QStringLiteral("CODE")});
    p.addOption(
        {QStringLiteral("next"),
         CliText::tr("Reserve the station's next generated tube codes and print them, one a "
                     "line (for pre-printing labels).")});
    p.addOption({QStringLiteral("count"),
                 CliText::tr("How many codes --next reserves (1-1000, default 1)."),
                 QStringLiteral("N")});
    addPassphraseOptions(p);
    if (!parseCommand(p, args, CliText::tr("Check tube codes, or reserve station-generated ones.")))
        return ExitUsage;
    const bool check = p.isSet(QStringLiteral("check"));
    const bool next = p.isSet(QStringLiteral("next"));
    if (check == next) {
        err() << CliText::tr("Give either --check CODE or --next [--count N].") << '\n';
        return ExitUsage;
    }
    if (!next && p.isSet(QStringLiteral("count"))) {
        err() << CliText::tr("--count goes with --next.") << '\n';
        return ExitUsage;
    }
    if (check)
        return checkCode(p.value(QStringLiteral("check")), sitePatterns(dataDir(p)));
    return reserveCodes(p, dataDir(p), p.value(QStringLiteral("count")));
}

} // namespace station::cli
